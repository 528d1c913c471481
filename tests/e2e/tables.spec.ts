import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { u } from './base';

const visibleRows = (page: Page) => page.locator('tbody tr:visible');
const count = (page: Page) => page.getByRole('status').filter({ hasText: 'records' });

test('/codes/ shows every record', async ({ page }) => {
  await page.goto(u('/codes/'));
  await expect(visibleRows(page)).toHaveCount(304);
  await expect(count(page)).toHaveText('304 of 304 records');
});

test('/codes/?q=10003 shows only the rows that contain 10003', async ({ page }) => {
  await page.goto(u('/codes/?q=10003'));
  await expect(page.getByRole('searchbox', { name: 'Contains' })).toHaveValue('10003');
  await expect(visibleRows(page)).toHaveCount(1);
  await expect(visibleRows(page)).toContainText('10003');
  await expect(count(page)).toHaveText('1 of 304 records');
});

test('typing in the text filter narrows the table and updates the address', async ({ page }) => {
  await page.goto(u('/codes/'));
  await page.getByRole('searchbox', { name: 'Contains' }).fill('opted out');
  await expect(visibleRows(page)).toHaveCount(1);
  await expect(page).toHaveURL(/\?q=opted\+out$/);
});

test('the area filter keeps only that area', async ({ page }) => {
  await page.goto(u('/codes/'));
  await page.getByRole('combobox', { name: 'Area' }).selectOption('pstn');
  await expect(visibleRows(page)).toHaveCount(19);
  await expect(page).toHaveURL(/\?area=pstn$/);
});

test('the code class filter keeps only that class', async ({ page }) => {
  await page.goto(u('/calling/'));
  await page.getByRole('combobox', { name: 'Code class' }).selectOption('6xx');
  const codes = await visibleRows(page).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.code));
  expect(codes.length).toBeGreaterThan(0);
  for (const code of codes) expect(code).toMatch(/^6\d\d$/);
});

test('the result category filter keeps only that category', async ({ page }) => {
  await page.goto(u('/calling/'));
  await page.getByRole('combobox', { name: 'Result category' }).selectOption('Success');
  const categories = await visibleRows(page).evaluateAll((rows) =>
    rows.map((r) => (r as HTMLElement).dataset.category),
  );
  expect(categories.length).toBe(14);
  expect(new Set(categories)).toEqual(new Set(['Success']));
});

test('sorting by the numbers column orders rows by code, both ways', async ({ page }) => {
  await page.goto(u('/sms/'));
  const header = page.getByRole('columnheader', { name: 'Code' });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const codes = () => visibleRows(page).evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.code)));
  expect(await codes()).toEqual([...(await codes())].sort((a, b) => a - b));
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect((await codes())[0]).toBe(9999);
});

test('sorting by the message column orders rows alphabetically', async ({ page }) => {
  await page.goto(u('/chat/'));
  await page.getByRole('columnheader', { name: 'Message' }).getByRole('button').click();
  const messages = await visibleRows(page).evaluateAll((rows) =>
    rows.map((r) => (r as HTMLTableRowElement).cells[1]!.textContent!.trim()),
  );
  expect(messages).toEqual(['Forbidden', 'Service Unavailable', 'Too many requests', 'Unauthorized']);
});

test('Back and Forward restore the filters', async ({ page }) => {
  await page.goto(u('/codes/'));
  await page.getByRole('combobox', { name: 'Area' }).selectOption('calling');
  await page.getByRole('combobox', { name: 'Result category' }).selectOption('Success');
  await expect(visibleRows(page)).toHaveCount(14);
  await page.goBack();
  await expect(page).toHaveURL(/\?area=calling$/);
  await expect(page.getByRole('combobox', { name: 'Result category' })).toHaveValue('');
  await expect(visibleRows(page)).toHaveCount(102);
  await page.goForward();
  await expect(page.getByRole('combobox', { name: 'Result category' })).toHaveValue('Success');
  await expect(visibleRows(page)).toHaveCount(14);
});

test('without JavaScript the full table shows and the filter controls stay hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(u('/codes/?q=10003'));
  await expect(visibleRows(page)).toHaveCount(304);
  await expect(page.getByRole('searchbox', { name: 'Contains' })).toBeHidden();
  await context.close();
});
