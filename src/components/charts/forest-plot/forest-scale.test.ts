import { describe, expect, it } from 'vitest';
import { ForestScaleError, fractionAcross, linearScale, logScale } from './forest-scale';

describe('linearScale', () => {
  it('holds every value and zero, with round ticks', () => {
    const scale = linearScale([0.19, 0.95, 0.57], 0);
    expect(scale.domain[0]).toBeLessThanOrEqual(0);
    expect(scale.domain[1]).toBeGreaterThanOrEqual(0.95);
    expect(scale.ticks).toContain(0);
  });

  it('need not be symmetric: a result far on one side does not waste the other half', () => {
    const scale = linearScale([1.5, 3.1, 2.2], 0);
    expect(Math.abs(scale.domain[0])).toBeLessThan(scale.domain[1] / 2);
  });

  it('is symmetric about the null when asked (the review’s four results, up to 0.95)', () => {
    const scale = linearScale([0.06, 0.68, 0.13, 0.45, 0, 0.43, 0.19, 0.95], 0, { symmetric: true });
    expect(scale.domain[0]).toBe(-scale.domain[1]);
    expect(scale.domain[1]).toBeGreaterThanOrEqual(0.95);
  });

  it('gives a readable axis when there are no values', () => {
    const scale = linearScale([], 0, { symmetric: true });
    expect(scale.domain[0]).toBe(-scale.domain[1]);
    expect(scale.domain[1]).toBeGreaterThanOrEqual(0.5);
    expect(scale.ticks).toContain(0);
  });

  it('never makes unbounded ticks, however wide the values', () => {
    for (const upper of [1e3, 1e7, 1e11]) {
      const scale = linearScale([-1, upper], 0);
      expect(scale.ticks.length).toBeLessThanOrEqual(15);
      expect(scale.ticks.every(Number.isFinite)).toBe(true);
    }
  });

  it('refuses values no axis can hold with its own error, not a broken drawing', () => {
    expect(() => linearScale([0, 1e308], 0)).toThrow(ForestScaleError);
    expect(() => linearScale([0, Number.POSITIVE_INFINITY], 0)).toThrow(ForestScaleError);
    expect(() => linearScale([Number.NaN], 0)).toThrow(ForestScaleError);
  });
});

describe('logScale', () => {
  it('puts 1 inside the axis and uses round ratios as ticks', () => {
    const scale = logScale([0.3, 0.9, 0.52]);
    expect(scale.ticks).toContain(1);
    expect(scale.domain[0]).toBeLessThanOrEqual(0.3);
    expect(fractionAcross(1, scale)).toBeGreaterThan(0);
  });

  it('refuses a ratio of 0 or below', () => {
    expect(() => logScale([0, 2])).toThrow(ForestScaleError);
  });
});
