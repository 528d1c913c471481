import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { u } from './base';

const templates: [string, string][] = [
  ['home', '/'],
  ['area table', '/pstn/'],
  ['all codes', '/codes/'],
  ['code page', '/calling/487/10003/'],
  ['code page with general guidance', '/call-automation/subcode/8535/'],
  ['flagged code page', '/pstn/486/60486/'],
  ['observed code page', '/observed/486/10321/'],
  ['SIP code page', '/sip/486/'],
  ['Q.850 code page', '/q850/17/'],
  ['Call Automation code page with other columns', '/call-automation/404/8522/'],
  ['number page', '/487/'],
  ['lookup with candidates', '/lookup/?q=403'],
  [
    'lookup of a log',
    '/lookup/?q=%7B%22code%22%3A487%2C%22subCode%22%3A10003%7D%20%7B%22code%22%3A480%2C%22subCode%22%3A10037%7D',
  ],
  ['changes', '/changes/'],
  ['English guide', '/troubleshooting/'],
  ['Russian guide', '/ru/troubleshooting/'],
  ['not found', '/no/such/page/'],
];
// Every template light at 1280 px; dark at 390 px for one page of each kind of chrome (home, table, code
// page, lookup report, guide): the templates share one palette, so these cover its contrast in dark mode.
// The table in dark mode is an area's: the same template as /codes/, a quarter of its rows.
const DARK_TOO = ['/', '/pstn/', '/calling/487/10003/', '/observed/486/10321/', '/troubleshooting/'];
const combinations = (path: string) =>
  DARK_TOO.includes(path)
    ? ([
        ['light', 1280],
        ['dark', 390],
      ] as const)
    : ([['light', 1280]] as const);
// A table's first rows stand for all of them: every row comes from the same template. Scanning
// all of /codes/ takes longer than a loaded machine allows, so only the first twenty rows are.
const LARGE_TABLE_ROWS = 'tbody tr:nth-child(n+21)';
// Likewise the first items of each of /changes/' lists (hundreds of items, one template): scanning them
// all took 28 of the 30 s a test has on a loaded machine.
const LONG_LIST_ITEMS = 'main details > ul > li:nth-child(n+6)';

for (const [name, path] of templates) {
  for (const [colorScheme, width] of combinations(path)) {
    test(`axe finds no violation on the ${name} in ${colorScheme} mode at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto(u(path));
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .exclude(LARGE_TABLE_ROWS)
        .exclude(LONG_LIST_ITEMS)
        .analyze();
      expect(
        results.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
}

test('axe finds no violation in the open search dialog with results', async ({ page }) => {
  // Not from the home page: its lookup box has the focus there, and takes the slash as text.
  await page.goto(u('/sms/4007/'));
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('busy');
  await expect(page.getByRole('dialog').locator('[data-fulltext] a').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
