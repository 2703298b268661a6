import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, type DataRouter } from 'react-router';
// From react-router/dom so that navigations can use ReactDOM.flushSync (filters update the page at once).
import { RouterProvider } from 'react-router/dom';
import { routes } from './routes';

/** The app. Start-up (main.tsx) passes a query client already holding the dataset when the page was prerendered. */
export function App({ queryClient: givenClient, router: givenRouter }: { queryClient?: QueryClient; router?: DataRouter } = {}) {
  const [queryClient] = useState(() => givenClient ?? new QueryClient());
  const [router] = useState(() => givenRouter ?? createBrowserRouter(routes));
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
