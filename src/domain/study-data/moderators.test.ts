import { describe, expect, it } from 'vitest';
import csvText from '../../../tests/fixtures/bcg-moderators.csv?raw';
import metaforJson from '../../../tests/fixtures/bcg-meta-regression-metafor.json';
import { importStudies } from './import-studies';
import { fittedLine, moderatorColumns, moderatorFormula, regressOnModerators, suggestKind } from './moderators';

// metafor's answers for dat.bcg, written by scripts/r/make-meta-regression-page-fixture.R; each model names its R call.
interface MetaforModel {
  r: string;
  estimates: number[];
  se: number[];
  ciLower: number[];
  ciUpper: number[];
  pValues: number[];
  tau2: number;
  r2: number;
  qm: number;
  qmP: number;
  qe: number;
  qeP: number;
  k: number;
}
const metafor = metaforJson as unknown as Record<'ablatYear' | 'ablatYearKnha' | 'ablatAlloc', MetaforModel>;

const imported = importStudies({ text: csvText, options: { smd: 'hedges', ratio: 'RR' } });
const records = imported.records ?? [];

function near(actual: number, expected: number, relative = 1e-6): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.max(1e-9, relative * Math.abs(expected)));
}

function expectMetafor(
  regression: ReturnType<typeof regressOnModerators>,
  expected: MetaforModel,
): asserts regression is Extract<typeof regression, { ok: true }> {
  if (!regression.ok) throw new Error(regression.message);
  const { result } = regression.value;
  expect(result.k).toBe(expected.k);
  result.coefficients.forEach((coefficient, index) => {
    near(coefficient.estimate, expected.estimates[index] ?? Number.NaN);
    near(coefficient.se, expected.se[index] ?? Number.NaN);
    near(coefficient.ciLower, expected.ciLower[index] ?? Number.NaN);
    near(coefficient.ciUpper, expected.ciUpper[index] ?? Number.NaN);
    near(coefficient.pValue, expected.pValues[index] ?? Number.NaN, 1e-5);
  });
  near(result.tau2, expected.tau2);
  near(result.r2 ?? Number.NaN, expected.r2, 1e-5);
  near(result.qm, expected.qm);
  near(result.qmP, expected.qmP, 1e-5);
  near(result.qe, expected.qe);
  near(result.qeP, expected.qeP, 1e-5);
}

describe('meta-regression on the file’s own columns, against metafor', () => {
  it('offers every column but the effect’s and the study label, and suggests a kind from the cells', () => {
    expect(imported.layout).toBe('counts');
    const columns = moderatorColumns(imported.headers, imported.mapping, imported.layout);
    expect(columns).toEqual(['year', 'ablat', 'alloc']);
    expect(columns.map((column) => suggestKind(imported.headers, records, column))).toEqual([
      'continuous',
      'continuous',
      'categorical',
    ]);
  });

  it(metafor.ablatYear.r, () => {
    const choices = [
      { column: 'ablat', kind: 'continuous' as const },
      { column: 'year', kind: 'continuous' as const },
    ];
    const regression = regressOnModerators(imported.rows, imported.headers, records, choices, {
      method: 'REML',
      test: 'z',
    });
    expectMetafor(regression, metafor.ablatYear);
    expect(regression.value.terms.map((term) => term.name)).toEqual(['Intercept', 'ablat', 'year']);
    expect(moderatorFormula(choices)).toBe('~ ablat + year');
    const total = regression.value.studies.reduce((sum, study) => sum + study.weight, 0);
    near(total, 100, 1e-12);
  });

  it(metafor.ablatYearKnha.r, () => {
    const regression = regressOnModerators(
      imported.rows,
      imported.headers,
      records,
      [
        { column: 'ablat', kind: 'continuous' },
        { column: 'year', kind: 'continuous' },
      ],
      { method: 'REML', test: 'knha' },
    );
    expectMetafor(regression, metafor.ablatYearKnha);
    expect(regression.value.result.qmDfDenominator).toBe(10);
  });

  it(metafor.ablatAlloc.r, () => {
    const choices = [
      { column: 'ablat', kind: 'continuous' as const },
      { column: 'alloc', kind: 'categorical' as const },
    ];
    const regression = regressOnModerators(imported.rows, imported.headers, records, choices, {
      method: 'REML',
      test: 'z',
    });
    expectMetafor(regression, metafor.ablatAlloc);
    expect(regression.value.references).toEqual([{ column: 'alloc', level: 'random' }]);
    expect(regression.value.terms.map((term) => term.name)).toEqual([
      'Intercept',
      'ablat',
      'alloc: alternate',
      'alloc: systematic',
    ]);
    expect(moderatorFormula(choices)).toBe('~ ablat + factor(alloc, levels = unique(alloc))');
  });

  it('leaves out a study with a missing or non-numeric moderator, and says which', () => {
    const lines = csvText.trimEnd().split('\n');
    lines[2] = (lines[2] ?? '').replace(',55,', ',,');
    lines[3] = (lines[3] ?? '').replace(',42,', ',about 42,');
    const edited = importStudies({ text: lines.join('\n'), options: { smd: 'hedges', ratio: 'RR' } });
    const regression = regressOnModerators(
      edited.rows,
      edited.headers,
      edited.records ?? [],
      [{ column: 'ablat', kind: 'continuous' }],
      { method: 'REML', test: 'z' },
    );
    if (!regression.ok) throw new Error(regression.message);
    expect(regression.value.result.k).toBe(11);
    expect(regression.value.leftOut.map((study) => [study.row.line, study.column, study.notANumber])).toEqual([
      [3, 'ablat', undefined],
      [4, 'ablat', 'about 42'],
    ]);
  });

  it('explains a model it cannot fit in plain words, not the engine’s', () => {
    const same = regressOnModerators(
      imported.rows,
      imported.headers,
      records,
      [
        { column: 'ablat', kind: 'continuous' },
        { column: 'ablat', kind: 'continuous' },
      ],
      { method: 'REML', test: 'z' },
    );
    expect(!same.ok && same.message).toMatch(/^The moderators overlap/);
    const few = regressOnModerators(
      imported.rows.slice(0, 3),
      imported.headers,
      records,
      [{ column: 'alloc', kind: 'categorical' }],
      { method: 'REML', test: 'z' },
    );
    expect(!few.ok && few.message).toMatch(/^“alloc” has the same value in every study/);
    const none = regressOnModerators(
      imported.rows.slice(0, 2),
      imported.headers,
      records,
      [{ column: 'ablat', kind: 'continuous' }],
      { method: 'REML', test: 'z' },
    );
    expect(!none.ok && none.message).toMatch(/needs at least 3 studies/);
  });

  it('draws the fitted line through the coefficients, its band from their covariance', () => {
    const regression = regressOnModerators(
      imported.rows,
      imported.headers,
      records,
      [{ column: 'ablat', kind: 'continuous' }],
      { method: 'REML', test: 'z' },
    );
    if (!regression.ok) throw new Error(regression.message);
    const line = fittedLine(regression.value, 'ablat', 5);
    const [intercept, slope] = regression.value.result.coefficients;
    expect(line).toHaveLength(5);
    expect(line[0]?.value).toBe(13);
    expect(line[4]?.value).toBe(55);
    for (const point of line) {
      near(point.fit, (intercept?.estimate ?? 0) + (slope?.estimate ?? 0) * point.value, 1e-12);
      expect(point.lower).toBeLessThan(point.fit);
      expect(point.upper - point.fit).toBeCloseTo(point.fit - point.lower, 12);
    }
  });
});
