import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { u } from './base';

async function search(page: Page, query: string) {
  await page.goto(u('/sms/'));
  await page.keyboard.press('/');
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
  ['560486', '/calling/486/560486/'],
  ['560403', '/pstn/403/560403/'],
  ['8523', '/call-automation/400/8523/'],
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

test('exact matches carry the number itself, not numbers it is a prefix of', async ({ page }) => {
  const dialog = await search(page, '400');
  await expect(dialog.locator(`[data-exact] a[href="${u('/call-automation/status/400/')}"]`)).toHaveCount(1);
  const exact = await dialog
    .locator('[data-exact] a')
    .evaluateAll((links) => links.map((a) => a.firstElementChild!.textContent));
  for (const title of exact) expect(title).toMatch(/\b400\b/);
});

test('words find full-text results from Pagefind', async ({ page }) => {
  const dialog = await search(page, 'speaker enumeration');
  await expect(dialog.locator('[data-fulltext] a').first()).toHaveAttribute('href', u('/calling/405/40606/'));
  await expect(dialog.locator('[data-exact]')).toBeHidden();
});

test('Ctrl+K opens the search from any page', async ({ page }) => {
  await page.goto(u('/calling/487/10003/'));
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('searchbox')).toBeFocused();
});

test('the area filter lists every area and narrows the results', async ({ page }) => {
  const dialog = await search(page, 'busy');
  const area = dialog.getByRole('combobox', { name: 'Area' });
  await expect(area.locator('option')).toHaveText([
    'All areas',
    'Call Automation SDK',
    'Calling SDK',
    'Chat SDK',
    'PSTN',
    'SMS',
  ]);
  await area.selectOption('PSTN');
  await expect(dialog.locator('[data-fulltext] a').first()).toHaveAttribute('href', new RegExp(`^${u('/pstn/')}`));
  await expect(dialog.locator(`[data-fulltext] a:not([href^="${u('/pstn/')}"])`)).toHaveCount(0);
});

test('the result category filter narrows the results', async ({ page }) => {
  const dialog = await search(page, 'call');
  await dialog.getByRole('combobox', { name: 'Result category' }).selectOption('Success');
  await expect(dialog.locator('[data-fulltext] a').first()).toBeVisible();
  const hrefs = await dialog
    .locator('[data-fulltext] a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const href of hrefs) {
    const response = await page.request.get(href!);
    expect(await response.text(), href!).toContain('data-pagefind-filter="category:Success"');
  }
});

test('Enter opens the first result', async ({ page }) => {
  const dialog = await search(page, '487/10003');
  await expect(firstResult(dialog)).toBeVisible();
  await dialog.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/calling\/487\/10003\/$/);
});

test('full-text results still show when the best hits are already exact matches', async ({ page }) => {
  const dialog = await search(page, '487');
  await expect(dialog.locator('[data-exact] a').first()).toBeVisible();
  await expect(dialog.locator('[data-fulltext] a').first()).toBeVisible();
  const exact = await dialog.locator('[data-exact] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const full = await dialog
    .locator('[data-fulltext] a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(full.filter((href) => exact.includes(href))).toEqual([]);
});
