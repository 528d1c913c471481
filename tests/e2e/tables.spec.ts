import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { u } from './base';
import { carrying, records } from './data';

const visibleRows = (page: Page) => page.locator('tbody tr:visible');
const count = (page: Page) => page.getByRole('status').filter({ hasText: 'records' });
const inArea = (area: string) => records.filter((r) => r.area === area);

test('/codes/ shows every record', async ({ page }) => {
  await page.goto(u('/codes/'));
  await expect(visibleRows(page)).toHaveCount(records.length);
  await expect(count(page)).toHaveText(`${records.length} of ${records.length} records`);
});

for (const q of ['487/10003', '487 10003', '487-10003']) {
  test(`/codes/?q=${q} shows the records of that pair`, async ({ page }) => {
    await page.goto(u(`/codes/?q=${encodeURIComponent(q)}`));
    const pair = records.filter((r) => r.code === 487 && r.subcode === 10003);
    await expect(visibleRows(page)).toHaveCount(pair.length);
    await expect(visibleRows(page).first()).toContainText('10003');
  });
}

test('a bare number keeps the records that carry exactly that number', async ({ page }) => {
  await page.goto(u('/codes/?q=10003'));
  await expect(visibleRows(page)).toHaveCount(carrying(10003).length);
});

test('typing words narrows the table and updates the address', async ({ page }) => {
  await page.goto(u('/codes/'));
  await page.getByRole('searchbox', { name: 'Contains' }).fill('opted out');
  await expect(visibleRows(page)).toHaveCount(
    records.filter((r) => /opted out/i.test(`${r.message} ${r.advice}`)).length,
  );
  await expect(page).toHaveURL(/\?q=opted\+out$/);
});

test('a keystroke shows its rows and count at once, without waiting for a pause in the typing', async ({ page }) => {
  await page.goto(u('/codes/'));
  await page.locator('acs-table-filter[data-ready]').waitFor();
  // Everything is read in the task of the input event itself: no timer has had a chance to run.
  const seen = await page.evaluate(() => {
    const box = document.querySelector<HTMLInputElement>('acs-table-filter input[name="q"]')!;
    box.value = '10003';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    return {
      count: document.querySelector('[data-count]')!.textContent,
      shown: document.querySelectorAll('tbody tr:not([hidden])').length,
    };
  });
  expect(seen).toEqual({
    count: `${carrying(10003).length} of ${records.length} records`,
    shown: carrying(10003).length,
  });
});

test('rows a keystroke brings on screen are laid out before its frame paints, none left blank', async ({ page }) => {
  // A word about half the records hold: far rows move up on screen, in place of rows it hides.
  const texts = records.map((r) => `${r.message} ${r.advice ?? ''}`.toLowerCase());
  const words = [...new Set(texts.flatMap((t) => t.match(/[a-z]{5,}/g) ?? []))];
  const share = (w: string) => texts.filter((t) => t.includes(w)).length / texts.length;
  const word = words.reduce((best, w) => (Math.abs(share(w) - 0.5) < Math.abs(share(best) - 0.5) ? w : best));
  await page.goto(u('/codes/'));
  await page.locator('acs-table-filter[data-ready]').waitFor();
  await page
    .locator('tbody tr')
    .nth(Math.floor(records.length / 4))
    .scrollIntoViewIfNeeded();
  // Read in the task of the input event, before any frame: what the next frame would paint.
  const blank = await page.evaluate((text) => {
    const box = document.querySelector<HTMLInputElement>('acs-table-filter input[name="q"]')!;
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    return [...document.querySelectorAll<HTMLTableRowElement>('tbody tr:not([hidden])')]
      .filter((row) => {
        const box = row.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      })
      .filter((row) => !row.cells[0]!.checkVisibility({ contentVisibilityAuto: true }))
      .map((row) => row.id);
  }, word);
  expect(blank).toEqual([]);
});

test('clearing the box brings every row back, in the order of the source', async ({ page }) => {
  await page.goto(u('/codes/'));
  const box = page.getByRole('searchbox', { name: 'Contains' });
  const order = () => visibleRows(page).evaluateAll((rows) => rows.map((r) => r.id));
  const asPublished = await order();
  await box.fill('10003');
  await expect(visibleRows(page)).toHaveCount(carrying(10003).length);
  await box.fill('');
  await expect(visibleRows(page)).toHaveCount(records.length);
  expect(await order()).toEqual(asPublished);
});

test('no column of the table moves as the reader types', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(u('/codes/'));
  const widths = () =>
    page.locator('thead th').evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().width)));
  const before = await widths();
  await page.getByRole('searchbox', { name: 'Contains' }).fill('opted out');
  await expect(count(page)).not.toHaveText(`${records.length} of ${records.length} records`);
  expect(await widths()).toEqual(before);
});

test('an empty result says so, with a reset and a lookup of the same text', async ({ page }) => {
  await page.goto(u('/codes/?q=12345678'));
  await expect(visibleRows(page)).toHaveCount(0);
  await expect(page.getByText('No record matches this filter.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Look the text up instead' })).toHaveAttribute(
    'href',
    u('/lookup/?q=12345678'),
  );
  await page.getByText('No record matches this filter.').locator('..').getByRole('button', { name: 'Reset' }).click();
  await expect(visibleRows(page)).toHaveCount(records.length);
});

