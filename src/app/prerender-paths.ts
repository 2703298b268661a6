import type { EvidenceDataset } from '../domain/evidence-schema';
import { buildDeck } from '../domain/presentation/build-deck';

/**
 * Every public page the build renders to HTML (with its data) before any script runs. ONE list: add a new public route
 * here, as a fixed path or from the dataset, and it is prerendered, precached for offline use and checked by the tests.
 */
export const STATIC_PATHS: readonly string[] = [
  '/',
  '/outcomes',
  '/interventions',
  '/compare',
  '/summary',
  '/analysis',
  '/glossary',
  '/learn/forest-plot',
  '/families',
  '/present',
  '/about',
];

export function prerenderPaths(dataset: EvidenceDataset): string[] {
  return [
    ...STATIC_PATHS,
    ...dataset.outcomes.map((outcome) => `/outcomes/${outcome.id}`),
    ...dataset.outcomes.map((outcome) => `/families/${outcome.id}`),
    ...dataset.programmes.map((programme) => `/interventions/${programme.id}`),
    ...dataset.review.interventionTypes.map((type) => `/types/${type.id}`),
    ...buildDeck(dataset).map((_, index) => `/present/${index + 1}`),
  ];
}

/** Rendered to 404.html: what a host serves for an unknown address (see docs/deploy.md). Matches the catch-all route. */
export const NOT_FOUND_PATH = '/404';

/** The file a prerendered path is written to: `/` → index.html, `/outcomes` → outcomes/index.html, the 404 page → 404.html. */
export function prerenderFile(path: string): string {
  if (path === NOT_FOUND_PATH) return '404.html';
  return path === '/' ? 'index.html' : `${path.slice(1)}/index.html`;
}
