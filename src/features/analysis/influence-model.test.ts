import { describe, expect, it } from 'vitest';
import csvText from '../../../tests/fixtures/bcg-moderators.csv?raw';
import eggerRmaJson from '../../domain/stats/fixtures/egger-rma.json';
import influenceJson from '../../domain/stats/fixtures/influence.json';
import type { PoolMethod } from '../../domain/stats/pool-methods';
import { analyse, DEFAULT_SETTINGS, type AnalysisSettings } from '../../domain/study-data/analyse';
import { importStudies } from '../../domain/study-data/import-studies';
import { eggerFormsShown, eggerRmaFor, influenceFor } from './influence-model';

// dat.bcg as the page imports it (log risk ratios from the counts), against metafor 3.8.1's fixtures.
const imported = importStudies({ text: csvText, options: { smd: 'hedges', ratio: 'RR' } });
const settingsFor = (change: Partial<AnalysisSettings>): AnalysisSettings => ({ ...DEFAULT_SETTINGS, ...change });

function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));
}

describe('influence diagnostics for the pooled studies', () => {
  for (const fixture of influenceJson) {
    it(`match ${fixture.r} for the imported file`, () => {
      const settings = settingsFor({ method: fixture.method as PoolMethod });
      const influence = influenceFor(analyse(imported.rows, settings), settings);
      if (!influence.ok) throw new Error(influence.message);
      expect(influence.value).toHaveLength(fixture.yi.length);
      influence.value.forEach((row, index) => {
        close(row.rstudent, fixture.rstudent[index] ?? Number.NaN);
        close(row.cookD, fixture.cookD[index] ?? Number.NaN);
        close(row.hat, fixture.hat[index] ?? Number.NaN);
        expect(row.influential).toBe(fixture.inf[index]);
      });
      expect(influence.value[0]?.study).toBe(imported.rows[0]?.study);
    });
  }

  it('leaves out excluded studies, and says plainly why none are shown with fewer than 3', () => {
    const lines = imported.rows.map((row) => row.line);
    const settings = settingsFor({ excluded: lines.slice(1) });
    const one = influenceFor(analyse(imported.rows, settings), settings);
    expect(!one.ok && one.message).toMatch(/^Influence diagnostics need at least 3 studies/);
    const twoSettings = settingsFor({ excluded: lines.slice(2) });
    const two = influenceFor(analyse(imported.rows, twoSettings), twoSettings);
    expect(!two.ok && two.message).toMatch(/with two studies there are too few others/);
    const threeSettings = settingsFor({ excluded: lines.slice(3) });
    const three = influenceFor(analyse(imported.rows, threeSettings), threeSettings);
    expect(three.ok && three.value.map((row) => row.line)).toEqual(lines.slice(0, 3));
  });

  it('says to choose the z test under Knapp–Hartung, where metafor’s figures differ', () => {
    const settings = settingsFor({ test: 'knha' });
    const analysis = analyse(imported.rows, settings);
    for (const step of [influenceFor(analysis, settings), eggerRmaFor(analysis, settings)]) {
      expect(step.ok).toBe(false);
      expect(!step.ok && step.message).toMatch(/Choose “z \(normal\)” under Test and interval/);
    }
  });
});

describe('metafor’s default Egger test for the pooled studies', () => {
  for (const fixture of eggerRmaJson) {
    it(`matches ${fixture.r} for the imported file`, () => {
      const settings = settingsFor({ method: fixture.method as PoolMethod });
      const outcome = eggerRmaFor(analyse(imported.rows, settings), settings);
      if (!outcome.ok) throw new Error(outcome.message);
      close(outcome.value.statistic, fixture.z);
      close(outcome.value.pValue, fixture.p);
      close(outcome.value.limit, fixture.limit);
    });
  }

  it('shows both forms until one is chosen', () => {
    expect(eggerFormsShown(DEFAULT_SETTINGS)).toEqual({ lm: true, rma: true });
    expect(eggerFormsShown(settingsFor({ eggerForm: 'lm' }))).toEqual({ lm: true, rma: false });
    expect(eggerFormsShown(settingsFor({ eggerForm: 'rma' }))).toEqual({ lm: false, rma: true });
  });
});
