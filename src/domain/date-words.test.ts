import { describe, expect, it } from 'vitest';
import { formatDatasetDate, todayInWords, todayIso } from './date-words';

describe('dates on printed and cited pages', () => {
  it('writes a date in words, British order, as toLocaleDateString en-GB does', () => {
    for (const date of [new Date(2026, 10, 27), new Date(2024, 0, 1), new Date(2025, 11, 31), new Date(2028, 1, 29)]) {
      expect(todayInWords(date)).toBe(
        date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
      );
    }
  });

  it('writes an ISO date with leading zeros', () => {
    expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});

describe('formatDatasetDate', () => {
  it('writes an ISO date the GOV.UK way', () => {
    expect(formatDatasetDate('2026-11-26')).toBe('26 November 2026');
    expect(formatDatasetDate('2022-10-06')).toBe('6 October 2022');
  });

  it('leaves anything else as it is', () => {
    expect(formatDatasetDate('yesterday')).toBe('yesterday');
    expect(formatDatasetDate('2026-13-01')).toBe('2026-13-01');
  });
});
