import { describe, expect, it } from 'vitest';
import { describeSizeRange, sizeWord } from './size-words';

describe('sizeWord', () => {
  it.each([
    [0, 'less than small'],
    [0.19, 'less than small'],
    [0.2, 'small'],
    [0.49, 'small'],
    [0.5, 'moderate'],
    [0.79, 'moderate'],
    [0.8, 'large'],
    [1.5, 'large'],
    [-0.5, 'moderate'],
  ] as const)('calls %s %s', (value, word) => {
    expect(sizeWord(value)).toBe(word);
  });
});

describe('describeSizeRange', () => {
  it('names both ends of an interval that is all benefit', () => {
    expect(describeSizeRange({ lower: 0.19, upper: 0.95 })).toBe('anything from less than small to large');
  });

  it('says no benefit at all is in range when the interval reaches zero', () => {
    expect(describeSizeRange({ lower: 0, upper: 0.43 })).toBe('anything from none at all to small');
  });

  it('uses one word when both ends share it', () => {
    expect(describeSizeRange({ lower: 0.21, upper: 0.45 })).toBe('small, across the whole range');
  });

  it('says the whole range favours the comparison when it does', () => {
    expect(describeSizeRange({ lower: -0.6, upper: -0.1 })).toMatch(/favours the comparison/);
  });
});
