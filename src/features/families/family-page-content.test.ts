import { describe, expect, it } from 'vitest';
import { publishedDataset as dataset } from '../../../tests/render-with-evidence';
import { FAMILY_OUTCOME_WORDS } from '../../domain/plain-language/family-words';
import { familyIndexPage, familyOutcomePage, familyPageBlocks, familyPageProse } from './family-page-content';
import { FAMILY_CHROME_TEXT } from './family-chrome-text';
import { FORBIDDEN } from './forbidden-words';
import { readingLevel } from './reading-level';
import { resolveTakingPart, TAKING_PART } from './taking-part';

const contents = [
  { name: '/families', content: familyIndexPage(dataset) },
  ...dataset.outcomes.map((outcome) => ({
    name: `/families/${outcome.id}`,
    content: familyOutcomePage(dataset, outcome),
  })),
];
const pages = contents.map(({ name, content }) => ({
  name,
  blocks: [...familyPageBlocks(content), ...FAMILY_CHROME_TEXT],
  prose: familyPageProse(content),
}));

describe('family pages: reading level', () => {
  for (const page of pages) {
    it(`${page.name} reads at Flesch–Kincaid grade 6 or below, with 20 words or fewer per sentence on average`, () => {
      // Everything on the page, headings and labels included, and then the running text alone (stricter: headings are
      // short "sentences" that pull the average down).
      for (const [kind, blocks] of [
        ['all text', page.blocks],
        ['prose only', page.prose],
      ] as const) {
        const level = readingLevel(blocks);
        console.info(
          `${page.name} (${kind}): grade ${level.grade.toFixed(1)}, ${level.wordsPerSentence.toFixed(1)} words per sentence (${level.words} words, ${level.sentences} sentences)`,
        );
        expect(level.words).toBeGreaterThan(50);
        expect(level.grade, kind).toBeLessThanOrEqual(6);
        expect(level.wordsPerSentence, kind).toBeLessThanOrEqual(20);
      }
    });
  }
});

describe('family pages: no statistical jargon', () => {
  for (const page of pages) {
    it(`${page.name} uses none of the forbidden words`, () => {
      const text = page.blocks.join('\n');
      for (const word of FORBIDDEN) expect(text, `${page.name} says ${String(word)}`).not.toMatch(word);
    });
  }
});

describe('family pages: same truth', () => {
  it('puts the verdict first under "What the research found" on every outcome page', () => {
    for (const outcome of dataset.outcomes) {
      const content = familyOutcomePage(dataset, outcome);
      const found = content.sections.find((section) => section.id === 'found');
      expect(found?.paragraphs[0]).toBe(content.verdict?.found[0]);
    }
  });

  it('names every null outcome under "What it did not find" on the other pages', () => {
    const nulls = dataset.outcomes.filter((outcome) => outcome.result.status === 'no-significant-difference');
    for (const outcome of dataset.outcomes) {
      const content = familyOutcomePage(dataset, outcome);
      const notFound = content.sections.find((section) => section.id === 'not-found')?.paragraphs.join(' ') ?? '';
      for (const other of nulls.filter((item) => item.id !== outcome.id)) {
        expect(notFound).toContain(FAMILY_OUTCOME_WORDS[other.id].topic);
      }
    }
  });

  it('lists the result, harms and taking-part sources in "Where this comes from"', () => {
    for (const outcome of dataset.outcomes) {
      const sourceIds = familyOutcomePage(dataset, outcome).sources.map((source) => source.sourceId);
      expect(sourceIds).toContain(outcome.result.sourceId);
      expect(sourceIds).toContain(dataset.review.harms.sourceId);
      for (const evidence of resolveTakingPart(dataset)) expect(sourceIds).toContain(evidence.sourceId);
      for (const sourceId of sourceIds) expect(dataset.sources.some((source) => source.id === sourceId)).toBe(true);
    }
  });
});

describe('taking part', () => {
  it('backs every sentence with words from a programme’s sourced field', () => {
    const resolved = resolveTakingPart(dataset);
    expect(resolved).toHaveLength(TAKING_PART.flatMap((fact) => fact.evidence).length);
    for (const fact of TAKING_PART) expect(fact.evidence.length).toBeGreaterThan(0);
  });

  it('fails loudly when a quote is not in the source field', () => {
    expect(() =>
      resolveTakingPart(dataset, [
        { text: 'x', evidence: [{ programmeId: 'minding-the-baby', field: 'length', quote: 'every day' }] },
      ]),
    ).toThrow('minding-the-baby.length does not say "every day"');
  });
});
