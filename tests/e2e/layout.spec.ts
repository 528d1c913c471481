import { expect, test } from './fixtures';
import { u } from './base';

const templates = [
  '/',
  '/calling/',
  '/codes/',
  '/calling/487/10003/',
  '/sms/4007/',
  '/sip/486/',
  '/487/',
  '/lookup/?q=403',
  '/troubleshooting/',
  '/ru/troubleshooting/',
  '/changes/',
  '/no/such/page/',
];

for (const width of [320, 390]) {
  for (const path of templates) {
    test(`${path} is no wider than a ${width} px screen`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(u(path));
      const { scroll, inner } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(inner);
    });
  }
}

test('on a phone, /codes/ shows each record as a card with its advice in view, no sideways scroll', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(u('/codes/'));
  const advice = page.locator('tbody tr td[data-label="Advice"]:not(:empty)').first();
  await advice.scrollIntoViewIfNeeded();
  await expect(advice).toBeInViewport();
  const box = (await advice.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.querySelector('.table-wrap')!.scrollWidth <= window.innerWidth)).toBe(true);
});
