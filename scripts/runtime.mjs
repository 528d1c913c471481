#!/usr/bin/env node
// Runs before the npm scripts, on whatever Node the shell found. `npm install` puts the Node that
// package-lock.json pins (.nvmrc) into node_modules/.bin, where npm scripts and npx find it first; on a
// platform with no such package, the system Node must do, and this says in one sentence when it cannot.
import { existsSync, readFileSync } from 'node:fs';

if (process.argv.includes('--help')) {
  console.log(`Usage: node scripts/runtime.mjs

Exits 0 when this Node satisfies package.json's engines.node, else prints what to install and exits 1.`);
  process.exit(0);
}

const root = new URL('../', import.meta.url);
const { engines } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const pinned = readFileSync(new URL('.nvmrc', root), 'utf8').trim();
const minimum = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(engines.node);
if (!minimum) throw new Error(`package.json engines.node should read ">=X.Y.Z", not "${engines.node}"`);

const parts = (version) => version.split('.').map(Number);
const atLeast = (version, wanted) => {
  for (const [have, want] of parts(version).map((n, i) => [n, wanted[i]])) if (have !== want) return have > want;
  return true;
};

if (!atLeast(process.versions.node, minimum.slice(1).map(Number))) {
  const bundled = existsSync(new URL('node_modules/.bin/node', root));
  const why = bundled
    ? 'run it through npm (npm run …, npx …), which puts node_modules/.bin first on the PATH'
    : `npm installs Node ${pinned} only on Linux x64 and arm64, so install Node ${pinned} (e.g. nvm install, which reads .nvmrc) and run npm install again`;
  console.error(`This project needs Node ${engines.node} but runs on ${process.version}: ${why}.`);
  process.exit(1);
}
