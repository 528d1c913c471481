// The Chromium the bench measures with: the one the browser tests run (scripts/chromium-path.mjs).
import { chromium } from '@playwright/test';
import { chromiumPath } from '../chromium-path.mjs';
import { startServer } from './server.mjs';

export function launchBrowser() {
  const executablePath = chromiumPath();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Serves a build on BENCH_PORT (default 4478) and runs `measure(browser, origin)` against it: a step of the bench alone. */
export async function againstBuild(dist, measure) {
  const port = Number(process.env.BENCH_PORT ?? 4478);
  const server = await startServer(dist, port);
  const browser = await launchBrowser();
  try {
    await measure(browser, `http://127.0.0.1:${port}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
