import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UpdateBanner } from './update-banner';
import { announceUpdate } from './update-notice';

describe('UpdateBanner', () => {
  it('names the new version and what changed when a newer dataset arrives', () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <UpdateBanner />
      </QueryClientProvider>,
    );
    act(() =>
      announceUpdate({
        kind: 'dataset',
        datasetDate: '2027-01-02',
        datasetVersion: '9.0.0',
        whatChanged: 'Adds two trials.',
      }),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'A newer version of the evidence has been published (version 9.0.0), dated 2 January 2027. What changed: Adds two trials.',
    );
    expect(screen.getByRole('button', { name: 'Reload to see it' })).toBeInTheDocument();
    act(() => announceUpdate(null));
  });
});
