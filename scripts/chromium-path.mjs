// Which Chromium the browser tests run: shared by playwright.config.ts and scripts/ensure-chromium.sh.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The binary to launch: CHROMIUM_PATH, else Debian's Chromium; `undefined` for Playwright's own
 * Chromium when it is installed; `null` when there is none.
 */
export function chromiumPath(env = process.env) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  const system = SYSTEM.find((p) => existsSync(p));
  if (system) return system;
  return existsSync(chromium.executablePath()) ? undefined : null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = chromiumPath();
  if (path === null) process.exit(1);
  console.log(path ?? '');
}
