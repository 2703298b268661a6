import type { OutcomeId } from '../evidence/evidence-schema';
import type { CertaintyLevel, CertaintyStep } from './certainty';
import type { OutcomeSummary } from './outcome-summary';

/**
 * Everyday words for parents and carers. Every family sentence here is a function of the same verdict the practitioner
 * pages show (`summariseOutcome`), so the two can never disagree: only the words change, never the finding.
 */
export interface FamilyOutcomeWords {
  /** The page title, e.g. "Depression in mothers". */
  title: string;
  /** Completes "did not find a difference in …". */
  topic: string;
  /** Completes "Programmes like these may …" (plural verb), as `benefitPhrase` completes "These interventions may …". */
  helpPhrase: string;
  /** What this outcome is, in one or two short sentences. */
  whatItMeans: string;
}

/** Our plain wording for each outcome; the facts (and the verdict) come from the dataset. */
export const FAMILY_OUTCOME_WORDS: Record<OutcomeId, FamilyOutcomeWords> = {
  'parental-reflective-functioning': {
    title: 'Thinking about your child’s feelings',
    topic: 'how parents think about their child’s feelings',
    helpPhrase: 'help parents think about their child’s feelings and their own',
    whatItMeans:
      'This is about how a parent wonders what their child feels or wants. It is also about how the parent’s own feelings shape what they do.',
  },
  'maternal-depression': {
    title: 'Depression in mothers',
    topic: 'depression in mothers',
    helpPhrase: 'help mothers feel less depressed',
    whatItMeans:
      'Depression can mean low mood, losing interest in things and feeling very tired. Most parents in the studies were mothers.',
  },
  'infant-behaviour': {
    title: 'Your child’s behaviour and feelings',
    topic: 'how young children behave',
    helpPhrase: 'help young children with their behaviour and feelings',
    whatItMeans:
      'This is about how a young child behaves with others and copes with feelings. For example, how often they hit out or get very upset.',
  },
  'infant-attachment': {
    title: 'Your child’s bond with you',
    topic: 'the bond between children and their parents',
    helpPhrase: 'help children feel safe in their bond with their parent',
    whatItMeans:
      'This is the bond a child forms with the people who care for them. A child with a secure bond trusts you to be there when they are upset.',
  },
  'parental-stress': {
    title: 'Stress as a parent',
    topic: 'how stressed parents feel',
    helpPhrase: 'help parents feel less stressed',
    whatItMeans:
      'This is about how much strain a parent feels in caring for their child. For example, feeling that it is all too much.',
  },
  'parent-infant-interaction': {
    title: 'How you and your child get on',
    topic: 'how parents and children get on together',
    helpPhrase: 'help parents and children get on together',
    whatItMeans:
      'This is about what happens when you and your child are together. For example, how warm you are and how you respond to each other.',
  },
};

export type FamilyVerdictLevel = CertaintyLevel | 'no-difference';

export interface FamilyVerdict {
  /** The practitioner verdict this was made from: the certainty level, or "no-difference". */
  level: FamilyVerdictLevel;
  /** A short label for lists, e.g. "May help". */
  label: string;
  /** What the research found: the first sentence is the verdict. */
  found: string[];
  /** How sure the researchers can be, then why, in everyday words. */
  howSure: string[];
}

/** The subject of every verdict sentence: plural, like "These interventions" on the practitioner pages. */
const SUBJECT = 'programmes like these';
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Certainty word for word as the practitioner sentence has it (`certaintyStatement`): high, probably, may, very uncertain. */
function verdictSentence(level: CertaintyLevel, helpPhrase: string): string {
  switch (level) {
    case 'high':
      return `${capitalise(SUBJECT)} ${helpPhrase}.`;
    case 'moderate':
      return `${capitalise(SUBJECT)} probably ${helpPhrase}.`;
    case 'low':
      return `${capitalise(SUBJECT)} may ${helpPhrase}.`;
    case 'very low':
      return `We are very uncertain whether ${SUBJECT} ${helpPhrase}.`;
  }
}

const LABEL: Record<FamilyVerdictLevel, string> = {
  high: 'Helps',
  moderate: 'Probably helps',
  low: 'May help',
  'very low': 'Very uncertain',
  'no-difference': 'No difference found',
};

const HOW_SURE: Record<CertaintyLevel, string> = {
  high: 'We can be sure of this answer.',
  moderate: 'We are fairly sure. New research might change this answer a little.',
  low: 'We are not sure. New research could change this answer.',
  'very low': 'We are very uncertain. New research is likely to change this answer.',
};

/** Each reason the practitioner page gives for stepping certainty down, in everyday words. */
export function familyReason(step: CertaintyStep): string | null {
  if (step.levelsDown === 0) return null;
  switch (step.domain) {
    case 'study quality':
      return 'Very few of the studies were of good quality.';
    case 'inconsistency':
      return 'The studies did not agree well with each other.';
    case 'imprecision':
      return step.levelsDown >= 2
        ? 'It is possible that the help made no difference at all.'
        : 'The gain could be too small to notice.';
  }
}

/**
 * The family version of a practitioner verdict (`summariseOutcome`): same finding, same certainty, everyday words.
 * The comparison groups in the trials had usual care, other help (such as parenting classes) or nothing, so the
 * comparison is with "other care or none", not with "no help".
 */
export function familyVerdict(summary: OutcomeSummary, words: FamilyOutcomeWords): FamilyVerdict {
  if (summary.kind === 'no-difference') {
    return {
      level: 'no-difference',
      label: LABEL['no-difference'],
      found: [
        `The studies did not find a difference in ${words.topic}.`,
        `So we cannot say if ${SUBJECT} ${words.helpPhrase}.`,
        'This does not prove they make no difference. It means the studies could not show one.',
      ],
      howSure: ['The reports we used give no numbers for this, so we cannot say more.'],
    };
  }
  const { level, steps } = summary.certainty;
  const reasons = steps.map(familyReason).filter((reason): reason is string => reason !== null);
  return {
    level,
    label: LABEL[level],
    found: [
      verdictSentence(level, words.helpPhrase),
      'In the studies, families who had this help did better on average than families who had other care or none.',
    ],
    howSure: [HOW_SURE[level], ...reasons],
  };
}
