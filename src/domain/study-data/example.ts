import { z } from '../zod';
import { parseCsv } from './csv';
import type { ColumnMapping, LayoutId } from './layouts';

// The bundled example: 45 study-level rows from ANOTHER review (Rayce et al. 2017, BMJ Open), copied with their
// sources by scripts/build-example.ts. It is never mixed with the Anna Freud Centre review's figures. The column
// approach_our_coding is OUR coding, not the paper's.

export const EXAMPLE_FILE = 'data/example-rayce-2017.csv';

export const EXAMPLE = {
  name: 'Example: Rayce et al. 2017 (another review)',
  citation:
    'Rayce SB, Rasmussen IS, Klest SK, Patras J, Pontoppidan M. Effects of parenting interventions for at-risk parents with infants: a systematic review and meta-analyses. BMJ Open 2017;7:e015707.',
  doiUrl: 'https://doi.org/10.1136/bmjopen-2016-015707',
  /** The paper prints d with n per arm and computes SE = √((n1 + n2)/(n1·n2) + d²/(2(n1 + n2))): the yi-n layout. */
  layout: 'yi-n' as LayoutId,
  mapping: {
    study: 'study',
    outcome: 'outcome',
    group: 'approach_our_coding',
    yi: 'd',
    n1i: 'n1',
    n2i: 'n2',
  } satisfies ColumnMapping,
  defaultOutcome: 'Sensitivity (M)',
  /** From the paper's abstract (Cohen's d, 95% CI, post-intervention), as the example's README quotes it. */
  printedPooledResults: [
    { outcome: 'Maternal sensitivity', estimate: 0.46, lower: 0.26, upper: 0.65, exampleOutcome: 'Sensitivity (M)' },
    { outcome: 'Parent–child relationship', estimate: 0.44, lower: 0.09, upper: 0.8 },
    { outcome: 'Child behaviour', estimate: 0.14, lower: 0.03, upper: 0.26 },
    { outcome: 'Cognitive development', estimate: 0.13, lower: -0.08, upper: 0.41 },
    { outcome: 'Internalising', estimate: 0.16, lower: -0.03, upper: 0.33 },
    { outcome: 'Externalising', estimate: 0.16, lower: -0.01, upper: 0.3 },
  ],
  ourCoding:
    'The column approach_our_coding is our coding, not the paper’s: “psychodynamic” for the two trials the paper describes as psychoanalytic or psychodynamic (Salomonsson and Sandell, mother–infant psychoanalytic treatment, refs 52 and 54, which print the same arm sizes, so we read them as one trial; Ammaniti et al., ref 56), “other” for the rest.',
} as const;

const exampleRow = z.object({
  study: z.string().min(1),
  outcome: z.string().min(1),
  measure: z.string(),
  table: z.string().min(1),
  d: z.string().min(1),
  source_url: z.string().min(1),
  quote: z.string().min(1),
  approach_our_coding: z.enum(['psychodynamic', 'other']),
});

export interface ExampleSource {
  line: number;
  study: string;
  outcome: string;
  measure: string;
  table: string;
  printedD: string;
  urls: string[];
  quote: string;
  approachOurCoding: 'psychodynamic' | 'other';
}

/** Each example row's source (table, URLs and the quote it was read from), checked with zod. */
export function exampleSources(text: string): ExampleSource[] {
  const csv = parseCsv(text);
  return csv.records.map((record) => {
    const raw = Object.fromEntries(csv.headers.map((header, index) => [header, record.cells[index] ?? '']));
    const parsed = exampleRow.safeParse(raw);
    if (!parsed.success)
      throw new Error(
        `exampleSources: line ${record.line}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`,
      );
    const row = parsed.data;
    return {
      line: record.line,
      study: row.study,
      outcome: row.outcome,
      measure: row.measure,
      table: row.table,
      printedD: row.d,
      urls: row.source_url
        .split(' ; ')
        .map((url) => url.trim())
        .filter((url) => url.startsWith('https://')),
      quote: row.quote,
      approachOurCoding: row.approach_our_coding,
    };
  });
}

/** The line under an exported plot, saying whose data it is: the example is always named as another review's. */
export function plotSourceLine(isExample: boolean, outcome: string | null): string {
  const tool = 'Analysed in the browser with the Under-5s Evidence Explorer (methods as R’s metafor).';
  if (isExample)
    return `Data: Rayce et al. 2017, BMJ Open, another review’s data, not the Anna Freud Centre review’s${outcome === null ? '' : `; outcome: ${outcome}`}. ${tool}`;
  return `Data: study table brought by the user${outcome === null ? '' : `; outcome: ${outcome}`}. ${tool}`;
}
