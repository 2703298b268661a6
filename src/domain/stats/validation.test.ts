import { describe, expect, it } from 'vitest';
import { checkStudies, eggerTest, leaveOneOut, pool, standardizedMeanDifference, subgroupAnalysis } from './index';

describe('bad input throws an Error naming the function, the study and the problem', () => {
  it('refuses no studies', () => {
    expect(() => pool([])).toThrow('pool: no studies were given; at least one is needed');
  });

  it('names the study by index and label when yi is not finite', () => {
    expect(() =>
      pool([
        { yi: 0.1, vi: 0.1 },
        { yi: Number.NaN, vi: 0.2, label: 'Smith 2001' },
      ]),
    ).toThrow('pool: study at index 1 ("Smith 2001") has yi = NaN; the effect size must be a finite number');
  });

  it.each([0, -1, Number.POSITIVE_INFINITY])('refuses vi = %s', (vi) => {
    expect(() =>
      leaveOneOut([
        { yi: 0.1, vi: 0.1 },
        { yi: 0.2, vi },
        { yi: 0.3, vi: 0.1 },
      ]),
    ).toThrow(/^leaveOneOut: study at index 1 has vi = .*positive finite number$/);
  });

  it('refuses an SMD with n < 2 or sd ≤ 0', () => {
    expect(() => standardizedMeanDifference({ m1: 1, sd1: 1, n1: 1, m2: 0, sd2: 1, n2: 5 })).toThrow(
      /^standardizedMeanDifference: each group needs n ≥ 2/,
    );
    expect(() => standardizedMeanDifference({ m1: 1, sd1: 0, n1: 5, m2: 0, sd2: 1, n2: 5 })).toThrow(
      /^standardizedMeanDifference: standard deviations must be above 0/,
    );
  });

  it('names the study with no group', () => {
    expect(() =>
      subgroupAnalysis([
        { yi: 0.1, vi: 0.1, group: 'a' },
        { yi: 0.2, vi: 0.1, label: 'B' },
      ]),
    ).toThrow('subgroupAnalysis: study at index 1 ("B") has no group');
  });

  it('refuses too few studies for the asked test', () => {
    expect(() => pool([{ yi: 0.1, vi: 0.1 }], { test: 'knha' })).toThrow(
      'pool: the Knapp-Hartung test needs at least 2 studies; got 1',
    );
    expect(() =>
      eggerTest([
        { yi: 0.1, vi: 0.1 },
        { yi: 0.2, vi: 0.2 },
      ]),
    ).toThrow('eggerTest: needs at least 3 studies; got 2');
    expect(() => leaveOneOut([{ yi: 0.1, vi: 0.1 }])).toThrow('leaveOneOut: needs at least 2 studies; got 1');
    expect(() =>
      subgroupAnalysis(
        [
          { yi: 0.1, vi: 0.1, group: 'a' },
          { yi: 0.2, vi: 0.1, group: 'a' },
          { yi: 0.3, vi: 0.1, group: 'b' },
        ],
        { test: 'knha' },
      ),
    ).toThrow('subgroupAnalysis: group "b": pool: the Knapp-Hartung test needs at least 2 studies; got 1');
  });

  it('refuses an unknown method or a level outside (0, 1)', () => {
    // @ts-expect-error: checking the run-time guard for callers without types
    expect(() => pool([{ yi: 0.1, vi: 0.1 }], { method: 'HS' })).toThrow(
      /^pool: method must be one of REML, DL, PM, FE/,
    );
    expect(() => pool([{ yi: 0.1, vi: 0.1 }], { level: 95 })).toThrow(/^pool: level must be between 0 and 1/);
  });

  it('refuses equal standard errors in Egger’s test', () => {
    expect(() =>
      eggerTest([
        { yi: 0.1, vi: 0.1 },
        { yi: 0.2, vi: 0.1 },
        { yi: 0.5, vi: 0.1 },
      ]),
    ).toThrow(/same standard error/);
  });
});

describe('real data: every problem, any group name, no silent NaN or Infinity', () => {
  it('lists every study with a problem, not only the first', () => {
    const problems = checkStudies([
      { yi: Number.NaN, vi: 0.1, label: 'A' },
      { yi: 0.1, vi: 0.1 },
      { yi: 0.2, vi: -1, label: 'C' },
      { yi: Infinity, vi: 0 },
    ]);
    expect(problems.map((problem) => [problem.index, problem.field])).toEqual([
      [0, 'yi'],
      [2, 'vi'],
      [3, 'yi'],
      [3, 'vi'],
    ]);
    expect(() =>
      pool([
        { yi: Number.NaN, vi: 0.1 },
        { yi: 0.1, vi: -1 },
      ]),
    ).toThrow(/index 0 .*; .*index 1/);
  });

  it('keeps a group called __proto__ (and constructor)', () => {
    const result = subgroupAnalysis([
      { yi: 0.1, vi: 0.1, group: '__proto__' },
      { yi: 0.3, vi: 0.1, group: '__proto__' },
      { yi: 0.5, vi: 0.2, group: 'constructor' },
      { yi: 0.6, vi: 0.2, group: 'constructor' },
    ]);
    expect([...result.groupMap.keys()]).toEqual(['__proto__', 'constructor']);
    expect(Object.keys(result.groups)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(result.groups)).toBe(Object.prototype);
    expect(result.dfBetween).toBe(1);
    expect(result.groupMap.get('__proto__')?.k).toBe(2);
  });

  it.each([
    [
      'a variance of 5e-324',
      [
        { yi: 0.1, vi: 5e-324 },
        { yi: 0.2, vi: 0.1 },
      ],
    ],
    [
      'effects of ±1e308',
      [
        { yi: 1e308, vi: 0.1 },
        { yi: -1e308, vi: 0.1 },
      ],
    ],
    [
      'a variance of 1e300',
      [
        { yi: 0.1, vi: 1e300 },
        { yi: 0.2, vi: 0.1 },
      ],
    ],
    [
      'effects of ±1e140 with tiny variances',
      [
        { yi: 1e140, vi: 1e-140 },
        { yi: -1e140, vi: 1e-140 },
      ],
    ],
  ])('throws a clear error for %s', (_, studies) => {
    for (const method of ['FE', 'DL', 'REML', 'PM'] as const) {
      expect(() => pool(studies, { method })).toThrow(/^pool: .*(double precision|τ² could not be bracketed)/);
    }
  });
});
