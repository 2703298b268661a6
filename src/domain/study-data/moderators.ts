import { problemKindOf } from '../stats/engine-problem';
import { dummyCoding, metaRegression, type MetaRegressionResult } from '../stats/meta-regression';
import type { PoolMethod } from '../stats/pool-methods';
import type { CsvRecord } from './csv';
import { layoutById, type ColumnMapping, type LayoutId } from './layouts';
import type { StepResult } from './analyse';
import { cleanLabel, parseNumberCell, type StudyRow } from './study-rows';

// Meta-regression on the reader's own columns: the moderators are read from the file's cells by line (the checked rows
// keep only the effect and labels), coded as metafor codes them, and fitted by the engine's metaRegression().

export type ModeratorKind = 'continuous' | 'categorical';

export interface ModeratorChoice {
  /** A column of the file, as its header names it. */
  column: string;
  kind: ModeratorKind;
}

/** More would need more studies than most reviews have, and the URL must stay short. */
export const MAX_MODERATORS = 8;
/** A categorical moderator with more levels than this is almost certainly a label column. */
export const MAX_LEVELS = 50;

/** A cell that means "no value", as the importer reads blank and missing-value words. */
function isMissing(cell: string): boolean {
  return /^(|na|n\/a|nan|null|-|\u2212)$/i.test(cell.trim());
}

/**
 * Columns that can be moderators: every named column but those the effect is computed from and the study label (one
 * value per study explains nothing). Year, group and outcome columns stay, since each can be a moderator.
 */
export function moderatorColumns(
  headers: readonly string[],
  mapping: ColumnMapping,
  layout: LayoutId | null,
): string[] {
  const used = new Set<string>();
  if (layout !== null) for (const field of layoutById(layout).required) used.add(mapping[field] ?? '');
  if (mapping.study !== undefined) used.add(mapping.study);
  return [...new Set(headers.filter((header) => header.trim() !== '' && !used.has(header)))];
}

/** Numbers → continuous; anything else → categorical. Missing cells do not count either way. */
export function suggestKind(headers: readonly string[], records: readonly CsvRecord[], column: string): ModeratorKind {
  const index = headers.indexOf(column);
  let numbers = 0;
  for (const record of records) {
    const cell = record.cells[index];
    if (cell === undefined || isMissing(cell)) continue;
    if (typeof parseNumberCell(cell) !== 'number') return 'categorical';
    numbers += 1;
  }
  return numbers > 0 ? 'continuous' : 'categorical';
}

export interface LeftOutStudy {
  row: StudyRow;
  column: string;
  /** The cell as written, when it is there but is not a number. */
  notANumber?: string;
}

export interface ModeratorTerm {
  /** As the page names the coefficient: "ablat", or "alloc: alternate" for a level compared with the reference. */
  name: string;
  column: string;
  level?: string;
}

export interface ModeratorRegression {
  choices: ModeratorChoice[];
  method: PoolMethod;
  test: 'z' | 'knha';
  /** The coefficients' names: the intercept first, as in result.coefficients. */
  terms: ModeratorTerm[];
  /** The reference level of each categorical moderator (the first in the file's order, as factor(levels = unique())). */
  references: { column: string; level: string }[];
  /** The studies in the model, with their moderator values and the row of the design matrix (no intercept). */
  studies: { row: StudyRow; values: (number | string)[]; x: number[]; weight: number }[];
  /** Included studies left out because a moderator has no value (or, for a continuous one, not a number). */
  leftOut: LeftOutStudy[];
  result: MetaRegressionResult;
}

/** The model as an R formula, with the coding the engine uses: `factor(alloc, levels = unique(alloc))`. */
export function moderatorFormula(choices: readonly ModeratorChoice[]): string {
  const name = (column: string) =>
    /^[A-Za-z.][A-Za-z0-9._]*$/.test(column) ? column : `\`${column.replace(/`/g, "'")}\``;
  return `~ ${choices
    .map((choice) =>
      choice.kind === 'continuous'
        ? name(choice.column)
        : `factor(${name(choice.column)}, levels = unique(${name(choice.column)}))`,
    )
    .join(' + ')}`;
}

/**
 * Fits rma(yi, vi, mods = ~ moderators) to the included rows. Each message says what to change in plain words; the
 * engine's own text is never shown.
 */
