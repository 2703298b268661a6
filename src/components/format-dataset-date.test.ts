import { describe, expect, it } from 'vitest';
import { formatDatasetDate } from './format-dataset-date';

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
