import { describe, expect, it } from 'vitest';
import { publishedDataset } from '../../../tests/render-with-evidence';
import type { Programme } from '../evidence/evidence-schema';
import { NOT_IN_OUR_SOURCES, cell, cellText, row } from './comparison-model';
import { compareProgrammes, findingsItems } from './programme-comparison';
import { parseComparisonSelection, programmeComparisonPath, typeComparisonPath } from './selection';
import { addToTray, parseTray, removeFromTray } from './tray';
import { NO_POOLED_RESULT_PER_TYPE, compareTypes } from './type-comparison';

const programme = (id: string): Programme => {
  const found = publishedDataset.programmes.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('comparison rows', () => {
  it('flags a row as differing only when the cells say different things', () => {
    const same = row('x', 'X', [cell([{ text: 'a', sources: [] }]), cell([{ text: 'a', sources: [] }])]);
    const different = row('y', 'Y', [cell([{ text: 'a', sources: [] }]), cell([])]);
    expect(same.differs).toBe(false);
    expect(different.differs).toBe(true);
    expect(different.cells[1]?.missing).toBe(NOT_IN_OUR_SOURCES);
    expect(cellText(different.cells[1] ?? cell([]))).toBe('Not in our sources');
  });

  it('compares programmes in the order given, every fact with a source, and says where facts are missing', () => {
    const table = compareProgrammes(publishedDataset, [
      programme('minding-the-baby'),
      programme('mother-baby-nurture'),
    ]);
    expect(table.columns.map((column) => column.id)).toEqual(['minding-the-baby', 'mother-baby-nurture']);
    const uk = table.rows.find((candidate) => candidate.id === 'ukDelivery');
    expect(uk?.cells[0]?.items.length).toBeGreaterThan(0);
    expect(uk?.cells[1]?.missing).toMatch(/^Not in our sources/);
    expect(uk?.differs).toBe(true);
    for (const tableRow of table.rows.filter((candidate) => !candidate.ourCoding)) {
      for (const entry of tableRow.cells) {
        for (const item of entry.items.filter(
          (candidate) => candidate.label !== 'Our coding' && candidate.label !== 'Our summary',
        )) {
          expect(item.sources.length, `${tableRow.id}: ${item.text}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('marks "Delivered in the UK" as differing when the cells say different things, and no row "Same" unless its cells say the same', () => {
    const table = compareProgrammes(publishedDataset, [
      programme('minding-the-baby'),
      programme('circle-of-security'),
      programme('child-parent-psychotherapy'),
    ]);
    expect(table.rows.find((candidate) => candidate.id === 'ukDelivery')?.differs).toBe(true);
    for (const tableRow of table.rows) {
      const said = new Set(tableRow.cells.map(cellText));
      if (said.size > 1 && !tableRow.cells.every((entry) => entry.missing !== null))
        expect(tableRow.differs, tableRow.id).toBe(true);
    }
  });

  it('keeps each rating on its own scale with its scale explained, and US costs marked as not UK costs', () => {
    const table = compareProgrammes(publishedDataset, [
      programme('circle-of-security'),
      programme('child-parent-psychotherapy'),
    ]);
    const ratings = table.rows.find((candidate) => candidate.id === 'ratings');
    const labels = ratings?.cells.flatMap((entry) => entry.items.map((item) => item.label));
    expect(labels).toContain('California Evidence-Based Clearinghouse for Child Welfare (CEBC) scientific rating');
    expect(ratings?.cells.every((entry) => entry.items.every((item) => item.note))).toBe(true);
    const cost = table.rows.find((candidate) => candidate.id === 'cost');
    expect(cellText(cost?.cells[0] ?? cell([]))).toMatch(/not a UK cost/);
  });

  it('compares types without any row ranking them: the pooled-result row is the same in every column', () => {
    const table = compareTypes(publishedDataset, ['mentalization', 'dyadic']);
    const pooled = table.rows.find((candidate) => candidate.id === 'pooledResult');
    expect(pooled?.differs).toBe(false);
    expect(pooled?.cells.map(cellText)).toEqual([NO_POOLED_RESULT_PER_TYPE, NO_POOLED_RESULT_PER_TYPE]);
    const otherText = table.rows
      .filter((tableRow) => tableRow.id !== 'pooledResult')
      .flatMap((tableRow) => tableRow.cells.map(cellText))
      .join(' ');
    expect(otherText).not.toMatch(/more effective|works better|\bbest\b|stronger evidence/i);
  });
});

describe('selection from the URL', () => {
  it('keeps programmes in URL order, at most four, and lists what it ignores', () => {
    const ids = ['gabi', 'minding-the-baby', 'gabi', 'nope', 'mom-power', 'new-beginnings', 'watch-wait-wonder'];
    const selection = parseComparisonSelection(
      new URLSearchParams(ids.map((id) => ['programme', id])),
      publishedDataset,
    );
    expect(selection.kind).toBe('programmes');
    if (selection.kind !== 'programmes') return;
    expect(selection.programmes.map((entry) => entry.id)).toEqual([
      'gabi',
      'minding-the-baby',
      'mom-power',
      'new-beginnings',
    ]);
    expect(selection.ignored).toEqual([
      'programme=gabi (repeated)',
      'programme=nope (no such programme)',
      'programme=watch-wait-wonder (at most 4 programmes)',
    ]);
  });

  it('reads types, and asks for more when fewer than two are chosen', () => {
    expect(parseComparisonSelection(new URLSearchParams('type=mentalization&type=dyadic'), publishedDataset).kind).toBe(
      'types',
    );
    expect(parseComparisonSelection(new URLSearchParams('programme=gabi'), publishedDataset)).toEqual({
      kind: 'too-few',
      chosen: ['Group Attachment-Based Intervention (GABI)'],
      ignored: [],
    });
    expect(programmeComparisonPath(['a', 'b'])).toBe('/compare?programme=a&programme=b');
    expect(typeComparisonPath(['mentalization', 'dyadic'])).toBe('/compare?type=mentalization&type=dyadic');
  });
});

describe('the tray', () => {
  it('adds in order, refuses a fifth or a repeat, removes, and survives bad storage', () => {
    let ids: string[] = [];
    for (const id of ['a', 'b', 'c', 'd']) ids = addToTray(ids, id).ids;
    expect(addToTray(ids, 'e')).toEqual({ ids: ['a', 'b', 'c', 'd'], changed: false, reason: 'full' });
    expect(addToTray(ids, 'a')).toMatchObject({ changed: false, reason: 'already-added' });
    expect(removeFromTray(ids, 'b').ids).toEqual(['a', 'c', 'd']);
    expect(parseTray('not json')).toEqual([]);
    expect(parseTray('["a","a","B!",3,"b"]')).toEqual(['a', 'b']);
  });

  it('lists each finding with its report and never tallies findings for and against (audit P25)', () => {
    const items = findingsItems(publishedDataset.trials);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items)
      expect(item.text).not.toMatch(
        /:\s*\d+ (?:better|no difference|mixed|not a tested)|[,;] \d+ (?:better|no difference|mixed|not a tested)/,
      );
  });
});