export function regressOnModerators(
  rows: readonly StudyRow[],
  headers: readonly string[],
  records: readonly CsvRecord[],
  choices: readonly ModeratorChoice[],
  options: { method: PoolMethod; test: 'z' | 'knha' },
): StepResult<ModeratorRegression> {
  const cellsByLine = new Map<number, readonly string[]>();
  for (const record of records) cellsByLine.set(record.line, record.cells);
  const indexes = choices.map((choice) => headers.indexOf(choice.column));
  const missingColumn = choices.find((_, position) => (indexes[position] ?? -1) < 0);
  if (missingColumn)
    return {
      ok: false,
      message: `This file has no column called “${missingColumn.column}”. Choose another moderator.`,
    };

  const leftOut: LeftOutStudy[] = [];
  const used: { row: StudyRow; values: (number | string)[] }[] = [];
  for (const row of rows) {
    const cells = cellsByLine.get(row.line) ?? [];
    const values: (number | string)[] = [];
    let problem: LeftOutStudy | null = null;
    for (const [position, choice] of choices.entries()) {
      const cell = cells[indexes[position] ?? -1];
      // Most cells are numbers: read them before looking for words meaning "missing".
      const number = choice.kind === 'continuous' && cell !== undefined ? parseNumberCell(cell) : null;
      if (typeof number === 'number') {
        values.push(number);
        continue;
      }
      if (cell === undefined || isMissing(cell)) {
        problem = { row, column: choice.column };
        break;
      }
      if (choice.kind === 'categorical') {
        values.push(cleanLabel(cell));
        continue;
      }
      problem = { row, column: choice.column, notANumber: cleanLabel(cell).slice(0, 40) };
      break;
    }
    if (problem) leftOut.push(problem);
    else used.push({ row, values });
  }

  const terms: ModeratorTerm[] = [{ name: 'Intercept', column: '' }];
  const references: { column: string; level: string }[] = [];
  const columns: number[][] = [];
  for (const [position, choice] of choices.entries()) {
    const values = used.map((study) => study.values[position]);
    if (choice.kind === 'continuous') {
      terms.push({ name: choice.column, column: choice.column });
      columns.push(values.map((value) => value as number));
      continue;
    }
    const coding = dummyCoding(values.map((value) => String(value)));
    if (coding.levels.length > MAX_LEVELS)
      return {
        ok: false,
        message: `“${choice.column}” has ${coding.levels.length} different values: too many groups to compare. Treat it as continuous if it holds numbers, or choose another moderator.`,
      };
    if (used.length > 0 && coding.levels.length < 2)
      return {
        ok: false,
        message: `“${choice.column}” has the same value in every study in the model, so it cannot explain any difference between them. Choose another moderator.`,
      };
    references.push({ column: choice.column, level: coding.levels[0] ?? '' });
    coding.levels.slice(1).forEach((level, levelIndex) => {
      terms.push({ name: `${choice.column}: ${level}`, column: choice.column, level });
      columns.push(coding.rows.map((row) => row[levelIndex] ?? 0));
    });
  }

  const p = terms.length;
  if (used.length <= p)
    return {
      ok: false,
      message: `This model has ${p} coefficients, so it needs at least ${p + 1} studies with a value for every moderator; there ${used.length === 1 ? 'is' : 'are'} ${used.length}. Choose fewer moderators, or fewer groups.`,
    };
  const design = used.map((_, study) => columns.map((column) => column[study] ?? Number.NaN));
  let result: MetaRegressionResult;
  try {
    result = metaRegression(
      used.map((study, index) => ({ yi: study.row.yi, vi: study.row.vi, x: design[index] ?? [] })),
      options,
    );
  } catch (error) {
    const collinear = problemKindOf(error) === 'collinear';
    return {
      ok: false,
      message: collinear
        ? 'The moderators overlap: one can be worked out from the others (or a group has too few studies), so the model cannot be fitted. Remove a moderator or treat it differently.'
        : 'The model could not be fitted to these studies. Try fewer moderators, or another method.',
    };
  }
  const inverse = used.map((study) => 1 / (study.row.vi + result.tau2));
  let total = 0;
  for (const value of inverse) total += value;
  return {
    ok: true,
    value: {
      choices: [...choices],
      method: options.method,
      test: options.test,
      terms,
      references,
      studies: used.map((study, index) => ({
        ...study,
        x: design[index] ?? [],
        weight: (100 * (inverse[index] ?? 0)) / total,
      })),
      leftOut,
      result,
    },
  };
}

export interface FittedPoint {
  value: number;
  fit: number;
  lower: number;
  upper: number;
}

/**
 * The fitted effect across one continuous moderator, with its confidence band, the other terms held at their means
 * over the studies in the model (as metafor's regplot() does). `count` points from the smallest to the largest value.
 */
export function fittedLine(regression: ModeratorRegression, column: string, count = 60): FittedPoint[] {
  const termIndex = regression.terms.findIndex((term) => term.column === column && term.level === undefined);
  if (termIndex < 1) return [];
  const p = regression.terms.length;
  const means = new Array<number>(p - 1).fill(0);
  for (const study of regression.studies)
    study.x.forEach((value, index) => (means[index] = (means[index] ?? 0) + value / regression.studies.length));
  let lowest = Infinity;
  let highest = -Infinity;
  for (const study of regression.studies) {
    const value = study.x[termIndex - 1] ?? Number.NaN;
    if (value < lowest) lowest = value;
    if (value > highest) highest = value;
  }
  if (!Number.isFinite(lowest) || !Number.isFinite(highest)) return [];
  const { coefficients, covariance, critical } = regression.result;
  const points: FittedPoint[] = [];
  const steps = highest > lowest ? count - 1 : 0;
  for (let step = 0; step <= steps; step += 1) {
    const value = steps === 0 ? lowest : lowest + ((highest - lowest) * step) / steps;
    const row = [1, ...means];
    row[termIndex] = value;
    let fit = 0;
    let variance = 0;
    for (let a = 0; a < p; a += 1) {
      fit += (row[a] ?? 0) * (coefficients[a]?.estimate ?? 0);
      for (let b = 0; b < p; b += 1) variance += (row[a] ?? 0) * (covariance[a]?.[b] ?? 0) * (row[b] ?? 0);
    }
    const half = critical * Math.sqrt(Math.max(0, variance));
    points.push({ value, fit, lower: fit - half, upper: fit + half });
  }
  return points;
}
