import { expect, test } from './fixtures';
import { canonical, u } from './base';

const tablistAfter = (page: import('@playwright/test').Page, heading: string) =>
  page.locator(`h2:has-text("${heading}") ~ acs-tabs`).first().getByRole('tablist');

test('the English guide has C#/Python tabs for the MS-CV ID and JavaScript/iOS/Android tabs for call logs', async ({
  page,
}) => {
  await page.goto(u('/troubleshooting/'));
  await expect(tablistAfter(page, 'Access your MS-CV ID').getByRole('tab')).toHaveText(['C#', 'Python']);
  await expect(tablistAfter(page, 'Enable and access call logs').getByRole('tab')).toHaveText([
    'JavaScript',
    'iOS',
    'Android',
  ]);
});

test('arrow keys move between tabs and show their panel', async ({ page }) => {
  await page.goto(u('/troubleshooting/'));
  const tabs = tablistAfter(page, 'Access your call ID');
  await tabs.getByRole('tab', { name: 'JavaScript' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'iOS' })).toBeFocused();
  await expect(tabs.getByRole('tab', { name: 'iOS' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel').filter({ hasText: 'print(call.callId)' })).toBeVisible();
  await page.keyboard.press('End');
  await expect(tabs.getByRole('tab', { name: 'Android' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'JavaScript' })).toHaveAttribute('aria-selected', 'true');
});

test('choosing a language selects it in every section', async ({ page }) => {
  await page.goto(u('/troubleshooting/'));
  await tablistAfter(page, 'Access your call ID').getByRole('tab', { name: 'Android' }).click();
  await expect(tablistAfter(page, 'Enable and access call logs').getByRole('tab', { name: 'Android' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByText('Device File Explorer').first()).toBeVisible();
});

test('the chosen language is remembered after a reload', async ({ page }) => {
  await page.goto(u('/troubleshooting/'));
  await tablistAfter(page, 'Access your MS-CV ID').getByRole('tab', { name: 'Python' }).click();
  await page.reload();
  await expect(tablistAfter(page, 'Access your MS-CV ID').getByRole('tab', { name: 'Python' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('without JavaScript every tab shows under its own heading', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(u('/troubleshooting/'));
  for (const name of ['C#', 'Python', 'JavaScript', 'iOS', 'Android']) {
    await expect(page.getByRole('heading', { name, exact: true }).first()).toBeVisible();
  }
  await context.close();
});

test('each code block has a copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(u('/troubleshooting/'));
  const block = page.locator('acs-code').filter({ hasText: 'AzureLogger' });
  await block.getByRole('button', { name: 'Copy' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    "import { AzureLogger } from '@azure/logger';",
  );
});

test('the Russian guide is in Russian with a switch to English', async ({ page }) => {
  await page.goto(u('/ru/troubleshooting/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Устранение неполадок в Службах коммуникации Azure');
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    'href',
    canonical('/troubleshooting/'),
  );
  await page.getByRole('link', { name: 'Read in English', exact: true }).click();
  await expect(page).toHaveURL(/\/troubleshooting\/$/);
});

test('the Russian guide has the troubleshooting tips, marked as a translation of the English ones', async ({
  page,
}) => {
  await page.goto(u('/ru/troubleshooting/'));
  await expect(page.getByRole('heading', { level: 2, name: 'Советы по устранению неполадок' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'английской версии руководства' })).toHaveAttribute(
    'href',
    u('/troubleshooting/#troubleshooting-tips'),
  );
});

test('the Russian code table links to the code pages', async ({ page }) => {
  await page.goto(u('/ru/troubleshooting/'));
  await page.getByRole('link', { name: '603', exact: true }).click();
  await expect(page).toHaveURL(/\/calling\/603\/$/);
});

test('searching неполадок on a Russian page finds the Russian guide', async ({ page }) => {
  await page.goto(u('/ru/troubleshooting/'));
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('неполадок');
  await expect(page.getByRole('dialog').locator('[data-fulltext] a').first()).toHaveAttribute(
    'href',
    u('/ru/troubleshooting/'),
  );
});

test('a code page whose advice mentions logs links the guide', async ({ page }) => {
  await page.goto(u('/calling/408/40101/'));
  await page.getByRole('link', { name: /Troubleshooting guide/ }).click();
  await expect(page).toHaveURL(/\/troubleshooting\/$/);
});

test('the switch under a Russian section opens the same section in English', async ({ page }) => {
  await page.goto(u('/ru/troubleshooting/'));
  const section = page.getByRole('heading', { level: 2, name: 'Советы по устранению неполадок' });
  await section
    .locator('xpath=following-sibling::p[1]')
    .getByRole('link', { name: /^Read in English\s*:\s*Troubleshooting tips$/ })
    .click();
  await expect(page).toHaveURL(/\/troubleshooting\/#troubleshooting-tips$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Troubleshooting tips' })).toBeInViewport();
});

test('every section of the English guide switches to the Russian section at the same position', async ({ page }) => {
  await page.goto(u('/troubleshooting/'));
  const english = await page.locator('.guide h2').evaluateAll((hs) => hs.map((h) => h.id));
  const targets = await page
    .locator('.guide .section-switch a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
  await page.goto(u('/ru/troubleshooting/'));
  const russian = await page.locator('.guide h2').evaluateAll((hs) => hs.map((h) => h.id));
  expect(english.length).toBeGreaterThan(0);
  expect(targets).toEqual(russian);
});

test('the Russian guide’s section anchors are short readable Latin words', async ({ page }) => {
  await page.goto(u('/ru/troubleshooting/'));
  const ids = await page.locator('.guide :is(h2, h3)').evaluateAll((hs) => hs.map((h) => h.id));
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.filter((id) => !/^[a-z0-9-]{1,60}$/.test(id))).toEqual([]);
});

test('the switch at the top opens the section the reader went to from the contents', async ({ page }) => {
  await page.goto(u('/troubleshooting/'));
  await page
    .getByRole('navigation', { name: 'On this page' })
    .getByRole('link', { name: 'Troubleshooting tips' })
    .click();
  await page.getByRole('link', { name: 'Читать на русском', exact: true }).click();
  await expect(page).toHaveURL(/\/ru\/troubleshooting\/#sovety-po-ustraneniyu-nepoladok$/);
});

test('the tabs are styled as tabs: a padded row over a ruled line', async ({ page }) => {
  await page.goto(u('/troubleshooting/'));
  const list = tablistAfter(page, 'Access your call ID');
  await expect(list).toHaveCSS('display', 'flex');
  await expect(list).toHaveCSS('border-bottom-width', '1px');
  await expect(list.getByRole('tab').first()).toHaveCSS('padding-left', '12px');
});
