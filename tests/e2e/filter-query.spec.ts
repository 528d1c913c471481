import { expect, test } from './fixtures';
import { u } from './base';
import { records } from './data';

// The /codes/ filter reads its box with the lookup's reader, as a typed query.
const visibleRows = (page: import('@playwright/test').Page) => page.locator('tbody tr:visible');

test('SIP before a number keeps only that SIP response', async ({ page }) => {
  await page.goto(u(`/codes/?q=${encodeURIComponent('SIP 486')}`));
  await expect(visibleRows(page)).toHaveCount(records.filter((r) => r.codeSpace === 'sip' && r.code === 486).length);
  await expect(visibleRows(page).first()).toHaveAttribute('data-url', '/sip/486/');
});

test('a number alone keeps the records of every code space that carry it', async ({ page }) => {
  await page.goto(u('/codes/?q=486'));
  await expect(visibleRows(page)).toHaveCount(records.filter((r) => r.code === 486 || r.subcode === 486).length);
});
