import { z } from '../zod';
// From the engine files, not '../stats/index': this module is in the analysis page's first script, and anything the
// index re-exports (such as the Mantel–Haenszel engine, loaded on demand) would be pulled in with it.
import {
  logOddsRatio,
  logRiskRatio,
  smdFromMeans,
  smdVarianceFromSizes,
  varianceFromInterval,
  varianceFromStandardError,
  type CountsInput,
  type EffectAndVariance,
} from '../stats/effect-sizes';
import {
  fisherZ,
  freemanTukeyProportion,
  logIncidenceRateRatio,
  logitProportion,
  riskDifference,
} from '../stats/study-measures';
import { checkStudies, isPoolable } from '../stats/study-checks';
import type { CsvProblem, CsvRecord } from './csv';
import { layoutById, OPTIONAL_FIELDS, type ColumnMapping, type LayoutId, type StudyField } from './layouts';

// Records → checked study rows. Every row is checked against its layout's rules; every problem names the row's line,
// the column (as the file names it) and the reason, worded by the layout's zod schema. A row with a problem is listed and left out; the good rows are analysed.

export type SmdCorrection = 'hedges' | 'cohen';
/** For counts: odds ratio, risk ratio (both pooled as logs) or risk difference. */
export type RatioMeasure = 'OR' | 'RR' | 'RD';
/** For a single group's events: the logit (log odds, metafor's PLO) or the Freeman–Tukey double arcsine (PFT). */
export type ProportionTransform = 'PLO' | 'PFT';

/** What the yi, ci_lower and ci_upper columns hold: differences (0 = no effect) or ratios as papers print them (1 = no effect). */
export type IntervalScale = 'difference' | 'ratio';

export interface ConversionOptions {
  /** For means and SDs: Hedges' g (metafor's SMD, the default) or Cohen's d. */
  smd: SmdCorrection;
  /** For counts: log odds ratio, log risk ratio or risk difference. */
  ratio: RatioMeasure;
  /** For events in one group: the scale proportions are pooled on. Default 'PLO' (logit). */
  proportion?: ProportionTransform;
  /** For an effect with its 95% CI: 'ratio' logs the figures for pooling and shows them back as ratios. Default 'difference'. */
  ciScale?: IntervalScale;
  /** How the file writes decimals: 'comma' reads "0,45" as 0.45 (files from much of Europe, often with semicolons). */
  decimal?: DecimalMark;
}

export type DecimalMark = 'point' | 'comma';

/** "0,45", "−1,2", "1.234,5" and "3" as they would be written with decimal commas. */
const COMMA_NUMBER = /^\s*[+\-\u2212]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?([eE][+-]?\d+)?\s*$/;

/** A cell written with a decimal comma, rewritten with a full stop; any other cell as it was. */
export function fromDecimalComma(cell: string): string {
  if (!COMMA_NUMBER.test(cell) || !cell.includes(',')) return cell;
  return cell.replace(/\./g, '').replace(',', '.');
}

