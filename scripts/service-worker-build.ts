import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Files the service worker does not keep: build bookkeeping and the worker itself. */
const SKIP = [/^\.vite\//, /^sw\.js$/, /^_headers$/];

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The URL a file is requested by: prerendered pages by their clean path (`outcomes/index.html` → `/outcomes`). */
export function precacheUrl(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'/index.html'.length)}`;
  return `/${file}`;
}

/**
 * Writes dist/sw.js: the precache list (every prerendered page, the app's files, the dataset, icons) and a version made
 * from their contents, so any change to the app or the dataset installs a new worker, which the page announces.
 */
export async function writeServiceWorker(outDir: string): Promise<{ version: string; files: number }> {
  const files = (await listFiles(outDir)).filter((file) => !SKIP.some((pattern) => pattern.test(file))).sort();
  const overall = createHash('sha256');
  const precache: { url: string; revision: string }[] = [];
  for (const file of files) {
    const revision = createHash('sha256')
      .update(await readFile(join(outDir, file)))
      .digest('hex')
      .slice(0, 12);
    overall.update(`${file}:${revision}\n`);
    precache.push({ url: precacheUrl(file), revision });
  }
  const version = overall.digest('hex').slice(0, 12);
  const worker = await readFile(new URL('./service-worker.js', import.meta.url), 'utf8');
  await writeFile(
    join(outDir, 'sw.js'),
    `self.__VERSION = ${JSON.stringify(version)};\nself.__PRECACHE = ${JSON.stringify(precache)};\n${worker}`,
  );
  return { version, files: precache.length };
}
