import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { publishedDataset, renderWithEvidence } from '../../../tests/render-with-evidence';
import { ComparePage } from './compare-page';
import { SummaryPage } from './summary-page';

const routes = [
  { path: '/compare', element: <ComparePage /> },
  { path: '/summary', element: <SummaryPage /> },
];

describe('ComparePage', () => {
  it('shows the programmes in URL order, each fact with a source link, and marks rows that differ in words', async () => {
    renderWithEvidence(routes, '/compare?programme=gabi&programme=minding-the-baby');
    const table = await screen.findByRole('table', { name: /^Programmes compared/ });
    const headings = within(table)
      .getAllByRole('columnheader')
      .map((heading) => heading.textContent);
    expect(headings.slice(1)).toEqual(
      ['gabi', 'minding-the-baby'].map(
        (id) => publishedDataset.programmes.find((programme) => programme.id === id)?.name,
      ),
    );
    const ukRow = within(table)
      .getByRole('rowheader', { name: /Delivered in the UK/ })
      .closest('tr');
    expect(ukRow).toHaveTextContent('Differs');
    expect(ukRow).toHaveTextContent(/Not in our sources/);
    expect(within(table).getAllByRole('link', { name: /^Source for / }).length).toBeGreaterThan(10);
    // Role queries over the whole table are slow in jsdom on a shared 2-core machine (about 4–6 s).
  }, 20_000);

  it('puts one line per programme for dose, who delivers it and UK delivery above the full table', async () => {
    renderWithEvidence(routes, '/compare?programme=gabi&programme=minding-the-baby');
    const glance = await screen.findByRole('table', { name: /^At a glance/ });
    const rows = within(glance)
      .getAllByRole('rowheader')
      .map((header) => header.textContent);
    expect(rows).toEqual(['Dose', 'Who delivers it', 'Delivered in the UK']);
    expect(within(glance).queryByText('[source]')).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy as a short table' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Portrait (tall)' })).not.toBeChecked();
  });

  it('offers a choice when fewer than two are chosen, and lists what it ignored', async () => {
    renderWithEvidence(routes, '/compare?programme=gabi&programme=nope');
    expect(await screen.findByRole('button', { name: 'Compare the programmes I ticked' })).toBeInTheDocument();
    expect(screen.getByText(/programme=nope \(no such programme\)/)).toBeInTheDocument();
  });

  it('compares types without ranking them', async () => {
    renderWithEvidence(routes, '/compare?type=mentalization&type=attachment');
    expect(await screen.findByText('Our sources give no pooled result for each type.')).toBeInTheDocument();
    const pooled = screen.getByRole('rowheader', { name: /Pooled result for this type/ }).closest('tr');
    expect(pooled).toHaveTextContent('Same');
  });
});

describe('SummaryPage', () => {
  it('has one row per outcome with certainty footnotes', async () => {
    renderWithEvidence(routes, '/summary');
    const table = await screen.findByRole('table', { name: /Summary of findings/ });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(publishedDataset.outcomes.length);
    expect(screen.getByRole('heading', { name: 'Footnotes' })).toBeInTheDocument();
  });
});
