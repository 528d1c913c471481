import { expect, test } from './fixtures';
import { u } from './base';
import { records } from './data';

// A pasted call log reporting several codes: the lookup answers with a report of every code in it.
const LOG = [
  '2026-11-20T10:00:01Z call ended {"code":487,"subCode":10003}',
  '2026-11-20T10:05:12Z call ended {"code":480,"subCode":10037}',
  '2026-11-20T10:09:40Z ParticipantEndReason=403 ParticipantEndSubCode=560403',
  '2026-11-20T10:11:02Z SIP/2.0 486 Busy Here',
].join('\n');

const templates = [
  '/',
  '/calling/',
  '/codes/',
  '/calling/487/10003/',
  '/sms/4007/',
  '/sip/486/',
  '/q850/17/',
  '/observed/486/10321/',
  '/pstn/486/60486/',
  '/487/',
  '/lookup/?q=403',
  `/lookup/?q=${encodeURIComponent(LOG)}`,
  '/troubleshooting/',
  '/ru/troubleshooting/',
  '/changes/',
  '/no/such/page/',
];

// Both widths in one visit: the page is laid out again at each width, without loading it twice.
for (const path of templates) {
  test(`${path} is no wider than a 320 or a 390 px screen`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(u(path));
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 800 });
      const { scroll, inner } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
      }));
      expect(scroll, `${width} px`).toBeLessThanOrEqual(inner);
    }
  });
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

/**
 * For each kind of code page, the record with the most text above its answer (message and source
 * issue): if its answer starts on the first phone screen, so does every other of its kind.
 */
const kinds: [string, (r: (typeof records)[number]) => boolean][] = [
  ['documented, with source advice', (r) => r.codeSpace === 'acs' && r.status === 'documented' && r.advice !== ''],
  ['documented, without source advice', (r) => r.codeSpace === 'acs' && r.status === 'documented' && !r.advice],
  ['flagged with a source issue', (r) => Boolean(r.note)],
  ['observed', (r) => r.status === 'observed'],
  ['a SIP response', (r) => r.codeSpace === 'sip'],
  ['a Q.850 cause', (r) => r.codeSpace === 'q850'],
];
const aboveAnswer = (r: (typeof records)[number]) => r.message.length + (r.note ?? '').length;

for (const [kind, pick] of kinds) {
  const record = records.filter(pick).sort((a, b) => aboveAnswer(b) - aboveAnswer(a))[0]!;
  test(`on a 390×844 phone, what to do starts on the first screen of the wordiest ${kind} page (${record.url})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(u(record.url));
    const text = page.locator('[data-what-to-do] [data-said] .md').first();
    const { top, line } = await text.evaluate((e) => ({
      top: e.getBoundingClientRect().top,
      line: parseFloat(getComputedStyle(e).lineHeight),
    }));
    expect(top + line).toBeLessThanOrEqual(844);
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeInViewport();
    await expect(page.locator('[data-certainty]')).toBeInViewport();
  });
}

test('on a 1280 px screen, a code page’s lines are at most about 80 characters', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(u('/calling/480/10037/'));
  const widest = await page.locator('article p, article .md').evaluateAll((blocks) => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    return Math.max(
      ...blocks.map((b) => {
        const style = getComputedStyle(b);
        canvas.font = `${style.fontSize} ${style.fontFamily}`;
        // Characters that fit on one line, at the block's own average character width.
        const text = b.textContent ?? '';
        return text ? b.clientWidth / (canvas.measureText(text).width / text.length) : 0;
      }),
    );
  });
  expect(widest).toBeLessThanOrEqual(85);
});
