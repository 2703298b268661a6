import { describe, expect, it } from 'vitest';
import bcgCsv from '../../../tests/fixtures/bcg-moderators.csv?raw';
import countsPoolingJson from '../stats/fixtures/counts-pooling.json';
import { closeTo, reviveNumbers } from '../stats/fixtures/read-fixture';
import type { CountsMeasure } from '../stats/effect-measures';
import {
  analyse,
  countsMeasureFor,
  DEFAULT_SETTINGS,
  poolingName,
  studyEffectsShown,
  type AnalysisSettings,
} from './analyse';
import { importStudies } from './import-studies';
import { methodsSentence } from './report-methods';
import { resultsCsv } from './results-export';
import { migrateWorkspace, newWorkspace } from './workspace';

interface FixtureCase {
  dataset: string;
  method: 'MH' | 'PETO';
  measure: CountsMeasure;
  expected: { estimate: number; se: number; q: number; i2: number; k: number };
  weights: number[];
  leaveOneOut: { estimate: number[] };
  studies?: { yi: number[] };
  subgroups?: { groups: { name: string; estimate: number }[]; q: number; df: number };
}
const fixture = reviveNumbers(countsPoolingJson) as { cases: FixtureCase[] };
const caseFor = (method: 'MH' | 'PETO', measure: CountsMeasure) => {
  const found = fixture.cases.find(
    (entry) => entry.dataset === 'bcg' && entry.method === method && entry.measure === measure,
  );
  if (!found) throw new Error(`no bcg fixture for ${method} ${measure}`);
  return found;
};
const close = (actual: number | undefined, expected: number | undefined) =>
  expect(closeTo(actual ?? Number.NaN, expected ?? Number.NaN, 1e-9), `${actual} against ${expected}`).toBe(true);

function bcg(measure: CountsMeasure) {
  const imported = importStudies({ text: bcgCsv, options: { smd: 'hedges', ratio: measure } });
  return { rows: imported.rows, measure: countsMeasureFor(imported.layout, { ratio: measure }) };
}

