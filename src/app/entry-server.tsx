import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { takeServerTitle } from '../components/use-document-title';
import { evidenceQueryOptions } from '../data/evidence-query';
import type { EvidenceDataset } from '../domain/evidence/evidence-schema';
import { AppRoutes, isUnknownAddress, preloadPagesFor } from './routes';

export { pageSourcesFor } from './page-sources';

export { NOT_FOUND_PATH, prerenderFile, prerenderPaths } from './prerender-paths';
export { parseEvidenceDataset } from '../domain/evidence/parse-evidence';
export { hashText } from '../domain/evidence/text-hash';

/**
 * Renders one page to HTML at build time, with the dataset already in react-query's cache so that nothing suspends.
 * The browser then hydrates the same markup (src/app/main.tsx). Used only by the build (scripts/prerender-plugin.ts).
 */
export async function renderPage(
  path: string,
  dataset: EvidenceDataset,
): Promise<{ html: string; title: string | undefined; status: number }> {
  // The page's code is loaded first, so the HTML holds the page itself rather than a loading message.
  await preloadPagesFor(path);
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } } });
  queryClient.setQueryData(evidenceQueryOptions.queryKey, dataset);
  takeServerTitle();
  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouter location={path}>
          <AppRoutes />
        </StaticRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
  return { html, title: takeServerTitle(), status: isUnknownAddress(path) ? 404 : 200 };
}
