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
    path: '/',
    before: async (page) => {
      await page.locator('acs-search [data-open]').waitFor();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
      await page.keyboard.press('/');
      await page.getByRole('dialog').waitFor();
    },
    box: 'dialog input[type="search"]',
    settled: (page) => page.locator('dialog [data-status]').filter({ hasNotText: '…' }).waitFor({ timeout: 120_000 }),
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
