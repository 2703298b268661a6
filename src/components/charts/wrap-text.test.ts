import { describe, expect, it } from 'vitest';
import { charactersIn, wrapText, wrapTextClipped } from './wrap-text';

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

describe('charactersIn', () => {
  it('counts the characters that fit at a font size, never fewer than 8', () => {
    expect(charactersIn(112, 16)).toBe(12);
    expect(charactersIn(10, 16)).toBe(8);
  });
});

describe('wrapTextClipped', () => {
  it('keeps at most the lines asked for, ending a cut with an ellipsis', () => {
    expect(wrapTextClipped('one two three four', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrapTextClipped('Parent-infant', 8, 1)).toEqual(['Parent-…']);
    expect(wrapTextClipped('short', 9, 2)).toEqual(['short']);
  });
});
