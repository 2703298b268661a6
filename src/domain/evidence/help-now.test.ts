import { describe, expect, it } from 'vitest';
import publishedJson from '../../../public/data/evidence.json';
import { parseEvidenceDataset } from './parse-evidence';
import { helpNowByNation, helpNowNations } from './help-now';

const dataset = parseEvidenceDataset(publishedJson);

describe('helpNowByNation', () => {
  it('puts the UK-wide 999 entry first and groups every other entry by nation, UK-wide first', () => {
    const help = helpNowByNation(dataset);
    expect(help.emergency?.nation).toBe('UK');
    expect(help.emergency?.contact).toMatch(/999/);
    const shown = [help.emergency, ...help.groups.flatMap((group) => group.entries)];
    expect(shown).toHaveLength(dataset.helpNow.length);
    expect(help.groups[0]?.nation).toBe('UK');
    for (const group of help.groups) for (const entry of group.entries) expect(entry.nation).toBe(group.nation);
    expect(helpNowNations(help)).toBe('England, Wales, Scotland and Northern Ireland');
  });

  it('leaves out nations with no entries and copes with no emergency entry', () => {
    const help = helpNowByNation({ helpNow: dataset.helpNow.filter((entry) => entry.nation === 'Wales') });
    expect(help.emergency).toBeNull();
    expect(help.groups.map((group) => group.label)).toEqual(['In Wales']);
  });
});
