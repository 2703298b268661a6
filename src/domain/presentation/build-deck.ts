import type { EvidenceDataset, Outcome, OutcomeId } from '../evidence/evidence-schema';
import { formatInterval } from '../format';
import { describeHeterogeneity, heterogeneityLevel } from '../plain-language/heterogeneity-words';
import { citedSourceLink } from '../evidence/source-hosts';
import { summariseOutcome } from '../plain-language/outcome-summary';

// The training deck is a pure function of the dataset: every figure on a slide is read from it, and every sentence
// says where it comes from. Nothing here is typed in by hand from the sources, so the slides cannot drift from them.

/** Where a fact was seen: an id in `dataset.sources` and where in that source to look. */
export interface SourceRef {
  sourceId: string;
  locator: string;
}

/**
 * How a sentence stands to the sources. `source`: it restates them. `derived`: we worked a figure out from them.
 * `our-rating` / `our-coding`: our judgement, made with the app's rules, from sourced facts. `our-guidance`: advice or a
 * question for the room; it states no figure.
 */
export type ProvenanceKind = 'source' | 'derived' | 'our-rating' | 'our-coding' | 'our-guidance';

export interface DeckText {
  text: string;
  kind: ProvenanceKind;
  /** The facts the sentence rests on; empty only for `our-guidance`. */
  sources: SourceRef[];
}

export interface DeckFigure {
  id: string;
  display: string;
  label: string;
  source: SourceRef;
}

export type SlideKind =
  | 'title'
  | 'numbers'
  | 'types'
  | 'how-to-read'
  | 'outcome'
  | 'null-outcomes'
  | 'quality'
  | 'practice'
  | 'discussion'
  | 'sources';

export interface DeckSourceEntry {
  sourceId: string;
  title: string;
  url: string | null;
}

export interface Slide {
  /** Stable id, for tests and anchors (the URL uses the slide's number). */
  id: string;
  kind: SlideKind;
  title: string;
  /** A large sentence under the title, if the slide has one. */
  lead: DeckText | null;
  /** Big numbers (the "review in numbers" slide). */
  figures: DeckFigure[];
  /** Outcomes drawn on the slide's forest plot, oriented so that benefit is on the right. */
  chartOutcomeIds: OutcomeId[];
  body: DeckText[];
  /** The sources slide lists these. */
  sourceList: DeckSourceEntry[];
  /** For the presenter only: our sentences, sourced like the slides. */
  notes: DeckText[];
}

const sourced = (text: string, ...sources: SourceRef[]): DeckText => ({ text, kind: 'source', sources });
const ours = (kind: Exclude<ProvenanceKind, 'source'>, text: string, ...sources: SourceRef[]): DeckText => ({
  text,
  kind,
  sources,
});
const ref = (fact: { sourceId: string; locator: string }): SourceRef => ({
  sourceId: fact.sourceId,
  locator: fact.locator,
});

