#!/usr/bin/env bash
# The production build: Astro renders the pages, Pagefind indexes them, Workbox precaches it all.
# OUT_DIR chooses the output folder (default dist); BASE_PATH and SITE_URL are read by each step.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${OUT_DIR:-dist}"

astro build --outDir "$out"
pagefind --site "$out"
node scripts/service-worker.mjs "$out"
