import { INTERVENTION_TYPE_IDS, type InterventionTypeId } from '../evidence/dataset-ids';
import type { EvidenceDataset, Programme } from '../evidence/evidence-schema';

// Reading what to compare from the URL: `?programme=a&programme=b` (2 to 4, in the order chosen) or
// `?type=mentalization&type=dyadic` (2 or 3). The URL is the state, so a shared link shows the same comparison.

export { MAX_PROGRAMMES, MIN_COMPARED } from './comparison-limits';
import { pages } from '../pages/pages';
import { MAX_PROGRAMMES, MIN_COMPARED } from './comparison-limits';

export type ComparisonSelection =
  | { kind: 'programmes'; programmes: Programme[]; ignored: string[] }
  | { kind: 'types'; typeIds: InterventionTypeId[]; ignored: string[] }
  | { kind: 'too-few'; chosen: string[]; ignored: string[] };

const isTypeId = (value: string): value is InterventionTypeId =>
  (INTERVENTION_TYPE_IDS as readonly string[]).includes(value);

export function parseComparisonSelection(parameters: URLSearchParams, dataset: EvidenceDataset): ComparisonSelection {
  const ignored: string[] = [];
  const programmes: Programme[] = [];
  const typeIds: InterventionTypeId[] = [];
  for (const [name, value] of parameters) {
    if (name === 'programme') {
      const programme = dataset.programmes.find((candidate) => candidate.id === value);
      if (!programme) ignored.push(`programme=${value} (no such programme)`);
      else if (programmes.includes(programme)) ignored.push(`programme=${value} (repeated)`);
      else if (programmes.length >= MAX_PROGRAMMES)
        ignored.push(`programme=${value} (at most ${MAX_PROGRAMMES} programmes)`);
      else programmes.push(programme);
    } else if (name === 'type') {
      if (!isTypeId(value)) ignored.push(`type=${value} (no such type)`);
      else if (typeIds.includes(value)) ignored.push(`type=${value} (repeated)`);
      else typeIds.push(value);
    } else {
      ignored.push(`${name}=${value}`);
    }
  }
  if (programmes.length > 0 && typeIds.length > 0) {
    // One table compares one kind of thing: programmes win, and the types are listed as ignored.
    typeIds.forEach((typeId) => ignored.push(`type=${typeId} (programmes and types cannot share one table)`));
    typeIds.length = 0;
  }
  if (programmes.length >= MIN_COMPARED) return { kind: 'programmes', programmes, ignored };
  if (typeIds.length >= MIN_COMPARED) return { kind: 'types', typeIds, ignored };
  return {
    kind: 'too-few',
    chosen: programmes.length > 0 ? programmes.map((programme) => programme.name) : typeIds,
    ignored,
  };
}

export function programmeComparisonPath(programmeIds: readonly string[]): string {
  return pages.compare.href({ programmes: programmeIds });
}

export function typeComparisonPath(typeIds: readonly string[]): string {
  return pages.compare.href({ types: typeIds });
}
