import {
  COMMISSIONING_CATEGORIES,
  type CommissioningFact,
  type EvidenceDataset,
  type Programme,
  type ProgrammeField,
  type RatingFact,
  type TrialReport,
} from '../evidence/evidence-schema';
import { codedDomains } from '../evidence/catalogue';
import { sinceForProgramme, sinceResult } from '../evidence/since-the-review';
import { findSource, sourceDisplayName } from '../evidence/lookup';
import { countEvidence, evidenceCountText, participantText } from '../evidence/trial-samples';
import { reportLabel } from '../evidence/trials';
import {
  AGE_BAND_LABELS,
  DESIGN_CODES,
  DESIGN_SHORT_LABELS,
  DIRECTION_LABELS,
  DOMAINS,
  DOMAIN_LABELS,
  FORMAT_LABELS,
  SINCE_KIND_LABELS,
  SINCE_SOURCE_KIND_LABELS,
  type Domain,
} from '../evidence/vocabulary';
import {
  cell,
  row,
  type CellSource,
  type ComparisonCell,
  type ComparisonItem,
  type ComparisonRow,
  type ComparisonTable,
} from './comparison-model';
import { pages } from '../pages/pages';

// Programmes side by side. Every row comes from the dataset; every item keeps its source and locator; rows that are
// our coding or our arithmetic say so. Ratings stay on their own scales: a row lists each clearinghouse's rating with
// its scale, and nothing adds them up or ranks them.

const fieldItem = (field: ProgrammeField, label?: string): ComparisonItem[] =>
  field.value === null
    ? []
    : [
        {
          text: field.value,
          ...(label ? { label } : {}),
          sources: field.sourceId ? [{ sourceId: field.sourceId, locator: null }] : [],
          ...(field.note ? { note: field.note } : {}),
        },
      ];

const factItem = (fact: CommissioningFact | RatingFact, label?: string): ComparisonItem => ({
  text: fact.value,
  ...(label ? { label } : {}),
  sources: [{ sourceId: fact.sourceId, locator: fact.locator }],
  ...('scale' in fact ? { note: fact.scale } : fact.note ? { note: fact.note } : {}),
  ...(fact.caveat ? { caveat: fact.caveat } : {}),
});

const trialSource = (trial: TrialReport): CellSource => ({ sourceId: trial.sourceId, locator: trial.citation.title });

/** The same short label as the programme and outcome pages ("Sadler 2013"), never a placeholder author note. */
export function trialLabel(trial: TrialReport): string {
  return reportLabel(trial);
}

/** What the trials of one set of reports found, per outcome domain and design: each finding as coded by us, by report. */
export function findingsItems(trials: readonly TrialReport[]): ComparisonItem[] {
  const evidence = trials.filter((trial) => trial.reportKind !== 'summary');
  return DOMAINS.flatMap((domain: Domain) => {
    const parts = DESIGN_CODES.flatMap((design) => {
      const findings = evidence
        .filter((trial) => trial.designCode === design)
        .flatMap((trial) =>
          trial.outcomes
            .filter((outcome) => codedDomains(outcome).includes(domain))
            .map((outcome) => ({ trial, outcome })),
        );
      if (findings.length === 0) return [];
      // Each finding named with its report, never a tally: counting findings for and against is vote counting, which
      // weighs a small pilot like a large trial (audit P25, decision on /about).
      const listed = findings.map(
        (finding) =>
          `${reportLabel(finding.trial)} ${DIRECTION_LABELS[finding.outcome.coding.direction].toLowerCase()}`,
      );
      return [
        {
          text: `${DESIGN_SHORT_LABELS[design]}: ${listed.join('; ')}`,
          trials: [...new Set(findings.map((finding) => finding.trial))],
        },
      ];
    });
    if (parts.length === 0) return [];
    const sourceTrials = [...new Set(parts.flatMap((part) => part.trials))];
    return [
      {
        label: DOMAIN_LABELS[domain],
        text: parts.map((part) => part.text).join('; '),
        sources: sourceTrials.map(trialSource),
      },
    ];
  });
}

