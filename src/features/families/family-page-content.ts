import type { EvidenceDataset, Outcome } from '../../domain/evidence/evidence-schema';
import { helpNowByNation, type HelpNow } from '../../domain/evidence/help-now';
import { FAMILY_OUTCOME_WORDS, familyVerdict, type FamilyVerdict } from '../../domain/plain-language/family-words';
import { summariseOutcome } from '../../domain/plain-language/outcome-summary';
import { resolveTakingPart, TAKING_PART } from './taking-part';

/**
 * Everything a family page says, as plain data. The page renders this and nothing else in its body, and the
 * reading-level and jargon tests read the same data, so what is measured is what is shown.
 */
export interface FamilySection {
  id: string;
  heading: string;
  paragraphs: string[];
  bullets?: string[];
  /** A closing note under the bullets. */
  after?: string;
}

/** One source, and which parts of the page it supports. */
export interface FamilySource {
  sourceId: string;
  supports: string[];
  /** The programmes whose "taking part" facts this source gives, if any. */
  programmes: string[];
}

/** "If you need help now": whom to contact, by nation, near the top of every family page and on paper. */
export interface FamilyHelpNow extends HelpNow {
  heading: string;
  intro: string[];
}

export interface FamilyPageContent {
  title: string;
  lead: string[];
  helpNow: FamilyHelpNow;
  verdict?: FamilyVerdict;
  sections: FamilySection[];
  sources: FamilySource[];
}

/** The text of "Where this comes from", before the list of sources. */
export const WHERE_FROM_INTRO = [
  'Each part of this page comes from the sources below.',
  'The words about how sure we are follow this website’s own rules. They are not the researchers’ own rating.',
];

/** The name a parent can ask for. Our words: the review's kind of help, as services and parents call it. */
export const HELP_NAME = 'parent-infant therapy';

export const QUESTIONS = [
  `Is there ${HELP_NAME} near me?`,
  'Who would I see, and where?',
  'How often would we meet, and for how long?',
  'Can my child come too?',
  'What other help is there for me and my child?',
];

const joinWithOr = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;

class SourceList {
  private readonly bySource = new Map<string, FamilySource>();
  add(sourceId: string, supports: string, programme?: string) {
    const entry = this.bySource.get(sourceId) ?? { sourceId, supports: [], programmes: [] };
    if (!entry.supports.includes(supports)) entry.supports.push(supports);
    if (programme && !entry.programmes.includes(programme)) entry.programmes.push(programme);
    this.bySource.set(sourceId, entry);
  }
  toArray(): FamilySource[] {
    return [...this.bySource.values()];
  }
}

