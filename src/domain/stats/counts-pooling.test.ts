import { describe, expect, it } from 'vitest';
import countsPoolingJson from './fixtures/counts-pooling.json';
import { closeTo, relativelyCloseTo, reviveNumbers } from './fixtures/read-fixture';
import { countsLeaveOneOut, countsWeights, petoEffects, poolCounts, type CountsPooling } from './counts-pooling';
import type { CountsInput } from './effect-sizes';
import { subgroupComparison } from './subgroups';

interface Summary {
  estimate: number;
  se: number;
  ciLower: number;
  ciUpper: number;
  z: number;
  p: number;
  q: number;
  qP: number;
  i2: number;
  h2: number;
  k: number;
}
interface FixtureCase {
  dataset: string;
  method: 'MH' | 'PETO';
  measure: 'OR' | 'RR' | 'RD';
  r: string;
  input: { ai: number[]; bi: number[]; ci: number[]; di: number[] };
  expected: Summary;
  weights: number[];
  leaveOneOut: { estimate: number[]; se: number[]; ciLower: number[]; ciUpper: number[]; q: number[]; i2: number[] };
  studies?: { yi: number[]; vi: number[] };
  groups?: string[];
  subgroups?: { groups: (Summary & { name: string })[]; q: number; df: number; p: number };
}

// Every field is numeric but the names, so reviving R's "NA" strings is safe on the whole file.
const fixture = reviveNumbers(countsPoolingJson) as { metafor: string; cases: FixtureCase[] };
const TOLERANCE = 1e-9;

const tablesOf = (input: FixtureCase['input']): CountsInput[] =>
  input.ai.map((ai, index) => ({
    ai,
    bi: input.bi[index] ?? Number.NaN,
    ci: input.ci[index] ?? Number.NaN,
    di: input.di[index] ?? Number.NaN,
  }));
const poolingOf = (entry: FixtureCase): CountsPooling =>
  entry.method === 'PETO' ? { method: 'PETO' } : { method: 'MH', measure: entry.measure };

function expectClose(actual: number, expected: number, what: string) {
  expect(closeTo(actual, expected, TOLERANCE), `${what}: ${actual} against ${expected}`).toBe(true);
}

describe('Mantel–Haenszel and Peto as the main pooling, against metafor', () => {
  it('was made with metafor 3.8.1', () => expect(fixture.metafor).toBe('3.8.1'));

  for (const entry of fixture.cases) {
    describe(entry.r, () => {
      const tables = tablesOf(entry.input);
      const pooling = poolingOf(entry);

      it('gives rma’s pooled result, Q, I² and H²', () => {
        const result = poolCounts(tables, pooling);
        const expected = entry.expected;
        expectClose(result.estimate, expected.estimate, 'estimate');
        expectClose(result.se, expected.se, 'se');
        expectClose(result.ciLower, expected.ciLower, 'ci.lb');
        expectClose(result.ciUpper, expected.ciUpper, 'ci.ub');
        expectClose(result.statistic, expected.z, 'zval');
        expect(relativelyCloseTo(result.pValue, expected.p, 1e-7), `pval ${result.pValue}`).toBe(true);
        expectClose(result.q, expected.q, 'QE');
        expect(relativelyCloseTo(result.qP, expected.qP, 1e-7), `QEp ${result.qP}`).toBe(true);
        expectClose(result.i2, expected.i2, 'I2');
        expectClose(result.h2, expected.h2, 'H2');
        expect(result.k).toBe(expected.k);
        expect(result.tau2).toBe(0);
        expect([result.piLower, result.piUpper]).toEqual([result.ciLower, result.ciUpper]);
      });

      it('gives weights() in percent', () => {
        countsWeights(tables, pooling).forEach((weight, index) =>
          expectClose(weight, entry.weights[index] ?? Number.NaN, `weight ${index + 1}`),
        );
      });

      it('gives leave1out()', () => {
        countsLeaveOneOut(tables, pooling).forEach((result, index) => {
          expectClose(
            result.estimate,
            entry.leaveOneOut.estimate[index] ?? Number.NaN,
            `estimate without ${index + 1}`,
          );
          expectClose(result.se, entry.leaveOneOut.se[index] ?? Number.NaN, `se without ${index + 1}`);
          expectClose(result.ciLower, entry.leaveOneOut.ciLower[index] ?? Number.NaN, `ci.lb without ${index + 1}`);
          expectClose(result.ciUpper, entry.leaveOneOut.ciUpper[index] ?? Number.NaN, `ci.ub without ${index + 1}`);
          expectClose(result.q, entry.leaveOneOut.q[index] ?? Number.NaN, `Q without ${index + 1}`);
          expectClose(result.i2, entry.leaveOneOut.i2[index] ?? Number.NaN, `I2 without ${index + 1}`);
        });
      });

      const studies = entry.studies;
      if (studies)
        it('gives each study’s Peto odds ratio, none for a table without events in either arm', () => {
          petoEffects(tables).forEach((effect, index) => {
            const yi = studies.yi[index] ?? Number.NaN;
            if (Number.isNaN(yi)) expect(effect).toBeUndefined();
            else {
              expectClose(effect?.yi ?? Number.NaN, yi, `yi ${index + 1}`);
              expectClose(effect?.vi ?? Number.NaN, studies.vi[index] ?? Number.NaN, `vi ${index + 1}`);
            }
          });
        });

      const subgroups = entry.subgroups;
      const groups = entry.groups;
      if (subgroups && groups)
        it('pools each subgroup on its own and tests the group estimates with a fixed-effect Q', () => {
          const comparison = subgroupComparison(
            tables.map((table, index) => ({ yi: 0, vi: 1, group: groups[index] ?? '', table })),
            {},
            {
              poolGroup: (members) =>
                poolCounts(
                  members.map((member) => member.table),
                  pooling,
                ),
              noModeratorTest: 'not for counts',
            },
          );
          subgroups.groups.forEach((expected, index) => {
            const group = comparison.groups[index];
            expect(group?.name).toBe(expected.name);
            if (!group?.ok) throw new Error(`group ${expected.name} was not pooled`);
            expectClose(group.result.estimate, expected.estimate, `${expected.name} estimate`);
            expectClose(group.result.se, expected.se, `${expected.name} se`);
            expectClose(group.result.q, expected.q, `${expected.name} Q`);
          });
          if (!comparison.separate.ok) throw new Error('the groups were not compared');
          expectClose(comparison.separate.value.q, subgroups.q, 'Q between');
          expect(comparison.separate.value.df).toBe(subgroups.df);
          expect(relativelyCloseTo(comparison.separate.value.pValue, subgroups.p, 1e-7)).toBe(true);
          expect(comparison.moderator.ok).toBe(false);
        });
    });
  }

  it('refuses tables with no events at all, in its own words', () => {
    const none = [
      { ai: 0, bi: 10, ci: 0, di: 12 },
      { ai: 0, bi: 8, ci: 0, di: 9 },
    ];
    expect(() => poolCounts(none, { method: 'PETO' })).toThrow(expect.objectContaining({ kind: 'no-events' }));
    expect(() => poolCounts(none, { method: 'MH', measure: 'OR' })).toThrow(
      expect.objectContaining({ kind: 'no-events' }),
    );
  });
});
