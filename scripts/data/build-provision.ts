import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  provisionEntriesSchema,
  provisionPageSchema,
  type ProvisionEntry,
  type ProvisionFile,
} from '../../src/domain/provision/provision-schema';
import { DataBuildError } from './data-build-error';
import { withPublicWording } from './public-wording';

// public/data/provision-and-policy.json: the provision and policy facts (content/sources/provision-and-policy.json, as
// the compilers wrote them) with our page text (content/provision-page.json). Its own file, not part of
// evidence.json: only the provision page reads it, and it is bundled with that page.

export const PROVISION_SOURCE_FILE = 'provision-and-policy.json';
export const PROVISION_OUTPUT = 'provision-and-policy.json';

/** Validates, naming the row (its number and id) and the field of every problem. */
function parseRows<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return value as T;
  const rows = Array.isArray(value) ? value : [];
  const problems = result.error.issues.map((issue) => {
    const [index, ...field] = issue.path;
    if (typeof index !== 'number')
      return { where: issue.path.map(String).join('.') || '(whole file)', message: issue.message };
    const id = (rows[index] as { id?: unknown } | undefined)?.id;
    return {
      where: `row ${index + 1}${typeof id === 'string' ? ` (id "${id}")` : ''}: ${field.map(String).join('.') || '(row)'}`,
      message: issue.message,
    };
  });
  const [head, ...others] = problems;
  throw new DataBuildError(
    file,
    head?.where ?? '(whole file)',
    [head?.message ?? 'invalid', ...others.map((problem) => `${problem.where}: ${problem.message}`)].join('; '),
  );
}

const readJson = (path: string, file: string): unknown => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new DataBuildError(file, '(file)', `cannot be read as JSON: ${(error as Error).message}`);
  }
};

export function buildProvision(entriesRaw: unknown, pageRaw: unknown): ProvisionFile {
  const entriesFile = `content/sources/${PROVISION_SOURCE_FILE}`;
  const pageFile = 'content/provision-page.json';
  const entries: ProvisionEntry[] = parseRows(provisionEntriesSchema, entriesRaw, entriesFile);
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id))
      throw new DataBuildError(entriesFile, `row ${index + 1} (id "${entry.id}"): id`, 'repeats an earlier id');
    seen.add(entry.id);
  });
  const pageResult = provisionPageSchema.safeParse(pageRaw);
  if (!pageResult.success) {
    const issue = pageResult.error.issues[0];
    throw new DataBuildError(
      pageFile,
      issue?.path.map(String).join('.') ?? '(whole file)',
      issue?.message ?? 'invalid',
    );
  }
  const page = pageRaw as ProvisionFile['page'];
  page.notCovered.points.forEach((point, index) => {
    for (const { id } of point.basedOn)
      if (!seen.has(id))
        throw new DataBuildError(
          pageFile,
          `notCovered.points.${index}.basedOn`,
          `names "${id}", which is not an entry of ${entriesFile}`,
        );
  });
  return { page, entries };
}

export function buildProvisionFromFolder(contentFolder: string): string {
  const entries = readJson(
    join(contentFolder, 'sources', PROVISION_SOURCE_FILE),
    `content/sources/${PROVISION_SOURCE_FILE}`,
  );
  const page = readJson(join(contentFolder, 'provision-page.json'), 'content/provision-page.json');
  // The same plain-words pass as the evidence dataset: no search notes or file names reach the page (issue 17 part 5).
  return `${JSON.stringify(withPublicWording(buildProvision(entries, page)), null, 2)}\n`;
}
