import { QueryClient } from '@tanstack/react-query';
import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { announceUpdate, reportSiteReachable } from '../components/update-notice';
import {
  EVIDENCE_RETRY_TIMEOUT_MS,
  EVIDENCE_TIMEOUT_MS,
  downloadEvidenceText,
  evidenceQueryOptions,
  parseEvidenceText,
  primeEvidence,
} from '../data/evidence-query';
import type { EvidenceDataset } from '../domain/evidence/evidence-schema';
import { hashText } from '../domain/evidence/text-hash';
import { App } from './app';
import { preloadPagesFor } from './routes';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

/** What the build wrote into a prerendered page: its path and the hash of the dataset it was rendered from. */
function readPrerenderStamp(): { path: string; evidenceHash: string } | null {
  const path = document.querySelector<HTMLMetaElement>('meta[name="prerendered-path"]')?.content;
  const evidenceHash = document.querySelector<HTMLMetaElement>('meta[name="prerendered-evidence"]')?.content;
  return path && evidenceHash ? { path, evidenceHash } : null;
}

/** Marks the page as running: keys and clicks now reach React. Browser tests wait for it before pressing keys. */
function markReady(): void {
  document.documentElement.dataset.appReady = 'true';
}

function HydrationDone() {
  useEffect(() => {
    markReady();
  }, []);
  return null;
}

function RenderDone() {
  useEffect(markReady, []);
  return null;
}

function renderAfresh(target: HTMLElement, queryClient: QueryClient): void {
  target.replaceChildren();
  createRoot(target).render(
    <StrictMode>
      <App queryClient={queryClient} />
      <RenderDone />
    </StrictMode>,
  );
}

/** The downloaded dataset: trusted as it is when it is the file the build validated, else validated now. */
function datasetFrom(text: string, buildHash: string | undefined): Promise<EvidenceDataset> {
  return buildHash !== undefined && hashText(text) === buildHash
    ? Promise.resolve(JSON.parse(text) as EvidenceDataset)
    : parseEvidenceText(text);
}

/**
 * Lets the browser paint and handle input before the next step. A message, not setTimeout: a background tab slows
 * timers to one a second, which would hold start-up back for seconds.
 */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Says, above a prerendered page the app has not taken over yet, why it may not show the newest evidence. */
function showStartupNotice(text: string): void {
  const notice = document.getElementById('startup-notice');
  if (notice) notice.textContent = text;
}

const KEEP_READING = ' You can keep reading this page, but it may not show the newest evidence. We will keep trying.';

/**
 * The dataset's text for a prerendered page the reader can already read: a slow or failed download never takes the
 * page away. After EVIDENCE_TIMEOUT_MS the page says the file is slow; a failure says what happened; each download is
 * tried again in the background, with longer waits between tries, until one arrives.
 */
async function downloadBesidePage(): Promise<string> {
  const slow = setTimeout(
    () =>
      showStartupNotice(
        `The evidence file is taking more than ${EVIDENCE_TIMEOUT_MS / 1000} seconds to download.${KEEP_READING}`,
      ),
    EVIDENCE_TIMEOUT_MS,
  );
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await downloadEvidenceText(fetch, { timeoutMs: EVIDENCE_RETRY_TIMEOUT_MS });
    } catch (error) {
      // Always an EvidenceUnavailableError, whose message is a plain sentence for the reader.
      showStartupNotice((error as Error).message + KEEP_READING);
      await new Promise((resolve) => setTimeout(resolve, Math.min(2 ** attempt, 30) * 1000));
    } finally {
      clearTimeout(slow);
    }
  }
}

async function start(target: HTMLElement): Promise<void> {
  const queryClient = new QueryClient();
  const stamp = readPrerenderStamp();
  // `/compare/` is the page `/compare`: one address, so the router renders exactly the markup that was prerendered.
  const { pathname, search, hash } = window.location;
  const here = pathname.replace(/(.)\/+$/, '$1');
  if (here !== pathname) window.history.replaceState(window.history.state, '', here + search + hash);

  // Not a prerendered page (the dev server), or markup for another address or view (a filter link such as
  // ?type=dyadic, an unknown address served 404.html or index.html): render at once, so that nothing on screen
  // looks ready before the app is, and let the page show its loading state.
  if (!stamp || stamp.path !== here || search !== '') {
    primeEvidence(downloadEvidenceText().then((text) => datasetFrom(text, stamp?.evidenceHash)));
    renderAfresh(target, queryClient);
    return;
  }

  // The prerendered page for this address is on screen, and stays there until the dataset has arrived. Its code
  // downloads while the dataset is checked.
  const pageLoading = preloadPagesFor(here);
  const text = await downloadBesidePage();
  showStartupNotice('');
  // Each step of start-up is its own short task, so a slow laptop can still paint and scroll in between.
  await yieldToBrowser();
  // Byte for byte the file the build validated and rendered: no need to load the validator. A newer (or broken)
  // dataset published after this page was built is validated, and shown (or its errors) in place of the page.
  const sameDataset = hashText(text) === stamp.evidenceHash;
  if (sameDataset) queryClient.setQueryData(evidenceQueryOptions.queryKey, JSON.parse(text) as EvidenceDataset);
  else primeEvidence(parseEvidenceText(text));
  await pageLoading;
  await yieldToBrowser();
  if (!sameDataset) {
    renderAfresh(target, queryClient);
    return;
  }
  // As a transition, hydration works in short slices between which the browser can paint and answer input, rather
  // than in one long task: on a slow laptop the prerendered page stays scrollable while the app takes it over.
  startTransition(() => {
    hydrateRoot(
      target,
      <StrictMode>
        <App queryClient={queryClient} />
        <HydrationDone />
      </StrictMode>,
    );
  });
}

/**
 * The service worker (dist/sw.js, written by the build) keeps every page and the dataset for offline use. A new
 * version waits until the reader chooses to reload from the banner; a newer dataset is announced the same way.
 */
function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  let reloadWanted = false;
  // The first tab whose reader asks activates the new worker for every tab; in any other tab the button then reloads.
  const offer = (registration: ServiceWorkerRegistration) =>
    announceUpdate({ kind: 'app' }, () => {
      reloadWanted = true;
      if (registration.waiting) registration.waiting.postMessage('skip-waiting');
      else window.location.reload();
    });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only after the reader asked: the first install also takes control, and must not reload the page.
    if (reloadWanted) window.location.reload();
  });
  navigator.serviceWorker.addEventListener(
    'message',
    (
      event: MessageEvent<{
        type?: string;
        datasetDate?: string | null;
        datasetVersion?: string | null;
        whatChanged?: string | null;
        reachable?: boolean;
      }>,
    ) => {
      if (event.data.type === 'dataset-updated')
        announceUpdate({
          kind: 'dataset',
          datasetDate: event.data.datasetDate ?? null,
          datasetVersion: event.data.datasetVersion ?? null,
          whatChanged: event.data.whatChanged ?? null,
        });
      if (event.data.type === 'reachable') reportSiteReachable(!!event.data.reachable);
    },
  );
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js')
      .then((registration) => {
        if (registration.waiting && navigator.serviceWorker.controller) offer(registration);
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          worker?.addEventListener('statechange', () => {
            if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(registration);
          });
        });
      })
      .catch(() => undefined); // Without a service worker the site still works online.
  });
}

void start(container);
registerServiceWorker();
