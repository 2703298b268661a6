import { describe, expect, it } from 'vitest';
import publishedJson from '../../../public/data/evidence.json';
import type { EvidenceDataset } from '../evidence/evidence-schema';
import { parseEvidenceDataset } from '../evidence/parse-evidence';
import { summariseOutcome } from '../plain-language/outcome-summary';
import {
  buildDeck,
  deckSourceIds,
  footnoteNumbers,
  parseSlideNumber,
  shortSourceName,
  slideFootnotes,
  type DeckText,
} from './build-deck';

const dataset = parseEvidenceDataset(publishedJson);
const deck = buildDeck(dataset);
const allTexts = (slides = deck): DeckText[] =>
  slides.flatMap((slide) =>
    [slide.lead, ...slide.body, ...slide.notes].filter((text): text is DeckText => text !== null),
  );

describe('buildDeck: what the projected slide itself says', () => {
  const onScreen = (slide: (typeof deck)[number]) =>
    [slide.lead, ...slide.body].filter((text): text is DeckText => text !== null).map((text) => text.text);

  it('names the mark drawn (the pooled diamond) and never calls it a bar', () => {
    const howToRead = deck.find((slide) => slide.kind === 'how-to-read');
    if (!howToRead) throw new Error('no how-to-read slide');
    expect(onScreen(howToRead).join(' ')).toMatch(/diamond is the pooled result/);
    for (const text of allTexts()) expect(text.text).not.toMatch(/\bbar\b/i);
  });

  it('puts the reading of an impossible printed p, a turned sign and a rounded 0 on the slide, not only in the notes', () => {
    for (const outcome of dataset.outcomes) {
      const slide = deck.find((candidate) => candidate.id === `outcome-${outcome.id}`);
      if (outcome.result.status !== 'significant' || !slide) continue;
      const words = onScreen(slide).join(' ');
      if (outcome.result.pReadingNote)
        expect(words).toContain(`Read “${outcome.result.pAsPrinted}” as ${outcome.result.pReading}`);
      if (outcome.orientation.reportedSignFavouringIntervention === -1)
        expect(words).toMatch(/Negative means benefit; turned: \d/);
      if (
        summariseOutcome(outcome, dataset.review).kind === 'significant' &&
        /to 0\.00\b|^95%CI 0\.00/.test(outcome.result.asPrinted)
      )
        expect(words).toMatch(/the 0 is rounded/);
    }
    // Every slide that prints an impossible p carries its reading beside it.
    for (const slide of deck) {
      const words = onScreen(slide).join(' ');
      if (/p < 0\.0+(?!\d)/.test(words)) expect(words, slide.id).toMatch(/Read “p < 0\.0+” as p < 0\.0*1/);
    }
  });
});

