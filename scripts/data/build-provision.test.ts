import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProvision } from './build-provision';

const entries = JSON.parse(readFileSync('content/sources/provision-and-policy.json', 'utf8')) as Record<
  string,
  unknown
>[];
const page = JSON.parse(readFileSync('content/provision-page.json', 'utf8')) as unknown;

describe('buildProvision', () => {
  it('builds the committed sources and page text', () => {
    expect(buildProvision(entries, page).entries).toHaveLength(entries.length);
  });

  it('names the file, the row (number and id) and the field of a bad value', () => {
    const broken = entries.map((entry, index) => (index === 2 ? { ...entry, date: '' } : entry));
    expect(() => buildProvision(broken, page)).toThrow(
      new RegExp(`content/sources/provision-and-policy\\.json: .*row 3 \\(id "${String(entries[2]?.id)}"\\): date`),
    );
    const badNation = entries.map((entry, index) => (index === 0 ? { ...entry, nation: 'Atlantis' } : entry));
    expect(() => buildProvision(badNation, page)).toThrow(/row 1 \(id "[a-z0-9-]+"\): nation/);
  });

  it('refuses a repeated id and a page point resting on a fact that does not exist', () => {
    expect(() => buildProvision([...entries, entries[0]], page)).toThrow(/repeats an earlier id/);
    const text = JSON.parse(JSON.stringify(page)) as { notCovered: { points: { basedOn: { id: string }[] }[] } };
    const first = text.notCovered.points[0]?.basedOn[0];
    if (first) first.id = 'no-such-fact';
    expect(() => buildProvision(entries, text)).toThrow(/names "no-such-fact"/);
  });
});
