import { describe, expect, it } from 'vitest';
import { analyse, DEFAULT_SETTINGS, displayValue, effectScale } from './analyse';
import fixture from './fixtures/ratio-interval.json';
import { importStudies } from './import-studies';

// An effect with its 95% CI given as ratios (odds or risk ratios as papers print them). The fixture is metafor's dat.bcg
// as printed risk ratios (2 decimals), pooled in R on the log scale (scripts/r/make-ratio-interval-fixture.R):
//   yi = log(rr), sei = (log(ci_upper) − log(ci_lower)) / (2 qnorm(0.975)); rma(yi, sei = sei, method = "REML" / "DL")
const ratios = { smd: 'hedges', ratio: 'RR', ciScale: 'ratio' } as const;
const relative = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('yi, ci_lower, ci_upper given as ratios', () => {
  const imported = importStudies({ text: fixture.csv, options: ratios });

  it('logs each ratio and takes the variance from the CI on the log scale, as escalc does', () => {
    expect(imported.layout).toBe('yi-ci');
    expect(imported.problems).toEqual([]);
    expect(imported.rows).toHaveLength(fixture.escalc.length);
    for (const [index, expected] of fixture.escalc.entries()) {
      expect(relative(imported.rows[index]?.yi ?? Number.NaN, expected.yi)).toBeLessThan(1e-12);
      expect(relative(imported.rows[index]?.vi ?? Number.NaN, expected.vi)).toBeLessThan(1e-9);
    }
  });

  it('pools as metafor’s rma() on the logs (REML and DL) and is shown back on the ratio scale', () => {
    expect(effectScale('yi-ci', ratios)).toBe('ratio');
    for (const method of ['REML', 'DL'] as const) {
      const pooled = analyse(imported.rows, { ...DEFAULT_SETTINGS, method }).pooled;
      if (!pooled.ok) throw new Error(pooled.message);
      const expected = fixture[method];
      expect(relative(pooled.value.estimate, expected.estimate)).toBeLessThan(1e-6);
      expect(relative(pooled.value.ciLower, expected.ciLower)).toBeLessThan(1e-6);
      expect(relative(pooled.value.ciUpper, expected.ciUpper)).toBeLessThan(1e-6);
      expect(relative(pooled.value.tau2, expected.tau2)).toBeLessThan(1e-5);
      expect(relative(pooled.value.i2, expected.i2)).toBeLessThan(1e-6);
      expect(relative(displayValue(pooled.value.estimate, 'ratio'), expected.ratio)).toBeLessThan(1e-6);
      expect(relative(displayValue(pooled.value.ciUpper, 'ratio'), expected.ratioUpper)).toBeLessThan(1e-6);
    }
  });

  it('lists every figure that is 0 or below by line and column, and still analyses the good rows', () => {
    const result = importStudies({
      text: 'study,yi,ci_lower,ci_upper\nA,0.5,0.2,1.2\nB,0.5,0,0.9\nC,-0.4,-0.9,0.1\nD,1.4,1.1,1.8\n',
      options: ratios,
    });
    expect(result.rows.map((row) => row.study)).toEqual(['A', 'D']);
    expect(result.problems.map((problem) => [problem.line, problem.column])).toEqual([
      [3, 'ci_lower'],
      [4, 'yi'],
      [4, 'ci_lower'],
    ]);
    expect(result.problems[0]?.reason).toMatch(/^must be above 0: .*ratios/);
    // Read as differences, the same rows are fine (B and C are ordinary differences).
    expect(
      importStudies({
        text: 'study,yi,ci_lower,ci_upper\nB,0.5,0,0.9\nC,-0.4,-0.9,0.1\n',
        options: { ...ratios, ciScale: 'difference' },
      }).problems,
    ).toEqual([]);
  });

  it('keeps the interval rules on the ratio scale', () => {
    const result = importStudies({ text: 'yi,ci_lower,ci_upper\n0.5,0.9,0.2\n2,0.5,1.5\n', options: ratios });
    expect(result.problems).toEqual([
      { line: 2, column: 'ci_upper', reason: 'the upper limit must be above the lower limit' },
      { line: 2, column: 'yi', reason: 'the effect must lie inside its interval' },
      { line: 3, column: 'yi', reason: 'the effect must lie inside its interval' },
    ]);
  });

  it('leaves every other layout and the default reading unchanged', () => {
    expect(effectScale('yi-ci')).toBe('difference');
    expect(effectScale('yi-vi', ratios)).toBe('difference');
    expect(effectScale('counts')).toBe('ratio');
    const row = importStudies({
      text: 'yi,ci_lower,ci_upper\n0.46,0.00,0.92\n',
      options: { smd: 'hedges', ratio: 'RR' },
    }).rows[0];
    expect(row?.yi).toBe(0.46);
  });
});
