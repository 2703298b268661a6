import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset, serialiseDataset } from './build-dataset';
import { DataBuildError } from './data-build-error';
import { parseEvidenceSources, readSourceFiles, SOURCE_FILES } from './evidence-sources';
import { readContent } from './read-content';
import { buildProvisionFromFolder, PROVISION_OUTPUT, PROVISION_SOURCE_FILE } from './build-provision';
import { buildCostWorksheetFromFolder, COST_OUTPUT, COST_SOURCE_FILE } from './build-cost-worksheet';

// npm run data:build: refresh content/sources/ from the shared evidence folder (when there is one), then write
//   public/data/evidence.json from content/.
// npm run data:check: build in memory and fail if public/data/evidence.json differs, or if the shared evidence folder
//   (when there is one) differs from the committed copy in content/sources/.
// The shared folder is EVIDENCE_DIR, or ../shared/evidence beside the repository. A clone without it builds from the
// committed copy and says so.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const contentFolder = join(root, 'content');
const snapshotFolder = join(contentFolder, 'sources');
const outputFile = join(root, 'public', 'data', 'evidence.json');

function sharedFolder(): string | null {
  const candidates = [
    process.env.EVIDENCE_DIR,
    join(root, '..', 'shared', 'evidence'),
    join(root, '..', '..', 'shared', 'evidence'),
  ];
  return (
    candidates.find((folder): folder is string => Boolean(folder) && existsSync(join(folder ?? '', 'trials.json'))) ??
    null
  );
}

/**
 * Files built beside evidence.json, each read by one page only: their shared sources (copied into content/sources/
 * like the others) and how each is built.
 */
const EXTRA_OUTPUTS = [
  { sources: [PROVISION_SOURCE_FILE], output: PROVISION_OUTPUT, build: () => buildProvisionFromFolder(contentFolder) },
  { sources: [COST_SOURCE_FILE], output: COST_OUTPUT, build: () => buildCostWorksheetFromFolder(contentFolder) },
];
const EXTRA_SOURCE_FILES = EXTRA_OUTPUTS.flatMap((extra) => extra.sources);
const outputPath = (name: string) => join(root, 'public', 'data', name);

const readText = (path: string): string | null => (existsSync(path) ? readFileSync(path, 'utf8') : null);

function build(): string {
  return serialiseDataset(
    buildDataset(readContent(contentFolder), parseEvidenceSources(readSourceFiles(snapshotFolder))),
  );
}

function run(command: string | undefined): number {
  const shared = sharedFolder();
  if (command === 'build') {
    if (shared) {
      for (const file of [...SOURCE_FILES, ...EXTRA_SOURCE_FILES])
        writeFileSync(join(snapshotFolder, file), readFileSync(join(shared, file), 'utf8'));
      console.log(
        `Copied ${[...SOURCE_FILES, ...EXTRA_SOURCE_FILES].join(', ')} from ${shared} into content/sources/.`,
      );
    } else {
      console.log(
        'No shared evidence folder (set EVIDENCE_DIR or put it at ../shared/evidence): building from the committed copy in content/sources/.',
      );
    }
    const text = build();
    writeFileSync(outputFile, text);
    console.log(`Wrote public/data/evidence.json (${text.length} characters).`);
    for (const extra of EXTRA_OUTPUTS) {
      const built = extra.build();
      writeFileSync(outputPath(extra.output), built);
      console.log(`Wrote public/data/${extra.output} (${built.length} characters).`);
    }
    return 0;
  }
  if (command === 'check') {
    const problems: string[] = [];
    if (shared) {
      for (const file of [...SOURCE_FILES, ...EXTRA_SOURCE_FILES]) {
        if (readText(join(shared, file)) !== readText(join(snapshotFolder, file))) {
          problems.push(
            `${join(shared, file)} differs from content/sources/${file}: run npm run data:build to take the new sources, then fix what it reports.`,
          );
        }
      }
    } else {
      console.log('No shared evidence folder: checking against the committed copy in content/sources/ only.');
    }
    if (build() !== readText(outputFile)) {
      problems.push(
        'public/data/evidence.json differs from what content/ builds to: run npm run data:build (never edit the JSON by hand).',
      );
    }
    for (const extra of EXTRA_OUTPUTS) {
      if (extra.build() !== readText(outputPath(extra.output)))
        problems.push(`public/data/${extra.output} differs from what content/ builds to: run npm run data:build.`);
    }
    for (const problem of problems) console.error(problem);
    if (problems.length === 0) console.log('data:check: public/data/evidence.json matches content/ and its sources.');
    return problems.length === 0 ? 0 : 1;
  }
  console.error('Usage: tsx scripts/data/data-cli.ts build|check');
  return 2;
}

try {
  process.exitCode = run(process.argv[2]);
} catch (error) {
  if (!(error instanceof DataBuildError)) throw error;
  console.error(`Cannot build the evidence dataset.\n${error.message}`);
  process.exitCode = 1;
}
