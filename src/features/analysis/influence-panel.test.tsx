import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import csvText from '../../../tests/fixtures/bcg-moderators.csv?raw';
import influenceJson from '../../domain/stats/fixtures/influence.json';
import { analyse, DEFAULT_SETTINGS, type AnalysisSettings } from '../../domain/study-data/analyse';
import { importStudies } from '../../domain/study-data/import-studies';
import { formatDiagnostic, InfluenceSection } from './influence-panel';

const imported = importStudies({ text: csvText, options: { smd: 'hedges', ratio: 'RR' } });

function renderSection(change: Partial<AnalysisSettings> = {}) {
  const settings = { ...DEFAULT_SETTINGS, ...change };
  render(<InfluenceSection analysis={analyse(imported.rows, settings)} settings={settings} />);
}

describe('InfluenceSection', () => {
  it('lists each study with metafor’s figures and marks influential ones in words, not colour only', () => {
    const fixture = influenceJson.find((entry) => entry.method === 'FE');
    if (!fixture) throw new Error('the fixture has no FE case');
    renderSection({ method: 'FE' });
    expect(screen.getByRole('heading', { level: 2, name: 'Influence diagnostics' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Influence of each study on the pooled result' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(fixture.yi.length);
    rows.forEach((row, index) => {
      const study = imported.rows[index]?.study ?? '';
      expect(within(row).getByRole('rowheader')).toHaveTextContent(study);
      const cells = within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
      expect(cells[0]).toBe(formatDiagnostic(fixture.rstudent[index] ?? Number.NaN));
      expect(cells[2]).toBe(formatDiagnostic(fixture.cookD[index] ?? Number.NaN));
      expect(cells[3]).toBe(formatDiagnostic(fixture.hat[index] ?? Number.NaN));
      expect(cells[6]).toBe(fixture.inf[index] ? '⚠ Yes: influential' : 'No');
    });
    const flagged = imported.rows.filter((_, index) => fixture.inf[index]).map((row) => row.study);
    expect(flagged.length).toBeGreaterThan(0);
    expect(screen.getByTestId('influence-summary')).toHaveTextContent(
      `${flagged.length} of ${fixture.yi.length} studies are flagged as influential (fixed effect model): ${flagged.join('; ')}.`,
    );
    // metafor's rule, with this analysis's cut-offs.
    expect(screen.getByTestId('influence-rule')).toHaveTextContent(
      `beyond ±${formatDiagnostic(3 / Math.sqrt(fixture.yi.length - 1))}`,
    );
    expect(screen.getByTestId('influence-rule')).toHaveTextContent(`above ${formatDiagnostic(3 / fixture.yi.length)}`);
  });

  it('says when no study is flagged', () => {
    renderSection();
    expect(screen.getByTestId('influence-summary')).toHaveTextContent(/^No study is flagged as influential \(REML/);
  });

  it('shows a plain sentence, and no table, with too few studies', () => {
    renderSection({ excluded: imported.rows.slice(2).map((row) => row.line) });
    expect(screen.getByTestId('influence-message')).toHaveTextContent(/need at least 3 studies/);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('never shows engine text under Knapp–Hartung', () => {
    renderSection({ test: 'knha' });
    expect(screen.getByTestId('influence-message')).toHaveTextContent(
      /^Influence diagnostics are shown for the z test only/,
    );
  });
});
