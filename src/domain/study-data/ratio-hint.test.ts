import { describe, expect, it } from 'vitest';
import fixture from './fixtures/ratio-interval.json';
import { importStudies } from './import-studies';
import { intervalsLookLikeRatios } from './ratio-hint';

describe('a hint when an effect and CI look like ratios read as differences', () => {
  it('is given for printed risk ratios (dat.bcg) read as differences, and not once they are read as ratios', () => {
    expect(importStudies({ text: fixture.csv, options: { smd: 'hedges', ratio: 'RR' } }).looksLikeRatios).toBe(true);
    expect(
      importStudies({ text: fixture.csv, options: { smd: 'hedges', ratio: 'RR', ciScale: 'ratio' } }).looksLikeRatios,
    ).toBeUndefined();
  });

  it('is not given for differences: symmetric intervals, or any figure at 0 or below', () => {
    expect(
      intervalsLookLikeRatios([
        { yi: 0.5, lower: 0.2, upper: 0.8 },
        { yi: 0.3, lower: 0.1, upper: 0.5 },
      ]),
    ).toBe(false);
    expect(
      intervalsLookLikeRatios([
        { yi: 0.41, lower: 0.13, upper: 1.26 },
        { yi: 0.46, lower: -0.01, upper: 0.93 },
      ]),
    ).toBe(false);
    expect(
      importStudies({
        text: 'yi,ci_lower,ci_upper\n0.46,0.26,0.65\n0.2,0.05,0.35\n',
        options: { smd: 'hedges', ratio: 'RR' },
      }).looksLikeRatios,
    ).toBeUndefined();
  });

  it('needs at least two studies and four in five lopsided the ratio way', () => {
    expect(intervalsLookLikeRatios([{ yi: 0.41, lower: 0.13, upper: 1.26 }])).toBe(false);
    const ratios = [
      { yi: 0.41, lower: 0.13, upper: 1.26 },
      { yi: 0.2, lower: 0.09, upper: 0.49 },
      { yi: 2, lower: 1.2, upper: 3.3 },
    ];
    expect(intervalsLookLikeRatios(ratios)).toBe(true);
    expect(intervalsLookLikeRatios([...ratios, { yi: 0.5, lower: 0.2, upper: 0.8 }])).toBe(false);
  });
});
