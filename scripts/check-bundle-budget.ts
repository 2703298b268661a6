// Per-page script budget, computed from the build: fails (exit 1) when a page's JavaScript grows past its budget.
//   npx vite build && npx tsx scripts/check-bundle-budget.ts [--dir dist]
// The budgets are in the page registry (src/domain/pages/pages.ts). This reads dist/.vite/manifest.json
// (build.manifest: true), starts from what each page loads (the first script, plus the page's lazily loaded module
// and any chart it fetches once on screen), walks their static imports, and adds up the gzip size of every distinct
// script. A person on a slow trust network downloads exactly these files.
// Where a page's registry entry sets `htmlKb`, its prerendered HTML is checked against that too.
// The validator (zod, src/domain/evidence/parse-evidence.ts) is not counted: a prerendered page loads it only when the
// published dataset differs from the one the page was built from.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { prerenderFile } from '../src/app/prerender-paths.ts';
import { PAGE_LIST } from '../src/domain/pages/pages.ts';

/** A chunk of Vite's build manifest. */
interface ManifestChunk {
  file: string;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The first script: every page loads it. */
export const ENTRY = 'index.html';

/** What each page's budget counts, by source path (the manifest's keys): `optional` keys are skipped when absent. */
export const BUDGETS = PAGE_LIST.map((page) => ({
  id: page.id,
  route: page.path,
  load: page.load === 'lazy' ? [ENTRY, page.source] : [ENTRY],
  optional: page.budget.alsoLoads ?? [],
  budgetKb: page.budget.kb,
  htmlKb: page.budget.htmlKb,
}));

export function readManifest(directory: string): Manifest {
  try {
    return JSON.parse(readFileSync(join(directory, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  } catch (error) {
    throw new Error(
      `No build manifest in ${directory}/.vite/manifest.json: run "npx vite build" first (${(error as Error).message})`,
    );
  }
}

/** Every script file a set of manifest entries loads, following static imports only (dynamic ones load later). */
export function scriptsFor(manifest: Manifest, keys: readonly string[]): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`"${key}" is not in the build manifest: check its source in src/domain/pages/pages.ts`);
    if (files.has(chunk.file)) return;
    if (chunk.file.endsWith('.js')) files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

function main(dist: string): number {
  const manifest = readManifest(dist);
  const gzipSizes = new Map<string, number>();
  const gzipKb = (file: string) => {
    const known = gzipSizes.get(file);
    if (known !== undefined) return known;
    const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
    gzipSizes.set(file, size);
    return size;
  };
  let failed = 0;
  for (const { route, load, optional, budgetKb, htmlKb } of BUDGETS) {
    if (htmlKb !== undefined) {
      const html = gzipKb(prerenderFile(route));
      const overHtml = html > htmlKb;
      if (overHtml) failed += 1;
      console.log(
        `${overHtml ? '✗' : '✓'} ${route.padEnd(28)} ${html.toFixed(1).padStart(6)} KB gzip of prerendered HTML (budget ${htmlKb} KB)`,
      );
    }
    // A page bundled into the entry has no manifest key of its own; it is then counted as part of the entry.
    const keys = [
      ...load.filter((key) => key === ENTRY || key in manifest),
      ...optional.filter((key) => key in manifest),
    ];
    const files = scriptsFor(manifest, keys);
    const total = [...files].reduce((sum, file) => sum + gzipKb(file), 0);
    const over = total > budgetKb;
    if (over) failed += 1;
    console.log(
      `${over ? '✗' : '✓'} ${route.padEnd(28)} ${total.toFixed(1).padStart(6)} KB gzip of script (budget ${budgetKb} KB, ${files.size} files)`,
    );
  }
  if (failed > 0) {
    console.error(
      `\n${failed} budget(s) exceeded. Load less up front (lazy-load, smaller dependency) or, if the growth is worth it, raise the budget in src/domain/pages/pages.ts and say why.`,
    );
    return 1;
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dirIndex = process.argv.indexOf('--dir');
  process.exitCode = main(resolve(dirIndex > 0 ? (process.argv[dirIndex + 1] ?? 'dist') : 'dist'));
}