test('the area filter keeps only that area', async ({ page }) => {
  await page.goto(u('/codes/'));
  await page.getByRole('combobox', { name: 'Area' }).selectOption('pstn');
  await expect(visibleRows(page)).toHaveCount(inArea('pstn').length);
  await expect(page).toHaveURL(/\?area=pstn$/);
});

test('the code class filter keeps only that class', async ({ page }) => {
  await page.goto(u('/calling/'));
  await page.getByRole('combobox', { name: 'Code class' }).selectOption('6xx');
  const sixes = inArea('calling').filter((r) => String(r.code).length === 3 && String(r.code).startsWith('6'));
  // Rows beyond the first screen follow in the next frames: wait for all of them.
  await expect(visibleRows(page)).toHaveCount(sixes.length);
  const codes = await visibleRows(page).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.code));
  expect(codes.every((code) => /^6\d\d$/.test(code!))).toBe(true);
});

test('sorting by the numbers column orders rows both ways, shows it and keeps it in the address', async ({ page }) => {
  await page.goto(u('/sms/'));
  // The area's first table: an area may hold several, each sorted on its own.
  const table = page.getByRole('table').first();
  const header = table.getByRole('columnheader', { name: /Code/ });
  const rows = table.locator('tbody tr:visible');
  const codes = () => rows.evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.code)));
  const asPublished = await codes();
  // The first table holds the area's first records, in the order the content lists them.
  expect(asPublished).toEqual(
    inArea('sms')
      .slice(0, asPublished.length)
      .map((r) => r.code),
  );
  expect(asPublished.length).toBeGreaterThan(1);
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=0$/);
  // A sorted table shows its first screen at once and the other rows in the next frames.
  await expect(rows).toHaveCount(asPublished.length);
  expect(await codes()).toEqual([...asPublished].sort((a, b) => a - b));
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=-0$/);
  await expect(rows).toHaveCount(asPublished.length);
  expect(await codes()).toEqual([...asPublished].sort((a, b) => b - a));
});

test('a sorted address opens sorted', async ({ page }) => {
  await page.goto(u('/chat/?sort=1'));
  const table = page.getByRole('table').first();
  await expect(table.getByRole('columnheader', { name: /Message/ })).toHaveAttribute('aria-sort', 'ascending');
  const firstTable = inArea('chat').filter((r) => r.table === inArea('chat')[0]!.table);
  await expect(table.locator('tbody tr:visible')).toHaveCount(firstTable.length);
  const messages = await table
    .locator('tbody tr:visible')
    .evaluateAll((rows) => rows.map((r) => (r as HTMLTableRowElement).cells[1]!.textContent!.trim()));
  expect(messages).toEqual([...messages].sort((a, b) => a.localeCompare(b)));
});

test('each table of an area keeps its own sort, in the address and after a reload', async ({ page }) => {
  const tablesOf = (area: string) => new Set(inArea(area).map((r) => r.table)).size;
  const area = [...new Set(records.map((r) => r.area))].sort((a, b) => tablesOf(b) - tablesOf(a))[0]!;
  expect(tablesOf(area), 'an area with two tables or more').toBeGreaterThan(1);
  await page.goto(u(`/${area}/`));
  const firstHeader = (table: number) => page.getByRole('table').nth(table).getByRole('columnheader').first();
  // Pressed, not clicked: scrolled to, the second table's header can move by a screen while the rows above it take
  // their real height (content-visibility), and a click aimed before that lands elsewhere (1 run in 10 here).
  await firstHeader(1).getByRole('button').press('Enter');
  await expect(page).toHaveURL(/sort=1%3A0$/);
  await firstHeader(0).getByRole('button').press('Enter');
  await firstHeader(0).getByRole('button').press('Enter');
  await expect(page).toHaveURL(/sort=-0%2C1%3A0$/);
  await page.reload();
  await expect(firstHeader(0)).toHaveAttribute('aria-sort', 'descending');
  await expect(firstHeader(1)).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.locator('th[aria-sort]')).toHaveCount(2);
});

test('Back and Forward restore the filters', async ({ page }) => {
  await page.goto(u('/codes/'));
  await page.getByRole('combobox', { name: 'Area' }).selectOption('calling');
  await page.getByRole('combobox', { name: 'Result category' }).selectOption('Success');
  const success = inArea('calling').filter((r) => r.resultCategory === 'Success').length;
  await expect(visibleRows(page)).toHaveCount(success);
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Result category' })).toHaveValue('');
  await expect(visibleRows(page)).toHaveCount(inArea('calling').length);
  await page.goForward();
  await expect(visibleRows(page)).toHaveCount(success);
});

test('without JavaScript the full table shows and the filter controls stay hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(u('/codes/?q=10003'));
  await expect(visibleRows(page)).toHaveCount(records.length);
  await expect(page.getByRole('searchbox', { name: 'Contains' })).toBeHidden();
  await context.close();
});

test('printing /codes/ leaves the filter form out', async ({ page }) => {
  await page.goto(u('/codes/'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('searchbox', { name: 'Contains' })).toBeHidden();
  await expect(visibleRows(page).first()).toBeVisible();
});
