import { describe, expect, it } from 'vitest';
import influenceJson from './fixtures/influence.json';
import { influenceCutoffs, influenceDiagnostics } from './influence-diagnostics';
import type { PoolMethod } from './pool-methods';

const fields = ['rstudent', 'dffits', 'cookD', 'covR', 'tau2Del', 'qeDel', 'hat', 'weight', 'dfbetas'] as const;

function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));
}

describe('influenceDiagnostics against metafor 3.8.1 influence()', () => {
  for (const fixture of influenceJson) {
    it(fixture.r, () => {
      const studies = fixture.yi.map((yi, index) => ({ yi, vi: fixture.vi[index] ?? Number.NaN }));
      const result = influenceDiagnostics(studies, { method: fixture.method as PoolMethod });
      if (!result.ok) throw new Error('expected a result');
      result.studies.forEach((study, index) => {
        for (const field of fields) close(study[field], fixture[field][index] ?? Number.NaN);
        expect(study.influential).toBe(fixture.inf[index]);
      });
    });
  }

  it('says when there are too few studies rather than throwing', () => {
    expect(
      influenceDiagnostics([
        { yi: 0, vi: 1 },
        { yi: 1, vi: 1 },
      ]),
    ).toEqual({ ok: false, reason: 'too-few-studies', k: 2 });
  });

  it('states cut-offs that give the same flags as metafor', () => {
    for (const fixture of influenceJson) {
      const cutoffs = influenceCutoffs(fixture.yi.length);
      fixture.yi.forEach((_, index) => {
        const flagged =
          Math.abs(fixture.dffits[index] ?? Number.NaN) > cutoffs.dffits ||
          (fixture.cookD[index] ?? Number.NaN) > cutoffs.cookD ||
          (fixture.hat[index] ?? Number.NaN) > cutoffs.hat ||
          Math.abs(fixture.dfbetas[index] ?? Number.NaN) > cutoffs.dfbetas;
        expect(flagged).toBe(fixture.inf[index]);
      });
    }
    // qchisq(0.5, 1) in R.
    close(influenceCutoffs(13).cookD, 0.454936423119573);
  });
});
