import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface ReadingLevel {
  sentences: number;
  words: number;
  syllables: number;
  wordsPerSentence: number;
  /** Flesch–Kincaid grade level (US school grade; add 5 for a reading age). */
  grade: number;
}

/**
 * Splits each block (heading, paragraph, list item) into sentences at ". ", "? " and "! ". A block without a full stop,
 * such as a heading, counts as one sentence, as most readability checkers count it.
 */
export function splitSentences(blocks: string[]): string[] {
  return blocks
    .flatMap((block) => block.split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

/** Words are runs of letters, digits and in-word apostrophes or hyphens: "child’s", "parent-infant", "77". */
export function splitWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Counts with the `syllable` package and scores with the `flesch-kincaid` package. */
export function readingLevel(blocks: string[]): ReadingLevel {
  const sentences = splitSentences(blocks);
  const words = sentences.flatMap(splitWords);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  return {
    sentences: sentences.length,
    words: words.length,
    syllables,
    wordsPerSentence: words.length / Math.max(1, sentences.length),
    grade: fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables }),
  };
}
