import { expect, test } from './fixtures';
import { canonical, u } from './base';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

test('Copy link puts the canonical address on the clipboard and says so', async ({ page }) => {
  await page.goto(u('/calling/487/10003/'));
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await clipboard(page)).toBe(canonical('/calling/487/10003/'));
});

test('Copy as Markdown puts a ticket-ready summary on the clipboard', async ({ page }) => {
  await page.goto(u('/sms/4007/'));
  await page.getByRole('button', { name: 'Copy as Markdown' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Markdown for your ticket copied.')).toBeVisible();
  const text = await clipboard(page);
  expect(text).toContain('**ACS SMS 4007**: The Destination/To number opted out of receiving messages from you.');
  expect(text).toContain(`- Reference: ${canonical('/sms/4007/')}`);
  expect(text).toContain('SMS message ID; MS-CV ID');
  expect(text).toContain('/troubleshooting/');
});

test('a code page carries an og:title with its numbers and a canonical link', async ({ page }) => {
  await page.goto(u('/pstn/403/560403/'));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /^ACS PSTN 403\/560403 — /);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical('/pstn/403/560403/'));
});

test('every kind of page links the OpenSearch description', async ({ page }) => {
  for (const path of ['/', '/calling/', '/codes/', '/lookup/', '/0/', '/calling/487/10003/']) {
    await page.goto(u(path));
    await expect(page.locator('link[rel="search"]')).toHaveAttribute('href', u('/opensearch.xml'));
  }
});

test('the OpenSearch description points at the lookup', async ({ request }) => {
  const xml = await (await request.get(u('/opensearch.xml'))).text();
  expect(xml).toContain(`template="${canonical('/lookup/')}?q={searchTerms}"`);
});
