// Which Chromium the browser tests run: shared by playwright.config.ts and scripts/ensure-chromium.sh.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

// Debian's headless build first: it is the kind of Chromium Playwright itself runs headless. The full
// browser opens a window's own interface per test context, which made the browser tests about three
// times slower on two cores.
const SYSTEM = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The binary to launch: CHROMIUM_PATH, else Debian's Chromium (headless shell, else the browser); `undefined` for Playwright's own
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
