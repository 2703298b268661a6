import { pages } from '../domain/pages/pages';
import { pageIdsFor } from './routes';

/**
 * The source paths (from the project root: the build manifest's keys) of the lazy page modules an address needs, none
 * for the home page and unknown addresses. Only the build reads this (through entry-server.tsx), to list a page's
 * scripts and style sheets in its prerendered <head> (scripts/prerender-plugin.ts).
 */
export function pageSourcesFor(pathname: string): string[] {
  return pageIdsFor(pathname).flatMap((id) => (pages[id].load === 'lazy' ? [pages[id].source] : []));
}
