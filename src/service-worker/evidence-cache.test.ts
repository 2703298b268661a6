import { describe, expect, it } from 'vitest';
import { pageCacheKey, readDatasetChange, readDatasetDate } from './evidence-cache';

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

describe('readDatasetChange', () => {
  it('names the new version and its own summary of what changed', () => {
    const text = JSON.stringify({
      datasetVersion: '1.3.0',
      changelog: [
        { version: '1.3.0', summary: 'One study added.' },
        { version: '1.2.0', summary: 'Older.' },
      ],
    });
    expect(readDatasetChange(text)).toEqual({ datasetVersion: '1.3.0', whatChanged: 'One study added.' });
  });

  it('names no change when the newest note is of another version, or the file is not JSON', () => {
    const text = JSON.stringify({ datasetVersion: '1.3.0', changelog: [{ version: '1.2.0', summary: 'Older.' }] });
    expect(readDatasetChange(text)).toEqual({ datasetVersion: '1.3.0', whatChanged: null });
    expect(readDatasetChange('{"datasetVersion')).toEqual({ datasetVersion: null, whatChanged: null });
  });
});
