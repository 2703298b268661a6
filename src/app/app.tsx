import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './routes';

/** The app. Start-up (main.tsx) passes a query client already holding the dataset when the page was prerendered. */
export function App({ queryClient: givenClient }: { queryClient?: QueryClient } = {}) {
  const [queryClient] = useState(() => givenClient ?? new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      {/* Declarative routing: the app has no loaders or actions, and the data router would add 18 KB gzip to every page. */}
      {/* Without transitions, a filter checkbox (its state is in the URL) shows its new state at once. */}
      <BrowserRouter useTransitions={false}>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
