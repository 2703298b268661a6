import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { injectManifest } from 'workbox-build';
import { hashText } from '../src/domain/evidence/text-hash.ts';
import { precacheEntries } from './precache-manifest.ts';

const WORKER_SOURCE = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'service-worker', 'service-worker.ts');

/**
 * Files the worker does not precache: build bookkeeping, the worker itself, the hosts' header file, and the dataset,
 * which the worker keeps in a cache of its own and checks against the published file on each use.
 */
const SKIP = ['.vite/**', 'sw.js', '_headers', 'data/evidence.json'];

/**
 * Writes dist/sw.js after the pages are prerendered: src/service-worker/service-worker.ts bundled with its Workbox
 * modules, with the precache list of every file of the build (each page of the page registry under its address, with
 * a revision made from its content) and the hash of the built dataset.
 */
export async function writeServiceWorker(outDir: string): Promise<{ files: number; bytes: number }> {
  const evidenceHash = hashText(await readFile(join(outDir, 'data', 'evidence.json'), 'utf8'));
  const scratch = await mkdtemp(join(tmpdir(), 'under5s-sw-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      // Workbox logs to the console unless built for production.
      define: { 'process.env.NODE_ENV': '"production"', 'self.__EVIDENCE_HASH': JSON.stringify(evidenceHash) },
      build: {
        outDir: scratch,
        emptyOutDir: true,
        copyPublicDir: false,
        minify: true,
        lib: { entry: WORKER_SOURCE, formats: ['iife'], name: 'under5sServiceWorker', fileName: () => 'sw.js' },
      },
    });
    const { count, size, warnings } = await injectManifest({
      swSrc: join(scratch, 'sw.js'),
      swDest: join(outDir, 'sw.js'),
      globDirectory: outDir,
      globPatterns: ['**/*'],
      globIgnores: SKIP,
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      manifestTransforms: [(entries) => ({ manifest: precacheEntries(entries), warnings: [] })],
    });
    if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join('; ')}`);
    return { files: count, bytes: size };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
