import { INTERVENTION_TYPE_IDS, type InterventionTypeId } from './dataset-ids';
import type { EvidenceDataset, Programme, TrialReport, TrialOutcome } from './evidence-schema';
import { groupReportsByTrial, reportLabel, trialDesignSummary } from './trials';
import {
  AGE_BANDS,
  AGE_BAND_LABELS,
  DESIGN_CODES,
  DESIGN_LABELS,
  DOMAINS,
  DOMAIN_LABELS,
  FORMATS,
  FORMAT_LABELS,
  type DesignCode,
  type Domain,
  type Direction,
  type Comparison,
} from './vocabulary';
import { UK_DELIVERY_LABELS, UK_DELIVERY_VALUES, ukDelivery } from './uk-delivery';

// The intervention catalogue: which facet values each programme has, filters read from and written to the URL, and
// faceted counts. Pure functions, so the same rules serve the page, the evidence map and the tests.

// "Delivered in the UK" comes first: it is the question a health visitor or commissioner asks first, and it is a
// different question from the country of the trials (last).
export const FACET_IDS = ['delivered', 'type', 'outcome', 'format', 'age', 'design', 'country'] as const;
export type FacetId = (typeof FACET_IDS)[number];

/** Every facet except UK delivery and country is our coding, and its label says so wherever it is shown. */
export const FACET_LABELS: Record<FacetId, string> = {
  delivered: 'Delivered in the UK (from commissioning sources)',
  type: 'Type of intervention (our coding)',
  outcome: 'Outcome measured in its trials (our coding)',
  format: 'How it is delivered (our coding)',
  age: 'Child’s age (our coding)',
  design: 'Strongest design of its trials (our coding)',
  country: 'Country of its trials',
};

export type CatalogueFilters = Record<FacetId, string[]>;

export const NO_TRIALS = 'none';

export interface ProgrammeFacts {
  programme: Programme;
  /** Every trial report in the dataset for this programme, summaries included. */
  trials: TrialReport[];
  strongestDesign: DesignCode | typeof NO_TRIALS;
  countries: string[];
  domains: Domain[];
  values: Record<FacetId, string[]>;
}

