import { describe, expect, it } from 'vitest';
import { EvidenceDatasetError, describePath, parseEvidenceDataset } from './parse-evidence';
import { SOURCED_FIELDS, sourceIdsAt, type SourcedField } from './sourced-fields';
import publishedJson from '../../../public/data/evidence.json';

const fresh = () => structuredClone(publishedJson) as unknown;

function problemsOf(raw: unknown): string[] {
  try {
    parseEvidenceDataset(raw);
  } catch (error) {
    if (error instanceof EvidenceDatasetError) return error.problems;
    throw error;
  }
  return [];
}

function setAt(data: unknown, path: readonly (string | number)[], value: unknown) {
  const parent = path.slice(0, -1).reduce<unknown>((cursor, key) => (cursor as Record<string, unknown>)[key], data);
  const last = path.at(-1);
  if (last === undefined || typeof parent !== 'object' || parent === null) throw new Error('no such place');
  (parent as Record<string | number, unknown>)[last] = value;
}

const name = (sourced: SourcedField) =>
  [...sourced.collection, ...sourced.field.map((step) => (typeof step === 'string' ? step : '*'))].join('.');

describe('SOURCED_FIELDS', () => {
  it.each(SOURCED_FIELDS.map((sourced) => [name(sourced), sourced] as const))(
    'refuses a source id that is not in sources at %s, naming the row and field',
    (_, sourced) => {
      const data = fresh();
      const first = sourceIdsAt(data, sourced)[0];
      if (!first) throw new Error(`the dataset has nothing at ${name(sourced)} to break`);
      setAt(data, first.path, 'no-such-source');
      const where = describePath(first.path, data);
      expect(where).toMatch(/field \S*(sourceId|SourceIds|sourceIds)/i);
      expect(problemsOf(data)).toEqual([`${where}: names source "no-such-source", which is not in sources`]);
    },
  );

  it('words the message so that an editor can find the row', () => {
    const data = fresh() as { helpNow: { id: string }[]; programmes: { id: string }[] };
    setAt(data, ['helpNow', 1, 'sourceId'], 'no-such-source');
    setAt(data, ['programmes', 0, 'commissioning', 'dose', 'facts', 0, 'sourceId'], 'nowhere');
    expect(problemsOf(data)).toEqual([
      `helpNow row 2 (id "${data.helpNow[1]?.id}"), field sourceId: names source "no-such-source", which is not in sources`,
      `programmes row 1 (id "${data.programmes[0]?.id}"), field commissioning.dose.facts[0].sourceId: names source "nowhere", which is not in sources`,
    ]);
  });

  it('lists every field of the dataset that names a source', () => {
    const listed = new Set(
      SOURCED_FIELDS.flatMap((sourced) => sourceIdsAt(publishedJson, sourced).map(({ path }) => path.join('.'))),
    );
    const unlisted: string[] = [];
    const walk = (cursor: unknown, path: (string | number)[]) => {
      if (typeof cursor !== 'object' || cursor === null) return;
      Object.entries(cursor).forEach(([key, value]) => {
        const keyPath = [...path, Array.isArray(cursor) ? Number(key) : key];
        if (/^sourceIds?$|SourceIds?$/.test(key)) {
          const ids: unknown[] = Array.isArray(value) ? value : [value];
          ids.forEach((_, index) => {
            const idPath = Array.isArray(value) ? [...keyPath, index] : keyPath;
            if (!listed.has(idPath.join('.'))) unlisted.push(idPath.join('.'));
          });
        } else walk(value, keyPath);
      });
    };
    walk(publishedJson, []);
    expect(unlisted).toEqual([]);
  });
});