function programmeCells(dataset: EvidenceDataset, programme: Programme) {
  const trials = dataset.trials.filter((trial) => trial.programmeId === programme.id);
  const count = countEvidence(trials, dataset.possibleOverlaps);
  const type = dataset.review.interventionTypes.find((candidate) => candidate.id === programme.type);
  const { commissioning } = programme;
  const ratings = commissioning.ratings.facts.filter((fact) => fact.scheme !== 'eif-cost');
  const costRatings = commissioning.ratings.facts.filter((fact) => fact.scheme === 'eif-cost');
  const allSourceIds = [
    ...new Set([
      ...programme.sourceIds,
      ...trials.flatMap((trial) => [trial.sourceId, ...trial.additionalSourceIds]),
      ...COMMISSIONING_CATEGORIES.flatMap((category) => commissioning[category].facts.map((fact) => fact.sourceId)),
    ]),
  ];
  return {
    type: cell([
      {
        text: type?.name ?? programme.type,
        sources: type ? [{ sourceId: type.sourceId, locator: type.locator }] : [],
        note: `Our coding. Why: ${programme.typeBasis}`,
      },
    ]),
    whatItIs: cell([
      { label: 'Our summary', text: programme.catalogue.summary, sources: [] },
      ...fieldItem(programme.fields.selfDescription, 'In its own words'),
    ]),
    whoFor: cell(fieldItem(programme.fields.targetPopulation)),
    childAge: cell([
      ...fieldItem(programme.fields.childAge),
      {
        label: 'Our coding',
        text: programme.catalogue.childAgeBands.map((band) => AGE_BAND_LABELS[band]).join(', '),
        sources: [],
      },
    ]),
    format: cell([
      ...fieldItem(programme.fields.format),
      {
        label: 'Our coding',
        text: programme.catalogue.formats.map((format) => FORMAT_LABELS[format]).join(', '),
        sources: [],
      },
    ]),
    dose: cell([...fieldItem(programme.fields.length), ...commissioning.dose.facts.map((fact) => factItem(fact))]),
    deliveredBy: cell([
      ...fieldItem(programme.fields.deliveredBy),
      ...commissioning.deliveredBy.facts.map((fact) => factItem(fact)),
    ]),
    training: cell(commissioning.training.facts.map((fact) => factItem(fact))),
    ukDelivery: cell(commissioning.ukDelivery.facts.map((fact) => factItem(fact))),
    origin: cell(fieldItem(programme.fields.countryOfOrigin)),
    // Every other commissioning fact, whichever way it points: trial results reported by clearinghouses and
    // commissioners (such as the NSPCC's UK trial of Minding the Baby), caseloads, referral routes and settings.
    otherFacts: cell(commissioning.other.facts.map((fact) => factItem(fact, fact.sourceName))),
    ratings: cell(ratings.map((fact) => factItem(fact, fact.schemeName))),
    cost: cell([
      ...costRatings.map((fact) => factItem(fact, fact.schemeName)),
      ...commissioning.costPerParticipant.facts.map((fact) => factItem(fact, 'Cost per participant')),
    ]),
    studies: cell(
      count.reportCount === 0
        ? []
        : [
            {
              text: evidenceCountText(count),
              sources: trials.map(trialSource),
              note: [
                'Our count: reports count as one trial only where our sources say they share a sample or a registration; a developer’s summary adds none.',
                ...count.overlaps.map((overlap) => `Possible overlap: ${overlap.basis}`),
              ].join(' '),
            },
          ],
      { missing: 'No trials in our sources' },
    ),
    participants: cell(
      count.samples.length === 0 || count.samplesWithoutParticipants === count.samples.length
        ? []
        : [
            {
              text: participantText(count),
              sources: trials.filter((trial) => trial.n !== null).map(trialSource),
              note: [
                'Derived: for each study, the largest number randomised or enrolled that any of its reports states.',
                ...trials.flatMap((trial) => (trial.nCounts ? [`${trialLabel(trial)}: ${trial.nCounts.note}`] : [])),
              ].join(' '),
            },
          ],
      { missing: 'Not reported in our sources' },
    ),
    findings: cell(findingsItems(trials), { missing: 'No trial outcomes in our sources' }),
    sinceTheReview: cell(
      sinceForProgramme(dataset, programme.id).map((entry) => {
        const result = sinceResult(entry);
        return {
          label: entry.label,
          text: result.quoted ? `“${result.quoted}”` : (result.missing ?? ''),
          sources: [{ sourceId: entry.sourceId, locator: null }],
          note: `${SINCE_KIND_LABELS[entry.kind]}; source: ${SINCE_SOURCE_KIND_LABELS[entry.sourceKind].toLowerCase()}; ${entry.year ?? 'year not in our sources'}`,
          ...(entry.caution ? { caveat: entry.caution } : {}),
        };
      }),
      { missing: 'No newer studies in our sources' },
    ),
    reports: cell(
      trials.map((trial) => ({
        text: `${trialLabel(trial)}: ${trial.citation.title}`,
        sources: [trialSource(trial)],
        note: [
          trial.design,
          trial.n !== null ? `N = ${trial.n}` : 'N not reported in our sources',
          trial.country ?? 'country not reported in our sources',
        ].join('; '),
      })),
      { missing: 'No trials in our sources' },
    ),
    sources: cell(
      allSourceIds.map((sourceId) => {
        const source = findSource(dataset, sourceId);
        return { text: source ? sourceDisplayName(source) : sourceId, sources: [{ sourceId, locator: null }] };
      }),
    ),
  } satisfies Record<string, ComparisonCell>;
}

