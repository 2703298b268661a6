import { describe, expect, it } from 'vitest';
import { formatI2, formatP, formatTau2, heterogeneityIntervalText } from './format-statistics';

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

describe('heterogeneityIntervalText', () => {
  const base = {
    tau2: 0.313243258136488,
    tau2Lower: 0.119718361141152,
    tau2Upper: 1.11147908406093,
    tauLower: 0.346003412036864,
    tauUpper: 1.05426708383641,
    i2: 92.2213845212691,
    i2Lower: 81.9205745585831,
    i2Upper: 97.6780749578874,
    h2: 12.8557582353094,
    h2Lower: 5.53114922396356,
    h2Upper: 43.0677124309817,
    lowerTruncated: false,
    upperTruncated: false,
    upperAtSearchLimit: false,
  };
  it('shows each interval at the page’s precision (metafor confint on dat.bcg, REML)', () => {
    expect(heterogeneityIntervalText(base)).toEqual({
      tau2: '0.1197 to 1.1115',
      tau: '0.3460 to 1.0543',
      i2: '81.9% to 97.7%',
      h2: '5.53 to 43.07',
      note: null,
    });
  });
  it('says when an end is truncated at 0 or stopped at the search limit', () => {
    expect(heterogeneityIntervalText({ ...base, lowerTruncated: true }).note).toMatch(/lower end is 0/);
    expect(heterogeneityIntervalText({ ...base, lowerTruncated: true, upperTruncated: true }).note).toMatch(
      /Both ends are 0/,
    );
    expect(heterogeneityIntervalText({ ...base, upperAtSearchLimit: true }).note).toMatch(/search limit/);
  });
});
