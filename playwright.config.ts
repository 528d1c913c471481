import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/chromium-path.mjs';

const port = Number(process.env.E2E_PORT ?? 4399);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
// Debian's Chromium (or CHROMIUM_PATH) whenever it is installed, else Playwright's own; see scripts/ensure-chromium.sh.
const executablePath = chromiumPath() ?? undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    // Each test's fresh browser would install the offline worker and download its whole core (about
    // 1.7 MB) for nothing: only the offline tests let it run (offline.spec.ts).
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    // The tests run against the built site, as users get it; `npm test` builds it first.
    command: `node scripts/serve.mjs ${process.env.DIST_DIR ?? 'dist'} ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
  },
});
