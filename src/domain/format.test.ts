import { describe, expect, it } from 'vitest';
import {
  countOf,
  formatCount,
  formatEffect,
  formatInterval,
  formatShareAsPercent,
  ordinal,
  formatMidpoint,
} from './format';

describe('formatEffect', () => {
  it('uses a true minus sign', () => {
    expect(formatEffect(-0.95)).toBe('\u22120.95');
  });

  it('prints zero without a sign, even from -0 or a value that rounds to zero', () => {
    expect(formatEffect(-0)).toBe('0.00');
    expect(formatEffect(-0.001)).toBe('0.00');
  });
});

describe('formatInterval', () => {
  it('prints an interval as the release does, with true minus signs', () => {
    expect(formatInterval({ lower: -0.68, upper: -0.06 })).toBe('\u22120.68 to \u22120.06');
  });
});

describe('formatCount and formatShareAsPercent', () => {
  it('groups thousands and rounds shares', () => {
    expect(formatCount(5660)).toBe('5,660');
    expect(formatShareAsPercent(0.6847)).toBe('68%');
  });

  it('formats counts exactly as Intl.NumberFormat does, without it', () => {
    const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
    const values = [
      0,
      -0,
      1,
      9,
      10,
      999,
      1000,
      1001,
      12345,
      99999.5,
      100000,
      1234567.49,
      -1,
      -999.5,
      -1234567,
      2 ** 53,
    ];
    for (let power = 0; power < 21; power += 1) values.push(10 ** power, 10 ** power - 1, -(10 ** power) + 0.5);
    for (const value of values) expect(formatCount(value), String(value)).toBe(intl.format(value));
  });
});

describe('ordinal', () => {
  it('gives the right suffix, teens included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 50, 63, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '50th',
      '63rd',
      '101st',
      '111th',
    ]);
  });
});

describe('formatMidpoint (audit P19)', () => {
  it('shows the exact middle of two-decimal bounds, never a float-rounded one', () => {
    expect(formatMidpoint((0 + 0.43) / 2)).toBe('0.215');
    expect(formatMidpoint((0.19 + 0.95) / 2)).toBe('0.57');
    expect(formatMidpoint(-(0.13 + 0.45) / 2)).toBe('\u22120.29');
  });
});

describe('countOf', () => {
  it('gives the singular for exactly one, and the plural otherwise', () => {
    expect(countOf(1, 'study', 'studies')).toBe('1 study');
    expect(countOf(0, 'study', 'studies')).toBe('0 studies');
    expect(countOf(56, 'effect', 'effects')).toBe('56 effects');
  });
});
