import { describe, expect, it } from 'vitest';
import { describeHeterogeneity, heterogeneityLevel } from './heterogeneity-words';

describe('heterogeneityLevel', () => {
  it.each([
    [0, 'low'],
    [29.9, 'low'],
    [30, 'moderate'],
    [49, 'moderate'],
    [50, 'substantial'],
    [74.9, 'substantial'],
    [75, 'considerable'],
    [100, 'considerable'],
  ] as const)('calls I² = %s%% %s', (i2, level) => {
    expect(heterogeneityLevel(i2)).toBe(level);
  });

  it('rejects a value that is not a percentage', () => {
    expect(() => heterogeneityLevel(120)).toThrow(/0 to 100/);
    expect(() => heterogeneityLevel(Number.NaN)).toThrow(/0 to 100/);
  });
});

describe('describeHeterogeneity', () => {
  it('warns that a pooled result over very different studies may not fit any one programme (I² = 82%)', () => {
    expect(describeHeterogeneity(82)).toMatch(/differed a great deal/);
  });

  it('says the studies mostly agreed when I² is low', () => {
    expect(describeHeterogeneity(10)).toBe('The studies mostly agreed with each other.');
  });
});
