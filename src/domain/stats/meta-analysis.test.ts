import { describe, expect, it } from 'vitest';
import datasetsJson from './fixtures/datasets.json';
import eggerJson from './fixtures/egger.json';
import leaveOneOutJson from './fixtures/leave-one-out.json';
import poolJson from './fixtures/pool.json';
import smdJson from './fixtures/smd.json';
import subgroupsJson from './fixtures/subgroups.json';
import { closeTo, relativelyCloseTo, reviveNumbers } from './fixtures/read-fixture';
import {
  eggerTest,
  leaveOneOut,
  pool,
  standardizedMeanDifference,
  subgroupAnalysis,
  type PoolMethod,
  type PoolResult,
  type StudyEffect,
} from './index';

// Reference values from R's metafor 3.8, written by scripts/r/make-stats-fixtures.R; each case names its R call.
interface FixtureDataset {
  name: string;
  yi: number[];
  vi: number[];
  labels: string[];
  group: string[];
}
type ExpectedPool = PoolResult;
interface PoolCase {
  dataset: string;
  method: PoolMethod;
  test: 'z' | 'knha';
  level: number;
  r: string;
  expected: ExpectedPool;
}

const datasets = reviveNumbers(datasetsJson) as FixtureDataset[];
const poolCases = (reviveNumbers(poolJson) as { cases: PoolCase[] }).cases;
const looCases = (
  reviveNumbers(leaveOneOutJson) as { cases: (Omit<PoolCase, 'expected' | 'level'> & { expected: ExpectedPool[] })[] }
).cases;
const eggerCases = (
  reviveNumbers(eggerJson) as {
    cases: { dataset: string; r: string; expected: { statistic: number; df: number; pValue: number } }[];
  }
).cases;
const subgroupCases = (
  reviveNumbers(subgroupsJson) as {
    cases: (Omit<PoolCase, 'expected' | 'level'> & {
      expected: { groups: Record<string, ExpectedPool>; qBetween: number; dfBetween: number; pBetween: number };
    })[];
  }
).cases;
const smdCases = (
  reviveNumbers(smdJson) as {
    cases: { input: Parameters<typeof standardizedMeanDifference>[0]; expected: { yi: number; vi: number } }[];
  }
).cases;

function studiesOf(name: string): StudyEffect[] {
  const dataset = datasets.find((candidate) => candidate.name === name);
  if (!dataset) throw new Error(`no fixture dataset ${name}`);
  return dataset.yi.map((yi, index) => ({
    yi,
    vi: dataset.vi[index] ?? Number.NaN,
    label: dataset.labels[index],
    group: dataset.group[index],
  }));
}

/** Closed forms (FE, DL) to 1e-8; iterative estimators (REML, PM) to 1e-6, as the issue asks. */
const toleranceFor = (method: PoolMethod) => (method === 'FE' || method === 'DL' ? 1e-8 : 1e-6);

const P_VALUE_FIELDS = new Set(['pValue', 'qP']);

function expectMatches(actual: PoolResult, expected: ExpectedPool, tolerance: number, context: string) {
  const mismatches: string[] = [];
  for (const [field, value] of Object.entries(expected)) {
    if (field === 'weights') continue;
    const got = actual[field as keyof PoolResult] as number;
    if (!closeTo(got, value as number, tolerance)) mismatches.push(`${field}: got ${got}, metafor ${String(value)}`);
    // p-values can be tiny (the bcg Q-test p is 2.0e-26): an absolute tolerance would accept 0, so check relative error.
    if (P_VALUE_FIELDS.has(field) && !relativelyCloseTo(got, value as number, tolerance))
      mismatches.push(`${field} (relative): got ${got}, metafor ${String(value)}`);
  }
  const expectedWeights = expected.weights;
  expectedWeights.forEach((weight, index) => {
    if (!closeTo(actual.weights[index] ?? Number.NaN, weight, tolerance))
      mismatches.push(`weights[${index}]: got ${actual.weights[index]}, metafor ${weight}`);
  });
  expect(mismatches, context).toEqual([]);
}

describe('pool matches metafor rma() and predict()', () => {
  it.each(
    poolCases.map(
      (testCase) =>
        [`${testCase.dataset} ${testCase.method} ${testCase.test} level ${testCase.level}`, testCase] as const,
    ),
  )('%s', (_, testCase) => {
    const result = pool(studiesOf(testCase.dataset), {
      method: testCase.method,
      test: testCase.test,
      level: testCase.level,
    });
    expectMatches(result, testCase.expected, toleranceFor(testCase.method), testCase.r);
  });
});

describe('leaveOneOut matches metafor leave1out()', () => {
  it.each(looCases.map((testCase) => [`${testCase.dataset} ${testCase.method} ${testCase.test}`, testCase] as const))(
    '%s',
    (_, testCase) => {
      const results = leaveOneOut(studiesOf(testCase.dataset), { method: testCase.method, test: testCase.test });
      expect(results).toHaveLength(testCase.expected.length);
      results.forEach((result, index) => {
        const expected = testCase.expected[index];
        if (expected)
          expectMatches(result, expected, toleranceFor(testCase.method), `${testCase.r}, omitting study ${index}`);
      });
    },
  );
});

