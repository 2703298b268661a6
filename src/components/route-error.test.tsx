import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { EvidenceUnavailableError } from '../data/evidence-query';
import { EvidenceDatasetError } from '../domain/evidence/dataset-error';
import { PageLoadError } from './page-load-error';
import { RouteErrorBoundary } from './route-error';

function Broken({ error }: { error: Error }): never {
  throw error;
}

function renderError(error: Error) {
  // React logs errors caught by a boundary; that noise is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <MemoryRouter>
      <RouteErrorBoundary resetKey="/">
        <Broken error={error} />
      </RouteErrorBoundary>
    </MemoryRouter>,
  );
}

describe('RouteError', () => {
  it('lists each dataset problem by row and field', () => {
    renderError(
      new EvidenceDatasetError(['outcomes row 4 (id "infant-attachment"), field result.ci95.lower: expected number']),
    );
    expect(screen.getByRole('heading', { name: 'The evidence dataset has a problem' })).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'outcomes row 4 (id "infant-attachment"), field result.ci95.lower',
    );
  });

  it('shows a plain message for an unexpected error, with the browser’s words folded away', () => {
    renderError(new TypeError("Cannot read properties of undefined (reading 'ci95')"));
    const alert = screen.getByRole('alert');
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    // The raw message is only inside the closed "Technical details" fold.
    const details = alert.querySelector('details');
    expect(details).not.toBeNull();
    expect(details).not.toHaveAttribute('open');
    expect(details).toHaveTextContent('Cannot read properties');
    expect(screen.getByText(/fault in the site/)).toBeVisible();
  });

  it('says the evidence could not be downloaded, in plain words, with a retry', () => {
    renderError(
      new EvidenceUnavailableError('The evidence file could not be downloaded: the server answered 500.', {
        detail: '500 for /data/evidence.json',
      }),
    );
    expect(screen.getByRole('heading', { name: 'The evidence could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('the server answered 500');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('says a page’s code could not be downloaded, with a retry, when a lazy page fails', () => {
    renderError(
      new PageLoadError(new TypeError('Failed to fetch dynamically imported module: /assets/about-page-x.js')),
    );
    expect(screen.getByRole('heading', { name: 'This page could not be loaded' })).toBeInTheDocument();
    expect(screen.getByText(/You may be offline/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
