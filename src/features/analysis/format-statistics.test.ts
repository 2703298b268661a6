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
