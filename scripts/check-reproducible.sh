#!/usr/bin/env bash
# Builds the commit again and fails unless the output is byte-identical to an earlier build of it
# (the folder given as $1), or to a second fresh build when no folder is given.
set -euo pipefail
if [[ ${1:-} == --help || ${1:-} == -h ]]; then printf "Usage: bash scripts/check-reproducible.sh [earlier build folder]\nBuilds the commit again and fails unless the output is byte-identical to the folder given, or to a second fresh build.\n"; exit 0; fi
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

build() { npx astro build --outDir "$1" > "$1.log" 2>&1 || { cat "$1.log"; exit 1; }; }
reference="${1:-}"
if [ -z "$reference" ]; then
  reference="$work/first"
  build "$reference"
fi
build "$work/again"
if diff -r -q "$reference" "$work/again"; then
  echo "Reproducible: two builds gave byte-identical output ($(find "$reference" -type f | wc -l) files)."
else
  echo "Not reproducible: the two builds differ (files listed above)." >&2
  exit 1
fi
