import { describe, expect, it } from 'vitest';
import { readingLevel, splitSentences, splitWords } from './reading-level';

describe('readingLevel', () => {
  it('splits blocks into sentences, counting a heading without a full stop as one', () => {
    expect(
      splitSentences(['How sure are we?', 'We are not sure. New research could change this.', 'Is it safe']),
    ).toEqual(['How sure are we?', 'We are not sure.', 'New research could change this.', 'Is it safe']);
  });

  it('keeps apostrophes, hyphens and numbers inside words', () => {
    expect(splitWords('Your child’s parent-infant bond: 77 studies.')).toEqual([
      'Your',
      'child’s',
      'parent-infant',
      'bond',
      '77',
      'studies',
    ]);
  });

  it('scores short plain sentences low and long academic ones high', () => {
    const plain = readingLevel(['The cat sat on the mat. It was a sunny day.']);
    expect(plain.wordsPerSentence).toBe(5.5);
    expect(plain.grade).toBeLessThan(2);
    const academic = readingLevel([
      'Psychodynamic interventions demonstrated statistically significant improvements in parental reflective functioning, notwithstanding considerable heterogeneity.',
    ]);
    expect(academic.grade).toBeGreaterThan(12);
  });
});
