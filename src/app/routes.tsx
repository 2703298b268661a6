import type { RouteObject } from 'react-router';
import { PageNotFound, RouteError } from '../components/route-error';
import { HomePage } from '../features/home/home-page';
import { OutcomesPage } from '../features/outcomes/outcomes-page';
import { AppLayout } from './app-layout';

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
      {
        path: 'outcomes/:outcomeId',
        errorElement: <RouteError />,
        lazy: async () => ({ Component: (await import('../features/outcomes/outcome-detail-page')).OutcomeDetailPage }),
      },
      {
        path: 'interventions',
        errorElement: <RouteError />,
        lazy: async () => ({ Component: (await import('../features/catalogue/catalogue-page')).CataloguePage }),
      },
      {
        path: 'interventions/:programmeId',
        errorElement: <RouteError />,
        lazy: async () => ({ Component: (await import('../features/programmes/programme-page')).ProgrammePage }),
      },
      {
        path: 'types/:typeId',
        errorElement: <RouteError />,
        lazy: async () => ({ Component: (await import('../features/types/type-page')).TypePage }),
      },
      {
        path: 'glossary',
        errorElement: <RouteError />,
        lazy: async () => ({ Component: (await import('../features/glossary/glossary-page')).GlossaryPage }),
      },
      {
        path: 'about',
        errorElement: <RouteError />,
        lazy: async () => ({ Component: (await import('../features/about/about-page')).AboutPage }),
      },
      { path: '*', element: <PageNotFound />, errorElement: <RouteError /> },
    ],
  },
];