export interface StudyRow {
  /** Line in the file: unique in one import, and the id used to include or exclude the study. */
  line: number;
  study: string;
  year?: number;
  group?: string;
  outcome?: string;
  /**
   * On the analysis scale: log ratio for counts (or the risk difference) and rates, Fisher's z for correlations, the
   * logit or Freeman–Tukey value for proportions.
   */
  yi: number;
  vi: number;
  /**
   * The 2×2 table, for the counts layouts only (ai, bi, ci, di as read; or ai, n1i, ci, n2i with bi = n1i − ai and
   * di = n2i − ci): the Mantel–Haenszel and Peto methods pool these, not yi and vi.
   */
  counts?: CountsInput;
  /** The group size, for the proportions layout only: the Freeman–Tukey back-transform uses their harmonic mean. */
  ni?: number;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Parses a number as a person would type it: spaces around it and a Unicode minus are fine; "1,5" is not. */
export function parseNumberCell(text: string): number | { problem: string } {
  // Most cells are plain numbers: read them before trimming or looking for words meaning "missing".
  if (NUMBER.test(text)) {
    const number = Number(text);
    if (Number.isFinite(number)) return number;
  }
  const value = text.trim().replace(/^\u2212/, '-');
  if (value === '' || /^(na|n\/a|nan|null|-)$/i.test(value)) return { problem: 'is empty' };
  if (!NUMBER.test(value)) {
    if (/^[+-]?\d+,\d+$/.test(value)) return { problem: `"${value}" is not a number: use a full stop for decimals` };
    return { problem: `"${truncate(value)}" is not a number` };
  }
  const number = Number(value);
  if (!Number.isFinite(number)) return { problem: `${truncate(value)} is too large to use` };
  return number;
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const numberCell = z.string().transform((text, context) => {
  const parsed = parseNumberCell(text);
  if (typeof parsed === 'number') return parsed;
  context.addIssue({ code: 'custom', message: parsed.problem });
  return z.NEVER;
});
// Each rule is written once, as a predicate, and used twice: by the fast check that passes well-formed rows without
// building zod issues, and by the zod schema that words the problems of a row that fails it.
const isPositive = (value: number) => value > 0;
const isCount = (value: number) => Number.isSafeInteger(value) && value >= 0;
const isSize = (value: number) => Number.isSafeInteger(value) && value >= 2;
const isSizeForCounts = (value: number) => Number.isSafeInteger(value) && value > 0;
const isCorrelation = (value: number) => value > -1 && value < 1;
const isSizeForCorrelation = (value: number) => Number.isSafeInteger(value) && value >= 4;

const positive = numberCell.pipe(z.number().positive({ error: 'must be above 0' }));
const count = numberCell.pipe(
  z.number().int({ error: 'must be a whole number' }).nonnegative({ error: 'cannot be negative' }),
);
const size = numberCell.pipe(
  z.number().int({ error: 'must be a whole number' }).min(2, { error: 'must be at least 2' }),
);
const sizeForCounts = numberCell.pipe(
  z.number().int({ error: 'must be a whole number' }).positive({ error: 'must be above 0' }),
);
const correlation = numberCell.pipe(
  z
    .number()
    .gt(-1, { error: 'must be between −1 and 1 (a correlation)' })
    .lt(1, { error: 'must be between −1 and 1 (a correlation)' }),
);
const sizeForCorrelation = numberCell.pipe(
  z
    .number()
    .int({ error: 'must be a whole number' })
    .min(4, { error: 'must be at least 4 (Fisher’s z needs more than 3 people)' }),
);

const MAX_LABEL = 200;
/**
 * A label as shown and exported: control characters (which make an exported SVG invalid XML) become spaces, and the
 * ends are trimmed.
 */
export function cleanLabel(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]+/g, ' ').trim();
}

const optionalText = z
  .string()
  .transform(cleanLabel)
  .pipe(z.string().max(MAX_LABEL, { error: 'is longer than 200 characters' }))
  .optional();
const isYear = (value: number) => Number.isInteger(value) && value >= 1000 && value <= 2200;
const optionalYear = z
  .string()
  .optional()
  .transform((text, context) => {
    if (text === undefined || text.trim() === '') return undefined;
    const parsed = parseNumberCell(text);
    if (typeof parsed === 'number' && isYear(parsed)) return parsed;
    context.addIssue({
      code: 'custom',
      message: `"${truncate(text.trim())}" is not a year (a whole number such as 2017)`,
    });
    return z.NEVER;
  });
const labels = { study: optionalText, year: optionalYear, group: optionalText, outcome: optionalText };

const intervalIsOrdered = (row: { ci_lower: number; ci_upper: number }) => row.ci_upper > row.ci_lower;
const effectInsideInterval = (row: { yi: number; ci_lower: number; ci_upper: number }) =>
  row.yi >= row.ci_lower && row.yi <= row.ci_upper;
const firstArmHasPeople = (row: { ai: number; bi: number }) => row.ai + row.bi > 0;
const secondArmHasPeople = (row: { ci: number; di: number }) => row.ci + row.di > 0;
const firstEventsFit = (row: { ai: number; n1i: number }) => row.ai <= row.n1i;
const secondEventsFit = (row: { ci: number; n2i: number }) => row.ci <= row.n2i;
const groupEventsFit = (row: { xi: number; ni: number }) => row.xi <= row.ni;

