import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { u } from './base';

const templates: [string, string][] = [
  ['home', '/'],
  ['area table', '/calling/'],
  ['all codes', '/codes/'],
  ['code page', '/calling/487/10003/'],
  ['flagged code page', '/pstn/486/60486/'],
  ['number page', '/487/'],
  ['lookup with candidates', '/lookup/?q=403'],
  ['English guide', '/troubleshooting/'],
  ['Russian guide', '/ru/troubleshooting/'],
  ['not found', '/no/such/page/'],
];
const modes = ['light', 'dark'] as const;
const widths = [390, 1280];

for (const [name, path] of templates) {
  for (const colorScheme of modes) {
    for (const width of widths) {
      test(`axe finds no violation on the ${name} in ${colorScheme} mode at ${width}px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto(u(path));
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
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
}

test('axe finds no violation in the open search dialog with results', async ({ page }) => {
  await page.goto(u('/'));
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').fill('busy');
  await expect(page.getByRole('dialog').locator('[data-fulltext] a').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