type ProgrammeCellId = keyof ReturnType<typeof programmeCells>;

const PROGRAMME_ROWS: { id: ProgrammeCellId; label: string; ourCoding?: boolean; basis?: string }[] = [
  {
    id: 'type',
    label: 'Type of intervention (our coding)',
    ourCoding: true,
    basis: 'The review’s own coding of each study is not in our sources; we chose each programme’s type and say why.',
  },
  { id: 'whatItIs', label: 'What it is' },
  { id: 'whoFor', label: 'Who it is for' },
  { id: 'childAge', label: 'Child’s age' },
  { id: 'format', label: 'Format' },
  { id: 'dose', label: 'Dose: sessions, length and duration' },
  { id: 'deliveredBy', label: 'Who delivers it' },
  { id: 'training', label: 'Training and supervision' },
  { id: 'ukDelivery', label: 'Delivered in the UK' },
  { id: 'origin', label: 'Where it comes from' },
  { id: 'otherFacts', label: 'Other facts and results from commissioning sources' },
  { id: 'ratings', label: 'Ratings by clearinghouses (each on its own scale)' },
  { id: 'cost', label: 'Cost' },
  {
    id: 'studies',
    label: 'Studies and reports in our sources',
    ourCoding: true,
    basis: 'Our count from the trial reports our sources name; not the review’s list of 77 studies.',
  },
  {
    id: 'participants',
    label: 'Participants (total)',
    ourCoding: true,
    basis:
      'Our sum of the numbers randomised or enrolled (or analysed, where that is the only number), with possible double counts flagged.',
  },
  {
    id: 'findings',
    label: 'What its trials found, by outcome and design',
    ourCoding: true,
    basis:
      'Each finding as the source states it, with its report, coded by us as improved, no difference, mixed, or not a tested effect. We list findings and do not count them for and against: a tally would weigh a small pilot like a large trial, and it is not a result.',
  },
  {
    id: 'sinceTheReview',
    label: 'Since the review: newer studies, in their own words',
    basis: 'Not part of the review’s results and never pooled with them; each with its source kind and caution.',
  },
  { id: 'reports', label: 'Trial reports' },
  { id: 'sources', label: 'All sources' },
];

/** Rows comparing the given programmes, in the order given. */
export function compareProgrammes(dataset: EvidenceDataset, programmes: readonly Programme[]): ComparisonTable {
  const cellsByProgramme = programmes.map((programme) => programmeCells(dataset, programme));
  const rows: ComparisonRow[] = PROGRAMME_ROWS.map((definition) =>
    row(
      definition.id,
      definition.label,
      cellsByProgramme.map((cells) => cells[definition.id]),
      {
        ...(definition.ourCoding ? { ourCoding: true } : {}),
        ...(definition.basis ? { basis: definition.basis } : {}),
      },
    ),
  );
  return {
    kind: 'programmes',
    columns: programmes.map((programme) => ({
      id: programme.id,
      name: programme.name,
      path: pages.programme.href(programme.id),
    })),
    rows,
  };
}
