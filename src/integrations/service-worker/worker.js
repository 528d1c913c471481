// The site's service worker. The build replaces MANIFEST with what this deploy precaches.
const MANIFEST = self.__ACS_MANIFEST__;
const CORE = `acs-core-${MANIFEST.version}`;
// Pages are kept per deploy: a page of an earlier build would ask for scripts and styles the host no
// longer serves. Guides, the changes page and the other pages no data can rebuild are in the core.
const PAGES = `acs-pages-${MANIFEST.version}`;
// Visited pages kept at most; the oldest goes first.
const PAGE_LIMIT = 200;

// A small offline core: the shell, /codes/ (every record in an anchored row), the lookup, the 404
// page, the offline code page and both search indexes. Thousands of small index files and the code
// pages' data travel as one bundle, cached as one entry and read from it on demand: installing costs
// a few requests and writes, whatever the size.
// A device without room for it gets no offline copy, and says so once: nothing is downloaded when the
// storage estimate already shows too little room, and a refused write leaves nothing behind. The page
// (register-sw.ts) then stops registering the worker, so the download is never tried again.
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      try {
        if (!(await hasRoom(MANIFEST.bytes))) throw new Error('too little storage for the offline copy');
        const cache = await caches.open(CORE);
        await cache.addAll([...MANIFEST.core, MANIFEST.bundle]);
      } catch (error) {
        await caches.delete(CORE);
        await tellPages({ type: 'acs-offline-unavailable', reason: String(error?.message ?? error) });
        throw error;
      }
      await self.skipWaiting();
    })(),
  );
});

async function hasRoom(bytes) {
  const estimate = await self.navigator.storage?.estimate?.().catch(() => null);
  return !estimate?.quota || estimate.quota - (estimate.usage ?? 0) >= bytes;
}

async function tellPages(message) {
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true }))
    client.postMessage(message);
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // An earlier deploy's core and pages go: nothing of build A renders with build B's assets.
      for (const key of await caches.keys())
        if (key.startsWith('acs-') && key !== CORE && key !== PAGES) await caches.delete(key);
      // The page that installed the worker loaded before it: keep it too, like every page visited after.
      // Kept before claiming, so a page the worker controls is always one it can open again offline.
      const pages = await caches.open(PAGES);
      const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      await Promise.all(open.map((client) => keep(pages, new URL(client.url).pathname)));
      await self.clients.claim();
    })(),
  );
});

async function keep(pages, path) {
  if (!path.startsWith(MANIFEST.base) || MANIFEST.core.includes(path)) return;
  const response = await fetch(path).catch(() => null);
  if (response?.ok) await putPage(pages, path, response);
}

/** Keeps a page, then drops the oldest ones past PAGE_LIMIT (a cache lists its keys in insertion order). */
async function putPage(pages, path, response) {
  await pages.delete(path);
  await pages.put(path, response);
  const keys = await pages.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - PAGE_LIMIT)).map((key) => pages.delete(key)));
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(MANIFEST.base))
    return;
  if (url.pathname === `${MANIFEST.base}sw.js`) return;
  event.respondWith(request.mode === 'navigate' ? page(event, url) : asset(request, url));
});

let bundle;

/** The bundle, read once per worker start: a 4-byte header length, a JSON header [{ path, type, start, end, gzip }], the bytes. */
function openBundle() {
  bundle ??= (async () => {
    const response = await (await caches.open(CORE)).match(MANIFEST.bundle);
    if (!response) return null;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const headerLength = new DataView(bytes.buffer).getUint32(0);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength)));
    return { bytes, body: 4 + headerLength, files: new Map(header.map((file) => [file.path, file])) };
  })();
  // A bundle not cached yet (the worker still installing) is looked for again next time.
  bundle.then(
    (b) => b ?? (bundle = undefined),
    () => (bundle = undefined),
  );
  return bundle;
}

