import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { RouterProvider, createMemoryRouter, type RouteObject } from 'react-router';
import publishedJson from '../public/data/evidence.json';
import { evidenceQueryOptions } from '../src/data/evidence-query';
import { parseEvidenceDataset } from '../src/domain/evidence/parse-evidence';

export const publishedDataset = parseEvidenceDataset(publishedJson);

/**
 * Renders routes at a URL with the published dataset already loaded, as a page would see it after the fetch.
 * Component tests use this to check what a person sees, without a network.
 */
export function renderWithEvidence(routes: RouteObject[], url: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  queryClient.setQueryData(evidenceQueryOptions.queryKey, publishedDataset);
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  return {
    router,
    ...render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    ),
  };
}
