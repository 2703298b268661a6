import { describe, expect, it } from 'vitest';
import { publishedDataset } from '../../../tests/render-with-evidence';
import type { Programme } from '../evidence/evidence-schema';
import { atAGlance, glanceHtml, glanceLineText, glancePlainText } from './at-a-glance';

const programme = (id: string): Programme => {
  const found = publishedDataset.programmes.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};
const chosen = ['minding-the-baby', 'circle-of-security', 'child-parent-psychotherapy'].map(programme);

describe('at a glance', () => {
  it('gives one line per programme for dose, who delivers it and UK delivery, each the first sourced fact', () => {
    const table = atAGlance(publishedDataset, chosen);
    expect(table.rows.map((row) => row.id)).toEqual(['dose', 'deliveredBy', 'ukDelivery']);
    const cos = programme('circle-of-security');
    const dose = table.rows[0]?.lines[1];
    const firstDose = cos.fields.length.value ?? cos.commissioning.dose.facts[0]?.value;
    expect(dose?.text).toBe(firstDose);
    expect(dose?.moreFacts).toBe(cos.commissioning.dose.facts.length + (cos.fields.length.value ? 1 : 0) - 1);
    expect(dose?.notes).toHaveLength(1);
    for (const line of table.rows[2]?.lines ?? [])
      expect(line.text).toMatch(/^Yes: our sources describe UK delivery\./);
  });

  it('says "not in our sources" where a programme has no fact for a row', () => {
    const table = atAGlance(publishedDataset, [programme('mother-infant-psychoanalytic-treatment')]);
    const uk = table.rows[2]?.lines[0];
    expect(uk).toEqual({ text: 'Not in our sources', notes: [], moreFacts: 0 });
  });

  it('pastes cleanly: no "[source]" tokens, footnote numbers apart from the words, every source listed once', () => {
    const table = atAGlance(publishedDataset, chosen);
    const text = glancePlainText(table);
    expect(text).not.toContain('[source]');
    expect(text).not.toMatch(/[a-z][0-9],[0-9]/);
    for (const row of table.rows) for (const line of row.lines) expect(glanceLineText(line)).not.toMatch(/\S\[\d/);
    const numbers = table.sources.map((source) => source.number);
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    for (const source of table.sources) expect(text).toContain(`[${source.number}] ${source.name}`);
    expect(text.split('\n')[0]?.split('\t')).toEqual(['', ...chosen.map((entry) => entry.name)]);
    const html = glanceHtml(table);
    expect(html).not.toContain('[source]');
    expect(html).not.toMatch(/<a /);
  });
});
