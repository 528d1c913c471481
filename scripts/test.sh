#!/usr/bin/env bash
# The one test command (`npm test`), also what CI runs: static checks, unit and build tests, then
# the production build and a sub-path build, each checked as files and in a browser.
set -euo pipefail
if [[ ${1:-} == --help || ${1:-} == -h ]]; then printf "Usage: npm test (or bash scripts/test.sh)\nRuns every check: lint, types, unit and build tests, the production and sub-path builds, their files, the browser tests and the reproducibility check.\n"; exit 0; fi
cd "$(dirname "$0")/.."
# The Node that package-lock.json pins (node_modules/.bin/node) runs everything below, also when this
# script is started directly rather than through `npm test`.
export PATH="$PWD/node_modules/.bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# Runs single-threaded checks side by side on the machine's cores: prints each one's output in order
# once all have ended, and fails if any failed.
together() {
  local logs pids=() failed=0
  logs=$(mktemp -d)
  local n=0
  for command in "$@"; do
    bash -c "$command" > "$logs/$n" 2>&1 &
    pids+=($!)
    n=$((n + 1))
  done
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || failed=1
    cat "$logs/$i"
  done
  rm -rf "$logs"
  return "$failed"
}

step "Runtime"
node scripts/runtime.mjs
echo "Node $(node --version) at $(command -v node)"

step "Browser"
bash scripts/ensure-chromium.sh

step "Lint, format and types"
together "npm run --silent lint" "npm run --silent check"

# The build of each base path, its log kept beside it; prints the build's last line.
build_command() {
  printf '%s' "npx astro build --outDir '$1' > '$1.build.log' 2>&1 && tail -n 1 '$1.build.log' || { cat '$1.build.log'; exit 1; }"
}

check_files() {
  local dist="$1"
  step "Checks of the files in $dist"
  DIST_DIR="$dist" npm run --silent test:site
  together "html-validate '$dist/**/*.html' && echo 'html-validate: every page is valid.'" \
    "node scripts/check-links.mjs '$dist'"
}

# The unit tests end on one long file (a whole Astro build of the fixture) while the other core idles:
# the production build runs beside them.
step "Unit and build tests, and the build of / into dist beside them"
together "npm run --silent test:unit" "$(build_command dist)"
check_files dist
step "Browser tests"
DIST_DIR=dist E2E_PORT="${E2E_PORT:-4399}" npm run --silent test:e2e

step "Build /acs-codes/ into dist-base"
BASE_PATH=/acs-codes/ bash -c "$(build_command dist-base)"
(export BASE_PATH=/acs-codes/ && check_files dist-base)
# Under the sub-path, the browser tests of what a base path can break and files cannot show: the offline
# worker's scope and fallbacks, search's index address, the lookup and the 404 page opening pages, and
# Copy link. Everything else ran above, and every link of the sub-path build was checked as files. The
# reproducibility check (a second build of /, compared byte for byte with dist) runs beside them.
step "Browser tests under /acs-codes/, and the reproducible build beside them"
together "BASE_PATH=/acs-codes/ DIST_DIR=dist-base E2E_PORT='${E2E_BASE_PORT:-4398}' npm run --silent test:e2e -- \
  tests/e2e/offline.spec.ts tests/e2e/{search,lookup,pages,ticket}.spec.ts \
  --grep 'words find full-text|home box opens a number|an SDK name alone opens|404 page reads the numbers|Copy link puts|after one visit'" \
  "bash scripts/check-reproducible.sh dist"
