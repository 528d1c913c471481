import { spawn, type ChildProcess } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BASE, u } from './base';
import { carrying } from './data';

// The worker is what these tests are about (the other specs block it).
test.use({ serviceWorkers: 'allow' });

/** Visits one code page, waits until the worker controls the page, then cuts the network. */
async function visitOnceThenGoOffline(page: Page, origin = '') {
  await page.goto(`${origin}${u('/calling/487/10003/')}`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });
  await page.context().setOffline(true);
}

test.describe('after one visit to one code page, offline', () => {
  test.beforeEach(async ({ page }) => visitOnceThenGoOffline(page));
  test.afterEach(async ({ page }) => page.context().setOffline(false));

  test('the page visited opens again', async ({ page }) => {
    await page.goto(u('/calling/487/10003/'));
    await expect(page.getByRole('heading', { level: 1, name: 'Code 487 Subcode 10003' })).toBeVisible();
  });

  test('a code page never visited opens at its own address, with its numbers in the heading and Copy link', async ({
    page,
  }) => {
    await page.goto(u('/pstn/603/560603/'));
    await expect(page).toHaveURL(new RegExp(`${u('/pstn/603/560603/')}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Code 603 Subcode 560603' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Call declined by the recipient.');
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  });

  test('a code page never visited reads offline as it does online', async ({ page, context }) => {
    const path = u('/call-automation/404/8522/');
    const offline = await context.newPage();
    await offline.goto(path);
    await expect(offline.getByRole('heading', { level: 1 })).toContainText('8522');
    const article = (p: typeof page) => p.locator('article[data-code-page]').evaluate((a) => a.outerHTML);
    const seen = await article(offline);
    await context.setOffline(false);
    await page.goto(path);
    expect(seen).toBe(await article(page));
    await offline.close();
  });

  test('a number page opens as the filtered table', async ({ page }) => {
    await page.goto(u('/487/'));
    await expect(page).toHaveURL(/\/codes\/\?q=487&offline=1$/);
    await expect(page.locator('tbody tr:visible')).toHaveCount(carrying(487).length);
  });

  test('search answers with exact and full-text results', async ({ page }) => {
    await page.goto(u('/codes/'));
    await page.keyboard.press('/');
    const box = page.getByRole('dialog').getByRole('searchbox');
    await box.fill('opted out');
    // The first offline search starts Pagefind from the cached bundle (its WASM and index files): on a
    // loaded machine that takes longer than the default wait, so wait for the status to count the answer.
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/^0 exact and [1-9]\d* full-text results$/, {
      timeout: 20_000,
    });
    await expect(page.getByRole('dialog').locator('[data-fulltext] a').first()).toHaveAttribute(
      'href',
      u('/sms/4007/'),
    );
    await box.fill('41006');
    await expect(page.getByRole('dialog').locator('[data-exact] a').first()).toHaveAttribute(
      'href',
      u('/calling/400/41006/'),
    );
  });

  test('the lookup answers', async ({ page }) => {
    await page.goto(u('/lookup/?q=403'));
    await expect(page.getByRole('heading', { name: /records match 403/ })).toBeVisible();
  });

  test('an unknown address shows the site’s 404 page', async ({ page }) => {
    const response = await page.goto(u('/no/such/page/'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test('the first page is kept offline even when keeping it is slower than the worker taking control', async ({
  page,
  context,
}) => {
  // The worker fetches the page that installed it a second time to keep it; that fetch is held back here.
  let requests = 0;
  await context.route(`**${u('/calling/487/10003/')}`, async (route) => {
    if (++requests > 1) await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await visitOnceThenGoOffline(page);
  await page.goto(u('/calling/487/10003/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Code 487 Subcode 10003' })).toBeVisible();
  await context.setOffline(false);
});

test.describe('on a host that answers 404 for _headers and staticwebapp.config.json', () => {
  let server: ChildProcess;
  // Beside the main test server's port, so that parallel runs on other ports never share it.
  const port = Number(process.env.E2E_PORT ?? 4399) + 1000;
  test.beforeAll(async () => {
    server = spawn('node', ['scripts/serve.mjs', process.env.DIST_DIR ?? 'dist', String(port)], {
      env: { ...process.env, HIDE: '_headers,staticwebapp.config.json' },
      stdio: 'ignore',
    });
    for (let i = 0; i < 50; i++) {
      if (
        await fetch(`http://127.0.0.1:${port}${BASE}`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  test.afterAll(() => void server.kill());

  test('the worker installs and a page never visited opens offline', async ({ page }) => {
    const origin = `http://127.0.0.1:${port}`;
    expect((await page.request.get(`${origin}${u('/_headers')}`)).status()).toBe(404);
    await visitOnceThenGoOffline(page, origin);
    await page.goto(`${origin}${u('/sms/4007/')}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Code 4007' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('opted out');
    await page.context().setOffline(false);
  });
});

test.describe('on a device with 200 KB of storage', () => {
  test('five page views download the offline copy at most once, and the page says offline is unavailable', async ({
    page,
    context,
    baseURL,
  }) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin, quotaSize: 200 * 1024 });
    let downloads = 0;
    await context.route(/\/offline-[\w-]+\.bin$/, async (route) => {
      downloads++;
      await route.continue();
    });
    const note = page.getByText('Offline use is unavailable on this device');
    await page.goto(u('/calling/487/10003/'));
    await expect(note).toBeVisible();
    for (const path of ['/sms/4007/', '/codes/', '/lookup/', '/pstn/603/560603/']) {
      await page.goto(u(path));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(note).toBeVisible();
    }
    expect(downloads).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.active ?? null))).toBe(
      null,
    );
  });
});

test('the changes page and the guide open offline without a visit of their own', async ({ page }) => {
  await visitOnceThenGoOffline(page);
  for (const path of ['/changes/', '/troubleshooting/']) {
    const response = await page.goto(u(path));
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.context().setOffline(false);
});