/** "USA (New Haven, Connecticut)" → "USA". */
export function countryName(country: string | null): string | null {
  if (!country) return null;
  const name = country.split('(')[0]?.trim();
  return name ? name : null;
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** Trial reports that carry evidence of their own: a developer's summary of trials already listed does not. */
export function countsAsEvidence(trial: TrialReport): boolean {
  return trial.reportKind !== 'summary';
}

/** "6 trials (8 reports): 5 RCT; 1 before and after": each trial (one sample) counted once, its reports in brackets. */
export function designSummary(trials: readonly TrialReport[]): string {
  return trialDesignSummary(trials.filter(countsAsEvidence));
}

export function strongestDesign(trials: readonly TrialReport[]): DesignCode | typeof NO_TRIALS {
  const codes = trials.filter(countsAsEvidence).map((trial) => trial.designCode);
  return DESIGN_CODES.find((code) => codes.includes(code)) ?? NO_TRIALS;
}

export function programmeFacts(dataset: EvidenceDataset): ProgrammeFacts[] {
  return dataset.programmes.map((programme) => {
    const trials = dataset.trials.filter((trial) => trial.programmeId === programme.id);
    const evidence = trials.filter(countsAsEvidence);
    const countries = unique(
      evidence.map((trial) => countryName(trial.country)).filter((name): name is string => name !== null),
    ).sort();
    const domains = DOMAINS.filter((domain) =>
      evidence.some((trial) => trial.outcomes.some((outcome) => codedDomains(outcome).includes(domain))),
    );
    const design = strongestDesign(trials);
    return {
      programme,
      trials,
      strongestDesign: design,
      countries,
      domains,
      values: {
        delivered: [ukDelivery(programme).value],
        type: [programme.type],
        outcome: domains,
        format: programme.catalogue.formats,
        age: programme.catalogue.childAgeBands,
        design: [design],
        country: countries,
      },
    };
  });
}

export interface FacetOption {
  value: string;
  label: string;
}

/** Every value each facet can take, in display order, with its label. */
export function facetOptions(
  dataset: EvidenceDataset,
  facts: readonly ProgrammeFacts[],
): Record<FacetId, FacetOption[]> {
  const typeName = (id: InterventionTypeId) =>
    dataset.review.interventionTypes.find((type) => type.id === id)?.name ?? id;
  return {
    delivered: UK_DELIVERY_VALUES.map((value) => ({ value, label: UK_DELIVERY_LABELS[value] })),
    type: INTERVENTION_TYPE_IDS.map((id) => ({ value: id, label: typeName(id) })),
    outcome: DOMAINS.map((domain) => ({ value: domain, label: DOMAIN_LABELS[domain] })),
    format: FORMATS.map((format) => ({ value: format, label: FORMAT_LABELS[format] })),
    age: AGE_BANDS.map((band) => ({ value: band, label: AGE_BAND_LABELS[band] })),
    design: [
      ...DESIGN_CODES.map((code) => ({ value: code, label: DESIGN_LABELS[code] })),
      { value: NO_TRIALS, label: 'No trials in our dataset' },
    ],
    country: unique(facts.flatMap((fact) => fact.countries))
      .sort()
      .map((country) => ({ value: country, label: country })),
  };
}

export const emptyFilters = (): CatalogueFilters => ({
  delivered: [],
  type: [],
  outcome: [],
  format: [],
  age: [],
  design: [],
  country: [],
});

export interface ParsedFilters {
  filters: CatalogueFilters;
  /** Parameters that were not understood, as "name=value", for a notice. */
  ignored: string[];
}

const isFacetId = (name: string): name is FacetId => (FACET_IDS as readonly string[]).includes(name);

/**
 * Reads filters from URL parameters. Unknown names or values are ignored and listed, never thrown: each is named in
 * words, e.g. `outcome=sleep (“sleep” is not one of the choices under “Outcome measured in its trials (our coding)”)`.
 */
export function parseFilters(parameters: URLSearchParams, options: Record<FacetId, FacetOption[]>): ParsedFilters {
  const filters = emptyFilters();
  const ignored: string[] = [];
  for (const [name, value] of parameters) {
    if (!isFacetId(name)) {
      ignored.push(`${name}=${value} (there is no filter called “${name}”)`);
      continue;
    }
    if (!options[name].some((option) => option.value === value)) {
      ignored.push(`${name}=${value} (“${value}” is not one of the choices under “${FACET_LABELS[name]}”)`);
      continue;
    }
    if (!filters[name].includes(value)) filters[name].push(value);
  }
  return { filters, ignored };
}

/** Writes filters as URL parameters in a stable order, so equal filters give equal, shareable URLs. */
export function filtersToParameters(
  filters: CatalogueFilters,
  options: Record<FacetId, FacetOption[]>,
): URLSearchParams {
  const parameters = new URLSearchParams();
  for (const facet of FACET_IDS) {
    for (const option of options[facet])
      if (filters[facet].includes(option.value)) parameters.append(facet, option.value);
  }
  return parameters;
}

export function toggleFilter(filters: CatalogueFilters, facet: FacetId, value: string): CatalogueFilters {
  const current = filters[facet];
  return {
    ...filters,
    [facet]: current.includes(value) ? current.filter((item) => item !== value) : [...current, value],
  };
}

export const activeFilterCount = (filters: CatalogueFilters): number =>
  FACET_IDS.reduce((total, facet) => total + filters[facet].length, 0);

/** Within a facet, any chosen value matches (OR); across facets, all must match (AND). */
function matches(fact: ProgrammeFacts, filters: CatalogueFilters, skip?: FacetId): boolean {
  return FACET_IDS.every(
    (facet) =>
      facet === skip ||
      filters[facet].length === 0 ||
      filters[facet].some((value) => fact.values[facet].includes(value)),
  );
}

export function applyFilters(facts: readonly ProgrammeFacts[], filters: CatalogueFilters): ProgrammeFacts[] {
  return facts.filter((fact) => matches(fact, filters));
}

/**
 * How many programmes each value would show, given the filters chosen in the other facets: the usual faceted-search
 * count, so a number beside an unticked box says what ticking it would add.
 */
export function facetCounts(
  facts: readonly ProgrammeFacts[],
  filters: CatalogueFilters,
  facet: FacetId,
  value: string,
): number {
  return facts.filter((fact) => matches(fact, filters, facet) && fact.values[facet].includes(value)).length;
}

/** One finding as stated by one report, with our coding. */
export interface EvidenceMapFinding {
  reportId: string;
  citation: string;
  measure: string;
  resultText: string;
  direction: Exclude<Direction, 'not-comparable'>;
  comparison: Comparison;
  reason: string | null;
}

/**
 * One glyph on the map: one trial's findings in one domain, whichever of its reports they come from. A follow-up that
 * repeats a result does not add a second glyph, nor does a before-and-after finding of a trial that also compared
 * groups: the glyph's comparison and direction are those of the trial's strongest comparison for that domain.
 */
export const COMPARISON_STRENGTH: readonly Comparison[] = [
  'controlled',
  'two-active-treatments',
  'before-after',
  'not-stated',
];

export interface EvidenceMapEntry {
  sampleId: string;
  /** The trial's label: its main report's first author and year. */
  label: string;
  comparison: Comparison;
  /** The findings' direction when they agree; mixed when they do not. */
  direction: Exclude<Direction, 'not-comparable'>;
  findings: EvidenceMapFinding[];
}

export interface EvidenceMapRow {
  programmeId: string;
  name: string;
  cells: Record<Domain, EvidenceMapEntry[]>;
}

/** The domains a coded finding counts in: its own, and any others the same stated result covers. */
export function codedDomains(outcome: TrialOutcome): Domain[] {
  return [outcome.coding.domain, ...(outcome.coding.alsoDomains ?? [])];
}

export function shortCitation(trial: TrialReport): string {
  return reportLabel(trial);
}

/**
 * Evidence map state: for each programme, per domain, one entry per trial. Summaries and results
 * that are not an effect of the programme (feasibility, moderation, a pilot's "may") are left out.
 */
export function evidenceMapRows(facts: readonly ProgrammeFacts[]): EvidenceMapRow[] {
  return facts.map((fact) => {
    const cells = Object.fromEntries(DOMAINS.map((domain) => [domain, [] as EvidenceMapEntry[]])) as Record<
      Domain,
      EvidenceMapEntry[]
    >;
    for (const trial of groupReportsByTrial(fact.trials.filter(countsAsEvidence))) {
      const label = trial.reports[0] ? shortCitation(trial.reports[0]) : trial.sampleId;
      for (const report of trial.reports) {
        for (const outcome of report.outcomes) {
          const { direction, comparison, reason } = outcome.coding;
          if (direction === 'not-comparable') continue;
          for (const domain of codedDomains(outcome)) {
            const finding: EvidenceMapFinding = {
              reportId: report.id,
              citation: shortCitation(report),
              measure: outcome.measure,
              resultText: outcome.resultText,
              direction,
              comparison,
              reason,
            };
            // One mark per trial and outcome (P8): the mark takes its direction from the trial's strongest kind of
            // comparison for that outcome; weaker findings of the same trial stay listed in it, each with its comparison.
            const entry = cells[domain].find((item) => item.sampleId === trial.sampleId);
            if (!entry) {
              cells[domain].push({
                sampleId: trial.sampleId,
                label,
                comparison,
                direction,
                findings: [{ ...finding }],
              });
              continue;
            }
            entry.findings.push(finding);
            const rank = COMPARISON_STRENGTH.indexOf(comparison) - COMPARISON_STRENGTH.indexOf(entry.comparison);
            if (rank < 0) {
              entry.comparison = comparison;
              entry.direction = direction;
            } else if (rank === 0 && entry.direction !== direction) {
              entry.direction = 'mixed';
            }
          }
        }
      }
    }
    return { programmeId: fact.programme.id, name: fact.programme.name, cells };
  });
}

/** Tallies a cell's entries (trials) by direction. */
export function tallyDirections(entries: readonly EvidenceMapEntry[]): Record<EvidenceMapEntry['direction'], number> {
  const tally = {
    improved: 0,
    'better-than-before': 0,
    'better-than-other-treatment': 0,
    'no-difference': 0,
    mixed: 0,
  };
  for (const entry of entries) tally[entry.direction] += 1;
  return tally;
}
