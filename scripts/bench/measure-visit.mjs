// What a first visit to one code page costs with the service worker on: every request the page
// and the worker's precache make, in gzip bytes, and when the worker is active (it then answers
// offline). Read from the bench server's tally, so the worker's own fetches are counted.

/** Milliseconds from navigation start to an activated worker, or null if it never activates. */
function workerActive(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const check = (registration) => {
          const worker = registration.active;
          if (worker?.state === 'activated') return resolve(performance.now());
          const pending = registration.installing ?? registration.waiting ?? worker;
          pending?.addEventListener('statechange', () => check(registration));
        };
        navigator.serviceWorker.ready.then(check);
        setTimeout(() => resolve(null), 60_000);
      }),
  );
}

export async function measureFirstVisit(browser, server, origin, codePage) {
  const context = await browser.newContext();
  const page = await context.newPage();
  server.reset();
  await page.goto(origin + codePage, { waitUntil: 'load' });
  const activeMs = await workerActive(page);
  // The worker caches the page it was installed from once active; let that request finish.
  await page.waitForLoadState('networkidle');
  const { requests, gzipBytes } = server.tally;
  await context.close();
  return {
    firstVisitGzipKB: Math.round(gzipBytes / 1024),
    firstVisitRequests: requests,
    workerActiveMs: activeMs === null ? null : Math.round(activeMs),
  };
}