/** One zod schema per layout: the fields it needs, with their rules, plus the optional labels. */
const ROW_SCHEMAS = {
  'yi-vi': z.object({ ...labels, yi: numberCell, vi: positive }),
  'yi-sei': z.object({ ...labels, yi: numberCell, sei: positive }),
  'yi-ci': z
    .object({ ...labels, yi: numberCell, ci_lower: numberCell, ci_upper: numberCell })
    .refine(intervalIsOrdered, { error: 'the upper limit must be above the lower limit', path: ['ci_upper'] })
    .refine(effectInsideInterval, { error: 'the effect must lie inside its interval', path: ['yi'] }),
  means: z.object({
    ...labels,
    m1i: numberCell,
    sd1i: positive,
    n1i: size,
    m2i: numberCell,
    sd2i: positive,
    n2i: size,
  }),
  counts: z
    .object({ ...labels, ai: count, bi: count, ci: count, di: count })
    .refine(firstArmHasPeople, { error: 'the intervention arm has no participants (ai + bi = 0)', path: ['bi'] })
    .refine(secondArmHasPeople, { error: 'the comparison arm has no participants (ci + di = 0)', path: ['di'] }),
  'counts-n': z
    .object({ ...labels, ai: count, n1i: sizeForCounts, ci: count, n2i: sizeForCounts })
    .refine(firstEventsFit, { error: 'events (ai) cannot exceed the arm size (n1i)', path: ['ai'] })
    .refine(secondEventsFit, { error: 'events (ci) cannot exceed the arm size (n2i)', path: ['ci'] }),
  'yi-n': z.object({ ...labels, yi: numberCell, n1i: size, n2i: size }),
  correlations: z.object({ ...labels, ri: correlation, ni: sizeForCorrelation }),
  proportions: z
    .object({ ...labels, xi: count, ni: sizeForCounts })
    .refine(groupEventsFit, { error: 'events (xi) cannot exceed the number of people (ni)', path: ['xi'] }),
  rates: z.object({ ...labels, x1i: count, t1i: positive, x2i: count, t2i: positive }),
} as const;

/** An effect with its interval given as ratios (odds or risk ratios as printed): every figure must be above 0. */
const ratioCell = numberCell.pipe(
  z.number().positive({
    error:
      'must be above 0: the effect and interval are set to be ratios (such as odds or risk ratios), and a ratio cannot be 0 or below',
  }),
);
const RATIO_INTERVAL_SCHEMA = z
  .object({ ...labels, yi: ratioCell, ci_lower: ratioCell, ci_upper: ratioCell })
  .refine(intervalIsOrdered, { error: 'the upper limit must be above the lower limit', path: ['ci_upper'] })
  .refine(effectInsideInterval, { error: 'the effect must lie inside its interval', path: ['yi'] });

const anyNumber = () => true;
/** The same rules as ROW_SCHEMAS, as plain predicates: a row that passes these passes its schema. */
const FAST_RULES: Record<
  LayoutId,
  {
    numbers: readonly (readonly [StudyField, (value: number) => boolean])[];
    rows: readonly ((row: never) => boolean)[];
  }
> = {
  'yi-vi': {
    numbers: [
      ['yi', anyNumber],
      ['vi', isPositive],
    ],
    rows: [],
  },
  'yi-sei': {
    numbers: [
      ['yi', anyNumber],
      ['sei', isPositive],
    ],
    rows: [],
  },
  'yi-ci': {
    numbers: [
      ['yi', anyNumber],
      ['ci_lower', anyNumber],
      ['ci_upper', anyNumber],
    ],
    rows: [intervalIsOrdered, effectInsideInterval],
  },
  means: {
    numbers: [
      ['m1i', anyNumber],
      ['sd1i', isPositive],
      ['n1i', isSize],
      ['m2i', anyNumber],
      ['sd2i', isPositive],
      ['n2i', isSize],
    ],
    rows: [],
  },
  counts: {
    numbers: [
      ['ai', isCount],
      ['bi', isCount],
      ['ci', isCount],
      ['di', isCount],
    ],
    rows: [firstArmHasPeople, secondArmHasPeople],
  },
  'counts-n': {
    numbers: [
      ['ai', isCount],
      ['n1i', isSizeForCounts],
      ['ci', isCount],
      ['n2i', isSizeForCounts],
    ],
    rows: [firstEventsFit, secondEventsFit],
  },
  'yi-n': {
    numbers: [
      ['yi', anyNumber],
      ['n1i', isSize],
      ['n2i', isSize],
    ],
    rows: [],
  },
  correlations: {
    numbers: [
      ['ri', isCorrelation],
      ['ni', isSizeForCorrelation],
    ],
    rows: [],
  },
  proportions: {
    numbers: [
      ['xi', isCount],
      ['ni', isSizeForCounts],
    ],
    rows: [groupEventsFit],
  },
  rates: {
    numbers: [
      ['x1i', isCount],
      ['t1i', isPositive],
      ['x2i', isCount],
      ['t2i', isPositive],
    ],
    rows: [],
  },
};
const FAST_RATIO_INTERVAL: (typeof FAST_RULES)[LayoutId] = {
  numbers: [
    ['yi', isPositive],
    ['ci_lower', isPositive],
    ['ci_upper', isPositive],
  ],
  rows: [intervalIsOrdered, effectInsideInterval],
};

