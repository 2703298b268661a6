import { describe, expect, it } from 'vitest';
import { eggerTest, leaveOneOut, pool, standardizedMeanDifference, subgroupAnalysis } from './index';

describe('bad input throws an Error naming the function, the study and the problem', () => {
  it('refuses no studies', () => {
    expect(() => pool([])).toThrow('pool: no studies were given; at least one is needed');
  });

  it('names the study by index and label when yi is not finite', () => {
    expect(() => pool([{ yi: 0.1, vi: 0.1 }, { yi: Number.NaN, vi: 0.2, label: 'Smith 2001' }])).toThrow(
      'pool: study at index 1 ("Smith 2001") has yi = NaN; the effect size must be a finite number',
    );
  });

  it.each([0, -1, Number.POSITIVE_INFINITY])('refuses vi = %s', (vi) => {
    expect(() => leaveOneOut([{ yi: 0.1, vi: 0.1 }, { yi: 0.2, vi }, { yi: 0.3, vi: 0.1 }])).toThrow(/^leaveOneOut: study at index 1 has vi = .*positive finite number$/);
  });

  it('refuses an SMD with n < 2 or sd ≤ 0', () => {
    expect(() => standardizedMeanDifference({ m1: 1, sd1: 1, n1: 1, m2: 0, sd2: 1, n2: 5 })).toThrow(/^standardizedMeanDifference: each group needs n ≥ 2/);
    expect(() => standardizedMeanDifference({ m1: 1, sd1: 0, n1: 5, m2: 0, sd2: 1, n2: 5 })).toThrow(/^standardizedMeanDifference: standard deviations must be above 0/);
  });

  it('names the study with no group', () => {
    expect(() => subgroupAnalysis([{ yi: 0.1, vi: 0.1, group: 'a' }, { yi: 0.2, vi: 0.1, label: 'B' }])).toThrow('subgroupAnalysis: study at index 1 ("B") has no group');
  });

  it('refuses too few studies for the asked test', () => {
    expect(() => pool([{ yi: 0.1, vi: 0.1 }], { test: 'knha' })).toThrow('pool: the Knapp-Hartung test needs at least 2 studies; got 1');
    expect(() => eggerTest([{ yi: 0.1, vi: 0.1 }, { yi: 0.2, vi: 0.2 }])).toThrow('eggerTest: needs at least 3 studies; got 2');
    expect(() => leaveOneOut([{ yi: 0.1, vi: 0.1 }])).toThrow('leaveOneOut: needs at least 2 studies; got 1');
    expect(() => subgroupAnalysis([{ yi: 0.1, vi: 0.1, group: 'a' }, { yi: 0.2, vi: 0.1, group: 'a' }, { yi: 0.3, vi: 0.1, group: 'b' }], { test: 'knha' })).toThrow(
      'subgroupAnalysis: group "b": pool: the Knapp-Hartung test needs at least 2 studies; got 1',
    );
  });

  it('refuses an unknown method or a level outside (0, 1)', () => {
    // @ts-expect-error: checking the run-time guard for callers without types
    expect(() => pool([{ yi: 0.1, vi: 0.1 }], { method: 'HS' })).toThrow(/^pool: method must be one of FE, DL, REML, PM/);
    expect(() => pool([{ yi: 0.1, vi: 0.1 }], { level: 95 })).toThrow(/^pool: level must be between 0 and 1/);
  });

  it('refuses equal standard errors in Egger’s test', () => {
    expect(() => eggerTest([{ yi: 0.1, vi: 0.1 }, { yi: 0.2, vi: 0.1 }, { yi: 0.5, vi: 0.1 }])).toThrow(/same standard error/);
  });
});
