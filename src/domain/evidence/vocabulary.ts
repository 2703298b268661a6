// The project's own coding vocabularies, with the words the app shows for each code.

export const FORMATS = ['home-visiting', 'group', 'individual-parent', 'parent-child-sessions'] as const;
export type Format = (typeof FORMATS)[number];
export const FORMAT_LABELS: Record<Format, string> = {
  'home-visiting': 'Home visiting',
  group: 'Group',
  'individual-parent': 'One-to-one with the parent',
  'parent-child-sessions': 'Parent and child sessions (dyadic)',
};

export const AGE_BANDS = ['pregnancy', 'under-1', '1-to-2', '3-to-5', 'over-5', 'not-reported'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  pregnancy: 'Pregnancy',
  'under-1': 'Under 1 year',
  '1-to-2': '1 to 2 years',
  '3-to-5': '3 to 5 years',
  'over-5': 'Over 5 years',
  'not-reported': 'Age not reported',
};

/** Ordered strongest first. */
export const DESIGN_CODES = ['rct', 'quasi-experimental', 'controlled-unclear', 'pre-post', 'other'] as const;
export type DesignCode = (typeof DESIGN_CODES)[number];
export const DESIGN_LABELS: Record<DesignCode, string> = {
  rct: 'Randomised controlled trial (RCT)',
  'quasi-experimental': 'Quasi-experimental',
  'controlled-unclear': 'Controlled, randomisation not stated',
  'pre-post': 'Before and after, no comparison group',
  other: 'Other or unclear design',
};

/** Short forms for counts in running text: "4 RCTs, 1 before and after". */
export const DESIGN_SHORT_LABELS: Record<DesignCode, string> = {
  rct: 'RCT',
  'quasi-experimental': 'quasi-experimental',
  'controlled-unclear': 'controlled, randomisation not stated',
  'pre-post': 'before and after',
  other: 'other design',
};

/**
 * primary: the first report of a trial's main results; follow-up: later results from the same sample; secondary: another
 * analysis of the same sample; summary: a summary of reports already listed (belongs to no single trial).
 */
export const REPORT_KINDS = ['primary', 'follow-up', 'secondary', 'summary'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  primary: 'main report',
  'follow-up': 'follow-up report',
  secondary: 'secondary analysis',
  summary: 'summary of other reports',
};

export const DOMAINS = [
  'reflective-functioning',
  'parent-mental-health',
  'parenting-stress',
  'child-behaviour',
  'attachment',
  'interaction',
  'representations',
  'parenting',
  'child-development',
  'other',
] as const;
export type Domain = (typeof DOMAINS)[number];
/** The six domains that hold the review's outcomes start with the outcome's own name (see outcome-domains.ts). */
export const DOMAIN_LABELS: Record<Domain, string> = {
  'reflective-functioning': 'Parental reflective functioning',
  'parent-mental-health': 'Maternal depression and other parent mental health',
  'parenting-stress': 'Parental stress',
  'child-behaviour': 'Infant behaviour and other child symptoms',
  attachment: 'Infant attachment',
  interaction: 'Parent-infant interaction',
  representations: 'How parent or child see each other',
  parenting: 'Parenting',
  'child-development': 'Child development',
  other: 'Other outcomes',
};

/**
 * What a finding compares, our coding of the stated result: a controlled comparison (programme against a control or
 * usual-care group), before and after (change within a group, with no comparison), two active treatments compared, or
 * not stated. Only a controlled comparison can show an effect of the programme.
 */
export const COMPARISONS = ['controlled', 'before-after', 'two-active-treatments', 'not-stated'] as const;
export type Comparison = (typeof COMPARISONS)[number];
export const COMPARISON_LABELS: Record<Comparison, string> = {
  controlled: 'Controlled comparison',
  // A change within one group, even inside a randomised trial: the label is about the finding, not the trial's design
  // (audit P9).
  'before-after': 'Within-group change (not compared with another group)',
  'two-active-treatments': 'Two active treatments compared',
  'not-stated': 'Comparison not stated',
};

/**
 * Our coding of which way a stated result went. `improved` means better than a comparison group, and only a
 * controlled comparison can have it: a change within a group is `better-than-before`, and a contrast of two active
 * treatments is `better-than-other-treatment`; neither is an effect of the programme. `mixed`: better on some parts or
 * subgroups only. `not-comparable`: not a tested effect (feasibility, moderation, a pilot's "may improve").
 */
export const DIRECTIONS = [
  'improved',
  'better-than-before',
  'better-than-other-treatment',
  'no-difference',
  'mixed',
  'not-comparable',
] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DIRECTION_LABELS: Record<Direction, string> = {
  improved: 'Better than the comparison group',
  'better-than-before': 'Better than before only',
  'better-than-other-treatment': 'Better than another treatment',
  'no-difference': 'No difference',
  mixed: 'Mixed',
  // Not "no effect": nothing was tested against a comparison (a developer's summary, a pilot's "may", a moderation).
  'not-comparable': 'Not a tested effect',
};

/** The comparison each direction other than no-difference, mixed and not-comparable requires. */
export const DIRECTION_REQUIRES: Partial<Record<Direction, Comparison>> = {
  improved: 'controlled',
  'better-than-before': 'before-after',
  'better-than-other-treatment': 'two-active-treatments',
};

/** Newer evidence (since-the-review.json): what kind of study or record each entry is. */
export const SINCE_KINDS = ['trial', 'follow-up', 'review', 'registration'] as const;
export type SinceKind = (typeof SINCE_KINDS)[number];
export const SINCE_KIND_LABELS: Record<SinceKind, string> = {
  trial: 'Trial',
  'follow-up': 'Follow-up of a trial',
  review: 'Review of studies',
  registration: 'Registered study or protocol',
};
/** Where the entry's words were read. */
export const SINCE_SOURCE_KINDS = [
  'publisher or journal',
  'registry',
  'university repository',
  'abstract index',
  'secondary summary',
] as const;
export type SinceSourceKind = (typeof SINCE_SOURCE_KINDS)[number];
export const SINCE_SOURCE_KIND_LABELS: Record<SinceSourceKind, string> = {
  'publisher or journal': 'Journal or publisher',
  registry: 'Trial registry',
  'university repository': 'University repository',
  'abstract index': 'Abstract index (a secondary copy)',
  'secondary summary': 'Secondary summary',
};

/** What kind of change a dataset version made (content/changelog.json). */
export const CHANGE_KINDS = [
  'studies-added',
  'facts-added',
  'facts-corrected',
  'facts-shown',
  'findings-recoded',
  'counting',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  'studies-added': 'Studies added',
  'facts-added': 'Facts added',
  'facts-corrected': 'Facts corrected',
  'facts-shown': 'Facts now shown',
  'findings-recoded': 'Findings re-coded',
  counting: 'Counting',
};