type Parsed<L extends LayoutId> = z.output<(typeof ROW_SCHEMAS)[L]>;

function effectOf(layout: LayoutId, row: Parsed<LayoutId>, options: ConversionOptions): EffectAndVariance {
  switch (layout) {
    case 'yi-vi': {
      const value = row as Parsed<'yi-vi'>;
      return { yi: value.yi, vi: value.vi };
    }
    case 'yi-sei': {
      const value = row as Parsed<'yi-sei'>;
      return { yi: value.yi, vi: varianceFromStandardError(value.sei) };
    }
    case 'yi-ci': {
      const value = row as Parsed<'yi-ci'>;
      // Ratios are pooled as log ratios; a Wald interval is symmetric on the log scale, so the variance comes from there.
      if (options.ciScale === 'ratio')
        return { yi: Math.log(value.yi), vi: varianceFromInterval(Math.log(value.ci_lower), Math.log(value.ci_upper)) };
      return { yi: value.yi, vi: varianceFromInterval(value.ci_lower, value.ci_upper) };
    }
    case 'yi-n': {
      const value = row as Parsed<'yi-n'>;
      return { yi: value.yi, vi: smdVarianceFromSizes(value.yi, value.n1i, value.n2i) };
    }
    case 'means': {
      const value = row as Parsed<'means'>;
      return smdFromMeans(
        { m1: value.m1i, sd1: value.sd1i, n1: value.n1i, m2: value.m2i, sd2: value.sd2i, n2: value.n2i },
        options.smd,
      );
    }
    case 'counts':
    case 'counts-n': {
      const counts = countsOf(layout, row) as CountsInput;
      if (options.ratio === 'RD') return riskDifference(counts);
      return options.ratio === 'OR' ? logOddsRatio(counts) : logRiskRatio(counts);
    }
    case 'correlations': {
      const value = row as Parsed<'correlations'>;
      return fisherZ(value.ri, value.ni);
    }
    case 'proportions': {
      const value = row as Parsed<'proportions'>;
      return options.proportion === 'PFT'
        ? freemanTukeyProportion(value.xi, value.ni)
        : logitProportion(value.xi, value.ni);
    }
    case 'rates': {
      const value = row as Parsed<'rates'>;
      return logIncidenceRateRatio({ x1i: value.x1i, t1i: value.t1i, x2i: value.x2i, t2i: value.t2i });
    }
  }
}

/** The row's 2×2 table for the counts layouts (bi and di worked out from the arm sizes for counts-n); else undefined. */
function countsOf(layout: LayoutId, row: Parsed<LayoutId>): CountsInput | undefined {
  if (layout === 'counts') {
    const value = row as Parsed<'counts'>;
    return { ai: value.ai, bi: value.bi, ci: value.ci, di: value.di };
  }
  if (layout === 'counts-n') {
    const value = row as Parsed<'counts-n'>;
    return { ai: value.ai, bi: value.n1i - value.ai, ci: value.ci, di: value.n2i - value.ci };
  }
  return undefined;
}

export interface CheckedRows {
  rows: StudyRow[];
  problems: CsvProblem[];
}

