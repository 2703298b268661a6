import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text';

describe('wrapText', () => {
  it('breaks a long name at spaces', () => {
    expect(wrapText('Parental reflective functioning', 18)).toEqual(['Parental', 'reflective', 'functioning']);
    expect(wrapText('Parental reflective functioning', 20)).toEqual(['Parental reflective', 'functioning']);
  });

  it('never splits a word, and keeps words joined by a no-break space together', () => {
    expect(wrapText('Parent-infant interaction', 10)).toEqual(['Parent-infant', 'interaction']);
    expect(wrapText('Favours the intervention\u00a0→', 14)).toEqual(['Favours the', 'intervention\u00a0→']);
  });
});
