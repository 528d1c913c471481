import { expect, test } from './fixtures';
import { u } from './base';

test.describe('after one visit, offline', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(u('/'));
    // The worker is active only once its install step has precached the whole site.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.context().setOffline(true);
  });

  test.afterEach(async ({ page }) => {
    await page.context().setOffline(false);
  });

  test('a code page never visited opens', async ({ page }) => {
    await page.goto(u('/pstn/603/560603/'));
    await expect(page.getByRole('heading', { level: 1, name: 'Code 603 Subcode 560603' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Call declined by the recipient.');
  });

  test('search answers with exact and full-text results', async ({ page }) => {
    await page.goto(u('/chat/'));
    await page.keyboard.press('/');
    const box = page.getByRole('dialog').getByRole('searchbox');
    await box.fill('opted out');
    await expect(page.getByRole('dialog').locator('[data-fulltext] a').first()).toHaveAttribute(
      'href',
      u('/sms/4007/'),
    );
    await box.fill('560486');
    await expect(page.getByRole('dialog').locator('[data-exact] a').first()).toHaveAttribute(
      'href',
      u('/calling/486/560486/'),
    );
  });

  test('a filtered table address opens', async ({ page }) => {
    await page.goto(u('/codes/?q=10003'));
    await expect(page.locator('tbody tr:visible')).toHaveCount(1);
  });
});
