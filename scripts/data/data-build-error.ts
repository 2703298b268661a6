import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/** A build failure that names the file and the field, so an evidence editor knows exactly what to fix. */
export class DataBuildError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: ${field}: ${problem}`);
    this.name = 'DataBuildError';
  }
}

/**
 * Where a problem is: `row 3 (id "x"): field.sub` in a file that is a list of rows (the row's number, and its id when
 * it has one), else the field's path.
 */
function describeWhere(path: readonly PropertyKey[], value: unknown): string {
  const [index, ...field] = path;
  if (typeof index !== 'number') return path.length === 0 ? '(whole file)' : path.map(String).join('.');
  const row: unknown = Array.isArray(value) ? value[index] : undefined;
  const id = typeof row === 'object' && row !== null && 'id' in row && typeof row.id === 'string' ? row.id : null;
  return `row ${index + 1}${id ? ` (id "${id}")` : ''}: ${field.map(String).join('.') || '(row)'}`;
}

/**
 * Validates with a zod schema; on failure throws one DataBuildError listing every problem by row and field. Returns the
 * value as read (not zod's copy), so key order in the files, and therefore in the built JSON, is kept.
 */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return value as T;
  const problems = result.error.issues.map((issue) => ({ where: describeWhere(issue.path, value), issue }));
  const [head, ...others] = problems;
  throw new DataBuildError(
    file,
    head?.where ?? '(whole file)',
    [head?.issue.message ?? 'invalid', ...others.map(({ where, issue }) => `${where}: ${issue.message}`)].join('; '),
  );
}

/** Reads a content file as JSON; a file that is not JSON fails naming the file. */
export function readJsonFile(path: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new DataBuildError(file, '(file)', `cannot be read as JSON: ${(error as Error).message}`);
  }
}