const NUMBER_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
/** "Two", "Three" … for a count at the start of a sentence; digits above ten. */
function countWord(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

/** "A, B and C". */
function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

function emptySlide(id: string, kind: SlideKind, title: string): Slide {
  return { id, kind, title, lead: null, figures: [], chartOutcomeIds: [], body: [], sourceList: [], notes: [] };
}

function titleSlide(dataset: EvidenceDataset): Slide {
  const { review } = dataset;
  const report = ref(review.report);
  const journal = ref(review.journal);
  return {
    ...emptySlide(
      'title',
      'title',
      'Psychodynamic help for children under 5 and their parents: what the evidence says',
    ),
    lead: sourced(review.report.title, report),
    body: [
      sourced(`By ${joinWords(review.authors)}.`, journal),
      sourced(`Report published ${review.report.date}, commissioned by the ${review.report.commissionedBy}.`, report),
      sourced(
        `Peer-reviewed article, ${review.journal.publicationDate.slice(0, 4)}: doi.org/${review.journal.doi}`,
        journal,
      ),
    ],
    notes: [
      sourced(`The review was carried out by the ${review.report.conductedBy}.`, report),
      ours(
        'our-guidance',
        'Every figure in these slides is read from the same dataset as the website, and each one links to its source. Figures we worked out ourselves are labelled “derived”.',
      ),
    ],
  };
}

function numbersSlide(dataset: EvidenceDataset): Slide {
  const { review } = dataset;
  const pre = review.prePostImprovement;
  return {
    ...emptySlide('numbers', 'numbers', 'The review in numbers'),
    figures: review.keyFigures.map((figure) => ({
      id: figure.id,
      display: figure.display,
      label: figure.label,
      source: ref(figure),
    })),
    body: [
      sourced(
        `Before-and-after changes were mostly positive: ${pre.lowPercent}–${pre.highPercent}% of the time, for all outcomes.`,
        ref(pre),
      ),
      sourced(review.harms.text, ref(review.harms)),
    ],
    notes: [
      sourced(
        `As printed: “${pre.asPrinted}”. Before-and-after changes cannot show whether families would have improved anyway.`,
        ref(pre),
      ),
      ...review.notReported
        .filter((gap) => /77 included studies/i.test(gap.topic))
        .map((gap) =>
          sourced(
            `${gap.topic}: ${gap.text.replace(/\.$/, '')}. So we cannot show which studies the review included.`,
            ref(gap),
          ),
        ),
    ],
  };
}

function typesSlide(dataset: EvidenceDataset): Slide {
  const { review } = dataset;
  const perType = review.notReported.filter((gap) => /each intervention type/i.test(gap.topic));
  return {
    ...emptySlide('types', 'types', `The ${countWord(review.interventionTypes.length).toLowerCase()} types of help`),
    body: [
      // Our plain words for each category (audit P14): the source gives the category's name, not this description.
      ...review.interventionTypes.map((type) => ours('our-coding', `${type.name}: ${type.summary}`, ref(type))),
      sourced(
        'Our sources give no pooled result for each type, so they do not show that one type works better than another.',
        ...perType.map(ref),
      ),
      // Newer studies (issue 17), on the projected slide itself: the room sees them, not only the presenter. No count:
      // a figure would need every newer study's source on the sources slide, which then overflows.
      ours(
        'our-guidance',
        dataset.sinceTheReview.length > 0
          ? 'Newer studies of some of these programmes have been published since the review. The website lists them on its since-the-review page, in their own words, and never pools them with the review’s results.'
          : 'Our sources hold no studies newer than the review.',
      ),
    ],
    notes: [
      ...review.interventionTypes.map((type) =>
        sourced(`The review’s words for this type: “${type.labelAsReported}”.`, ref(type)),
      ),
      ours(
        'our-coding',
        'Which programme belongs to which type is our coding on the website: our sources do not say which study went into which type.',
      ),
    ],
  };
}

function significantOutcomes(dataset: EvidenceDataset): Outcome[] {
  return dataset.outcomes.filter((outcome) => outcome.result.status === 'significant');
}

function howToReadSlide(dataset: EvidenceDataset): Slide | null {
  // The example is a real result: the first one the review printed figures for.
  const example = significantOutcomes(dataset)[0];
  if (!example) return null;
  const summary = summariseOutcome(example, dataset.review);
  if (summary.kind !== 'significant' || example.result.status !== 'significant') return null;
  const result = example.result;
  const printed = ref(result);
  const interval = formatInterval(summary.oriented.oriented);
  const turned = example.orientation.reportedSignFavouringIntervention === -1;
  return {
    ...emptySlide('how-to-read', 'how-to-read', 'How to read the chart'),
    chartOutcomeIds: [example.id],
    body: [
      ours('our-guidance', 'The line at zero is “no difference”. Right of it favours the help.'),
      // Name the mark that is drawn: the slides draw only pooled results, as diamonds (the trainer's walkthrough).
      sourced(`The diamond is the pooled result, spanning the 95% interval: ${interval}.`, printed),
      ours('our-guidance', 'A narrow diamond is precise; one that crosses zero cannot rule out “no difference”.'),
      ...(turned
        ? [
            ours(
              'derived',
              `Printed as ${formatInterval(summary.oriented.reported)}: negative numbers are a benefit here, so we turned them.`,
              printed,
            ),
          ]
        : []),
    ],
    notes: [
      ours(
        'our-guidance',
        'In a forest plot of single studies, each study is a square on a horizontal line: the line is its interval and the square’s size its weight. These slides show only pooled results, so they draw only diamonds.',
      ),
      ours(
        'our-guidance',
        'Values inside the interval the diamond spans fit the studies; values well outside it do not. It is not a range the true effect lies in with 95% probability.',
      ),
      ours(
        'derived',
        `The diamond’s widest point is the middle of the interval. ${result.derived.midpoint.method}`,
        printed,
      ),
      turned
        ? ours(
            'derived',
            `The review printed this result as ${formatInterval(summary.oriented.reported)}. We turned it so that benefit is on the right, as on every chart here. ${example.orientation.basis}`,
            printed,
          )
        : ours(
            'derived',
            `We turn results so that benefit is always on the right, because the review printed some as negative numbers and some as positive. ${example.orientation.basis}`,
            printed,
          ),
      sourced(
        `I² = ${result.i2Percent}% says how much the studies disagreed (${heterogeneityLevel(result.i2Percent)}). ${describeHeterogeneity(result.i2Percent)}`,
        printed,
      ),
      ours(
        'our-guidance',
        'The review does not name its effect measure. If it is a standardised mean difference, 0.2 is usually called small, 0.5 moderate and 0.8 large.',
      ),
    ],
  };
}

function outcomeSlide(outcome: Outcome, dataset: EvidenceDataset): Slide | null {
  const summary = summariseOutcome(outcome, dataset.review);
  const { result } = outcome;
  if (summary.kind !== 'significant' || result.status !== 'significant') return null;
  const printed = ref(result);
  const quality = ref(dataset.review.quality);
  const { certainty, oriented } = summary;
  return {
    ...emptySlide(`outcome-${outcome.id}`, 'outcome', outcome.name),
    lead: ours('our-rating', summary.statement, printed, quality),
    chartOutcomeIds: [outcome.id],
    body: [
      sourced(`As printed: ${result.asPrinted}.`, printed),
      // The readings a projected slide needs beside its figures, not only in the notes (issue 17, P13), in one line so
      // that the chart keeps its room.
      ...(() => {
        const readings = [
          ...(result.pReadingNote ? [`Read “${result.pAsPrinted}” as ${result.pReading}.`] : []),
          ...(outcome.orientation.reportedSignFavouringIntervention === -1
            ? [`Negative means benefit; turned: ${formatInterval(oriented.oriented)}.`]
            : []),
        ];
        return readings.length > 0 ? [ours('derived', readings.join(' '), printed)] : [];
      })(),
      ...(summary.roundingNote
        ? [
            ours(
              'our-rating',
              `With ${result.pReading} (below 0.05) the 0 is rounded: the benefit could be very small.`,
              printed,
            ),
          ]
        : []),
      ours('our-rating', `How sure we can be: ${certainty.level}.`, printed, quality),
    ],
    notes: [
      sourced(outcome.summary, printed),
      ours(
        'derived',
        `Turned so that benefit is positive, as on the chart: ${formatInterval(oriented.oriented)}. ${outcome.orientation.basis}`,
        printed,
      ),
      ours('our-rating', `The benefit could be ${summary.sizeRange}.`, printed),
      ...certainty.steps.map((step) =>
        ours(
          'our-rating',
          `${step.domain.charAt(0).toUpperCase()}${step.domain.slice(1)}: ${step.levelsDown === 0 ? 'no step down' : `${step.levelsDown} down`}. ${step.reason}`,
          step.domain === 'study quality' ? quality : printed,
        ),
      ),
      sourced(describeHeterogeneity(result.i2Percent), printed),
      ...(result.pReadingNote ? [sourced(result.pReadingNote, printed)] : []),
      ...(summary.roundingNote ? [ours('our-rating', summary.roundingNote, printed)] : []),
    ],
  };
}

function nullOutcomesSlide(dataset: EvidenceDataset): Slide | null {
  const nulls = dataset.outcomes.filter((outcome) => outcome.result.status === 'no-significant-difference');
  if (nulls.length === 0) return null;
  return {
    ...emptySlide(
      'null-outcomes',
      'null-outcomes',
      `${countWord(nulls.length)} outcome${nulls.length === 1 ? '' : 's'} with no significant difference`,
    ),
    // Drawn as rows that say so, with no interval: the chart must not suggest figures that do not exist.
    chartOutcomeIds: nulls.map((outcome) => outcome.id),
    body: [
      ...nulls.map((outcome) =>
        sourced(`${outcome.name}: no significant difference. Our sources print no figures.`, ref(outcome.result)),
      ),
      ours(
        'our-guidance',
        '“No significant difference” does not prove the help makes no difference. Without figures, we cannot say how big or small any effect might be.',
      ),
    ],
    notes: [
      ...nulls.flatMap((outcome) =>
        outcome.result.status === 'no-significant-difference'
          ? [sourced(outcome.result.statement, ref(outcome.result))]
          : [],
      ),
      ours(
        'our-guidance',
        'Be careful not to say “it does not work” for these outcomes: the review found no significant difference, which is not the same.',
      ),
    ],
  };
}

const QUALITY_STEP_WORDS: Record<EvidenceDataset['review']['quality']['certaintyConcern'], string> = {
  none: 'So we do not lower how sure we can be for study quality.',
  serious: 'So we lower how sure we can be about every pooled result by one level.',
  'very-serious': 'So we lower how sure we can be about every pooled result by two levels.',
};

function qualitySlide(dataset: EvidenceDataset): Slide {
  const { quality, notReported } = dataset.review;
  const tool = notReported.filter((gap) => /quality or risk-of-bias/i.test(gap.topic));
  return {
    ...emptySlide('quality', 'quality', 'How good are the studies?'),
    lead: sourced(quality.text, ref(quality)),
    body: [
      ours('our-rating', QUALITY_STEP_WORDS[quality.certaintyConcern], ref(quality)),
      ...tool.map((gap) => sourced(`${gap.topic}: not in our sources.`, ref(gap))),
    ],
    notes: [
      ours('our-rating', quality.certaintyConcernBasis, ref(quality)),
      ours(
        'our-guidance',
        'Our certainty ratings are our own, made with rules like GRADE’s. The review’s own ratings are not in our sources.',
      ),
    ],
  };
}

function practiceSlide(dataset: EvidenceDataset): Slide {
  const { review } = dataset;
  const ratings = significantOutcomes(dataset).flatMap((outcome) => {
    const summary = summariseOutcome(outcome, review);
    return summary.kind === 'significant' ? [{ outcome, level: summary.certainty.level }] : [];
  });
  const perType = review.notReported.filter((gap) => /each intervention type/i.test(gap.topic));
  return {
    ...emptySlide('practice', 'practice', 'What this means for practice'),
    body: [
      ours(
        'our-rating',
        `Use only the certainty words each result allows. Our ratings: ${ratings.map(({ outcome, level }) => `${outcome.name.toLowerCase()} ${level}`).join('; ')}.`,
        ...ratings.map(({ outcome }) => ref(outcome.result)),
        ref(review.quality),
      ),
      sourced(review.harms.text, ref(review.harms)),
      ours(
        'our-guidance',
        'Do not choose between the three types on this evidence: our sources give no result for each type.',
        ...perType.map(ref),
      ),
      ours('our-guidance', 'Use the review alongside clinical judgement and what each family wants.'),
    ],
    notes: [
      ours(
        'our-guidance',
        'The website gives each outcome a sentence a practitioner can repeat to a family, with the same certainty word as these slides.',
      ),
      sourced('The authors call for more high-quality research.', ref(review.quality)),
    ],
  };
}

function discussionSlide(dataset: EvidenceDataset): Slide {
  const reachingZero = significantOutcomes(dataset).filter((outcome) => {
    const summary = summariseOutcome(outcome, dataset.review);
    return summary.kind === 'significant' && summary.oriented.oriented.lower <= 0;
  });
  const nulls = dataset.outcomes.filter((outcome) => outcome.result.status === 'no-significant-difference');
  const studies = dataset.review.keyFigures.find((figure) => figure.id === 'studies');
  const body: DeckText[] = [
    ...reachingZero.map((outcome) =>
      ours(
        'our-guidance',
        `The ${outcome.name.toLowerCase()} interval starts at ${formatInterval(summariseOutcomeOriented(outcome, dataset)).split(' to ')[0] ?? ''}. How would you explain that to a parent?`,
        ref(outcome.result),
      ),
    ),
    ...(nulls.length > 0
      ? [
          ours(
            'our-guidance',
            `What would you tell a family about ${joinWords(nulls.map((outcome) => outcome.name.toLowerCase()))}, where there was no significant difference?`,
            ...nulls.map((outcome) => ref(outcome.result)),
          ),
        ]
      : []),
    ours(
      'our-guidance',
      'Very few studies were rated good quality. What would make you more confident?',
      ref(dataset.review.quality),
    ),
    ...(studies
      ? [
          ours(
            'our-guidance',
            `What would you want to know about the ${studies.display} studies before planning a service?`,
            ref(studies),
          ),
        ]
      : []),
  ];
  return {
    ...emptySlide('discussion', 'discussion', 'Questions to discuss'),
    body,
    notes: [ours('our-guidance', 'Give pairs a few minutes per question, then take one answer from each table.')],
  };
}

function summariseOutcomeOriented(outcome: Outcome, dataset: EvidenceDataset): { lower: number; upper: number } {
  const summary = summariseOutcome(outcome, dataset.review);
  return summary.kind === 'significant' ? summary.oriented.oriented : { lower: Number.NaN, upper: Number.NaN };
}

function sourcesSlide(dataset: EvidenceDataset, slides: readonly Slide[]): Slide {
  const used = deckSourceIds(slides);
  const sourceList = used.flatMap((sourceId) => {
    const source = dataset.sources.find((candidate) => candidate.id === sourceId);
    // The address we cite: the original where our sources hold it, not a staging site or mirror (source-hosts.ts).
    const url = citedSourceLink(dataset, source)?.href ?? null;
    return source ? [{ sourceId, title: source.title ?? url ?? source.id, url }] : [];
  });
  return {
    ...emptySlide('sources', 'sources', 'Sources'),
    sourceList,
    body: [
      ours(
        'our-guidance',
        'Every figure on the website links to its source, with where in it to look: see “About the evidence”.',
      ),
    ],
    notes: [
      ours('our-guidance', 'Point people to the website’s “About the evidence” page for how to cite the review.'),
    ],
  };
}

/** Every source a set of slides cites, in order of first use. */
export function deckSourceIds(slides: readonly Slide[]): string[] {
  const ids: string[] = [];
  for (const slide of slides) {
    const texts = [slide.lead, ...slide.body, ...slide.notes].filter((text): text is DeckText => text !== null);
    const refs = [...slide.figures.map((figure) => figure.source), ...texts.flatMap((text) => text.sources)];
    for (const source of refs) if (!ids.includes(source.sourceId)) ids.push(source.sourceId);
  }
  return ids;
}

/** The training deck, in the order a session runs: who, what, how to read it, each result, caveats, practice. */
export function buildDeck(dataset: EvidenceDataset): Slide[] {
  const outcomeSlides = dataset.outcomes
    .map((outcome) => outcomeSlide(outcome, dataset))
    .filter((slide): slide is Slide => slide !== null);
  const slides = [
    titleSlide(dataset),
    numbersSlide(dataset),
    typesSlide(dataset),
    howToReadSlide(dataset),
    ...outcomeSlides,
    nullOutcomesSlide(dataset),
    qualitySlide(dataset),
    practiceSlide(dataset),
    discussionSlide(dataset),
  ].filter((slide): slide is Slide => slide !== null);
  return [...slides, sourcesSlide(dataset, slides)];
}

export interface Footnote {
  number: number;
  sourceId: string;
  /** Every place in that source the slide's figures come from. */
  locators: string[];
}

/** The sources a slide cites on screen (not in its notes), numbered in order of first use, for its footnotes. */
export function slideFootnotes(slide: Slide): Footnote[] {
  const texts = [slide.lead, ...slide.body].filter((text): text is DeckText => text !== null);
  const refs = [...slide.figures.map((figure) => figure.source), ...texts.flatMap((text) => text.sources)];
  const footnotes: Footnote[] = [];
  for (const source of refs) {
    const existing = footnotes.find((footnote) => footnote.sourceId === source.sourceId);
    if (!existing)
      footnotes.push({ number: footnotes.length + 1, sourceId: source.sourceId, locators: [source.locator] });
    else if (!existing.locators.includes(source.locator)) existing.locators.push(source.locator);
  }
  return footnotes;
}

/** The footnote numbers of a sentence's sources, e.g. [1, 2]. */
export function footnoteNumbers(text: Pick<DeckText, 'sources'>, footnotes: readonly Footnote[]): number[] {
  const numbers = text.sources.flatMap(
    (source) => footnotes.find((footnote) => footnote.sourceId === source.sourceId)?.number ?? [],
  );
  return [...new Set(numbers)].sort((a, b) => a - b);
}

/** A short name for a source in a slide's footnote: its title up to the first colon. */
export function shortSourceName(source: { id: string; title: string | null; url: string | null }): string {
  const name = source.title ?? source.url ?? source.id;
  const beforeColon = name.split(':')[0] ?? name;
  return beforeColon.length <= 70 ? beforeColon : `${beforeColon.slice(0, 67).trimEnd()}…`;
}

/** 1-based slide number from a URL segment, or null when it is not a slide of this deck. */
export function parseSlideNumber(segment: string | undefined, slideCount: number): number | null {
  if (segment === undefined) return 1;
  if (!/^\d+$/.test(segment)) return null;
  const number = Number(segment);
  return number >= 1 && number <= slideCount ? number : null;
}