async function fromBundle(path) {
  const opened = await openBundle().catch(() => null);
  const file = opened?.files.get(path);
  if (!file) return null;
  const bytes = opened.bytes.slice(opened.body + file.start, opened.body + file.end);
  // JSON is stored gzipped (bundle.ts); the reader gets it as the server would have sent it.
  const body = file.gzip ? new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')) : bytes;
  return new Response(body, { headers: { 'content-type': file.type } });
}

/**
 * Scripts, styles and index files: from the core when there, else from the network. A script or
 * style of a newer deploy (a page fetched before its worker took over) is kept with the pages, so
 * that page opens offline with its own assets.
 */
async function asset(request, url) {
  const core = await caches.open(CORE);
  const hit = (await core.match(url.pathname, { ignoreSearch: true })) ?? (await fromBundle(url.pathname));
  if (hit) return hit;
  try {
    const response = await fetch(request);
    if (response.ok && url.pathname.startsWith(`${MANIFEST.base}_astro/`))
      await (await caches.open(PAGES)).put(url.pathname, response.clone());
    return response;
  } catch (error) {
    const pages = await caches.open(PAGES);
    return (await pages.match(url.pathname)) ?? Promise.reject(error);
  }
}

/** Pages: the core is served as is; other pages stale-while-revalidate, and offline fall back to their data. */
async function page(event, url) {
  const core = await caches.open(CORE);
  const precached = await core.match(url.pathname, { ignoreSearch: true });
  if (precached) return precached;
  const pages = await caches.open(PAGES);
  const cached = await pages.match(url.pathname);
  const fresh = fetch(event.request).then(async (response) => {
    if (response.ok && response.type === 'basic') await putPage(pages, url.pathname, response.clone());
    return response;
  });
  if (cached) {
    event.waitUntil(fresh.catch(() => undefined));
    return cached;
  }
  try {
    return await fresh;
  } catch {
    return offline(core, url.pathname);
  }
}

/**
 * Offline and not cached: a code page opens at its own address, rendered from its data by the
 * offline page; a number or an area opens as the filtered /codes/; anything else is the 404 page.
 */
async function offline(core, path) {
  const segments = path.slice(MANIFEST.base.length).split('/').filter(Boolean);
  if (await isCodePage(segments)) {
    const page = await core.match(MANIFEST.offline.page);
    return new Response(page.body, { status: 200, headers: page.headers });
  }
  const codes = `${MANIFEST.base}codes/`;
  const numbers = segments.filter((s) => /^\d{1,16}$/.test(s)).map(Number);
  const entries = (await Promise.all([...new Set(numbers.map((n) => n % MANIFEST.shards))].map(shard))).flat();
  if (
    segments.length === 1 &&
    numbers.length === 1 &&
    entries.some((e) => e.code === numbers[0] || e.subcode === numbers[0])
  )
    return Response.redirect(`${codes}?q=${numbers[0]}&offline=1`, 302);
  if (segments.length === 1 && MANIFEST.areas.includes(segments[0]))
    return Response.redirect(`${codes}?area=${segments[0]}&offline=1`, 302);
  const notFound = await core.match(MANIFEST.notFound);
  return new Response(notFound.body, { status: 404, headers: notFound.headers });
}

/** Whether a code page lives at the path: its data file lists it. The file is found as `offlineShard` finds it. */
async function isCodePage(segments) {
  const last = segments.filter((s) => /^\d+$/.test(s)).at(-1);
  if (segments.length < 2 || last === undefined) return false;
  const name = `${segments[0]}-${Number(last.slice(-3)) % MANIFEST.offline.buckets}`;
  const file = await fromBundle(`${MANIFEST.base}offline/${name}.json`);
  return Boolean(file && (await file.json()).urls.includes(`/${segments.join('/')}/`));
}

async function shard(n) {
  const response = await fromBundle(`${MANIFEST.base}lookup/${n}.json`);
  return response ? response.json() : [];
}
