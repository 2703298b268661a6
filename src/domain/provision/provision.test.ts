import { describe, expect, it } from 'vitest';
import built from '../../../public/data/provision-and-policy.json';
import { PROVISION_NATIONS, figureLabel, groupByNation, sourceHost } from './provision';
import { provisionFileSchema } from './provision-schema';

const file = provisionFileSchema.parse(built);

describe('provision and policy', () => {
  it('the built file matches the schema, and every fact has a date, a source and a quote', () => {
    for (const entry of file.entries) {
      expect(entry.date.trim()).not.toBe('');
      expect(entry.sourceUrl).toMatch(/^https?:\/\//);
      expect(entry.quote.trim()).not.toBe('');
    }
  });

  it('groups every fact once, by nation and kind, and lists every nation even when it has none', () => {
    const groups = groupByNation(file.entries);
    expect(groups.map((group) => group.nation)).toEqual([...PROVISION_NATIONS]);
    const grouped = groups.flatMap((group) => group.kinds.flatMap((kind) => kind.entries.map((entry) => entry.id)));
    expect([...grouped].sort()).toEqual(file.entries.map((entry) => entry.id).sort());
    for (const group of groups)
      for (const kind of group.kinds)
        for (const entry of kind.entries) {
          expect(entry.nation).toBe(group.nation);
          expect(entry.kind).toBe(kind.kind);
        }
  });

  it('rests each "not covered" point on facts that exist', () => {
    const ids = new Set(file.entries.map((entry) => entry.id));
    for (const point of file.page.notCovered.points)
      for (const { id } of point.basedOn) expect(ids.has(id), id).toBe(true);
  });

  it('labels figures in words and names the host of each source', () => {
    expect(figureLabel('teams_march_2022')).toBe('Teams march 2022');
    expect(sourceHost('https://www.nice.org.uk/guidance/qs37')).toBe('nice.org.uk');
  });
});
