/** A path segment that stands for every row of an array, or every key of an object. */
export const EACH = Symbol('each');

export type SourcedPathSegment = string | typeof EACH;

/** A place in the evidence dataset that holds the id of one of its sources. */
export interface SourcedField {
  /** Path to the collection from the top of the dataset; each row of an array, or the object itself. */
  collection: readonly string[];
  /** Where the id sits inside a row; a null id (nothing to cite) is allowed. */
  field: readonly SourcedPathSegment[];
}

/**
 * Every field of the dataset that names a source. The schema checks each id against `sources`, so adding a sourced
 * field is one row here (parse-evidence.test.ts fails if a field called sourceId or …SourceIds is left out). The
 * message names the row and the field through describePath, e.g.
 * `trials row 3 (id "x"), field additionalSourceIds[0]: names source "y", which is not in sources`.
 */
export const SOURCED_FIELDS: readonly SourcedField[] = [
  { collection: ['review', 'journal'], field: ['sourceId'] },
  { collection: ['review', 'report'], field: ['sourceId'] },
  { collection: ['review', 'prePostImprovement'], field: ['sourceId'] },
  { collection: ['review', 'harms'], field: ['sourceId'] },
  { collection: ['review', 'quality'], field: ['sourceId'] },
  { collection: ['review', 'keyFigures'], field: ['sourceId'] },
  { collection: ['review', 'interventionTypes'], field: ['sourceId'] },
  { collection: ['review', 'notReported'], field: ['sourceId'] },
  { collection: ['helpNow'], field: ['sourceId'] },
  { collection: ['outcomes'], field: ['result', 'sourceId'] },
  { collection: ['programmes'], field: ['fields', EACH, 'sourceId'] },
  { collection: ['programmes'], field: ['ratings', EACH, 'sourceId'] },
  { collection: ['programmes'], field: ['replications', EACH, 'sourceId'] },
  { collection: ['programmes'], field: ['sourceIds', EACH] },
  // EACH runs over every key of commissioning; only the categories have facts.
  { collection: ['programmes'], field: ['commissioning', EACH, 'facts', EACH, 'sourceId'] },
  { collection: ['trials'], field: ['sourceId'] },
  { collection: ['trials'], field: ['additionalSourceIds', EACH] },
  { collection: ['sinceTheReview'], field: ['sourceId'] },
  { collection: ['sinceTheReview'], field: ['extraQuotes', EACH, 'sourceId'] },
];

/** A value found at a sourced field, with its concrete path (indices and keys filled in). */
export interface SourceReference {
  path: (string | number)[];
  value: unknown;
}

/** Every value at `pattern` in `data`; a step that is not there yields nothing (the schema has said so already). */
export function valuesAt(data: unknown, pattern: readonly SourcedPathSegment[]): SourceReference[] {
  const found: SourceReference[] = [];
  const walk = (cursor: unknown, position: number, path: (string | number)[]) => {
    const segment = pattern[position];
    if (segment === undefined) {
      found.push({ path, value: cursor });
      return;
    }
    if (typeof cursor !== 'object' || cursor === null) return;
    if (segment === EACH) {
      if (Array.isArray(cursor)) cursor.forEach((row: unknown, index) => walk(row, position + 1, [...path, index]));
      else Object.entries(cursor).forEach(([key, row]) => walk(row, position + 1, [...path, key]));
    } else if (!Array.isArray(cursor) && Object.hasOwn(cursor, segment)) {
      walk((cursor as Record<string, unknown>)[segment], position + 1, [...path, segment]);
    }
  };
  walk(data, 0, []);
  return found;
}

/** The ids a sourced field holds in `data`: each row of the collection if it is an array, else the one object. */
export function sourceIdsAt(data: unknown, sourced: SourcedField): SourceReference[] {
  return valuesAt(data, sourced.collection).flatMap(({ path, value }) =>
    valuesAt(value, Array.isArray(value) ? [EACH, ...sourced.field] : sourced.field).map((found) => ({
      path: [...path, ...found.path],
      value: found.value,
    })),
  );
}