/** Checks every record against the layout's schema; returns the good rows and every problem, by line and column. */
export function checkRecords(
  headers: readonly string[],
  records: readonly CsvRecord[],
  mapping: ColumnMapping,
  layoutId: LayoutId,
  options: ConversionOptions,
  /** 'schema' skips the fast check: only for the test that the two agree. */
  route: 'fast' | 'schema' = 'fast',
): CheckedRows {
  const layout = layoutById(layoutId);
  const ratioInterval = layoutId === 'yi-ci' && options.ciScale === 'ratio';
  const schema = ratioInterval ? RATIO_INTERVAL_SCHEMA : ROW_SCHEMAS[layoutId];
  const fields: StudyField[] = [...OPTIONAL_FIELDS.filter((field) => mapping[field] !== undefined), ...layout.required];
  const indexOf = new Map<StudyField, number>();
  for (const field of fields) {
    const header = mapping[field];
    if (header !== undefined) indexOf.set(field, headers.indexOf(header));
  }
  const columnOf = (field: PropertyKey | undefined) =>
    typeof field === 'string' ? (mapping[field as StudyField] ?? field) : undefined;
  const rows: StudyRow[] = [];
  const problems: CsvProblem[] = [];
  const fast = ratioInterval ? FAST_RATIO_INTERVAL : FAST_RULES[layoutId];
  const numberColumns = fast.numbers.map(([field, passes]) => ({ field, index: indexOf.get(field) ?? -1, passes }));
  const labelColumns = OPTIONAL_FIELDS.map((field) => ({ field, index: indexOf.get(field) ?? -1 }));

  /** The row's values when every rule passes, or null: then the schema reads the row again to word its problems. */
  const readWellFormed = (cells: readonly string[]): Record<string, number | string | undefined> | null => {
    const values: Record<string, number | string | undefined> = {};
    for (const { field, index, passes } of numberColumns) {
      const cell = cells[index];
      if (cell === undefined) return null;
      const number = parseNumberCell(cell);
      if (typeof number !== 'number' || !passes(number)) return null;
      values[field] = number;
    }
    for (const rule of fast.rows) if (!rule(values as never)) return null;
    for (const { field, index } of labelColumns) {
      const cell = cells[index];
      if (cell === undefined) continue;
      if (field === 'year') {
        if (cell.trim() === '') continue;
        const year = parseNumberCell(cell);
        if (typeof year !== 'number' || !isYear(year)) return null;
        values.year = year;
      } else {
        const text = cleanLabel(cell);
        if (text.length > MAX_LABEL) return null;
        values[field] = text;
      }
    }
    return values;
  };

  for (const record of records) {
    if (record.cells.length !== headers.length) {
      problems.push({
        line: record.line,
        reason: `has ${record.cells.length} value${record.cells.length === 1 ? '' : 's'} but the header has ${headers.length} columns, so the values cannot be matched to columns`,
      });
      continue;
    }
    let value = route === 'fast' ? (readWellFormed(record.cells) as Parsed<LayoutId> | null) : null;
    if (value === null) {
      const input: Record<string, string | undefined> = {};
      for (const field of fields) {
        const index = indexOf.get(field);
        const cell = index === undefined || index < 0 ? undefined : record.cells[index];
        // Optional labels may be blank; required numbers are checked by the schema.
        input[field] = cell === undefined ? (layout.required.includes(field) ? '' : undefined) : cell;
      }
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const column = columnOf(issue.path[0]);
          problems.push({ line: record.line, ...(column === undefined ? {} : { column }), reason: issue.message });
        }
        continue;
      }
      value = parsed.data;
    }
    let effect: EffectAndVariance;
    try {
      effect = effectOf(layoutId, value, options);
    } catch (error) {
      problems.push({
        line: record.line,
        reason: error instanceof Error ? error.message.replace(/^\w+: /, '') : String(error),
      });
      continue;
    }
    const study = value.study === undefined || value.study === '' ? `Line ${record.line}` : value.study;
    const tooExtreme = isPoolable(effect.yi, effect.vi) ? [] : checkStudies([{ ...effect, label: study }]);
    if (tooExtreme.length > 0) {
      for (const problem of tooExtreme)
        problems.push({
          line: record.line,
          reason: problem.message.replace(/^study at index 0 (\("[^"]*"\) )?/, 'the study '),
        });
      continue;
    }
    const counts = countsOf(layoutId, value);
    const ni = layoutId === 'proportions' ? (value as Parsed<'proportions'>).ni : undefined;
    rows.push({
      line: record.line,
      study,
      ...(value.year === undefined ? {} : { year: value.year }),
      ...(value.group === undefined || value.group === '' ? {} : { group: value.group }),
      ...(value.outcome === undefined || value.outcome === '' ? {} : { outcome: value.outcome }),
      yi: effect.yi,
      vi: effect.vi,
      ...(counts === undefined ? {} : { counts }),
      ...(ni === undefined ? {} : { ni }),
    });
  }
  return { rows, problems };
}
