import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import csvText from '../../../tests/fixtures/bcg-moderators.csv?raw';
import eggerRmaJson from '../../domain/stats/fixtures/egger-rma.json';
import { formatEffect } from '../../domain/format';
import { analyse, DEFAULT_SETTINGS, type AnalysisSettings } from '../../domain/study-data/analyse';
import { importStudies } from '../../domain/study-data/import-studies';
import { EggerForms } from './egger-forms';
import { eggerLmMessage } from './egger-result';
import { formatP } from './format-statistics';

const imported = importStudies({ text: csvText, options: { smd: 'hedges', ratio: 'RR' } });

function renderForms(change: Partial<AnalysisSettings> = {}, onSettings = vi.fn()) {
  const settings = { ...DEFAULT_SETTINGS, ...change };
  render(
    <EggerForms
      analysis={analyse(imported.rows, settings)}
      settings={settings}
      scale="ratio"
      measureName="log risk ratio"
      onSettings={onSettings}
    />,
  );
  return onSettings;
}

describe('EggerForms', () => {
  it('names both forms by their model, with metafor’s default figures, until one is chosen', async () => {
    const fixture = eggerRmaJson.find((entry) => entry.method === 'REML');
    if (!fixture) throw new Error('the fixture has no REML case');
    const onSettings = renderForms();
    expect(screen.getByTestId('egger-result')).toHaveTextContent(
      /^Egger’s test as a weighted regression \(metafor’s regtest\(model = "lm"\)/,
    );
    expect(screen.getByTestId('egger-rma-result')).toHaveTextContent(
      `Egger’s test as a meta-regression on the standard error (metafor’s default, regtest(rma(yi, vi, method = "REML"))`,
    );
    expect(screen.getByTestId('egger-rma-result')).toHaveTextContent(
      `z = ${formatEffect(fixture.z)}, p = ${formatP(fixture.p)}. Its intercept, the effect expected in a study with a standard error of 0, is ${formatEffect(fixture.limit)} (log risk ratio), ${formatEffect(Math.exp(fixture.limit))} as a ratio.`,
    );
    const choice = screen.getByRole('group', { name: 'Which form of Egger’s test to show' });
    expect(within(choice).getByRole('radio', { name: 'Both forms' })).toBeChecked();
    await userEvent.setup().click(
      within(choice).getByRole('radio', {
        name: 'Meta-regression on the standard error (metafor’s default regtest)',
      }),
    );
    expect(onSettings).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, eggerForm: 'rma' });
  });

  it('shows only the chosen form', () => {
    renderForms({ eggerForm: 'lm' });
    expect(screen.getByTestId('egger-result')).toBeInTheDocument();
    expect(screen.queryByTestId('egger-rma-result')).not.toBeInTheDocument();
  });

  it('gives plain reasons, never the engine’s text', () => {
    renderForms({ excluded: imported.rows.slice(2).map((row) => row.line) });
    expect(screen.getByTestId('egger-result')).toHaveTextContent(
      'Egger’s test as a weighted regression: it needs at least 3 studies. Include more studies to see it.',
    );
    expect(screen.getByTestId('egger-rma-result')).toHaveTextContent(
      /needs at least 3 studies .*this analysis has 2\./,
    );
    expect(document.body).not.toHaveTextContent(/eggerTest|metaRegression/);
    expect(eggerLmMessage('unexpected')).toBe('it could not be worked out for these studies.');
    expect(eggerLmMessage('no-spread')).toMatch(/do not vary enough/);
  });
});
