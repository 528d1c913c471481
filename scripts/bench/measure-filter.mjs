// Keystroke to paint in the /codes/ filter: real key presses in headless Chromium, at 1× and with the
// CPU throttled 4× (CDP Emulation.setCPUThrottlingRate), timed inside the page, in PASSES fresh pages.
//
// The clock starts at the keydown's timestamp (when the browser received the key) and stops when the
// first frame after the rows changed is presented: Chromium's Event Timing (what INP is made of), in
// steps of 8 ms and only for events of 16 ms or more. Under 16 ms a second clock gives the figure: the
// end of the first frame whose rendering starts after the rows changed (a requestAnimationFrame
// callback that sees the new count, then a message posted from it, which runs once that frame's style,
// layout and paint are done). That clock can run past the presentation (the 4× throttling pauses the
// page's thread between the frame and the message), so it does not override Event Timing; both are
// kept per keystroke. Keystrokes that leave the count as it was are not counted (nothing to paint).
import { median, round } from './measure-build.mjs';

const THROTTLES = [1, 4];
// Each pass types the same keys in a fresh page: the worst of one pass alone says little on a noisy machine.
const PASSES = 3;

/** Installed in the page once: `__arm()` before a key press, then `__done` resolves with its timings. */
function instrument() {
  const filter = document.querySelector('acs-table-filter');
  const count = () => filter.querySelector('[data-count]').textContent;
  const events = [];
  new PerformanceObserver((list) => events.push(...list.getEntries())).observe({
    type: 'event',
    durationThreshold: 16,
    buffered: true,
  });
  // One channel for every frame: a channel per frame would leave garbage for the page's next keystroke to collect.
  const channel = new MessageChannel();
  const afterFrame = (then) =>
    requestAnimationFrame(() => {
      const state = { count: count(), rendering: filter.querySelector('[data-rendering]') !== null };
      channel.port1.onmessage = () => then(state, performance.now());
      channel.port2.postMessage(null);
    });
  let armed = null;
  addEventListener(
    'keydown',
    (event) => {
      if (!armed) return;
      const { before, resolve } = armed;
      armed = null;
      const start = event.timeStamp;
      let paint = null;
      let frames = 0;
      const frame = () =>
        afterFrame((state, now) => {
          frames++;
          if (paint === null && state.count !== before) paint = now;
          if (paint !== null && !state.rendering) return resolve({ start, paint, settled: now });
          // The count changes in the key's own input event, before its first frame: two frames without a
          // change and with nothing on its way mean the key changed nothing.
          if (paint === null && !state.rendering && frames >= 2) return resolve({ start, paint, settled: now });
          if (now - start > 5000) return resolve({ start, paint, settled: null });
          frame();
        });
      frame();
    },
    { capture: true },
  );
  window.__arm = () => {
    window.__done = new Promise((resolve) => (armed = { before: count(), resolve }));
  };
  /** The longest Event Timing duration of the events that started in [from, to]: the keystroke's events. */
  window.__eventMs = (from, to) =>
    Math.max(0, ...events.filter((e) => e.startTime >= from && e.startTime <= to).map((e) => e.duration));
}

/** Presses each key in the filter box and times it; returns one entry per key that changed the count. */
async function pressAll(page, keys) {
  const timed = [];
  for (const key of keys) {
    await page.evaluate(() => window.__arm());
    await page.keyboard.press(key);
    const { start, paint, settled } = await page.evaluate(() => window.__done);
    // Event Timing entries arrive after the frame is presented; the page then idles before the next key.
    await page.waitForTimeout(250);
    if (paint === null) continue;
    const eventMs = await page.evaluate(([from, to]) => window.__eventMs(from, to), [start, settled ?? paint]);
    timed.push({
      key,
      paintMs: round(eventMs || paint - start, 1),
      frameMs: round(paint - start, 1),
      eventMs: eventMs || null,
      allRowsMs: settled === null ? null : round(settled - start, 1),
    });
  }
  return timed;
}

/** Types each word letter by letter into the filter of /codes/ and deletes it with Backspace, in a fresh page. */
async function onePass(browser, origin, keys, rate) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${origin}/codes/`, { waitUntil: 'load' });
  await page.locator('acs-table-filter[data-ready]').waitFor();
  await page.evaluate(instrument);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.locator('acs-table-filter input[name="q"]').focus();
  await page.waitForTimeout(500);
  const timed = await pressAll(page, keys);
  await context.close();
  return timed;
}

/** The keystrokes of PASSES passes at each throttling: median, worst and best of all, and the worst of each pass. */
export async function measureFilterPaint(browser, origin, words) {
  const keys = words.flatMap((word) => [...word.split(''), ...word.split('').map(() => 'Backspace')]);
  const results = {};
  for (const rate of THROTTLES) {
    const passes = [];
    for (let pass = 0; pass < PASSES; pass++) passes.push(await onePass(browser, origin, keys, rate));
    const timed = passes.flat();
    const paint = timed.map((t) => t.paintMs);
    const allRows = timed.map((t) => t.allRowsMs ?? Infinity);
    results[rate] = {
      keystrokes: timed.length,
      medianMs: round(median(paint), 1),
      worstMs: round(Math.max(...paint), 1),
      bestMs: round(Math.min(...paint), 1),
      passWorstMs: passes.map((p) => round(Math.max(...p.map((t) => t.paintMs)), 1)),
      allRowsWorstMs: round(Math.max(...allRows), 1),
      timed,
    };
  }
  return results;
}

// `node scripts/bench/measure-filter.mjs [dist] [word …]`: the filter's keystroke-to-paint alone, against a build.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { againstBuild } = await import('./browser.mjs');
  await againstBuild(process.argv[2] ?? 'dist', async (browser, origin) => {
    const results = await measureFilterPaint(browser, origin, process.argv.slice(3));
    for (const [rate, f] of Object.entries(results)) {
      console.log(
        `${rate}× CPU: ${f.keystrokes} keystrokes, median ${f.medianMs} ms, worst ${f.worstMs} ms (each pass: ${f.passWorstMs.join(', ')}), best ${f.bestMs} ms, all rows shown within ${f.allRowsWorstMs} ms`,
      );
      for (const t of f.timed)
        console.log(
          `  ${t.key.padEnd(9)} frame ${t.frameMs} ms, event timing ${t.eventMs ?? '<16'} ms, all rows ${t.allRowsMs} ms`,
        );
    }
  });
}
