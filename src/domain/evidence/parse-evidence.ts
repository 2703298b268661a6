import type { z } from '../zod';
import { EvidenceDatasetError } from './dataset-error';
import { SCHEMA_VERSION, evidenceDatasetSchema, type EvidenceDataset } from './evidence-schema';

export { EvidenceDatasetError };

const COLLECTIONS_WITH_IDS = new Set([
  'sources',
  'outcomes',
  'programmes',
  'trials',
  'keyFigures',
  'interventionTypes',
  'trialSamples',
  'possibleOverlaps',
  'sinceTheReview',
  'helpNow',
  // Rows without an id are still named by number: "review.notReported row 2".
  'notReported',
]);

function idAt(container: unknown, index: number): string | undefined {
  if (!Array.isArray(container)) return undefined;
  const row: unknown = container[index];
  if (typeof row === 'object' && row !== null && 'id' in row && typeof row.id === 'string') return row.id;
  return undefined;
}

/**
 * Turns a validation path such as ["outcomes", 3, "result", "ci95", "lower"] into
 * `outcomes row 4 (id "infant-attachment"), field result.ci95.lower`, reading ids from the raw input
 * so that an editor can find the row.
 */
export function describePath(path: readonly PropertyKey[], raw: unknown): string {
  let cursor: unknown = raw;
  let rowLabel = '';
  const fieldParts: string[] = [];
  path.forEach((key, position) => {
    const previous = path[position - 1];
    if (
      typeof key === 'number' &&
      typeof previous === 'string' &&
      COLLECTIONS_WITH_IDS.has(previous) &&
      rowLabel === ''
    ) {
      const id = idAt(cursor, key);
      rowLabel = `${path.slice(0, position).map(String).join('.')} row ${key + 1}${id ? ` (id "${id}")` : ''}`;
      fieldParts.length = 0;
    } else if (typeof key === 'number') {
      fieldParts.push(`[${key}]`);
    } else {
      fieldParts.push(`${fieldParts.length > 0 ? '.' : ''}${String(key)}`);
    }
    cursor = typeof cursor === 'object' && cursor !== null ? (cursor as Record<PropertyKey, unknown>)[key] : undefined;
  });
  const field = fieldParts.join('');
  if (rowLabel && field) return `${rowLabel}, field ${field}`;
  if (rowLabel) return rowLabel;
  return field ? `field ${field}` : 'the whole file';
}

function describeIssues(issues: readonly z.core.$ZodIssue[], raw: unknown): string[] {
  return issues.map((issue) => `${describePath(issue.path, raw)}: ${issue.message}`);
}

/** Validates raw JSON as the evidence dataset, or throws an EvidenceDatasetError that says what is wrong and where. */
export function parseEvidenceDataset(raw: unknown): EvidenceDataset {
  if (typeof raw === 'object' && raw !== null && 'schemaVersion' in raw && raw.schemaVersion !== SCHEMA_VERSION) {
    throw new EvidenceDatasetError([
      `field schemaVersion: the file says ${JSON.stringify(raw.schemaVersion)}, but this version of the app reads schema version ${SCHEMA_VERSION}`,
    ]);
  }
  const result = evidenceDatasetSchema.safeParse(raw);
  if (!result.success) throw new EvidenceDatasetError(describeIssues(result.error.issues, raw));
  return result.data;
}
