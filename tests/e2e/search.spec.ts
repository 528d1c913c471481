import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { u } from './base';
import { carrying, titles } from './data';

async function search(page: Page, query: string) {
  await page.goto(u('/sms/'));
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox', { name: 'Search codes and messages' }).fill(query);
  return dialog;
}

const firstResult = (dialog: ReturnType<Page['getByRole']>) => dialog.locator('section:not([hidden]) a').first();

const exactCases: [string, string][] = [
  ['10003', '/calling/487/10003/'],
  ['487/10003', '/calling/487/10003/'],
  ['487 10003', '/calling/487/10003/'],
  ['487-10003', '/calling/487/10003/'],
  ['41006', '/calling/400/41006/'],
  ['4007', '/sms/4007/'],
  ['3112', '/calling/410/3112/'],
];

for (const [query, url] of exactCases) {
  test(`the exact match for ${query} comes first`, async ({ page }) => {
    const dialog = await search(page, query);
    await expect(dialog.locator('[data-exact]')).toBeVisible();
    await expect(firstResult(dialog)).toHaveAttribute('href', u(url));
  });
}

test('Enter opens the one record that matches the whole pair', async ({ page }) => {
  const dialog = await search(page, '400/41006');
  await expect(firstResult(dialog)).toBeVisible();
  await dialog.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/calling\/400\/41006\/$/);
});

test('a number that several areas document lists each of its records', async ({ page }) => {
  const dialog = await search(page, '560403');
  for (const r of carrying(560403)) await expect(dialog.locator(`[data-exact] a[href="${u(r.url)}"]`)).toHaveCount(1);
});

test('487/99999 says 99999 is not documented and Enter opens nothing', async ({ page }) => {
  const dialog = await search(page, '487/99999');
  await expect(dialog.getByText('No record documents code 487 with subcode 99999.')).toBeVisible();
  await dialog.getByRole('searchbox').press('Enter');
  await expect(firstResult(dialog)).toBeFocused();
  await expect(page).toHaveURL(/\/sms\/$/);
});

test('a number several records carry: Enter moves to the results instead of opening one', async ({ page }) => {
  const dialog = await search(page, '403');
  await expect(firstResult(dialog)).toBeVisible();
  await dialog.getByRole('searchbox').press('Enter');
  await expect(firstResult(dialog)).toBeFocused();
  await expect(page).toHaveURL(/\/sms\/$/);
});

test('exact matches carry the number itself, not numbers it is a prefix of', async ({ page }) => {
  const dialog = await search(page, '400');
  await expect(dialog.locator(`[data-exact] a[href="${u('/call-automation/status/400/')}"]`)).toHaveCount(1);
  const labels = await dialog.locator('[data-exact] a > span:first-child').allTextContents();
  for (const label of labels) expect(label).toMatch(/\b400\b/);
});

test('words find full-text results from Pagefind', async ({ page }) => {
  const dialog = await search(page, 'speaker enumeration');
  await expect(dialog.locator('[data-fulltext] a').first()).toHaveAttribute('href', u('/calling/405/40606/'));
  await expect(dialog.locator('[data-exact]')).toBeHidden();
});

test('full-text results leave out records already listed as exact matches', async ({ page }) => {
  const dialog = await search(page, '487');
  await expect(dialog.locator('[data-fulltext] a').first()).toBeVisible();
  const exact = await dialog.locator('[data-exact] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const full = await dialog
    .locator('[data-fulltext] a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(full.filter((href) => exact.includes(href))).toEqual([]);
});

test('the area filter lists every area and narrows the results', async ({ page }) => {
  const dialog = await search(page, 'busy');
  const area = dialog.getByRole('combobox', { name: 'Area' });
  await expect(area.locator('option')).toHaveText(['All areas', ...Object.values(titles).sort()]);
  await area.selectOption('PSTN');
  await expect(dialog.locator('[data-fulltext] a').first()).toHaveAttribute('href', new RegExp(`^${u('/pstn/')}`));
  await expect(dialog.locator(`[data-fulltext] a:not([href^="${u('/pstn/')}"])`)).toHaveCount(0);
});

test('Ctrl+K opens the search from any page', async ({ page }) => {
  await page.goto(u('/calling/487/10003/'));
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('searchbox')).toBeFocused();
});

test.describe('while a deploy is uploading', () => {
  // The offline worker answers from its own copy of the index, out of reach of page.route: this is about the network.
  test.use({ serviceWorkers: 'block' });

  test('a search index chunk that cannot be loaded says the index is being updated', async ({ page }) => {
    test.info().annotations.push({ type: 'expected-error', description: 'Failed to load the index chunk' });
    await page.route('**/pagefind/index/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.route('**/pagefind/fragment/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    const dialog = await search(page, 'carrier');
    await expect(dialog.getByRole('status')).toHaveText('The search index is being updated; reload in a minute.');
  });
});