/** Strips abbreviations and variant lists from a programme's name: "Minding the Baby (MTB)" → "Minding the Baby". */
export const shortName = (name: string) => name.replace(/\s*\(.*$/, '');

function whatThisHelpIs(dataset: EvidenceDataset, sources: SourceList): FamilySection {
  const { review } = dataset;
  sources.add(review.report.sourceId, 'who the help is for');
  review.interventionTypes.forEach((type) => sources.add(type.sourceId, 'what this help is'));
  const facts = resolveTakingPart(dataset);
  facts.forEach((fact) =>
    sources.add(fact.sourceId, `taking part: ${shortName(fact.programme.name)}`, shortName(fact.programme.name)),
  );
  return {
    id: 'taking-part',
    heading: 'What this help is like',
    paragraphs: [
      'This help is for parents and carers of children under 5. A trained worker helps you think about your child’s feelings and your own. You look at how these feelings shape what you both do.',
      `It is often called ${HELP_NAME}. You can ask for it by that name.`,
    ],
    bullets: TAKING_PART.map((fact) => fact.text),
    // Our sources describe 14 programmes of this kind; they are not the review's list of studies, and one of them
    // (the source of "10 weeks") has no results at all (issue 17, P10).
    after:
      'These facts come from some programmes of this kind. Not all of them were in the research. What is on offer near you may be different.',
  };
}

function studiesSentence(dataset: EvidenceDataset, sources: SourceList): string {
  const studies = dataset.review.keyFigures.find((figure) => figure.id === 'studies');
  if (!studies) return 'Researchers at the Anna Freud Centre looked at the studies of this help.';
  sources.add(studies.sourceId, 'the number of studies');
  return `Researchers at the Anna Freud Centre looked at ${studies.display} studies of this help.`;
}

function isSafe(dataset: EvidenceDataset, sources: SourceList): FamilySection {
  sources.add(dataset.review.harms.sourceId, 'no harm reported');
  // The source says only that no harmful outcomes were reported: the heading must not promise that it is safe (P11).
  return {
    id: 'safe',
    heading: 'Was any harm reported?',
    paragraphs: [
      'The studies did not report any harm from this help.',
      'This does not prove that it is safe. Some studies may not have looked for harm.',
    ],
  };
}

/** Whom to contact now. Each entry links to its own source in the box, so "Where this comes from" does not repeat them. */
function helpNow(dataset: EvidenceDataset): FamilyHelpNow {
  const help = helpNowByNation(dataset);
  return {
    ...help,
    heading: 'If you need help now',
    intro: ['If you feel very low or unwell, do not wait. Get help now.'],
  };
}

/** Everything an outcome's family page says. */
export function familyOutcomePage(dataset: EvidenceDataset, outcome: Outcome): FamilyPageContent {
  const sources = new SourceList();
  const words = FAMILY_OUTCOME_WORDS[outcome.id];
  const verdict = familyVerdict(summariseOutcome(outcome, dataset.review), words);
  sources.add(outcome.result.sourceId, 'what the research found');
  if (verdict.level !== 'no-difference') sources.add(dataset.review.quality.sourceId, 'how sure we are');

  const otherNulls = dataset.outcomes.filter(
    (other) => other.id !== outcome.id && other.result.status === 'no-significant-difference',
  );
  otherNulls.forEach((other) => sources.add(other.result.sourceId, 'what it did not find'));
  const byType = dataset.review.notReported.find((gap) => /intervention type/i.test(gap.topic));
  if (byType) sources.add(byType.sourceId, 'what it did not find');
  const notFound = [
    ...(otherNulls.length > 0
      ? [
          `The studies ${verdict.level === 'no-difference' ? 'also ' : ''}did not find a difference in ${joinWithOr(otherNulls.map((other) => FAMILY_OUTCOME_WORDS[other.id].topic))}.`,
        ]
      : []),
    ...(byType
      ? [
          'The reports we used give no results for each kind of help on its own. So we cannot say which kind works best.',
        ]
      : []),
  ];

  const lead = [
    'This page is for parents and carers.',
    studiesSentence(dataset, sources),
    `Here is what they found about one thing: ${words.topic}.`,
    words.whatItMeans,
  ];

  return {
    title: words.title,
    lead,
    helpNow: helpNow(dataset),
    verdict,
    sections: [
      { id: 'found', heading: 'What the research found', paragraphs: verdict.found },
      { id: 'how-sure', heading: 'How sure are we?', paragraphs: verdict.howSure },
      ...(notFound.length > 0 ? [{ id: 'not-found', heading: 'What it did not find', paragraphs: notFound }] : []),
      isSafe(dataset, sources),
      whatThisHelpIs(dataset, sources),
      { id: 'questions', heading: 'Questions to ask your health visitor or GP', paragraphs: [], bullets: QUESTIONS },
    ],
    sources: sources.toArray(),
  };
}

export interface FamilyOutcomeLink {
  outcomeId: string;
  title: string;
  verdict: FamilyVerdict;
}

/** The list page: what this help is, and one line per outcome. */
export function familyIndexPage(dataset: EvidenceDataset): FamilyPageContent & { outcomes: FamilyOutcomeLink[] } {
  const sources = new SourceList();
  const outcomes = dataset.outcomes.map((outcome) => {
    sources.add(outcome.result.sourceId, 'what the research found');
    const words = FAMILY_OUTCOME_WORDS[outcome.id];
    return {
      outcomeId: outcome.id,
      title: words.title,
      verdict: familyVerdict(summariseOutcome(outcome, dataset.review), words),
    };
  });
  sources.add(dataset.review.quality.sourceId, 'how sure we are');
  return {
    title: 'For parents and carers',
    lead: [
      'These pages explain research on help for parents and their young children.',
      studiesSentence(dataset, sources),
      'Each page below looks at one thing the studies measured.',
    ],
    helpNow: helpNow(dataset),
    sections: [whatThisHelpIs(dataset, sources), isSafe(dataset, sources)],
    outcomes,
    sources: sources.toArray(),
  };
}

/** What one source supports, as the list in "Where this comes from" shows it: "What the research found; no harm reported". */
export function sourceSupportsText(source: FamilySource): string {
  const text = source.supports.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Text ending with a full stop, as a sentence: "Call 111" → "Call 111.". */
export const asSentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** The words of the help-now box, in the order it shows them. */
export function helpNowBlocks(help: FamilyHelpNow, withLabels = true): string[] {
  const entries = [help.emergency, ...help.groups.flatMap((group) => group.entries)].flatMap((entry) =>
    entry ? [...(withLabels ? [entry.name] : []), asSentence(entry.contact), entry.when] : [],
  );
  return [...(withLabels ? [help.heading, ...help.groups.map((group) => group.label)] : []), ...help.intro, ...entries];
}

/** All the words a family page shows, as the blocks a reader meets them in (for reading-level and jargon checks). */
export function familyPageBlocks(content: FamilyPageContent & { outcomes?: FamilyOutcomeLink[] }): string[] {
  return [
    content.title,
    ...content.lead,
    ...helpNowBlocks(content.helpNow),
    ...(content.outcomes ?? []).flatMap((outcome) => [
      outcome.title,
      outcome.verdict.label,
      outcome.verdict.found[0] ?? '',
    ]),
    ...content.sections.flatMap((section) => [
      section.heading,
      ...section.paragraphs,
      ...(section.bullets ?? []),
      ...(section.after ? [section.after] : []),
    ]),
    ...WHERE_FROM_INTRO,
    ...content.sources.map(sourceSupportsText),
  ];
}

/** Only the running text (no headings or labels), for a stricter second reading-level figure. */
export function familyPageProse(content: FamilyPageContent & { outcomes?: FamilyOutcomeLink[] }): string[] {
  return [
    ...content.lead,
    ...helpNowBlocks(content.helpNow, false),
    ...(content.outcomes ?? []).map((outcome) => outcome.verdict.found[0] ?? ''),
    ...content.sections.flatMap((section) => [
      ...section.paragraphs,
      ...(section.bullets ?? []),
      ...(section.after ? [section.after] : []),
    ]),
    ...WHERE_FROM_INTRO,
  ];
}
