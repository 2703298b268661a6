import type { EvidenceDataset } from '../domain/evidence/evidence-schema';
import { prerenderPathsOfEveryPage } from '../domain/pages/pages';
import { buildDeck } from '../domain/presentation/build-deck';

/**
 * Every public page the build renders to HTML (with its data) before any script runs: each page's `prerender` list in
 * the page registry (src/domain/pages/pages.ts). The service worker precaches what is written.
 */
export function prerenderPaths(dataset: EvidenceDataset): string[] {
  return prerenderPathsOfEveryPage({ dataset, slideCount: buildDeck(dataset).length });
}

/** Rendered to 404.html: what a host serves for an unknown address (see docs/deploy.md). Matches the catch-all route. */
export const NOT_FOUND_PATH = '/404';

/** The file a prerendered path is written to: `/` → index.html, `/outcomes` → outcomes/index.html, the 404 page → 404.html. */
export function prerenderFile(path: string): string {
  if (path === NOT_FOUND_PATH) return '404.html';
  return path === '/' ? 'index.html' : `${path.slice(1)}/index.html`;
}
