#!/usr/bin/env bash
# Browser tests use Debian's Chromium (Playwright's own browser download is blocked on our machines).
set -euo pipefail
for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  [[ -x $candidate ]] && exit 0
done
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at /usr/bin/chromium. Install it, e.g.: sudo apt-get install chromium" >&2
exit 1
