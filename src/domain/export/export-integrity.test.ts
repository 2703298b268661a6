import { describe, expect, it } from 'vitest';
import { publishedDataset as dataset } from '../../../tests/render-with-evidence';
import { withSyntheticStudy } from '../../../tests/synthetic-dataset';
import { programmeFacts } from '../evidence/catalogue';
import { cellText } from '../comparison/comparison-model';
import { compareProgrammes } from '../comparison/programme-comparison';
import { compareTypes } from '../comparison/type-comparison';
import { buildDeck } from '../presentation/build-deck';
import { copiesWithOriginals, findLeaks } from '../evidence/public-text-checks';
import { plainReference, releaseReference, reviewReference, toBibtex, toRis, trialReference } from './citations';
import { toCsv } from './csv';
import {
  CATALOGUE_COLUMNS,
  catalogueRecords,
  COMPARISON_COLUMNS,
  comparisonRecords,
  OUTCOME_COLUMNS,
  outcomeRecords,
} from './tables';

// Issue 17 part 5: no export (CSV, RIS, BibTeX, plain reference, slide text, comparison text) carries a search note,
// a field or file name, or a copy's address where our sources hold the original. Every programme and every type is
// exported, in groups the comparison allows, so a new programme or trial is scanned too.

const inGroups = <T>(items: readonly T[], size: number): T[][] => {
  const groups: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    const group = items.slice(start, start + size);
    // A comparison needs two: pad a lone last item with the first.
    groups.push(group.length === 1 && items[0] !== undefined && items[0] !== group[0] ? [items[0], ...group] : group);
  }
  return groups;
};

function everyExport(): { name: string; text: string }[] {
  const references = [
    reviewReference(dataset),
    releaseReference(dataset),
    ...dataset.trials.map((trial) => trialReference(dataset, trial)),
  ];
  const comparisons = inGroups(dataset.programmes, 4).map((group) => compareProgrammes(dataset, group));
  const typeTable = compareTypes(
    dataset,
    dataset.review.interventionTypes.map((type) => type.id),
  );
  const tableText = (table: ReturnType<typeof compareTypes>) =>
    table.rows.flatMap((row) => row.cells.map((cell) => cellText(cell))).join('\n');
  return [
    { name: 'outcome CSV', text: toCsv(OUTCOME_COLUMNS, outcomeRecords(dataset)) },
    {
      name: 'catalogue CSV',
      text: toCsv(CATALOGUE_COLUMNS, catalogueRecords(dataset, programmeFacts(dataset), 'http://localhost')),
    },
    ...comparisons.map((table, index) => ({
      name: `comparison CSV ${index + 1}`,
      text: `${toCsv(COMPARISON_COLUMNS, comparisonRecords(dataset, table))}\n${tableText(table)}`,
    })),
    {
      name: 'type comparison',
      text: `${toCsv(COMPARISON_COLUMNS, comparisonRecords(dataset, typeTable))}\n${tableText(typeTable)}`,
    },
    { name: 'RIS', text: toRis(references, '2026-12-03') },
    { name: 'BibTeX', text: toBibtex(references, '2026-12-03') },
    { name: 'plain references', text: references.map((reference) => plainReference(reference)).join('\n') },
    {
      name: 'slides and speaker notes',
      text: buildDeck(dataset)
        .flatMap((slide) => [
          slide.title,
          ...[slide.lead, ...slide.body, ...slide.notes].map((text) => text?.text ?? ''),
          ...slide.sourceList.map((entry) => `${entry.title} ${entry.url ?? ''}`),
        ])
        .join('\n'),
    },
  ];
}

describe('every export is free of search notes and mirrors (issue 17 part 5)', () => {
  const exports = everyExport();

  it.each(exports.map((entry) => [entry.name, entry] as const))(
    '%s has no search note or field name',
    (_name, entry) => {
      expect(entry.text.length).toBeGreaterThan(0);
      expect(findLeaks(entry.text)).toEqual([]);
    },
  );

  it.each(exports.map((entry) => [entry.name, entry] as const))(
    '%s never gives a copy’s address where the original is in our sources',
    (_name, entry) => {
      const copies = copiesWithOriginals(dataset);
      const found = [...copies.keys()].filter((copy) => entry.text.includes(copy));
      expect(found).toEqual([]);
    },
  );

  it('finds the leaks it is meant to find', () => {
    expect(findLeaks('cost_per_family: not found').map((leak) => leak.name)).toContain(
      'field name from the evidence files',
    );
    expect(findLeaks('not stated in the excerpts seen')).toHaveLength(1);
    expect(findLeaks('as trials.json states')).toHaveLength(1);
    expect(findLeaks('No trials in our sources in our sources.')).toHaveLength(1);
    expect(findLeaks('Not in our sources.')).toEqual([]);
    expect(
      findLeaks('The review found no significant difference. The review found no significant difference.'),
    ).toHaveLength(1);
  });
});

describe('with a study added (issue 17 part 6)', () => {
  it('still cites every source, counts one more report and leaks nothing', () => {
    const grown = withSyntheticStudy();
    expect(grown.trials.length).toBe(dataset.trials.length + 1);
    const references = grown.trials.map((trial) => trialReference(grown, trial));
    const ris = toRis(references, '2026-12-03');
    expect(ris).toContain('A made-up trial for tests');
    expect(findLeaks(ris)).toEqual([]);
    expect(findLeaks(toCsv(OUTCOME_COLUMNS, outcomeRecords(grown)))).toEqual([]);
  });
});
