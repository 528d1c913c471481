#!/usr/bin/env bash
# Finds a Chromium for the browser tests, in this order: CHROMIUM_PATH, Debian's headless shell
# (/usr/bin/chromium-headless-shell), Debian's /usr/bin/chromium, Playwright's own Chromium when it is
# already installed. Installs Debian's chromium-headless-shell only as root: at
# once in CI, after asking at a terminal. Never downloads Playwright's browser itself (some networks
# block that download; run `npx playwright install chromium` yourself where it is allowed).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ${1:-} == --help ]]; then
  echo "Usage: bash scripts/ensure-chromium.sh"
  echo "Exits 0 when the browser tests have a Chromium; installs Debian's chromium-headless-shell as root (asks first at a terminal)."
  exit 0
fi

# The same lookup as playwright.config.ts; prints the browser it finds.
found() { node scripts/chromium-path.mjs; }

if [[ -n ${CHROMIUM_PATH:-} && ! -x $CHROMIUM_PATH ]]; then
  echo "CHROMIUM_PATH is $CHROMIUM_PATH, but there is no program there." >&2
  exit 1
fi
if browser=$(found); then
  own="Playwright's own Chromium"
  echo "Browser tests use ${browser:-$own}."
  exit 0
fi

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  if [[ -z ${CI:-} && -t 0 ]]; then
    read -r -p "The browser tests need Chromium. Install Debian's chromium-headless-shell with apt-get now? [Y/n] " answer
    [[ ${answer:-y} =~ ^[Yy] ]] || { echo "Not installed; install Chromium and run npm test again." >&2; exit 1; }
  fi
  echo "Installing Debian's chromium-headless-shell for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null
  browser=$(found)
  echo "Browser tests use $browser."
  exit 0
fi

echo "The browser tests need Chromium: install your system's Chromium (e.g. sudo apt-get install chromium-headless-shell, or chromium), or Playwright's own with npx playwright install chromium, or set CHROMIUM_PATH to a Chromium or Chrome binary." >&2
exit 1
