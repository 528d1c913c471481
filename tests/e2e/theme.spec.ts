import { expect, test } from './fixtures';
import { u } from './base';

const pageColour = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('the colours follow the system theme by default', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(u('/calling/487/10003/'));
  expect(await pageColour(page)).toBe('rgb(15, 18, 22)');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await pageColour(page)).toBe('rgb(255, 255, 255)');
});

test('the labelled theme control overrides the system and is remembered on the next page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(u('/'));
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  await expect(toggle).toHaveAccessibleName('Theme: Auto');
  await toggle.click();
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Theme: Dark');
  await page.goto(u('/sms/4007/'));
  expect(await pageColour(page)).toBe('rgb(15, 18, 22)');
  await expect(page.getByRole('button', { name: /^Theme:/ })).toHaveAccessibleName('Theme: Dark');
});

test('a code page prints its content without the site chrome, in light colours', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(u('/calling/487/10003/'));
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Related codes' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'What to do' })).toBeVisible();
  expect(await pageColour(page)).toBe('rgb(255, 255, 255)');
});
