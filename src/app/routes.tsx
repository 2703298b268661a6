import { Suspense } from 'react';
import { matchRoutes, useLocation, useRoutes, type RouteObject } from 'react-router';
import { LoadingEvidence } from '../components/evidence-suspense';
import { PageNotFound, RouteErrorBoundary, RoutePage } from '../components/route-error';
import { HomePage } from '../features/home/home-page';
import { AppLayout } from './app-layout';
import { lazyPage, type LazyPage } from './lazy-page';

const pages = {
  outcomes: lazyPage(async () => (await import('../features/outcomes/outcomes-page')).OutcomesPage),
  outcome: lazyPage(async () => (await import('../features/outcomes/outcome-detail-page')).OutcomeDetailPage),
  catalogue: lazyPage(async () => (await import('../features/catalogue/catalogue-page')).CataloguePage),
  programme: lazyPage(async () => (await import('../features/programmes/programme-page')).ProgrammePage),
  type: lazyPage(async () => (await import('../features/types/type-page')).TypePage),
  glossary: lazyPage(async () => (await import('../features/glossary/glossary-page')).GlossaryPage),
  analysis: lazyPage(async () => (await import('../features/analysis/analysis-page')).AnalysisPage),
  families: lazyPage(async () => (await import('../features/families/families-index-page')).FamiliesIndexPage),
  family: lazyPage(async () => (await import('../features/families/family-outcome-page')).FamilyOutcomePage),
  compare: lazyPage(async () => (await import('../features/compare/compare-page')).ComparePage),
  summary: lazyPage(async () => (await import('../features/compare/summary-page')).SummaryPage),
  about: lazyPage(async () => (await import('../features/about/about-page')).AboutPage),
  forestPlotLesson: lazyPage(async () => (await import('../features/learn/forest-plot-lesson-page')).ForestPlotLessonPage),
  presentation: lazyPage(async () => (await import('../features/present/present-page')).PresentPage),
} satisfies Record<string, LazyPage>;

/** A route whose page code downloads on first visit. `handle.preload` lets start-up fetch it before hydrating. */
function lazyRoute(path: string, page: LazyPage): RouteObject {
  return { path, element: <RoutePage><page.Page /></RoutePage>, handle: { preload: page.preload } };
}

/** The site's frame, with its own error boundary: a fault in the frame itself still shows a message, not a blank screen. */
function SiteFrame() {
  const location = useLocation();
  return (
    <RouteErrorBoundary resetKey={location.pathname} fallback={(error) => <AppLayout error={{ value: error }} />}>
      <AppLayout />
    </RouteErrorBoundary>
  );
}

// Public URLs: links to these get shared, so keep them stable. Every page has its own error boundary (RoutePage), so
// a failure in one page shows an error inside the site's frame instead of a blank screen.
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <SiteFrame />,
    children: [
      // The home page ships with the first script; every other page's code loads when it is first visited.
      { index: true, element: <RoutePage><HomePage /></RoutePage> },
      lazyRoute('outcomes', pages.outcomes),
      lazyRoute('outcomes/:outcomeId', pages.outcome),
      lazyRoute('interventions', pages.catalogue),
      lazyRoute('interventions/:programmeId', pages.programme),
      lazyRoute('types/:typeId', pages.type),
      lazyRoute('glossary', pages.glossary),
      lazyRoute('analysis', pages.analysis),
      lazyRoute('families', pages.families),
      lazyRoute('families/:outcomeId', pages.family),
      lazyRoute('compare', pages.compare),
      lazyRoute('summary', pages.summary),
      lazyRoute('about', pages.about),
      lazyRoute('learn/forest-plot', pages.forestPlotLesson),
      { path: '*', element: <PageNotFound /> },
    ],
  },
  // The presentation fills the screen, so it sits outside the site's frame (no header or footer).
  {
    path: '/present/:slide?',
    element: (
      <Suspense fallback={<LoadingEvidence />}>
        <RoutePage>
          <pages.presentation.Page />
        </RoutePage>
      </Suspense>
    ),
    handle: { preload: pages.presentation.preload },
  },
];

/** The page for the current address. */
export function AppRoutes() {
  return useRoutes(routes);
}

/** Downloads the code of the lazy pages an address needs, so that the first render is the page itself. */
export async function preloadPagesFor(pathname: string): Promise<void> {
  const matches = matchRoutes(routes, pathname) ?? [];
  const preloads = matches.flatMap(({ route }) => {
    const preload = (route.handle as { preload?: () => Promise<void> } | undefined)?.preload;
    return preload ? [preload()] : [];
  });
  await Promise.all(preloads);
}

/** True when no page matches the address and the not-found page is shown (prerendering writes that as 404.html). */
export function isUnknownAddress(pathname: string): boolean {
  const matches = matchRoutes(routes, pathname) ?? [];
  return matches.length === 0 || matches.at(-1)?.route.path === '*';
}
