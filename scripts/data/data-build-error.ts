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

const fieldPath = (path: readonly PropertyKey[]): string =>
  path.length === 0 ? '(whole file)' : path.map(String).join('.');

/**
 * Validates with a zod schema; on failure throws one DataBuildError listing every problem by field. Returns the value
 * as read (not zod's copy), so key order in the files, and therefore in the built JSON, is kept.
 */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return value as T;
  const problems = result.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
  throw new DataBuildError(file, fieldPath(result.error.issues[0]?.path ?? []), problems.join('; '));
}
