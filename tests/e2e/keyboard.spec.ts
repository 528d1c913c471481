import { expect, test } from './fixtures';
import { u } from './base';

const templates = [
  '/',
  '/calling/',
  '/codes/',
  '/calling/487/10003/',
  '/487/',
  '/lookup/',
  '/troubleshooting/',
  '/changes/',
  '/no/such/page/',
];

for (const path of templates) {
  test(`tabbing through the header of ${path} opens no dialog`, async ({ page }) => {
    await page.goto(u(path));
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      await expect(page.getByRole('dialog')).toBeHidden();
    }
  });
}

test('Esc closes the search at the first press, with text in it, and focus returns to the button', async ({ page }) => {
  await page.goto(u('/calling/'));
  const button = page.getByRole('button', { name: 'Search' });
  await button.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('searchbox').fill('busy');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(button).toBeFocused();
});

test('the search button shows its shortcut', async ({ page }) => {
  await page.goto(u('/'));
  await expect(page.getByRole('button', { name: 'Search' })).toContainText('/');
});

test('on a code page, the skip link and one Tab reach Copy link', async ({ page }) => {
  await page.goto(u('/calling/487/10003/'));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
});

test('pressing C on a code page copies its link, and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(u('/sms/4007/'));
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveAttribute('aria-keyshortcuts', 'C');
  await page.keyboard.press('c');
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(u('/sms/4007/'));
});

test('typing C in the search box types it instead of copying the link', async ({ page }) => {
  await page.goto(u('/sms/4007/'));
  await page.keyboard.press('/');
  await page.keyboard.press('c');
  await expect(page.getByRole('dialog').getByRole('searchbox')).toHaveValue('c');
  await expect(page.getByText('Link copied.')).toBeHidden();
});

test('the home page’s box has the focus when the page opens', async ({ page }) => {
  await page.goto(u('/'));
  await expect(page.getByRole('main').getByRole('searchbox')).toBeFocused();
});

test('after a lookup the focus is on the result, one Tab from its first link', async ({ page }) => {
  await page.goto(u('/lookup/'));
  await page.getByRole('textbox').fill('403\n480');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.locator('[data-results]')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-results] a').first()).toBeFocused();
});
