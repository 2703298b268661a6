import { describe, expect, it } from 'vitest';
import comparisonJson from './fixtures/subgroup-comparison.json';
import { reviveNumbers } from './fixtures/read-fixture';
import type { PoolMethod } from './pool-methods';
import { subgroupComparison } from './subgroups';

// Reference values from R's metafor 3.8.1, written by scripts/r/make-regression-fixtures.R; each case names its R call.
interface ComparisonCase {
  dataset: string;
  method: PoolMethod;
  test: 'z' | 'knha';
  r: string;
  yi: number[];
  vi: number[];
  group: string[];
  expected: {
    pooled: string[];
    estimates: number[];
    separateQ: number;
    separateDf: number;
    separateP: number;
    moderatorQ: number;
    moderatorDf: number;
    moderatorDfDenominator: number;
    moderatorP: number;
    moderatorTau2: number;
  };
}
const { metafor, cases } = reviveNumbers(comparisonJson) as { metafor: string; cases: ComparisonCase[] };

function near(actual: number | undefined, expected: number, relative: number, floor = 1e-12): void {
  expect(actual).toBeDefined();
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(
    Math.max(floor, relative * Math.abs(expected)),
  );
}

describe(`subgroupComparison against metafor ${metafor}`, () => {
  for (const testCase of cases) {
    it(`${testCase.dataset}, ${testCase.method}, ${testCase.test}: ${testCase.r}`, () => {
      const result = subgroupComparison(
        testCase.yi.map((yi, index) => ({
          yi,
          vi: testCase.vi[index] ?? Number.NaN,
          group: testCase.group[index] ?? '',
        })),
        { method: testCase.method, test: testCase.test },
      );
      const { expected } = testCase;
      const relative = testCase.method === 'REML' || testCase.method === 'PM' ? 1e-7 : 1e-9;
      // Every group is listed; the ones metafor can pool alone are pooled, the others carry a plain reason.
      expect(result.groups.map((group) => group.name)).toEqual([...new Set(testCase.group)]);
      expect(result.groups.filter((group) => group.ok).map((group) => group.name)).toEqual(expected.pooled);
      for (const group of result.groups)
        if (!group.ok) expect(group.reason).toBe('it has one study, and the Knapp–Hartung test needs at least two');
      result.groups
        .flatMap((group) => (group.ok ? [group.result.estimate] : []))
        .forEach((estimate, index) => near(estimate, expected.estimates[index] ?? Number.NaN, relative));
      expect(result.separate.ok).toBe(true);
      if (result.separate.ok) {
        near(result.separate.value.q, expected.separateQ, relative);
        expect(result.separate.value.df).toBe(expected.separateDf);
        near(result.separate.value.pValue, expected.separateP, relative * 10);
      }
      expect(result.moderator.ok).toBe(true);
      if (result.moderator.ok) {
        near(result.moderator.value.q, expected.moderatorQ, relative);
        expect(result.moderator.value.df).toBe(expected.moderatorDf);
        if (testCase.test === 'knha')
          expect(result.moderator.value.dfDenominator).toBe(expected.moderatorDfDenominator);
        near(result.moderator.value.pValue, expected.moderatorP, relative * 10);
        near(result.moderator.tau2, expected.moderatorTau2, relative);
      }
    });
  }

  it('never fails whole: one group of one study under Knapp-Hartung leaves the rest pooled and compared', () => {
    const result = subgroupComparison(
      [
        { yi: 0.1, vi: 0.04, group: 'a' },
        { yi: 0.3, vi: 0.05, group: 'a' },
        { yi: 0.6, vi: 0.03, group: 'b' },
        { yi: 0.5, vi: 0.06, group: 'b' },
        { yi: 0.9, vi: 0.02, group: 'c' },
      ],
      { test: 'knha' },
    );
    expect(result.groups.map((group) => group.ok)).toEqual([true, true, false]);
    expect(result.separate.ok && result.separate.groupsCompared).toBe(2);
    expect(result.moderator.ok).toBe(true);
  });
});
