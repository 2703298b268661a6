import { describe, expect, it } from 'vitest';
import { maxOf, minOf } from './extremes';

describe('maxOf and minOf', () => {
  it('agree with Math.max and Math.min', () => {
    const values = [3, -1, 7.5, 0, -12];
    expect(maxOf(values)).toBe(Math.max(...values));
    expect(minOf(values)).toBe(Math.min(...values));
  });
  it('give the empty value for no values, and skip NaN', () => {
    expect(maxOf([], 0)).toBe(0);
    expect(minOf([])).toBe(Infinity);
    expect(maxOf([Number.NaN, 2, Number.NaN])).toBe(2);
  });
  it('handle a million values without overflowing the stack', () => {
    const values = Array.from({ length: 1_000_000 }, (_, index) => index % 1000);
    expect(maxOf(values)).toBe(999);
    expect(minOf(values)).toBe(0);
  });
});
