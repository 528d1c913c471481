// The longest main-thread task while the lookup, the search dialog and the /codes/ filter deal
// with a big paste. Long tasks are those over 50 ms; a result of 0 means none was that long.

/** A log-like paste of `bytes` characters that mentions many documented numbers. */
function pasteScript(numbers, bytes) {
  const lines = numbers.map(
    (n, i) => `2026-11-26T01:${String(i % 60).padStart(2, '0')}:00Z call ended code ${n} see logs`,
  );
  return `(() => { const lines = ${JSON.stringify(lines)}; let text = ''; let i = 0;
    while (text.length < ${bytes}) text += lines[i++ % lines.length] + '\\n';
    window.__paste = text.slice(0, ${bytes}); })()`;
}

/** Pastes window.__paste into `box` with Ctrl+V, as a reader would, and returns the longest task until `settled`. */
async function longestTask(page, box, settled) {
  await page.evaluate(() => navigator.clipboard.writeText(window.__paste));
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.locator(box).focus();
  await page.keyboard.press('Control+V');
  await settled(page);
  await page.waitForTimeout(1000);
  return Math.round(await page.evaluate(() => window.__longest));
}

const SURFACES = {
  lookup: {
    path: '/lookup/',
    box: '#lookup-q',
    settled: async (page) => {
      await page.getByRole('main').getByRole('button', { name: 'Look up' }).click();
      await page.waitForFunction(
        () => !['', 'Looking up…'].includes(document.querySelector('[data-results]').textContent.trim()),
        null,
        { timeout: 120_000 },
      );
    },
  },
  search: {
    // Not the home page: its lookup box has the focus there and takes the slash as text.
    path: '/sms/4007/',
    before: async (page) => {
      await page.locator('acs-search [data-open]').waitFor();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
      await page.keyboard.press('/');
      await page.getByRole('dialog').waitFor();
    },
    box: 'dialog input[type="search"]',
    // The status ends "… full-text results" or says there are none once both lists are done.
    settled: (page) =>
      page.waitForFunction(
        () =>
          /results$|^No results|unavailable|updated/.test(document.querySelector('dialog [data-status]').textContent),
        null,
        { timeout: 120_000 },
      ),
  },
  codesFilter: {
    path: '/codes/',
    before: (page) => page.locator('acs-table-filter[data-ready]').waitFor(),
    box: 'acs-table-filter input[name="q"]',
    settled: (page) => page.waitForURL(/[?&]q=/, { timeout: 120_000 }),
  },
};

