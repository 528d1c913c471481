import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { u } from './base';

const HTML = `"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'`;

/** Fails the test if anything the input carried ran or was parsed into the page. */
async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], main script:not([src])').count()).toBe(0);
}

test.beforeEach(({ page }) => {
  page.on('dialog', () => {
    throw new Error('a dialog was opened by hostile input');
  });
});

test('HTML and quotes in the table filter query are shown as text', async ({ page }) => {
  await page.goto(
    u(`/codes/?q=${encodeURIComponent(HTML)}&area=${encodeURIComponent(HTML)}&category=${encodeURIComponent(HTML)}`),
  );
  await expect(page.getByRole('searchbox', { name: 'Contains' })).toHaveValue(HTML);
  await expect(page.getByText('0 of 304 records')).toBeVisible();
  await expectNothingRan(page);
});

test('an unknown filter value shows no rows instead of failing', async ({ page }) => {
  await page.goto(u('/codes/?class=9xx9&category=Nope'));
  await expect(page.getByText('of 304 records')).toBeVisible();
});

test('HTML in the lookup is shown as text and matched as text', async ({ page }) => {
  await page.goto(u(`/lookup/?q=${encodeURIComponent(HTML)}`));
  await expect(page.getByRole('textbox', { name: 'Number or pasted text' })).toHaveValue(HTML);
  await expect(page.getByText('No documented code matches this text.')).toBeVisible();
  await expectNothingRan(page);
});

test('malformed JSON in the lookup is read for its numbers', async ({ page }) => {
  await page.goto(u(`/lookup/?q=${encodeURIComponent('{"code": 487, "subCode": 10003, "message": "unterminated')}`));
  await expect(page).toHaveURL(/\/calling\/487\/10003\/$/);
});

test('invisible and right-to-left control characters around numbers do not hide them', async ({ page }) => {
  await page.goto(u(`/lookup/?q=${encodeURIComponent('\u202E487\u200B/\uFEFF10003\u202C')}`));
  await expect(page).toHaveURL(/\/calling\/487\/10003\/$/);
});

test('emoji, full-width digits and lone surrogates are refused with a message', async ({ page }) => {
  await page.goto(u(`/lookup/?q=${encodeURIComponent('📞 ４８７')}%ED%A0%80`));
  await expect(page.getByText('This text contains no number to look up.')).toBeVisible();
});

test('HTML typed into the search is shown as text', async ({ page }) => {
  await page.goto(u('/'));
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill(HTML);
  await expect(page.getByRole('dialog').getByRole('status')).not.toHaveText('Searching…');
  await expectNothingRan(page);
});

test('a 1 MB filter query answers within a second', async ({ page }) => {
  await page.goto(u('/codes/'));
  const elapsed = await page.evaluate(() => {
    const box = document.querySelector<HTMLInputElement>('acs-table-filter input[name="q"]')!;
    box.value = `${'x'.repeat(1_000_000)} 487`;
    const start = performance.now();
    box.dispatchEvent(new Event('input', { bubbles: true }));
    return performance.now() - start;
  });
  await expect(page.getByText('0 of 304 records')).toBeVisible();
  expect(elapsed).toBeLessThan(1000);
});