describe('analyse with Mantel–Haenszel or Peto as the pooling of 2×2 tables (dat.bcg, metafor 3.8.1)', () => {
  for (const [method, measure] of [
    ['MH', 'OR'],
    ['MH', 'RR'],
    ['MH', 'RD'],
    ['PETO', 'OR'],
  ] as const) {
    it(`pools, weighs, leaves out and splits as ${method === 'PETO' ? 'rma.peto()' : `rma.mh(measure = "${measure}")`}`, () => {
      const expected = caseFor(method, measure);
      const data = bcg(measure);
      const settings: AnalysisSettings = { ...DEFAULT_SETTINGS, method: 'FE', countsPooling: method };
      const analysis = analyse(data.rows, settings, data.measure);
      if (!analysis.pooled.ok) throw new Error(analysis.pooled.message);
      close(analysis.pooled.value.estimate, expected.expected.estimate);
      close(analysis.pooled.value.se, expected.expected.se);
      close(analysis.pooled.value.q, expected.expected.q);
      close(analysis.pooled.value.i2, expected.expected.i2);
      expect(analysis.pooled.value.k).toBe(expected.expected.k);
      analysis.studies.forEach((study, index) => close(study.weight, expected.weights[index]));
      if (!analysis.leaveOneOut.ok) throw new Error(analysis.leaveOneOut.message);
      analysis.leaveOneOut.value.forEach((entry, index) =>
        close(entry.result.estimate, expected.leaveOneOut.estimate[index]),
      );
      expect(analysis.heterogeneity).toBeNull();
      expect(poolingName(analysis, settings)).toBe(method === 'PETO' ? 'Peto' : 'Mantel–Haenszel');
      const shown = studyEffectsShown(analysis);
      analysis.studies.forEach((study, index) => {
        const effect = shown(study.row);
        if (method === 'PETO') close(effect?.yi, expected.studies?.yi[index]);
        else expect(effect?.yi).toBe(study.row.yi);
      });
    });
  }

  it('pools each subgroup by Mantel–Haenszel and compares them, with no moderator test', () => {
    const expected = caseFor('MH', 'OR');
    const data = bcg('OR');
    // The file's alloc column is not read as the group: name each row's group from it.
    const rows = data.rows.map((row, index) => ({ ...row, group: readAlloc(index) }));
    const analysis = analyse(
      rows,
      { ...DEFAULT_SETTINGS, method: 'FE', countsPooling: 'MH', subgroupBy: 'group' },
      data.measure,
    );
    if (!analysis.subgroups?.ok) throw new Error('no subgroups');
    expected.subgroups?.groups.forEach((group, index) => {
      const pooled = analysis.subgroups?.ok ? analysis.subgroups.value.groups[index] : undefined;
      expect(pooled?.name).toBe(group.name);
      close(pooled?.ok ? pooled.result.estimate : Number.NaN, group.estimate);
    });
    const separate = analysis.subgroups.value.separate;
    close(separate.ok ? separate.value.q : Number.NaN, expected.subgroups?.q);
    const moderator = analysis.subgroups.value.moderator;
    expect(moderator.ok ? '' : moderator.reason).toMatch(/not given with Mantel–Haenszel pooling/);
  });

  it('says why Peto cannot pool risk ratios, in plain words', () => {
    const data = bcg('RR');
    const analysis = analyse(data.rows, { ...DEFAULT_SETTINGS, method: 'FE', countsPooling: 'PETO' }, data.measure);
    expect(analysis.pooled.ok ? '' : analysis.pooled.message).toBe(
      'Peto’s method gives an odds ratio only. Choose “Odds ratio” under Ratio, or choose another Method.',
    );
    expect(analysis.countsPooling).toBeNull();
  });

  it('ignores the choice for a layout without counts, which does not offer it', () => {
    const data = bcg('OR');
    const analysis = analyse(data.rows, { ...DEFAULT_SETTINGS, method: 'FE', countsPooling: 'MH' }, undefined);
    expect(analysis.countsPooling).toBeNull();
    expect(analysis.pooled.ok).toBe(true);
    expect(poolingName(analysis, { method: 'FE' })).toBe('fixed effect');
  });

  it('names the method in the report sentence and the results file', () => {
    const data = bcg('OR');
    const settings: AnalysisSettings = { ...DEFAULT_SETTINGS, method: 'FE', countsPooling: 'MH' };
    const analysis = analyse(data.rows, settings, data.measure);
    const sentence = methodsSentence({
      settings,
      measureName: 'log odds ratio',
      scale: 'ratio',
      k: 13,
      profile: false,
      countsPooling: analysis.countsPooling?.pooling ?? null,
      version: 'test',
    });
    expect(sentence).toMatch(
      /^Fixed-effect meta-analysis of the 2×2 tables of 13 studies by the Mantel–Haenszel method/,
    );
    expect(sentence).toContain('rma.mh(measure = "OR")');
    expect(sentence).not.toContain('prediction interval');
    const csv = resultsCsv(analysis, settings, 'ratio', 'BCG');
    expect(csv).toContain('rma.mh(measure = ""OR""), z test');
  });

  it('keeps the choice in a saved workspace, always as a fixed effect with a z test', () => {
    const workspace = newWorkspace({
      id: 'bcg',
      name: 'BCG',
      now: new Date('2026-12-05T00:00:00Z'),
      source: { kind: 'paste' },
      csvText: bcgCsv,
      settings: { method: 'REML', test: 'knha', countsPooling: 'PETO' },
    });
    const reopened = migrateWorkspace(JSON.parse(JSON.stringify(workspace)));
    if (!reopened.ok) throw new Error(reopened.problems.join('; '));
    expect(reopened.workspace.settings).toMatchObject({ countsPooling: 'PETO', method: 'FE', test: 'z' });
  });
});

// dat.bcg's alloc column, in file order, read from the CSV itself.
function readAlloc(index: number): string {
  const lines = bcgCsv.trim().split('\n').slice(1);
  const cells = (lines[index] ?? '').split(',');
  return (cells[3] ?? '').replace(/"/g, '');
}
