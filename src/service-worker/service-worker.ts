/// <reference lib="webworker" />
// The service worker, built by scripts/service-worker-build.ts into dist/sw.js with Workbox's precache list (every
// prerendered page of the page registry, the app's files, the icons) put where `self.__WB_MANIFEST` stands.
import { clientsClaim } from 'workbox-core';
import { matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import { hashText } from '../domain/evidence/text-hash';
import { EVIDENCE_CACHE, EVIDENCE_PATH, pageCacheKey, readDatasetChange, readDatasetDate } from './evidence-cache';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  /** The hash (src/domain/evidence/text-hash.ts) of the dataset this build was made from. */
  __EVIDENCE_HASH: string;
};

// Every page, the app's files and the icons, kept so that after one visit every page works offline. Workbox fetches
// only entries whose address or revision is new, and drops the ones a new version no longer lists: a deploy that
// changes one page downloads that page and the files that changed, not the whole site.
// `/outcomes/`, `/interventions?type=dyadic` and `/outcomes` are the same prerendered page.
precacheAndRoute(self.__WB_MANIFEST, {
  ignoreURLParametersMatching: [/.*/],
  urlManipulation: ({ url }) => [new URL(pageCacheKey(url.pathname), url.origin)],
});

// Any other page (an address the site does not have): the network, and offline the site's own not-found page.
registerRoute(new NavigationRoute(new NetworkOnly()));
setCatchHandler(async ({ request }) => {
  if (request.mode !== 'navigate') return Response.error();
  return (
    (await matchPrecache('/404.html')) ??
    new Response('You are offline and this page was not saved for offline use.', {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  );
});

/** Downloads the published dataset past the browser's cache, so a newly published file is seen at once. */
const downloadEvidence = () => fetch(EVIDENCE_PATH, { cache: 'no-cache' });

// Install: keep the dataset too, unless the copy already kept is the one this build was made from (a deploy that
// changes only code does not download the dataset again).
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(EVIDENCE_CACHE);
      const kept = await cache.match(EVIDENCE_PATH);
      if (kept && hashText(await kept.text()) === self.__EVIDENCE_HASH) return;
      const response = await downloadEvidence();
      if (response.ok) await cache.put(EVIDENCE_PATH, response);
    })(),
  );
});

// The new worker waits: the page shows a polite banner and the reader chooses when to reload (src/app/main.tsx).
// Any open tab may ask; the first to ask activates it, and every tab is then controlled by it.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') void self.skipWaiting();
});

// A first install takes control of the open page at once, so that it works offline without a reload.
clientsClaim();

// The hand-written worker before this one kept everything in caches named `under5s-<version>`.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('under5s-')).map((key) => caches.delete(key)))),
  );
});

let checking: Promise<Response> | null = null;
let reachable = true;

/** Tells every open tab whether the site could be reached, when that changes: a tab that cannot says it is offline. */
async function reportReachable(now: boolean): Promise<void> {
  if (now === reachable) return;
  reachable = now;
  const tabs = await self.clients.matchAll({ type: 'window' });
  for (const tab of tabs) tab.postMessage({ type: 'reachable', reachable: now });
}

/**
 * Compares the published dataset with the kept copy. When it has changed (and is JSON at all: a truncated upload is
 * never kept over a readable copy), the copy is replaced and every open tab is told, so each can offer a reload.
 * Nothing is swapped under the reader's eyes. Concurrent requests (the page's preload and its fetch) share one check.
 */
function checkPublishedEvidence(kept: Response | undefined): Promise<Response> {
  checking ??= (async () => {
    try {
      const response = await downloadEvidence().catch(async (error: unknown) => {
        await reportReachable(false);
        throw error;
      });
      await reportReachable(true);
      if (!response.ok) return response;
      const text = await response.clone().text();
      const keptText = kept ? await kept.text() : null;
      if (text === keptText) return response;
      const datasetDate = readDatasetDate(text);
      if (datasetDate === undefined) return response;
      const cache = await caches.open(EVIDENCE_CACHE);
      await cache.put(EVIDENCE_PATH, response.clone());
      if (keptText !== null) {
        const tabs = await self.clients.matchAll({ type: 'window' });
        const change = readDatasetChange(text);
        for (const tab of tabs) tab.postMessage({ type: 'dataset-updated', datasetDate, ...change });
      }
      return response;
    } finally {
      checking = null;
    }
  })();
  return checking.then((response) => response.clone());
}

/** The dataset: the kept copy at once (fast on a slow network, works offline), the published one checked behind it. */
async function evidence(event: FetchEvent): Promise<Response> {
  const cache = await caches.open(EVIDENCE_CACHE);
  const kept = await cache.match(EVIDENCE_PATH);
  if (!kept) return checkPublishedEvidence(undefined);
  // The check reads its own copy: the page reads the one returned here.
  event.waitUntil(checkPublishedEvidence(kept.clone()).catch(() => undefined));
  return kept;
}

registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname === EVIDENCE_PATH,
  ({ event }) => evidence(event as FetchEvent),
);
