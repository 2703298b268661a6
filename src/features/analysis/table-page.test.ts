import { describe, expect, it } from 'vitest';
import { tablePage } from './table-page';

describe('tablePage', () => {
  it('is one page up to the page size', () => {
    expect(tablePage(100, 0)).toEqual({ index: 0, count: 1, start: 0, end: 100, total: 100 });
    expect(tablePage(0, 3)).toEqual({ index: 0, count: 1, start: 0, end: 0, total: 0 });
  });

  it('pages beyond it, the last page holding the rest', () => {
    expect(tablePage(10_000, 0)).toEqual({ index: 0, count: 100, start: 0, end: 100, total: 10_000 });
    expect(tablePage(250, 2)).toEqual({ index: 2, count: 3, start: 200, end: 250, total: 250 });
  });

  it('clamps a page asked for that is not there (the file changed, say)', () => {
    expect(tablePage(250, 9).index).toBe(2);
    expect(tablePage(250, -1).index).toBe(0);
    expect(tablePage(250, Number.NaN).index).toBe(0);
  });
});