describe('eggerTest matches metafor regtest(model = "lm")', () => {
  it.each(eggerCases.map((testCase) => [testCase.dataset, testCase] as const))('%s', (_, testCase) => {
    const result = eggerTest(studiesOf(testCase.dataset));
    expect(result.df).toBe(testCase.expected.df);
    expect(
      closeTo(result.statistic, testCase.expected.statistic, 1e-8),
      `statistic ${result.statistic} vs ${testCase.expected.statistic}`,
    ).toBe(true);
    expect(
      relativelyCloseTo(result.pValue, testCase.expected.pValue, 1e-8),
      `p ${result.pValue} vs ${testCase.expected.pValue}`,
    ).toBe(true);
  });
});

describe('subgroupAnalysis matches per-group rma() and an FE test between them', () => {
  it.each(
    subgroupCases.map((testCase) => [`${testCase.dataset} ${testCase.method} ${testCase.test}`, testCase] as const),
  )('%s', (_, testCase) => {
    const result = subgroupAnalysis(studiesOf(testCase.dataset), { method: testCase.method, test: testCase.test });
    const tolerance = toleranceFor(testCase.method);
    expect(Object.keys(result.groups)).toEqual(Object.keys(testCase.expected.groups));
    for (const [name, expected] of Object.entries(testCase.expected.groups)) {
      const actual = result.groups[name];
      if (!actual) throw new Error(`missing group ${name}`);
      expectMatches(actual, expected, tolerance, `${testCase.r}, group ${name}`);
    }
    expect(result.dfBetween).toBe(testCase.expected.dfBetween);
    expect(
      closeTo(result.qBetween, testCase.expected.qBetween, tolerance),
      `qBetween ${result.qBetween} vs ${testCase.expected.qBetween}`,
    ).toBe(true);
    expect(
      relativelyCloseTo(result.pBetween, testCase.expected.pBetween, tolerance),
      `pBetween ${result.pBetween} vs ${testCase.expected.pBetween}`,
    ).toBe(true);
  });
});

describe('standardizedMeanDifference matches metafor escalc(measure = "SMD")', () => {
  it.each(smdCases.map((testCase, index) => [index, testCase] as const))('row %s of dat.curtis1998', (_, testCase) => {
    const result = standardizedMeanDifference(testCase.input);
    expect(closeTo(result.yi, testCase.expected.yi, 1e-8), `yi ${result.yi} vs ${testCase.expected.yi}`).toBe(true);
    expect(closeTo(result.vi, testCase.expected.vi, 1e-8), `vi ${result.vi} vs ${testCase.expected.vi}`).toBe(true);
  });
});

describe('far-tail p-values', () => {
  it('gives the bcg Q-test p as R does (2.0e-26), not 0', () => {
    const bcg = poolCases.find(
      (testCase) =>
        testCase.dataset === 'bcg' && testCase.method === 'REML' && testCase.test === 'z' && testCase.level === 0.95,
    );
    if (!bcg) throw new Error('no bcg case');
    const result = pool(studiesOf('bcg'), { method: 'REML' });
    expect(bcg.expected.qP).toBeGreaterThan(1e-27);
    expect(bcg.expected.qP).toBeLessThan(1e-25);
    expect(Math.abs(result.qP - bcg.expected.qP) / bcg.expected.qP).toBeLessThan(1e-9);
  });
});

describe('Knapp-Hartung warnings, as metafor 3.8.1 gives them (issue 19)', () => {
  const vi = [0.01, 0.02, 0.04, 0.08];
  it('flags identical effects: se 0, as rma(yi = rep(0.3, 4), vi, test = "knha") gives, with a warning', () => {
    const result = pool(
      vi.map((variance) => ({ yi: 0.3, vi: variance })),
      { test: 'knha' },
    );
    expect(result.se).toBe(0);
    expect(result.ciLower).toBeCloseTo(0.3, 12);
    expect(result.ciUpper).toBeCloseTo(0.3, 12);
    expect(result.warnings).toEqual(['knha-no-spread']);
  });
  it('does not call effects of 0 that do not vary "too extreme"', () => {
    const result = pool(
      vi.map((variance) => ({ yi: 0, vi: variance })),
      { test: 'knha' },
    );
    expect(result.se).toBe(0);
    expect(result.warnings).toEqual(['knha-no-spread']);
  });
  it('warns, as metafor does, when the fixed-effect model is used with Knapp-Hartung', () => {
    const studies = [0.1, 0.5, 0.3, 0.2].map((yi, index) => ({ yi, vi: vi[index] ?? 0.1 }));
    expect(pool(studies, { method: 'FE', test: 'knha' }).warnings).toEqual(['knha-with-fe']);
    expect(pool(studies, { method: 'REML', test: 'knha' }).warnings).toBeUndefined();
    expect(pool(studies, { method: 'FE' }).warnings).toBeUndefined();
  });
});
