import { Suspense, useEffect, useReducer, useState, type ComponentType } from 'react';
import { matchRoutes, useLocation, useNavigationType, useRoutes, type Location, type RouteObject } from 'react-router';
import { LoadingEvidence } from '../components/evidence-suspense';
import { PageNotFound, RouteErrorBoundary, RoutePage } from '../components/route-error';
import { PAGE_LIST, pages, type PageEntry, type PageId } from '../domain/pages/pages';
import { HomePage } from '../features/home/home-page';
import { AppLayout } from './app-layout';
import { lazyPage, type LazyPage } from './lazy-page';
import { ScrollOnNavigate } from './scroll-on-navigate';

// The code of every lazily loaded page, keyed by its source path from the project root ('/src/features/…'). The
// registry (src/domain/pages/pages.ts) names each page's module and component; this maps them to a dynamic import.
const PAGE_MODULES = import.meta.glob<Record<string, unknown>>([
  '/src/features/*/*-page.tsx',
  '!/src/features/home/home-page.tsx',
]);

/** The pages that ship with the first script, by registry id (only the home page: it must be drawn at once). */
const EAGER_PAGES: Partial<Record<PageId, ComponentType>> = { home: HomePage };

/** The lazy page of a registry entry: the component its entry names, from the module its entry names. */
function lazyPageOf(page: PageEntry): LazyPage {
  const load = PAGE_MODULES[`/${page.source}`];
  if (!load) throw new Error(`No page module at ${page.source} (src/domain/pages/pages.ts)`);
  return lazyPage(async () => {
    const component = (await load())[page.component];
    if (typeof component !== 'function')
      throw new Error(`${page.source} has no component called ${page.component} (src/domain/pages/pages.ts)`);
    return component as ComponentType;
  });
}

/** Each lazily loaded page, by its registry id. */
export const lazyPages: ReadonlyMap<PageId, LazyPage> = new Map(
  PAGE_LIST.filter((page) => page.load === 'lazy').map((page) => [page.id, lazyPageOf(page)]),
);

/** What each page's route carries: which registry entry it is. */
interface PageHandle {
  pageId: PageId;
}

/** The registry ids of the pages an address shows (none for unknown addresses). */
export function pageIdsFor(pathname: string): PageId[] {
  return (matchRoutes(routes, pathname) ?? []).flatMap(({ route }) => {
    const handle = route.handle as PageHandle | undefined;
    return handle ? [handle.pageId] : [];
  });
}

/**
 * The route of a registry entry. A lazy page's code downloads on first visit; `handle.pageId` lets start-up fetch it
 * before hydrating. Every page has its own error boundary (RoutePage), so a failure in one page shows an error inside
 * the site's frame instead of a blank screen.
 */
function pageRoute(page: PageEntry & { id: PageId }): RouteObject {
  const lazy = lazyPages.get(page.id);
  const Page = lazy?.Page ?? EAGER_PAGES[page.id];
  if (!Page) throw new Error(`The page ${page.id} is eager, but src/app/routes.tsx does not import it`);
  const element = (
    <RoutePage>
      <Page />
    </RoutePage>
  );
  return {
    ...(page.path === pages.home.path ? { index: true } : { path: page.path }),
    // Outside the site's frame no Suspense boundary sits above the page, so it brings its own.
    element: page.frame === 'none' ? <Suspense fallback={<LoadingEvidence />}>{element}</Suspense> : element,
    handle: { pageId: page.id } satisfies PageHandle,
  };
}

/** The site's frame, with its own error boundary: a fault in the frame itself still shows a message, not a blank screen. */
function SiteFrame() {
  const location = useLocation();
  const frame = pageIdsFor(location.pathname).some((id) => (pages[id] as PageEntry).frame === 'family')
    ? 'family'
    : 'site';
  return (
    <RouteErrorBoundary
      resetKey={location.pathname}
      fallback={(error) => <AppLayout error={{ value: error }} frame={frame} />}
    >
      <AppLayout frame={frame} />
    </RouteErrorBoundary>
  );
}

// Public URLs, from the page registry: links to these get shared, so keep them stable.
export const routes: RouteObject[] = [
  {
    path: pages.home.path,
    element: <SiteFrame />,
    children: [
      ...PAGE_LIST.filter((page) => page.frame !== 'none').map(pageRoute),
      { path: '*', element: <PageNotFound /> },
    ],
  },
  // A page that fills the screen (the presentation) sits outside the site's frame (no header or footer).
  ...PAGE_LIST.filter((page) => page.frame === 'none').map(pageRoute),
];

/** The lazy pages an address needs (none for the home page and unknown addresses). */
export function lazyPagesFor(pathname: string): LazyPage[] {
  return pageIdsFor(pathname).flatMap((id) => {
    const page = lazyPages.get(id);
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
