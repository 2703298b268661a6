import { QueryClient } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes } from 'react-router';
import { setHydrating } from '../components/hydration';
import { downloadEvidenceText, evidenceQueryOptions, parseEvidenceText, primeEvidence } from '../data/evidence-query';
import type { EvidenceDataset } from '../domain/evidence-schema';
import { hashText } from '../domain/text-hash';
import { App } from './app';
import { routes } from './routes';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

/** What the build wrote into a prerendered page: its path and the hash of the dataset it was rendered from. */
function readPrerenderStamp(): { path: string; evidenceHash: string } | null {
  const path = document.querySelector<HTMLMetaElement>('meta[name="prerendered-path"]')?.content;
  const evidenceHash = document.querySelector<HTMLMetaElement>('meta[name="prerendered-evidence"]')?.content;
  return path && evidenceHash ? { path, evidenceHash } : null;
}

/** Loads the code of the lazy pages this address needs before the first render, so the first render is the page itself. */
async function loadLazyRoutes(): Promise<void> {
  const matches = matchRoutes(routes, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, loaded, { lazy: undefined });
    }),
  );
}

function HydrationDone() {
  useEffect(() => setHydrating(false), []);
  return null;
}

async function start(target: HTMLElement): Promise<void> {
  const queryClient = new QueryClient();
  const stamp = readPrerenderStamp();
  const download = downloadEvidenceText();

  if (!stamp) {
    // Not a prerendered page (the dev server): render at once and let the page show its loading state.
    primeEvidence(download.then(parseEvidenceText));
    createRoot(target).render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    );
    return;
  }

  // A prerendered page is already on screen. Check the published dataset before taking it over.
  let sameDataset = false;
  try {
    const text = await download;
    if (hashText(text) === stamp.evidenceHash) {
      // Byte for byte the file the build validated and rendered: no need to load the validator.
      queryClient.setQueryData(evidenceQueryOptions.queryKey, JSON.parse(text) as EvidenceDataset);
      sameDataset = true;
    } else {
      // A newer (or broken) dataset was published after this page was built: validate it and show it, or its errors.
      primeEvidence(parseEvidenceText(text));
    }
  } catch (error) {
    // Offline or timed out: the route's error page says so, with a retry.
    primeEvidence(Promise.reject(error instanceof Error ? error : new Error(String(error))));
  }
  await loadLazyRoutes();
  const router = createBrowserRouter(routes);
  const app = (
    <StrictMode>
      <App queryClient={queryClient} router={router} />
      <HydrationDone />
    </StrictMode>
  );
  // Hydrate only when the markup will match: same page, no query string (filters change the list), same dataset.
  // Otherwise render afresh over the prerendered markup (an unknown address served index.html or 404.html, say).
  const here = window.location.pathname.replace(/(.)\/$/, '$1');
  const matchesMarkup = sameDataset && stamp.path === here && window.location.search === '';
  if (matchesMarkup) {
    setHydrating(true);
    hydrateRoot(target, app);
  } else {
    target.replaceChildren();
    createRoot(target).render(app);
  }
}

void start(container);
