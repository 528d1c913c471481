// Measures in headless Chromium what a visitor waits for: bytes to render a page, search and
// filter latency. Times are taken inside the page (performance.now), not by the test driver.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { round } from './measure-build.mjs';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Gzip bytes of every same-origin response the page loaded, read from the built files. */
async function gzipBytes(urls, outDir, origin) {
  let total = 0;
  for (const url of new Set(urls)) {
    if (!url.startsWith(origin)) continue;
    let file = decodeURIComponent(new URL(url).pathname);
    if (file.endsWith('/')) file += 'index.html';
    total += gzipSync(await readFile(path.join(outDir, file))).length;
  }
  return total;
}

async function weigh(browser, origin, outDir, pagePath) {
  // No service worker: it would download the whole site in the background.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const urls = [];
  page.on('requestfinished', (request) => urls.push(request.url()));
  await page.goto(origin + pagePath, { waitUntil: 'networkidle' });
  const render = await gzipBytes(urls, outDir, origin);
  await openSearch(page);
  await page.getByRole('dialog').getByRole('searchbox').fill('call');
  await page.locator('[data-fulltext] a').first().waitFor();
  await page.waitForLoadState('networkidle');
  const withSearch = await gzipBytes(urls, outDir, origin);
  await context.close();
  return { render, withSearch };
}

/** Opens the search with its shortcut once the page has painted (headless Chromium drops keys sent earlier). */
async function openSearch(page) {
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

export async function measureBrowser({ origin, outDir, codePage, areaPage, number, words }) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const code = await weigh(browser, origin, outDir, codePage);
    const area = await weigh(browser, origin, outDir, areaPage);
    const codes = await weigh(browser, origin, outDir, '/codes/');

    const page = await browser.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await openSearch(page);
    const exactLookupMs = await timeSearch(page, number, '[data-exact]');
    const fullTextFirstResultMs = await timeSearch(page, words[0], '[data-fulltext]');
    // Warm: Pagefind is loaded and the first search has finished (all its excerpts arrived).
    await page.locator('dialog [data-status]').filter({ hasNotText: '…' }).waitFor();
    const fullTextWarmMs = await timeSearch(page, words[1], '[data-fulltext]');

    await page.goto(`${origin}/codes/`, { waitUntil: 'load' });
    const codesFirstPaintMs = await page.evaluate(
      () =>
        new Promise((resolve) =>
          new PerformanceObserver((list, observer) => {
            observer.disconnect();
            resolve(list.getEntries()[0].startTime);
          }).observe({ type: 'paint', buffered: true }),
        ),
    );
    // As a reader would: the page has loaded and settled before the first keystroke.
    await page.locator('acs-table-filter[data-ready]').waitFor();
    const keystrokes = await page.evaluate(() => {
      const box = document.querySelector('acs-table-filter input[name="q"]');
      const times = [];
      for (const text of 'delivery fa'
        .split('')
        .map((_, i, all) => all.slice(0, i + 1).join(''))
        .concat(Array(9).fill('de'))) {
        box.value = text;
        const start = performance.now();
        box.dispatchEvent(new Event('input', { bubbles: true }));
        void document.body.offsetHeight; // include the style and layout work the keystroke caused
        times.push(performance.now() - start);
      }
      return times;
    });
    return {
      codePageGzipBytes: code.render,
      codePageWithSearchGzipBytes: code.withSearch,
      areaPageGzipBytes: area.render,
      areaPageWithSearchGzipBytes: area.withSearch,
      codesPageGzipBytes: codes.render,
      codesPageWithSearchGzipBytes: codes.withSearch,
      exactLookupMs: round(exactLookupMs, 1),
      fullTextFirstResultMs: round(fullTextFirstResultMs, 1),
      fullTextWarmMs: round(fullTextWarmMs, 1),
      filterKeystrokeMs: round(median(keystrokes), 1),
      filterKeystrokeMaxMs: round(Math.max(...keystrokes), 1),
      codesFirstPaintMs: codesFirstPaintMs === null ? null : round(codesFirstPaintMs, 0),
    };
  } finally {
    await browser.close();
  }
}
