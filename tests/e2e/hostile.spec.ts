import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { u } from './base';
import { records } from './data';

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
  await expect(page.getByText(`0 of ${records.length} records`)).toBeVisible();
  await expectNothingRan(page);
});

test('an unknown filter value in the address shows no rows, and says so', async ({ page }) => {
  await page.goto(u('/codes/?class=9xx9&category=Nope'));
  await expect(page.getByRole('combobox', { name: 'Code class' })).toHaveValue('9xx9');
  await expect(page.getByText('No record matches this filter.')).toBeVisible();
  await expect(page.getByText(`0 of ${records.length} records`)).toBeVisible();
  await expect(page.locator('tbody tr:visible')).toHaveCount(0);
});

test('HTML in the lookup is shown as text and read for codes only', async ({ page }) => {
  await page.goto(u(`/lookup/?q=${encodeURIComponent(HTML)}`));
  await expect(page.getByRole('textbox', { name: 'Number or pasted text' })).toHaveValue(HTML);
  // Its only numbers are the 1 and 2 it assigns to a variable: values of a field that is no code.
  await expect(page.getByText('This text contains no code to look up')).toBeVisible();
  await expectNothingRan(page);
});

test('malformed JSON in the lookup is read for its numbers', async ({ page }) => {
  await page.goto(u(`/lookup/?q=${encodeURIComponent('{"code": 400, "subCode": 41006, "message": "unterminated')}`));
  await expect(page).toHaveURL(/\/calling\/400\/41006\/$/);
});

test('invisible and right-to-left control characters inside numbers do not change them', async ({ page }) => {
  await page.goto(u(`/lookup/?q=${encodeURIComponent('\u202E40\u200B0/\uFEFF41006\u202C')}`));
  await expect(page).toHaveURL(/\/calling\/400\/41006\/$/);
});

test('full-width digits are read as digits', async ({ page }) => {
  await page.goto(u(`/lookup/?q=${encodeURIComponent('４００/４１００６')}`));
  await expect(page).toHaveURL(/\/calling\/400\/41006\/$/);
});

test('an emoji and a lone surrogate are refused with a message', async ({ page }) => {
  await page.goto(u(`/lookup/?q=${encodeURIComponent('📞')}%ED%A0%80`));
  await expect(page.getByText('This text contains no code to look up')).toBeVisible();
});

test('HTML typed into the search is shown as text', async ({ page }) => {
  // Not from the home page: its lookup box has the focus there, and takes the slash as text.
  await page.goto(u('/sms/4007/'));
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill(HTML);
  await expect(page.getByRole('dialog').getByRole('status')).not.toHaveText('Searching…');
  await expectNothingRan(page);
});

test('a megabyte in the filter box filters on its start and keeps the address short', async ({ page }) => {
  await page.goto(u('/codes/'));
  await page.evaluate(() => {
    const box = document.querySelector<HTMLInputElement>('acs-table-filter input[name="q"]')!;
    box.value = `487/10003 ${'x'.repeat(1_000_000)}`;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(page.getByText(`0 of ${records.length} records`)).toBeVisible();
  expect(new URL(page.url()).search.length).toBeLessThan(1000);
});
