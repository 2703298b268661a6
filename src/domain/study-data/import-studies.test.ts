import { describe, expect, it } from 'vitest';
import { pool } from '../stats/index';
import { importStudies } from './import-studies';

const options = { smd: 'hedges', ratio: 'RR' } as const;
const read = (text: string, extra: Partial<Parameters<typeof importStudies>[0]> = {}) =>
  importStudies({ text, options, ...extra });

describe('importStudies reads every layout with metafor’s column names', () => {
  it('yi and vi', () => {
    const result = read('study,yi,vi\nA,0.1,0.04\nB,0.3,0.09\n');
    expect(result.layout).toBe('yi-vi');
    expect(result.rows.map((row) => [row.line, row.study, row.yi, row.vi])).toEqual([
      [2, 'A', 0.1, 0.04],
      [3, 'B', 0.3, 0.09],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('yi and sei', () => {
    const result = read('yi,sei\n0.2,0.3\n');
    expect(result.layout).toBe('yi-sei');
    expect(result.rows[0]?.vi).toBeCloseTo(0.09, 12);
    expect(result.rows[0]?.study).toBe('Line 2');
  });

  it('yi with a 95% interval', () => {
    const result = read('yi,ci_lower,ci_upper\n0.46,0.00,0.92\n');
    expect(result.layout).toBe('yi-ci');
    expect(result.rows[0]?.vi).toBeCloseTo((0.92 / (2 * 1.959963984540054)) ** 2, 12);
  });

  it('means, SDs and sizes as Hedges’ g or Cohen’s d', () => {
    const text = 'm1i,sd1i,n1i,m2i,sd2i,n2i\n10,2,10,9,2,12\n';
    expect(read(text).rows[0]?.yi).toBeCloseTo(0.481, 3);
    expect(importStudies({ text, options: { smd: 'cohen', ratio: 'RR' } }).rows[0]?.yi).toBeCloseTo(0.5, 12);
  });

  it('counts as ai bi ci di, or ai n1i ci n2i, as log RR or log OR', () => {
    const full = read('ai,bi,ci,di\n4,119,11,128\n');
    const sizes = read('ai,n1i,ci,n2i\n4,123,11,139\n');
    expect(full.layout).toBe('counts');
    expect(sizes.layout).toBe('counts-n');
    expect(full.rows[0]?.yi).toBeCloseTo(Math.log(4 / 123 / (11 / 139)), 12);
    expect(sizes.rows[0]?.yi).toBeCloseTo(full.rows[0]?.yi ?? Number.NaN, 12);
    const odds = importStudies({ text: 'ai,bi,ci,di\n4,119,11,128\n', options: { smd: 'hedges', ratio: 'OR' } });
    expect(odds.rows[0]?.yi).toBeCloseTo(Math.log((4 * 128) / (119 * 11)), 12);
  });

  it('keeps the 2×2 table of a counts row (bi and di from the arm sizes), and no table for other layouts', () => {
    const table = { ai: 4, bi: 119, ci: 11, di: 128 };
    expect(read('ai,bi,ci,di\n4,119,11,128\n').rows[0]?.counts).toEqual(table);
    expect(read('ai,n1i,ci,n2i\n4,123,11,139\n').rows[0]?.counts).toEqual(table);
    expect(read('yi,vi\n0.1,0.2\n').rows[0]).not.toHaveProperty('counts');
    expect(read('yi,n1i,n2i\n0.1,20,20\n').rows[0]).not.toHaveProperty('counts');
  });

  it('reads labels, ignores case in names, and takes a mapping by hand', () => {
    const result = read('Trial,d,low,high,Type\nA,0.5,0.1,0.9,x\n', {
      mapping: { study: 'Trial', yi: 'd', ci_lower: 'low', ci_upper: 'high', group: 'Type' },
    });
    expect(result.layout).toBe('yi-ci');
    expect(result.rows[0]).toMatchObject({ study: 'A', group: 'x' });
    expect(read('YI , VI\n0.1,0.2\n').rows).toHaveLength(1);
  });

  it('accepts a byte-order mark, semicolons, Windows line endings and a Unicode minus', () => {
    const result = read('\uFEFFyi;vi\r\n\u22120.2;0.1\r\n');
    expect(result.rows[0]?.yi).toBe(-0.2);
  });
});

describe('importStudies lists every bad row by line, column and reason and still analyses the good ones', () => {
  it('lists each problem and keeps the good rows', () => {
    const text = [
      'study,yi,vi,year',
      'A,0.1,0.04,2001',
      'B,abc,0.1,2002',
      'C,0.3,-1,2003',
      '',
      'D,0.2,0.05,twenty',
      'E,0.4',
      'F,0.3,0.02,2004',
      'G,"0,5",0.1,2005',
      'H,1e400,0.1,2006',
    ].join('\n');
    const result = read(text);
    expect(result.rows.map((row) => row.study)).toEqual(['A', 'F']);
    expect(result.problems).toEqual([
      { line: 3, column: 'yi', reason: '"abc" is not a number' },
      { line: 4, column: 'vi', reason: 'must be above 0' },
      { line: 6, column: 'year', reason: '"twenty" is not a year (a whole number such as 2017)' },
      { line: 7, reason: 'has 2 values but the header has 4 columns, so the values cannot be matched to columns' },
      { line: 9, column: 'yi', reason: '"0,5" is not a number: use a full stop for decimals' },
      { line: 10, column: 'yi', reason: '1e400 is too large to use' },
    ]);
    expect(pool(result.rows).k).toBe(2);
  });

  it('lists every problem in a row, not only the first', () => {
    const result = read('m1i,sd1i,n1i,m2i,sd2i,n2i\nx,0,1,2,-1,2.5\n');
    expect(result.problems.map((problem) => problem.column)).toEqual(['m1i', 'sd1i', 'n1i', 'sd2i', 'n2i']);
  });

  it('checks interval and count rules', () => {
    expect(read('yi,ci_lower,ci_upper\n0.5,0.9,0.1\n').problems[0]).toMatchObject({ line: 2, column: 'ci_upper' });
    expect(read('ai,n1i,ci,n2i\n20,10,1,10\n').problems[0]).toMatchObject({
      line: 2,
      column: 'ai',
      reason: 'events (ai) cannot exceed the arm size (n1i)',
    });
    expect(read('ai,bi,ci,di\n1.5,3,1,2\n').problems[0]).toMatchObject({
      column: 'ai',
      reason: 'must be a whole number',
    });
  });

  it('refuses extreme values with a reason instead of NaN or Infinity', () => {
    const result = read('yi,vi\n1e308,0.1\n0.1,5e-324\n0.1,0.1\n');
    expect(result.rows).toHaveLength(1);
    expect(result.problems.map((problem) => problem.line)).toEqual([2, 3]);
    expect(result.problems[0]?.reason).toMatch(/double precision/);
  });

  it('names the line of an unclosed quote', () => {
    const result = read('study,yi,vi\nA,0.1,0.1\n"B,0.2,0.1\nC,0.3,0.1\n');
    expect(result.rows.map((row) => row.study)).toEqual(['A']);
    expect(result.problems[0]).toMatchObject({ line: 3 });
  });

  it('explains an empty file, a header with no rows and an unknown layout', () => {
    expect(read('').problems).toEqual([{ line: 1, reason: 'the file is empty' }]);
    expect(read('yi,vi\n').problems).toEqual([{ line: 2, reason: 'the file has a header but no rows of studies' }]);
    expect(read('a,b\n1,2\n').problems[0]?.reason).toMatch(/^the header does not name the columns of any layout/);
    expect(read('yi,vi,yi\n1,2,3\n').problems[0]).toMatchObject({ line: 1, column: 'yi' });
  });

  it('keeps a multi-line quoted study name and counts lines as an editor does', () => {
    const result = read('study,yi,vi\n"Smith\nand Jones",0.1,0.1\nB,x,0.1\n');
    expect(result.rows[0]?.study).toBe('Smith\nand Jones');
    expect(result.problems[0]?.line).toBe(4);
  });
});

describe('labels with control characters (issue 19)', () => {
  it('become spaces, so names can be shown and exported as valid XML', () => {
    const result = importStudies({
      text: 'study,yi,vi,group\n"Mül\u0000ler\u00072001",0.1,0.04,"a\u001bb"\n',
      options: { smd: 'hedges', ratio: 'RR' },
    });
    expect(result.rows[0]?.study).toBe('Mül ler 2001');
    expect(result.rows[0]?.group).toBe('a b');
  });
});

describe('decimal commas and semicolons (issue 19)', () => {
  const text = 'study;yi;vi\nA;0,1;0,04\nB;−0,5;0,09\nC;1.234,5;2\n';
  it('are read when asked, with thousands separators', () => {
    const result = read(text, { options: { ...options, decimal: 'comma' } });
    expect(result.rows.map((row) => [row.yi, row.vi])).toEqual([
      [0.1, 0.04],
      [-0.5, 0.09],
      [1234.5, 2],
    ]);
    expect(result.looksLikeDecimalCommas).toBeUndefined();
  });
  it('are refused with a hint when not asked, and the import says they look like decimal commas', () => {
    const result = read(text);
    expect(result.looksLikeDecimalCommas).toBe(true);
    expect(result.problems[0]?.reason).toMatch(/use a full stop for decimals/);
  });
});
