import { describe, expect, it } from 'vitest';
import bcgCsv from '../../../tests/fixtures/bcg-moderators.csv?raw';
import { mantelHaenszel, petoOddsRatio } from '../stats/effect-measures';
import measuresJson from '../stats/fixtures/effect-measures.json';
import { reviveNumbers } from '../stats/fixtures/read-fixture';
import { DEFAULT_SETTINGS } from './analyse';
import { analyseFixedEffectCounts, NEEDS_COUNTS, type FixedEffectCountsMethod } from './fixed-effect-counts';
import { importStudies } from './import-studies';
import type { StudyRow } from './study-rows';

// metafor 3.8.1, scripts/r/make-measure-fixtures.R: rma.mh(ai, bi, ci, di, measure, data) and rma.peto(ai, bi, ci,
// di, data) on dat.bcg, dat.collins1985a and dat.zeros.
interface PooledCase {
  dataset: string;
  method: 'MH' | 'PETO';
  measure: 'OR' | 'RR' | 'RD';
  r: string;
  input: Record<'ai' | 'bi' | 'ci' | 'di', number[]>;
  expected: Record<'estimate' | 'se' | 'ciLower' | 'ciUpper' | 'z' | 'p' | 'q' | 'qDf' | 'qP' | 'k', number>;
}
const fixture = reviveNumbers(measuresJson) as { pooled: PooledCase[] };
const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-6 * Math.max(Math.abs(expected), 1e-300));
const methodOf = (testCase: PooledCase): FixedEffectCountsMethod =>
  testCase.method === 'PETO' ? 'peto-or' : (`mh-${testCase.measure.toLowerCase()}` as FixedEffectCountsMethod);

function rowsOf(input: PooledCase['input']): StudyRow[] {
  return input.ai.map((ai, index) => ({
    line: index + 2,
    study: `Study ${index + 1}`,
    yi: 0,
    vi: 1,
    counts: {
      ai,
      bi: input.bi[index] ?? Number.NaN,
      ci: input.ci[index] ?? Number.NaN,
      di: input.di[index] ?? Number.NaN,
    },
  }));
}

function entries(rows: readonly StudyRow[], excluded: number[] = []) {
  const outcome = analyseFixedEffectCounts(rows, { ...DEFAULT_SETTINGS, excluded });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.value;
}

describe('analyseFixedEffectCounts', () => {
  it('matches metafor’s rma.mh and rma.peto on dat.bcg read from its CSV (counts as ai, bi, ci, di)', () => {
    const rows = importStudies({ text: bcgCsv, options: { smd: 'hedges', ratio: 'RR' } }).rows;
    const bcg = fixture.pooled.filter((testCase) => testCase.dataset === 'bcg');
    expect(bcg.length).toBeGreaterThan(0);
    const found = entries(rows);
    for (const testCase of bcg) {
      const entry = found.find((candidate) => candidate.method === methodOf(testCase));
      expect(entry?.result.ok, testCase.r).toBe(true);
      if (!entry?.result.ok) continue;
      for (const key of Object.keys(testCase.expected) as (keyof PooledCase['expected'])[])
        close(entry.result.value[key], testCase.expected[key]);
    }
  });

  it('matches metafor on every pooled case in the fixtures', () => {
    for (const testCase of fixture.pooled) {
      const entry = entries(rowsOf(testCase.input)).find((candidate) => candidate.method === methodOf(testCase));
      expect(entry?.result.ok, testCase.r).toBe(true);
      if (!entry?.result.ok) continue;
      close(entry.result.value.estimate, testCase.expected.estimate);
      close(entry.result.value.se, testCase.expected.se);
      close(entry.result.value.q, testCase.expected.q);
    }
  });

  it('gives the same figures from events and arm sizes (ai, n1i, ci, n2i)', () => {
    const full = importStudies({ text: bcgCsv, options: { smd: 'hedges', ratio: 'OR' } }).rows;
    const lines = bcgCsv.trim().split('\n');
    const sizes = [
      'study,ai,n1i,ci,n2i',
      ...lines.slice(1).map((line) => {
        const cells = line.split(',');
        const [ai, bi, ci, di] = cells.slice(-4).map(Number) as [number, number, number, number];
        return `${cells[0] ?? ''},${ai},${ai + bi},${ci},${ci + di}`;
      }),
    ].join('\n');
    const fromSizes = importStudies({ text: sizes, options: { smd: 'hedges', ratio: 'OR' } });
    expect(fromSizes.layout).toBe('counts-n');
    expect(entries(fromSizes.rows)).toEqual(entries(full));
  });

  it('pools only the included studies, names each method by its metafor call, and orders them', () => {
    const rows = importStudies({ text: bcgCsv, options: { smd: 'hedges', ratio: 'RR' } }).rows;
    const left = rows[0]?.line ?? 0;
    const found = entries(rows, [left]);
    expect(found.map((entry) => entry.call)).toEqual([
      'rma.mh(measure = "OR")',
      'rma.mh(measure = "RR")',
      'rma.mh(measure = "RD")',
      'rma.peto()',
    ]);
    expect(found.map((entry) => entry.scale)).toEqual(['ratio', 'ratio', 'difference', 'ratio']);
    const tables = rows.slice(1).flatMap((row) => (row.counts ? [row.counts] : []));
    const mantelOdds = found[0]?.result;
    expect(mantelOdds?.ok && mantelOdds.value).toEqual(mantelHaenszel(tables, 'OR'));
    const peto = found[3]?.result;
    expect(peto?.ok && peto.value).toEqual(petoOddsRatio(tables));
    expect(peto?.ok && peto.value.k).toBe(rows.length - 1);
  });

  it('says plainly what to change, never in the engine’s words', () => {
    const plain = (message: string) => {
      expect(message).not.toMatch(/mantelHaenszel|petoOddsRatio|:\s*$/);
      expect(message).toMatch(/^[A-Z].*\.$/);
    };
    const noCounts = analyseFixedEffectCounts([{ line: 2, study: 'A', yi: 0.1, vi: 0.2 }], DEFAULT_SETTINGS);
    expect(noCounts).toEqual({ ok: false, message: NEEDS_COUNTS });
    const rows = rowsOf({ ai: [0, 0], bi: [10, 12], ci: [0, 0], di: [11, 9] });
    const none = analyseFixedEffectCounts(rows, { ...DEFAULT_SETTINGS, excluded: [2, 3] });
    expect(none.ok).toBe(false);
    if (!none.ok) plain(none.message);
    for (const entry of entries(rows)) {
      expect(entry.result.ok, entry.name).toBe(false);
      if (!entry.result.ok) {
        plain(entry.result.message);
        expect(entry.result.message).toContain(entry.name);
      }
    }
  });
});
