import { INTERVENTION_TYPE_IDS, type InterventionTypeId } from './dataset-ids';
import type { EvidenceDataset, Programme, Trial } from './evidence-schema';
import {
  AGE_BANDS,
  AGE_BAND_LABELS,
  DESIGN_CODES,
  DESIGN_LABELS,
  DESIGN_SHORT_LABELS,
  DOMAINS,
  DOMAIN_LABELS,
  FORMATS,
  FORMAT_LABELS,
  type DesignCode,
  type Domain,
  type Direction,
} from './vocabulary';

// The intervention catalogue: which facet values each programme has, filters read from and written to the URL, and
// faceted counts. Pure functions, so the same rules serve the page, the evidence map and the tests.

export const FACET_IDS = ['type', 'outcome', 'format', 'age', 'design', 'country'] as const;
export type FacetId = (typeof FACET_IDS)[number];

export const FACET_LABELS: Record<FacetId, string> = {
  type: 'Type of intervention',
  outcome: 'Outcome measured in its trials',
  format: 'How it is delivered',
  age: 'Child’s age',
  design: 'Strongest design of its evidence',
  country: 'Country of its trials',
};

export type CatalogueFilters = Record<FacetId, string[]>;

export const NO_TRIALS = 'none';

export interface ProgrammeFacts {
  programme: Programme;
  /** Every trial report in the dataset for this programme, summaries included. */
  trials: Trial[];
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

const unique = <T,>(values: T[]): T[] => [...new Set(values)];

/** Trial reports that carry evidence of their own: a developer's summary of trials already listed does not. */
export function countsAsEvidence(trial: Trial): boolean {
  return trial.reportKind !== 'summary';
}

/** "5 trial reports: 4 RCT; 1 before and after", counting reports that carry evidence of their own. */
export function designSummary(trials: readonly Trial[]): string {
  const reports = trials.filter(countsAsEvidence);
  if (reports.length === 0) return 'No trials in our dataset';
  const parts = DESIGN_CODES.map((code) => [code, reports.filter((trial) => trial.designCode === code).length] as const)
    .filter(([, count]) => count > 0)
    .map(([code, count]) => `${count} ${DESIGN_SHORT_LABELS[code]}`);
  return `${reports.length} trial ${reports.length === 1 ? 'report' : 'reports'}: ${parts.join('; ')}`;
}

export function strongestDesign(trials: readonly Trial[]): DesignCode | typeof NO_TRIALS {
  const codes = trials.filter(countsAsEvidence).map((trial) => trial.designCode);
  return DESIGN_CODES.find((code) => codes.includes(code)) ?? NO_TRIALS;
}

export function programmeFacts(dataset: EvidenceDataset): ProgrammeFacts[] {
  return dataset.programmes.map((programme) => {
    const trials = dataset.trials.filter((trial) => trial.programmeId === programme.id);
    const evidence = trials.filter(countsAsEvidence);
    const countries = unique(evidence.map((trial) => countryName(trial.country)).filter((name): name is string => name !== null)).sort();
    const domains = DOMAINS.filter((domain) => evidence.some((trial) => trial.outcomes.some((outcome) => outcome.coding.domain === domain)));
    const design = strongestDesign(trials);
    return {
      programme,
      trials,
      strongestDesign: design,
      countries,
      domains,
      values: {
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
export function facetOptions(dataset: EvidenceDataset, facts: readonly ProgrammeFacts[]): Record<FacetId, FacetOption[]> {
  const typeName = (id: InterventionTypeId) => dataset.review.interventionTypes.find((type) => type.id === id)?.name ?? id;
  return {
    type: INTERVENTION_TYPE_IDS.map((id) => ({ value: id, label: typeName(id) })),
    outcome: DOMAINS.map((domain) => ({ value: domain, label: DOMAIN_LABELS[domain] })),
    format: FORMATS.map((format) => ({ value: format, label: FORMAT_LABELS[format] })),
    age: AGE_BANDS.map((band) => ({ value: band, label: AGE_BAND_LABELS[band] })),
    design: [...DESIGN_CODES.map((code) => ({ value: code, label: DESIGN_LABELS[code] })), { value: NO_TRIALS, label: 'No trials in our dataset' }],
    country: unique(facts.flatMap((fact) => fact.countries))
      .sort()
      .map((country) => ({ value: country, label: country })),
  };
}

export const emptyFilters = (): CatalogueFilters => ({ type: [], outcome: [], format: [], age: [], design: [], country: [] });

export interface ParsedFilters {
  filters: CatalogueFilters;
  /** Parameters that were not understood, as "name=value", for a notice. */
  ignored: string[];
}

const isFacetId = (name: string): name is FacetId => (FACET_IDS as readonly string[]).includes(name);

/** Reads filters from URL parameters. Unknown names or values are ignored and listed, never thrown. */
export function parseFilters(parameters: URLSearchParams, options: Record<FacetId, FacetOption[]>): ParsedFilters {
  const filters = emptyFilters();
  const ignored: string[] = [];
  for (const [name, value] of parameters) {
    if (!isFacetId(name) || !options[name].some((option) => option.value === value)) {
      ignored.push(`${name}=${value}`);
      continue;
    }
    if (!filters[name].includes(value)) filters[name].push(value);
  }
  return { filters, ignored };
}

/** Writes filters as URL parameters in a stable order, so equal filters give equal, shareable URLs. */
export function filtersToParameters(filters: CatalogueFilters, options: Record<FacetId, FacetOption[]>): URLSearchParams {
  const parameters = new URLSearchParams();
  for (const facet of FACET_IDS) {
    for (const option of options[facet]) if (filters[facet].includes(option.value)) parameters.append(facet, option.value);
  }
  return parameters;
}

export function toggleFilter(filters: CatalogueFilters, facet: FacetId, value: string): CatalogueFilters {
  const current = filters[facet];
  return { ...filters, [facet]: current.includes(value) ? current.filter((item) => item !== value) : [...current, value] };
}

export const activeFilterCount = (filters: CatalogueFilters): number => FACET_IDS.reduce((total, facet) => total + filters[facet].length, 0);

/** Within a facet, any chosen value matches (OR); across facets, all must match (AND). */
function matches(fact: ProgrammeFacts, filters: CatalogueFilters, skip?: FacetId): boolean {
  return FACET_IDS.every((facet) => facet === skip || filters[facet].length === 0 || filters[facet].some((value) => fact.values[facet].includes(value)));
}

export function applyFilters(facts: readonly ProgrammeFacts[], filters: CatalogueFilters): ProgrammeFacts[] {
  return facts.filter((fact) => matches(fact, filters));
}

/**
 * How many programmes each value would show, given the filters chosen in the other facets: the usual faceted-search
 * count, so a number beside an unticked box says what ticking it would add.
 */
export function facetCounts(facts: readonly ProgrammeFacts[], filters: CatalogueFilters, facet: FacetId, value: string): number {
  return facts.filter((fact) => matches(fact, filters, facet) && fact.values[facet].includes(value)).length;
}

export interface EvidenceMapEntry {
  trialId: string;
  citation: string;
  measure: string;
  resultText: string;
  direction: Exclude<Direction, 'not-comparable'>;
}

export interface EvidenceMapRow {
  programmeId: string;
  name: string;
  cells: Record<Domain, EvidenceMapEntry[]>;
}

export function shortCitation(trial: Trial): string {
  const firstAuthor = trial.citation.authors?.split(/[,;]/)[0]?.trim().split(' ')[0];
  return `${firstAuthor ?? trial.citation.title}${trial.citation.year ? ` ${trial.citation.year}` : ''}`;
}

/**
 * Evidence map state: for each programme, the trial outcomes coded to each domain with their direction.
 * Summaries and results that are not an effect of the programme are left out.
 */
export function evidenceMapRows(facts: readonly ProgrammeFacts[]): EvidenceMapRow[] {
  return facts.map((fact) => {
    const cells = Object.fromEntries(DOMAINS.map((domain) => [domain, [] as EvidenceMapEntry[]])) as Record<Domain, EvidenceMapEntry[]>;
    for (const trial of fact.trials.filter(countsAsEvidence)) {
      for (const outcome of trial.outcomes) {
        const { direction, domain } = outcome.coding;
        if (direction === 'not-comparable') continue;
        cells[domain].push({ trialId: trial.id, citation: shortCitation(trial), measure: outcome.measure, resultText: outcome.resultText, direction });
      }
    }
    return { programmeId: fact.programme.id, name: fact.programme.name, cells };
  });
}

/** Tallies a cell's entries by direction. */
export function tallyDirections(entries: readonly EvidenceMapEntry[]): Record<EvidenceMapEntry['direction'], number> {
  const tally = { improved: 0, 'no-difference': 0, mixed: 0 };
  for (const entry of entries) tally[entry.direction] += 1;
  return tally;
}
