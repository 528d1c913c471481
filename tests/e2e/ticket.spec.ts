import { expect, test } from './fixtures';
import { canonical, u } from './base';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());
// A build with SITE_URL copies the canonical address; a local build, the address the page is open at.
const linkOf = (page: import('@playwright/test').Page, path: string) =>
  process.env.SITE_URL ? canonical(path) : new URL(u(path), page.url()).href;

test('Copy link puts the page address on the clipboard and says so', async ({ page }) => {
  await page.goto(u('/calling/487/10003/'));
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await clipboard(page)).toBe(linkOf(page, '/calling/487/10003/'));
});

test('Copy as Markdown gives a ticket-ready summary with what to do', async ({ page }) => {
  await page.goto(u('/sms/4007/'));
  await page.getByRole('button', { name: 'Copy as Markdown' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Markdown for your ticket copied.')).toBeVisible();
  const text = await clipboard(page);
  expect(text).toContain('**ACS SMS 4007**: The Destination/To number opted out of receiving messages from you.');
  expect(text).toContain(`- Reference: ${linkOf(page, '/sms/4007/')}`);
  expect(text).toContain('What to do: Mark the Destination/To number as opted out');
  expect(text).toContain('SMS message ID; MS-CV ID');
});

test('Copy as Markdown of a code without advice says the guidance is general', async ({ page }) => {
  await page.goto(u('/call-automation/subcode/8535/'));
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  expect(await clipboard(page)).toContain('What to do (general guidance, not advice for this exact code):');
});

test('a list message reads as one sentence in the title and the preview', async ({ page }) => {
  await page.goto(u('/pstn/403/560403/'));
  await expect(page).toHaveTitle(/^PSTN 403\/560403: Call forbidden\. Call canceled\. Call rejected\. · /);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    /^PSTN 403\/560403: Call forbidden\./,
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical('/pstn/403/560403/'));
});

test('every kind of page links the OpenSearch description', async ({ page }) => {
  for (const path of ['/', '/calling/', '/codes/', '/lookup/', '/0/', '/calling/487/10003/']) {
    await page.goto(u(path));
    await expect(page.locator('link[rel="search"]')).toHaveAttribute('href', u('/opensearch.xml'));
  }
});
