import { Suspense, useEffect, useReducer, useState } from 'react';
import { matchRoutes, useLocation, useNavigationType, useRoutes, type Location, type RouteObject } from 'react-router';
import { LoadingEvidence } from '../components/evidence-suspense';
import { PageNotFound, RouteErrorBoundary, RoutePage } from '../components/route-error';
import { HomePage } from '../features/home/home-page';
import { AppLayout } from './app-layout';
import { lazyPage, type LazyPage } from './lazy-page';
import { ScrollOnNavigate } from './scroll-on-navigate';

export const pages = {
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
  forestPlotLesson: lazyPage(
    async () => (await import('../features/learn/forest-plot-lesson-page')).ForestPlotLessonPage,
  ),
  presentation: lazyPage(async () => (await import('../features/present/present-page')).PresentPage),
} satisfies Record<string, LazyPage>;

/** A route whose page code downloads on first visit. `handle.page` lets start-up fetch it before hydrating. */
function lazyRoute(path: string, page: LazyPage): RouteObject {
  return {
    path,
    element: (
      <RoutePage>
        <page.Page />
      </RoutePage>
    ),
    handle: { page },
  };
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
      {
        index: true,
        element: (
          <RoutePage>
            <HomePage />
          </RoutePage>
        ),
      },
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
    handle: { page: pages.presentation },
  },
];

/** The lazy pages an address needs (none for the home page and unknown addresses). */
export function lazyPagesFor(pathname: string): LazyPage[] {
  return (matchRoutes(routes, pathname) ?? []).flatMap(({ route }) => {
    const page = (route.handle as { page?: LazyPage } | undefined)?.page;
    return page ? [page] : [];
  });
}

/** Downloads the code of the lazy pages an address needs, so that the first render is the page itself. */
export async function preloadPagesFor(pathname: string): Promise<void> {
  await Promise.all(lazyPagesFor(pathname).map((page) => page.preload()));
}

/**
 * The page for the current address. Going to a page whose code is not in yet, the current page stays on screen, with
 * a note that the next one is loading, until it arrives: the reader never loses what they were reading to a loading
 * message. (Navigation is not a transition, so that filter checkboxes tick at once: see app.tsx.)
 */
export function AppRoutes() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const ready = lazyPagesFor(location.pathname).every((page) => page.isLoaded());
  // The last address whose pages were ready: what stays on screen while the next page's code downloads.
  const [shownLocation, setShownLocation] = useState<Location>(location);
  if (ready && shownLocation !== location) setShownLocation(location);
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (ready) return;
    let current = true;
    void preloadPagesFor(location.pathname).then(() => {
      if (current) rerender();
    });
    return () => {
      current = false;
    };
  }, [location.pathname, ready]);
  // Always given a location, so the tree keeps its shape (and the page its state) whether or not a page is loading.
  const shownNow = ready ? location : shownLocation;
  const shown = useRoutes(routes, shownNow);
  return (
    <>
      {ready ? null : (
        <p role="status" className="page-loading no-print">
          Loading the page…
        </p>
      )}
      {shown}
      <ScrollOnNavigate location={shownNow} navigationType={navigationType} />
    </>
  );
}

/** True when no page matches the address and the not-found page is shown (prerendering writes that as 404.html). */
export function isUnknownAddress(pathname: string): boolean {
  const matches = matchRoutes(routes, pathname) ?? [];
  return matches.length === 0 || matches.at(-1)?.route.path === '*';
}
