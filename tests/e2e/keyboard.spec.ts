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
