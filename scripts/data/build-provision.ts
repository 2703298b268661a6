import { join } from 'node:path';
import {
  provisionEntriesSchema,
  provisionPageSchema,
  type ProvisionEntry,
  type ProvisionFile,
} from '../../src/domain/provision/provision-schema';
import { DataBuildError, parseWith, readJsonFile } from './data-build-error';
import { withPublicWording } from './public-wording';

// public/data/provision-and-policy.json: the provision and policy facts (content/sources/provision-and-policy.json, as
// the compilers wrote them) with our page text (content/provision-page.json). Its own file, not part of
// evidence.json: only the provision page reads it, and it is bundled with that page.

export const PROVISION_SOURCE_FILE = 'provision-and-policy.json';
export const PROVISION_OUTPUT = 'provision-and-policy.json';

export function buildProvision(entriesRaw: unknown, pageRaw: unknown): ProvisionFile {
  const entriesFile = `content/sources/${PROVISION_SOURCE_FILE}`;
  const pageFile = 'content/provision-page.json';
  const entries: ProvisionEntry[] = parseWith(provisionEntriesSchema, entriesRaw, entriesFile);
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
  const entries = readJsonFile(
    join(contentFolder, 'sources', PROVISION_SOURCE_FILE),
    `content/sources/${PROVISION_SOURCE_FILE}`,
  );
  const page = readJsonFile(join(contentFolder, 'provision-page.json'), 'content/provision-page.json');
  // The same plain-words pass as the evidence dataset: no search notes or file names reach the page (issue 17 part 5).
  return `${JSON.stringify(withPublicWording(buildProvision(entries, page)), null, 2)}\n`;
}