describe('buildDeck', () => {
  it('runs from the title to the sources, with unique ids', () => {
    expect(deck[0]?.kind).toBe('title');
    expect(deck.at(-1)?.kind).toBe('sources');
    expect(new Set(deck.map((slide) => slide.id)).size).toBe(deck.length);
    expect(deck.map((slide) => slide.kind)).toEqual(
      expect.arrayContaining(['numbers', 'types', 'how-to-read', 'null-outcomes', 'quality', 'practice', 'discussion']),
    );
  });

  it('gives one chart slide per outcome with printed figures, saying what the outcome pages say', () => {
    const withFigures = dataset.outcomes.filter((outcome) => outcome.result.status === 'significant');
    const outcomeSlides = deck.filter((slide) => slide.kind === 'outcome');
    expect(outcomeSlides.map((slide) => slide.chartOutcomeIds)).toEqual(withFigures.map((outcome) => [outcome.id]));
    for (const outcome of withFigures) {
      const slide = outcomeSlides.find((candidate) => candidate.chartOutcomeIds[0] === outcome.id);
      expect(slide?.lead?.text).toBe(summariseOutcome(outcome, dataset.review).statement);
      if (outcome.result.status === 'significant')
        expect(slide?.body.map((text) => text.text).join(' ')).toContain(outcome.result.asPrinted);
    }
  });

  it('names every outcome without figures on the null slide, whose chart rows say no figures', () => {
    const nullSlide = deck.find((slide) => slide.kind === 'null-outcomes');
    const nulls = dataset.outcomes.filter((outcome) => outcome.result.status === 'no-significant-difference');
    for (const outcome of nulls) expect(nullSlide?.body.map((text) => text.text).join(' ')).toContain(outcome.name);
    expect(nullSlide?.chartOutcomeIds).toEqual(nulls.map((outcome) => outcome.id));
  });

  it('takes the key numbers from the dataset', () => {
    const numbers = deck.find((slide) => slide.kind === 'numbers');
    expect(numbers?.figures.map((figure) => figure.display)).toEqual(
      dataset.review.keyFigures.map((figure) => figure.display),
    );
  });

  it('sources every sentence that states a figure or a finding, and only with sources that exist', () => {
    const sourceIds = new Set(dataset.sources.map((source) => source.id));
    for (const text of allTexts()) {
      if (text.kind !== 'our-guidance' && text.kind !== 'our-coding')
        expect(text.sources.length, text.text).toBeGreaterThan(0);
      // Our guidance may state conventions (0.2 is called small); any other sentence with a number needs a source.
      if (/\d/.test(text.text) && text.kind !== 'our-guidance')
        expect(text.sources.length, text.text).toBeGreaterThan(0);
      for (const source of text.sources) expect(sourceIds.has(source.sourceId), source.sourceId).toBe(true);
    }
    for (const id of deckSourceIds(deck)) expect(sourceIds.has(id)).toBe(true);
  });

  it('never attributes our plain words for the types to a source (audit P14)', () => {
    const types = deck.find((slide) => slide.kind === 'types');
    for (const type of dataset.review.interventionTypes) {
      const line = types?.body.find((text) => text.text.includes(type.summary));
      expect(line?.kind).toBe('our-coding');
    }
  });

  it('gives every slide speaker notes', () => {
    for (const slide of deck) expect(slide.notes.length, slide.id).toBeGreaterThan(0);
  });

  it('never calls the effect measure Hedges’ g or an SMD without "if"', () => {
    for (const text of allTexts()) {
      expect(text.text).not.toMatch(/hedges/i);
      if (/standardised mean difference/i.test(text.text)) expect(text.text).toMatch(/\bif\b/i);
    }
  });

  it('treats an interval printed as reaching 0 with p < .05 as the outcome pages do, and says it is rounded', () => {
    const reachingZero = dataset.outcomes.find(
      (outcome) =>
        outcome.result.status === 'significant' &&
        Math.min(
          outcome.result.ci95.lower * outcome.orientation.reportedSignFavouringIntervention,
          outcome.result.ci95.upper * outcome.orientation.reportedSignFavouringIntervention,
        ) <= 0,
    );
    if (!reachingZero) return;
    const slide = deck.find(
      (candidate) => candidate.chartOutcomeIds[0] === reachingZero.id && candidate.kind === 'outcome',
    );
    expect(slide?.lead?.text).toBe(summariseOutcome(reachingZero, dataset.review).statement);
    // The same rounding sentence as the outcome page, word for word.
    const note = summariseOutcome(reachingZero, dataset.review);
    if (note.kind !== 'significant' || !note.roundingNote) throw new Error('expected a rounding note');
    expect(slide?.notes.map((text) => text.text)).toContain(note.roundingNote);
  });

  it('follows the dataset: a changed interval changes the slide', () => {
    const changed: EvidenceDataset = structuredClone(dataset);
    const outcome = changed.outcomes.find((candidate) => candidate.result.status === 'significant');
    if (outcome?.result.status !== 'significant') throw new Error('no significant outcome');
    outcome.result.asPrinted = '95%CI 0.31 to 0.77, p = 0.001; I² = 12%';
    const slide = buildDeck(changed).find((candidate) => candidate.id === `outcome-${outcome.id}`);
    expect(slide?.body[0]?.text).toContain('0.31 to 0.77');
  });

  it('words the study-quality step from the dataset’s own concern level', () => {
    const changed: EvidenceDataset = structuredClone(dataset);
    changed.review.quality.certaintyConcern = 'very-serious';
    const quality = buildDeck(changed).find((slide) => slide.kind === 'quality');
    expect(quality?.body[0]?.text).toMatch(/two levels/);
  });

  it('lists on the last slide every source the deck cites', () => {
    const sources = deck.at(-1);
    expect(sources?.sourceList.map((entry) => entry.sourceId)).toEqual(deckSourceIds(deck.slice(0, -1)));
  });
});

describe('slide footnotes', () => {
  it('numbers each cited source once, in order of first use', () => {
    for (const slide of deck) {
      const footnotes = slideFootnotes(slide);
      expect(footnotes.map((footnote) => footnote.number)).toEqual(footnotes.map((_, index) => index + 1));
      expect(new Set(footnotes.map((footnote) => footnote.sourceId)).size).toBe(footnotes.length);
      for (const text of [slide.lead, ...slide.body]) {
        if (text && text.sources.length > 0) expect(footnoteNumbers(text, footnotes).length).toBeGreaterThan(0);
      }
    }
  });

  it('shortens a source title to the part before its colon', () => {
    expect(shortSourceName({ id: 'x', title: 'News release: a long headline', url: null })).toBe('News release');
    expect(shortSourceName({ id: 'x', title: null, url: null })).toBe('x');
  });
});

describe('parseSlideNumber', () => {
  it.each([
    [undefined, 1],
    ['1', 1],
    ['13', 13],
    ['0', null],
    ['14', null],
    ['two', null],
    ['2.5', null],
  ] as const)('reads %s of 13 as %s', (segment, expected) => {
    expect(parseSlideNumber(segment, 13)).toBe(expected);
  });
});

describe('the types slide and the newer studies', () => {
  it('tells the room, on the slide itself, that newer studies exist and are kept apart from the review', () => {
    const slide = buildDeck(dataset).find((candidate) => candidate.id === 'types');
    const body = (slide?.body ?? []).map((line) => line.text).join(' ');
    expect(body).toContain('since-the-review page');
    expect(body).toContain('never pools them with the review’s results');
  });
});
