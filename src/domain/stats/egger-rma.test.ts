import { describe, expect, it } from 'vitest';
import eggerRmaJson from './fixtures/egger-rma.json';
import { eggerTestRma } from './egger-rma';
import type { PoolMethod } from './pool-methods';

function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-6 * Math.abs(expected));
}

describe('eggerTestRma against metafor 3.8.1 regtest(model = "rma")', () => {
  for (const fixture of eggerRmaJson) {
    it(fixture.r, () => {
      const studies = fixture.yi.map((yi, index) => ({ yi, vi: fixture.vi[index] ?? Number.NaN }));
      const outcome = eggerTestRma(studies, { method: fixture.method as PoolMethod });
      if (!outcome.ok) throw new Error('expected a result');
      close(outcome.result.statistic, fixture.z);
      close(outcome.result.pValue, fixture.p);
      close(outcome.result.limit, fixture.limit);
    });
  }
});
