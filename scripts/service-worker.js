/* The service worker. The build (scripts/service-worker-build.ts) puts the precache list and version in front of it. */
/** @type {{ url: string, revision: string }[]} */
const PRECACHE = self.__PRECACHE;
const VERSION = self.__VERSION;
const CACHE = `under5s-${VERSION}`;
const EVIDENCE = '/data/evidence.json';

// Install: keep every page, the app's files and the dataset, so that after one visit every route works offline.
// The new worker waits: the page shows a polite banner and the person chooses when to reload.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((entry) => new Request(entry.url, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith('under5s-') && key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') void self.skipWaiting();
});

/** `/outcomes/` and `/outcomes` are the same page; the cache holds it under `/outcomes`. */
function pageKey(pathname) {
  return pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
}

async function fromCache(key) {
  const cache = await caches.open(CACHE);
  return cache.match(key, { ignoreSearch: true });
}

/**
 * The dataset: the cached copy at once, and the network's copy checked behind it. When the published file has changed,
 * the cache is updated and open pages are told, so they can offer to reload (never swapped under the reader's eyes).
 */
async function evidence(event) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(EVIDENCE);
  const network = fetch(EVIDENCE, { cache: 'no-cache' }).then(async (response) => {
    if (!response.ok) return response;
    if (cached) {
      const [fresh, old] = await Promise.all([response.clone().text(), cached.clone().text()]);
      if (fresh !== old) {
        await cache.put(EVIDENCE, response.clone());
        let datasetDate = null;
        let datasetVersion = null;
        let whatChanged = null;
        try {
          const parsed = JSON.parse(fresh);
          datasetDate = parsed.datasetDate ?? null;
          datasetVersion = parsed.datasetVersion ?? null;
          // The new version's own summary of what changed (its changelog's first entry, when it is that version).
          const latest = Array.isArray(parsed.changelog) ? parsed.changelog[0] : null;
          whatChanged = latest && latest.version === datasetVersion ? (latest.summary ?? null) : null;
        } catch {
          datasetDate = null;
        }
        const clients = await self.clients.matchAll({ type: 'window' });
        for (const client of clients)
          client.postMessage({ type: 'dataset-updated', datasetDate, datasetVersion, whatChanged });
      }
    } else {
      await cache.put(EVIDENCE, response.clone());
    }
    return response;
  });
  if (cached) {
    event.waitUntil(network.catch(() => undefined));
    return cached;
  }
  return network;
}

/** A page: the precached copy (fast on a slow network, works offline); else the network; else the not-found page. */
async function page(request) {
  const url = new URL(request.url);
  const cached = await fromCache(pageKey(url.pathname));
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch {
    return (
      (await fromCache('/404.html')) ??
      new Response('You are offline and this page was not saved for offline use.', {
        status: 503,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      })
    );
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname === EVIDENCE) {
    event.respondWith(evidence(event));
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
    return;
  }
  // Hashed files never change: the cache first. Anything else: the network, then the cache when offline.
  event.respondWith(
    fromCache(url.pathname).then(
      (cached) => cached ?? fetch(request).catch(async () => (await fromCache(url.pathname)) ?? Response.error()),
    ),
  );
});
