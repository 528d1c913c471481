#!/usr/bin/env bash
# The one test command: static checks, unit tests, a production build, then browser tests against it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-chromium.sh
npm run --silent lint
npm run --silent check
npm run --silent test:unit
npm run --silent build
npm run --silent test:dist
npm run --silent test:e2e
