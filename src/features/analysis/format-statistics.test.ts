import { describe, expect, it } from 'vitest';
import { formatI2, formatP, formatTau2 } from './format-statistics';

describe('formatP', () => {
  it('shows far-tail p-values instead of 0', () => {
    expect(formatP(1.996764590845868e-26)).toBe('2.0 × 10⁻²⁶');
    expect(formatP(0.0432)).toBe('0.043');
    expect(formatP(0.00007)).toBe('7.0 × 10⁻⁵');
    expect(formatTau2(0.3132433)).toBe('0.3132');
    expect(formatI2(92.22139)).toBe('92.2%');
  });
});

describe('formatP between 0.001 and 0.01 (issue 19)', () => {
  it('shows two significant digits, not one', () => {
    expect(formatP(0.0043)).toBe('0.0043');
    expect(formatP(0.001)).toBe('0.0010');
    expect(formatP(0.00999)).toBe('0.010');
    expect(formatP(0.01)).toBe('0.010');
    expect(formatP(0.0009999)).toBe('1.0 × 10⁻³');
  });
});
