// Measures in headless Chromium what a visitor waits for: bytes to render a page, search and
// filter latency. Times are taken inside the page (performance.now), not by the test driver.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { round, median } from './measure-build.mjs';
import { measureFilterPaint } from './measure-filter.mjs';

/** Gzip bytes and requests to load a page and then run one full-text search, without the worker. */
export async function weigh(browser, server, origin, pagePath) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  server.reset();
  await page.goto(origin + pagePath, { waitUntil: 'networkidle' });
  const render = server.tally.gzipBytes;
  const requests = server.tally.requests;
  await openSearch(page);
  await page.getByRole('dialog').getByRole('searchbox').fill('call');
  await page.locator('[data-fulltext] a').first().waitFor();
  await page.waitForLoadState('networkidle');
  const withSearch = server.tally.gzipBytes;
  await context.close();
  return { render: kb(render), requests, withSearch: kb(withSearch) };
}

const kb = (bytes) => round(bytes / 1024, 1);

/**
 * The record page whose HTML is the largest once gzipped: code pages share their stylesheet and scripts, so
 * it is the heaviest cold visit to any of them. The sample page alone says nothing of pages with more text.
 */
export async function heaviestCodePage(outDir, records) {
  let heaviest = { url: records[0].url, bytes: -1 };
  for (const { url } of records) {
    const html = await readFile(path.join(outDir, new URL(url, 'http://x').pathname, 'index.html'));
    const bytes = gzipSync(html).length;
    if (bytes > heaviest.bytes) heaviest = { url, bytes };
  }
  return new URL(heaviest.url, 'http://x').pathname;
}

const LCP_RUNS = 5;

/**
 * Largest Contentful Paint of a cold visit (empty cache, no worker) with the CPU throttled `rate`×:
 * from the navigation's start to the paint of the largest text or image, as Chromium reports it. The
 * median and the worst of LCP_RUNS fresh contexts.
 */
export async function largestPaint(browser, origin, pagePath, rate) {
  const times = [];
  for (let run = 0; run < LCP_RUNS; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(origin + pagePath, { waitUntil: 'load' });
    times.push(
      await page.evaluate(
        () =>
          new Promise((resolve) =>
            new PerformanceObserver((list) => resolve(list.getEntries().at(-1).startTime)).observe({
              type: 'largest-contentful-paint',
              buffered: true,
            }),
          ),
      ),
    );
    await context.close();
  }
  return { medianMs: Math.round(median(times)), worstMs: Math.round(Math.max(...times)), rate };
}

/** Opens the search with its shortcut once the page has painted (headless Chromium drops keys sent earlier). */
async function openSearch(page) {
  // The search element shows its button once its script has run; a long page runs it late.
  await page.locator('acs-search [data-open]').waitFor();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  await page.keyboard.press('/');
  await page.getByRole('dialog').waitFor();
}

/** Milliseconds from an input event in the search box to the first link in `section`. */
function timeSearch(page, query, section) {
  return page.evaluate(
    ([q, s]) =>
      new Promise((resolve) => {
        const box = document.querySelector('dialog input[type="search"]');
        const list = document.querySelector(`${s} ul`);
        const start = performance.now();
        const done = () => list.querySelector('a') && resolve(performance.now() - start);
        new MutationObserver(done).observe(list, { childList: true });
        box.value = q;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    [query, section],
  );
}

// A reader's pointer rests on the search button before the click, and the first key follows the
// dialog's opening: 300 ms for both together is quicker than people are.
const HUMAN_MS = 300;

/**
 * A fresh page (empty HTTP cache) with the search dialog open: by its shortcut, the worst case, or
 * as a pointer user opens it (hover, click, then HUMAN_MS before the first key).
 */
async function freshDialog(browser, origin, { pointer = false, from } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // From a code page: the home page's lookup box has the focus and takes the slash as text.
  await page.goto(origin + from, { waitUntil: 'networkidle' });
  if (pointer) {
    await page.hover('acs-search [data-open]');
    await page.click('acs-search [data-open]');
    await page.waitForTimeout(HUMAN_MS);
  } else await openSearch(page);
  return { page, close: () => context.close() };
}

/** The first full-text result in fresh pages, one per word: the median over the words. */
async function firstResults(browser, origin, words, options) {
  const times = [];
  for (const word of words) {
    const fresh = await freshDialog(browser, origin, options);
    times.push(await timeSearch(fresh.page, word, '[data-fulltext]'));
    await fresh.close();
  }
  return median(times);
}

export async function measureBrowser(
  browser,
  server,
  { origin, codePage, heaviestPage, areaPage, number, words, filterWords },
) {
  const code = await weigh(browser, server, origin, codePage);
  const heaviest = await weigh(browser, server, origin, heaviestPage);
  const area = await weigh(browser, server, origin, areaPage);
  const codes = await weigh(browser, server, origin, '/codes/');

  // Cold: nothing cached. Warm: a later query in the same page, once Pagefind has loaded.
  const exact = await freshDialog(browser, origin, { from: codePage });
  const exactLookupMs = await timeSearch(exact.page, number, '[data-exact]');
  await exact.close();
  const atOpen = await firstResults(browser, origin, words, { pointer: false, from: codePage });
  const byPointer = await firstResults(browser, origin, words, { pointer: true, from: codePage });
  const warm = await freshDialog(browser, origin, { from: codePage });
  const warmTimes = [];
  for (const word of [...words, ...words]) {
    warmTimes.push(await timeSearch(warm.page, word, '[data-fulltext]'));
    await warm.page.locator('dialog [data-status]').filter({ hasNotText: '…' }).waitFor();
  }
  // The first query of the page was cold.
  const warmMs = median(warmTimes.slice(1));
  await warm.close();

  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${origin}/codes/`, { waitUntil: 'load' });
  const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  await context.close();
  const filterPaint = await measureFilterPaint(browser, origin, filterWords);
  const codePageLcp = await largestPaint(browser, origin, codePage, 4);
  return {
    codePageKB: code.render,
    codePageRequests: code.requests,
    heaviestCodePage: heaviestPage,
    heaviestCodePageKB: heaviest.render,
    heaviestCodePageRequests: heaviest.requests,
    codePageLcp,
    codePageWithSearchKB: code.withSearch,
    areaPageKB: area.render,
    codesPageKB: codes.render,
    codesPageWithSearchKB: codes.withSearch,
    exactLookupColdMs: round(exactLookupMs, 1),
    fullTextColdAtOpenMs: round(atOpen, 1),
    fullTextColdMs: round(byPointer, 1),
    fullTextWarmMs: round(warmMs, 1),
    filterPaint,
    codesFirstPaintMs: paint === null ? null : Math.round(paint),
  };
}
