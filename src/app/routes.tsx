import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { LoadingEvidence } from '../components/evidence-suspense';
import { loadPageComponent } from '../components/page-load-error';
import { PageNotFound, RouteError } from '../components/route-error';
import { HomePage } from '../features/home/home-page';
import { OutcomesPage } from '../features/outcomes/outcomes-page';
import { AppLayout } from './app-layout';

/**
 * A page whose code loads when it is first visited, with its own error boundary. Code that cannot be downloaded shows
 * that boundary's "could not be loaded" page with a retry (after one guarded reload when a new deploy replaced it).
 */
function lazyPage(path: string, load: () => Promise<ComponentType>): RouteObject {
  return { path, errorElement: <RouteError />, lazy: async () => ({ Component: await loadPageComponent(load) }) };
}

// Public URLs: links to these get shared, so keep them stable. Every route has its own error boundary, so a
// failure in one page shows an error inside the site's frame instead of a blank screen.
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <AppLayout errorOnly />,
    // Shown while a lazily loaded page's code arrives on the first visit.
    hydrateFallbackElement: <AppLayout loadingOnly />,
    children: [
      { index: true, element: <HomePage />, errorElement: <RouteError /> },
      // The outcomes overview is linked from the home page, so it ships with the first script (a few KB) instead of
      // waiting for a second download; its chart code still loads lazily.
      { path: 'outcomes', element: <OutcomesPage />, errorElement: <RouteError /> },
      lazyPage('outcomes/:outcomeId', async () => (await import('../features/outcomes/outcome-detail-page')).OutcomeDetailPage),
      lazyPage('interventions', async () => (await import('../features/catalogue/catalogue-page')).CataloguePage),
      lazyPage('interventions/:programmeId', async () => (await import('../features/programmes/programme-page')).ProgrammePage),
      lazyPage('types/:typeId', async () => (await import('../features/types/type-page')).TypePage),
      lazyPage('glossary', async () => (await import('../features/glossary/glossary-page')).GlossaryPage),
      lazyPage('analysis', async () => (await import('../features/analysis/analysis-page')).AnalysisPage),
      lazyPage('families', async () => (await import('../features/families/families-index-page')).FamiliesIndexPage),
      lazyPage('families/:outcomeId', async () => (await import('../features/families/family-outcome-page')).FamilyOutcomePage),
      lazyPage('compare', async () => (await import('../features/compare/compare-page')).ComparePage),
      lazyPage('summary', async () => (await import('../features/compare/summary-page')).SummaryPage),
      lazyPage('about', async () => (await import('../features/about/about-page')).AboutPage),
      lazyPage('learn/forest-plot', async () => (await import('../features/learn/forest-plot-lesson-page')).ForestPlotLessonPage),
      { path: '*', element: <PageNotFound />, errorElement: <RouteError /> },
    ],
  },
  // The presentation fills the screen, so it sits outside the site's frame (no header or footer).
  {
    ...lazyPage('/present/:slide?', async () => (await import('../features/present/present-page')).PresentPage),
    hydrateFallbackElement: <LoadingEvidence />,
  },
];
