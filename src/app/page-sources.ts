import { lazyPagesFor, pages } from './routes';

/**
 * Each lazy page's module, as a path from the project root (the build manifest's key for it). Only the build reads
 * this (through entry-server.tsx), to list a page's scripts and style sheets in its prerendered <head>
 * (scripts/prerender-plugin.ts), so it stays out of the code sent to browsers. routes.test.ts checks each path is
 * the module the page loads.
 */
export const PAGE_SOURCES: Record<keyof typeof pages, string> = {
  outcomes: 'src/features/outcomes/outcomes-page.tsx',
  outcome: 'src/features/outcomes/outcome-detail-page.tsx',
  catalogue: 'src/features/catalogue/catalogue-page.tsx',
  programme: 'src/features/programmes/programme-page.tsx',
  type: 'src/features/types/type-page.tsx',
  glossary: 'src/features/glossary/glossary-page.tsx',
  analysis: 'src/features/analysis/analysis-page.tsx',
  families: 'src/features/families/families-index-page.tsx',
  family: 'src/features/families/family-outcome-page.tsx',
  compare: 'src/features/compare/compare-page.tsx',
  summary: 'src/features/compare/summary-page.tsx',
  about: 'src/features/about/about-page.tsx',
  forestPlotLesson: 'src/features/learn/forest-plot-lesson-page.tsx',
  presentation: 'src/features/present/present-page.tsx',
};

/** The source paths of the lazy page modules an address needs (none for the home page and unknown addresses). */
export function pageSourcesFor(pathname: string): string[] {
  const keys = new Map(Object.entries(pages).map(([key, page]) => [page, key as keyof typeof pages]));
  return lazyPagesFor(pathname).flatMap((page) => {
    const key = keys.get(page);
    return key ? [PAGE_SOURCES[key]] : [];
  });
}
