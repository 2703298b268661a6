import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { publishedDataset } from '../../../tests/render-with-evidence';
import { programmeFacts } from '../evidence/catalogue';
import { compareProgrammes } from '../comparison/programme-comparison';
import type { Programme } from '../evidence/evidence-schema';
import {
  parseAuthors,
  pageCitation,
  plainReference,
  releaseReference,
  reviewReference,
  toBibtex,
  toRis,
  trialReference,
  bibtexEscape,
} from './citations';
import { CSV_BYTE_ORDER_MARK, guardFormula, toCsv } from './csv';
import {
  CATALOGUE_COLUMNS,
  COMPARISON_COLUMNS,
  OUTCOME_COLUMNS,
  catalogueRecords,
  comparisonRecords,
  outcomeRecords,
} from './tables';

const parse = (text: string) =>
  Papa.parse<Record<string, string>>(text.replace(CSV_BYTE_ORDER_MARK, ''), { header: true, skipEmptyLines: true });
const programme = (id: string): Programme => {
  const found = publishedDataset.programmes.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('CSV', () => {
  it('puts an apostrophe before anything a spreadsheet would run as a formula, and leaves numbers alone', () => {
    expect(['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx', 'safe', -0.68].map(guardFormula)).toEqual([
      "'=1+1",
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      'safe',
      -0.68,
    ]);
    const text = toCsv(['a', 'b'], [{ a: '=HYPERLINK("http://x","y")', b: 'line, with comma' }]);
    const parsed = parse(text);
    expect(parsed.data).toEqual([{ a: '\'=HYPERLINK("http://x","y")', b: 'line, with comma' }]);
  });

  it('exports a comparison with one line per fact and its provenance; a trial title starting with = is harmless', () => {
    const dataset = structuredClone(publishedDataset);
    const trial = dataset.trials.find((candidate) => candidate.programmeId === 'gabi');
    if (!trial) throw new Error('no trial');
    trial.citation.title = '=cmd|" /C calc"!A0';
    const table = compareProgrammes(dataset, [programme('gabi'), programme('mom-power')]);
    const parsed = parse(toCsv(COMPARISON_COLUMNS, comparisonRecords(dataset, table)));
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(COMPARISON_COLUMNS);
    expect(parsed.data.some((row) => row.Value?.includes('=cmd'))).toBe(true);
    expect(
      parsed.data.every(
        (row) => !/^[=+\-@]/.test(row.Value ?? '') && !/^[=+\-@]/.test(row['Where in the source'] ?? ''),
      ),
    ).toBe(true);
    const sourced = parsed.data.filter((row) => row['Source address']?.startsWith('http'));
    expect(sourced.length).toBeGreaterThan(10);
  });

  it('exports the catalogue and the outcome results with the right columns', () => {
    const catalogue = parse(
      toCsv(
        CATALOGUE_COLUMNS,
        catalogueRecords(publishedDataset, programmeFacts(publishedDataset), 'http://localhost'),
      ),
    );
    expect(catalogue.meta.fields).toEqual(CATALOGUE_COLUMNS);
    expect(catalogue.data).toHaveLength(publishedDataset.programmes.length);
    const outcomes = parse(toCsv(OUTCOME_COLUMNS, outcomeRecords(publishedDataset)));
    expect(outcomes.data).toHaveLength(publishedDataset.outcomes.length);
    const attachment = outcomes.data.find((row) => row.Outcome === 'Infant attachment');
    // Numbers stay numbers: a spreadsheet reads -0.95 as a value, not a formula.
    expect(attachment?.['Lower as printed']).toBe('-0.95');
    expect(attachment?.['Lower turned (benefit positive)']).toBe('0.19');
  });
});

describe('citations', () => {
  it('reads authors as people, keeps organisations whole and notes "et al."', () => {
    expect(parseAuthors('Sadler LS, Bachmann J-P').authors).toEqual([
      { kind: 'person', person: { family: 'Sadler', initials: 'LS' } },
      { kind: 'person', person: { family: 'Bachmann', initials: 'J-P' } },
    ]);
    expect(parseAuthors('Robert-Tissot C, et al. (full author list not displayed)').moreAuthors).toBe(true);
    expect(parseAuthors('Yale Child Study Center (programme website summary)').authors[0]?.kind).toBe('organisation');
  });

  it('writes RIS with one record per reference, each opening with TY and closing with ER', () => {
    const references = [
      reviewReference(publishedDataset),
      releaseReference(publishedDataset),
      ...publishedDataset.trials.slice(0, 3).map((trial) => trialReference(publishedDataset, trial)),
    ];
    const ris = toRis(references, '2026-11-27');
    const records = ris.replace(/\r\n$/, '').split(/\r\n\r\n/);
    expect(records).toHaveLength(5);
    for (const record of records) {
      const lines = record.split('\r\n');
      expect(lines[0]).toMatch(/^TY {2}- (JOUR|RPRT)$/);
      expect(lines.at(-1)).toBe('ER  - ');
      expect(lines.every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    }
    expect(ris).toContain('DO  - 10.1080/15289168.2023.2223739');
    expect(ris).toContain('AU  - Sleed, M.');
  });

  it('writes BibTeX with balanced braces and escapes special characters', () => {
    const bib = toBibtex([reviewReference(publishedDataset), releaseReference(publishedDataset)], '2026-11-27');
    let depth = 0;
    for (const character of bib.replace(/\\[{}]/g, '')) {
      if (character === '{') depth += 1;
      if (character === '}') depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(bib).toMatch(/^@article\{sleed2023,/);
    expect(bib).toContain('pages = {179--214}');
    expect(bibtexEscape('A & B_1 {x}')).toBe('A \\& B\\_1 \\{x\\}');
  });

  it('gives a plain reference and a page citation with the dataset version and the date accessed', () => {
    expect(plainReference(reviewReference(publishedDataset))).toMatch(
      /^Sleed M, Li ET, Vainieri I, Midgley N\. .+\. Journal of Infant, Child, and Adolescent Psychotherapy\. 2023;22\(1\):179-214\. doi:10\.1080/,
    );
    expect(
      pageCitation({
        pageTitle: 'Compare',
        url: 'http://x/compare',
        datasetVersion: '1.1.0',
        datasetDate: '2026-11-27',
        accessed: '27 November 2026',
      }),
    ).toBe(
      'Under-5s Evidence Explorer. Compare. Dataset version 1.1.0 (2026-11-27). http://x/compare. Accessed 27 November 2026.',
    );
  });
});
