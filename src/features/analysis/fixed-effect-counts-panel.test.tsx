import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import csvText from '../../../tests/fixtures/bcg-moderators.csv?raw';
import { analyse, DEFAULT_SETTINGS, type AnalysisSettings } from '../../domain/study-data/analyse';
import { importStudies } from '../../domain/study-data/import-studies';
import { FixedEffectCountsContent } from './fixed-effect-counts-panel';
import { FIXED_EFFECT_COUNTS_HEADING, LazyFixedEffectCountsSection } from './lazy-analysis-panels';

const imported = importStudies({ text: csvText, options: { smd: 'hedges', ratio: 'RR' } });

function contentFor(change: Partial<AnalysisSettings> = {}, rows = imported.rows) {
  const settings = { ...DEFAULT_SETTINGS, ...change };
  return <FixedEffectCountsContent analysis={analyse(rows, settings)} settings={settings} />;
}

describe('the Mantel–Haenszel and Peto table', () => {
  it('names each method by its metafor call and says what fixed-effect methods assume', () => {
    render(contentFor());
    const table = screen.getByRole('table', { name: /Fixed-effect pooled results from the 2×2 tables/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Mantel–Haenszel odds ratio rma.mh(measure = "OR")',
      'Mantel–Haenszel risk ratio rma.mh(measure = "RR")',
      'Mantel–Haenszel risk difference rma.mh(measure = "RD")',
      'Peto odds ratio rma.peto()',
    ]);
    expect(screen.getByTestId('fixed-effect-mh-rr-estimate')).toHaveTextContent(/^risk ratio .*; on the log scale /);
    expect(screen.getByTestId('fixed-effect-mh-rd-estimate')).toHaveTextContent(
      /^−0\.\d{4} \(−0\.\d{4} to −0\.\d{4}\)$/,
    );
    expect(screen.getByText(/assume every study estimates the same true effect/)).toBeInTheDocument();
  });

  it('pools only the included studies: Q’s df follows what is left out', () => {
    const left = imported.rows.slice(0, 2).map((row) => row.line);
    render(contentFor({ excluded: left }));
    expect(screen.getByTestId('fixed-effect-peto-or-q')).toHaveTextContent(
      new RegExp(`on ${imported.rows.length - 3} df`),
    );
  });

  it('says in a sentence why there is no table for rows without counts', () => {
    render(contentFor({}, [{ line: 2, study: 'A', yi: 0.1, vi: 0.2 }]));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByTestId('fixed-effect-counts-message')).toHaveTextContent(/need the counts in each arm/);
  });

  it('shows its heading at once and the table once its code has loaded', async () => {
    const settings = DEFAULT_SETTINGS;
    render(<LazyFixedEffectCountsSection analysis={analyse(imported.rows, settings)} settings={settings} />);
    expect(screen.getByRole('heading', { level: 2, name: FIXED_EFFECT_COUNTS_HEADING })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: /Fixed-effect pooled results/ })).toBeInTheDocument();
  });
});
