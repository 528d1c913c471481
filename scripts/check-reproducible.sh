#!/usr/bin/env bash
# Builds the same commit twice into two folders and fails unless they are byte-identical.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for run in first second; do
  npx astro build --outDir "$work/$run" > "$work/$run.log" 2>&1 || { cat "$work/$run.log"; exit 1; }
done
if diff -r -q "$work/first" "$work/second"; then
  echo "Reproducible: two builds gave byte-identical output ($(find "$work/first" -type f | wc -l) files)."
else
  echo "Not reproducible: the two builds differ (files listed above)." >&2
  exit 1
fi
