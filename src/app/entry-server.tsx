import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router';
import { takeServerTitle } from '../components/use-document-title';
import { evidenceQueryOptions } from '../data/evidence-query';
import type { EvidenceDataset } from '../domain/evidence-schema';
import { routes } from './routes';

export { NOT_FOUND_PATH, prerenderFile, prerenderPaths } from './prerender-paths';
export { parseEvidenceDataset } from '../domain/parse-evidence';
export { hashText } from '../domain/text-hash';

/**
 * Renders one page to HTML at build time, with the dataset already in react-query's cache so that nothing suspends.
 * The browser then hydrates the same markup (src/app/main.tsx). Used only by the build (scripts/prerender-plugin.ts).
 */
export async function renderPage(path: string, dataset: EvidenceDataset): Promise<{ html: string; title: string | undefined; status: number }> {
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(`http://prerender.invalid${path}`));
  if (context instanceof Response) throw new Error(`Prerendering ${path} gave a redirect or response, not a page (status ${context.status})`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } } });
  queryClient.setQueryData(evidenceQueryOptions.queryKey, dataset);
  takeServerTitle();
  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        {/* hydrate={false}: no inline script (the CSP forbids it); the app has no loaders, so there is no data to pass. */}
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>
    </StrictMode>,
  );
  return { html, title: takeServerTitle(), status: context.statusCode };
}
