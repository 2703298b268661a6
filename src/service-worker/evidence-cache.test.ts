import { describe, expect, it } from 'vitest';
import { pageCacheKey, readDatasetDate } from './evidence-cache';

describe('pageCacheKey', () => {
  it('keeps a page under its address without a trailing slash', () => {
    expect(pageCacheKey('/')).toBe('/');
    expect(pageCacheKey('/compare/')).toBe('/compare');
    expect(pageCacheKey('/interventions/minding-the-baby//')).toBe('/interventions/minding-the-baby');
    expect(pageCacheKey('/glossary')).toBe('/glossary');
  });
});

describe('readDatasetDate', () => {
  it('reads the date a dataset gives itself', () => {
    expect(readDatasetDate(JSON.stringify({ datasetDate: '2026-12-02', programmes: [] }))).toBe('2026-12-02');
  });

  it('is null for JSON without a date, and undefined for text that is not a JSON object', () => {
    expect(readDatasetDate('{"programmes":[]}')).toBeNull();
    expect(readDatasetDate('{"datasetDate": "2026-12')).toBeUndefined();
    expect(readDatasetDate('<!doctype html><p>Bad gateway</p>')).toBeUndefined();
    expect(readDatasetDate('null')).toBeUndefined();
  });
});
