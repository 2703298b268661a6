import { render, screen } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { EvidenceDatasetError } from '../domain/dataset-error';
import { RouteError } from './route-error';

function Broken({ error }: { error: Error }): never {
  throw error;
}

function renderError(error: Error) {
  // React logs errors caught by a boundary; that noise is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const router = createMemoryRouter([{ path: '/', element: <Broken error={error} />, errorElement: <RouteError /> }]);
  render(<RouterProvider router={router} />);
}

describe('RouteError', () => {
  it('lists each dataset problem by row and field', () => {
    renderError(new EvidenceDatasetError(['outcomes row 4 (id "infant-attachment"), field result.ci95.lower: expected number']));
    expect(screen.getByRole('heading', { name: 'The evidence dataset has a problem' })).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('outcomes row 4 (id "infant-attachment"), field result.ci95.lower');
  });

  it('shows any other error’s message instead of a blank page', () => {
    renderError(new Error('The evidence dataset could not be downloaded: the server answered 500.'));
    expect(screen.getByRole('alert')).toHaveTextContent('the server answered 500');
  });
});