export async function measureFreezes(browser, origin, numbers) {
  const results = {};
  for (const [name, surface] of Object.entries(SURFACES)) {
    for (const megabytes of [1, 10]) {
      const context = await browser.newContext({
        serviceWorkers: 'block',
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      const page = await context.newPage();
      await page.goto(origin + surface.path, { waitUntil: 'networkidle' });
      await surface.before?.(page);
      await page.evaluate(pasteScript(numbers, megabytes * 1_000_000));
      results[`${name}${megabytes}MBLongestTaskMs`] = await longestTask(page, surface.box, surface.settled);
      await context.close();
    }
  }
  return results;
}

// Pathological pastes (issue 25, "bounded reading"): the same shapes the unit tests read, measured here
// because a test never asserts a time. For each: the longest main-thread task while the page handles the
// paste, and how long the reader itself took (in the lookup's worker for a long paste).
const SHAPE_SIZES = [100_000, 1_000_000];
const SHAPE_SURFACES = ['lookup', 'search'];

/** Records long tasks and the reader's `acs-read` mark from the first script on. */
const OBSERVE_TASKS = () => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};

async function readTiming(page) {
  return page.evaluate(() => {
    const marks = performance.getEntriesByName('acs-read');
    const last = marks.at(-1)?.detail;
    return {
      longestTaskMs: Math.round(window.__longest),
      readMs: last ? Math.round(last.readMs) : null,
      inWorker: last?.inWorker ?? null,
    };
  });
}

async function measureShape(browser, origin, surfaceName, text) {
  const surface = SURFACES[surfaceName];
  const context = await browser.newContext({
    serviceWorkers: 'block',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE_TASKS);
  await page.goto(origin + surface.path, { waitUntil: 'networkidle' });
  await surface.before?.(page);
  await page.evaluate((pasted) => navigator.clipboard.writeText(pasted), text);
  await page.locator(surface.box).focus();
  // Tasks of the page's load and of filling the clipboard are not the paste's.
  await page.evaluate(() => (window.__longest = 0));
  await page.keyboard.press('Control+V');
  await surface.settled(page);
  await page.waitForTimeout(500);
  const timing = await readTiming(page);
  await context.close();
  return timing;
}

/** `/lookup/?q=` with 2,000 spaces or tabs before a code: the address a link or the browser's search can open. */
async function measureAddress(browser, origin, name, query) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE_TASKS);
  await page.goto(`${origin}/lookup/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
  await page.waitForFunction(
    () =>
      !/^Looking up|^$/.test(document.querySelector('[data-results]')?.textContent?.trim() ?? '') ||
      !location.pathname.startsWith('/lookup/'),
  );
  await page.waitForTimeout(500);
  const timing = await readTiming(page).catch(() => ({ longestTaskMs: null, readMs: null, inWorker: null }));
  await context.close();
  return { name, chars: query.length, ...timing };
}

export async function measurePasteShapes(browser, origin) {
  const { SHAPES, TAIL } = await import('../../tests/unit/matcher/shapes.ts');
  const shapes = [];
  for (const [shape, make] of Object.entries(SHAPES))
    for (const size of SHAPE_SIZES)
      for (const surface of SHAPE_SURFACES) {
        const text = make(size).slice(0, size - TAIL.length) + TAIL;
        shapes.push({ shape, size, surface, ...(await measureShape(browser, origin, surface, text)) });
      }
  const addresses = [];
  for (const [name, run] of [
    ['2,000 spaces', ' '],
    ['2,000 tabs', '\t'],
    ['SIP-like text', 'SIP/2.0 '],
  ])
    addresses.push(await measureAddress(browser, origin, name, `${run.repeat(2000 / run.length)}487/10003`));
  return { pasteShapes: shapes, addressShapes: addresses };
}

/** The worst of a shape's figures, per 100 KB: the bound is 200 ms. */
export const perHundredKB = (r) => Math.round((Math.max(r.longestTaskMs ?? 0, r.readMs ?? 0) * 100_000) / r.size);

/** The shapes as a Markdown table: per shape and size, longest task / reader time in each surface. */
export function shapeTable({ pasteShapes, addressShapes }) {
  const cell = (r) => (r ? `${r.longestTaskMs} / ${r.readMs ?? '—'}${r.inWorker ? ' (worker)' : ''}` : '—');
  const head = [
    'shape',
    ...SHAPE_SIZES.flatMap((s) => SHAPE_SURFACES.map((f) => `${f} ${s / 1000} KB`)),
    'worst per 100 KB',
  ];
  const rows = [...new Set(pasteShapes.map((r) => r.shape))].map((shape) => {
    const of = pasteShapes.filter((r) => r.shape === shape);
    const cells = SHAPE_SIZES.flatMap((size) =>
      SHAPE_SURFACES.map((surface) => cell(of.find((r) => r.size === size && r.surface === surface))),
    );
    return [shape, ...cells, `${Math.max(...of.map(perHundredKB))} ms`];
  });
  const table = [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const addresses = [
    ['`/lookup/?q=`', 'characters', 'longest task / reader'],
    ['---', '---', '---'],
    ...addressShapes.map((a) => [a.name, a.chars, `${a.longestTaskMs ?? '—'} / ${a.readMs ?? '—'} ms`]),
  ]
    .map((r) => `| ${r.join(' | ')} |`)
    .join('\n');
  return `Paste shapes: longest main-thread task / reader time, in ms\n\n${table}\n\n${addresses}`;
}

// `node scripts/bench/measure-freeze.mjs [dist]`: the paste shapes alone, against a build already made.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { againstBuild } = await import('./browser.mjs');
  await againstBuild(process.argv[2] ?? 'dist', async (browser, origin) =>
    console.log(shapeTable(await measurePasteShapes(browser, origin))),
  );
}
