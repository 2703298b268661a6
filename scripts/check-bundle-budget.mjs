#!/usr/bin/env node
// Per-route script budget, computed from the build: fails (exit 1) when a route's JavaScript grows past its budget.
//   npx vite build && node scripts/check-bundle-budget.mjs [--dir dist]
// It reads dist/.vite/manifest.json (build.manifest: true), starts from what each route loads (the entry, plus the
// page's lazily loaded chunk and any chart chunk it fetches once on screen), walks their static imports, and adds up
// the gzip size of every distinct script. A person on a slow trust network downloads exactly these files.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dirIndex = process.argv.indexOf('--dir');
const dist = resolve(dirIndex > 0 ? process.argv[dirIndex + 1] : 'dist');

/**
 * What each route loads up to network idle, by source path (the manifest's keys). `optional` chunks (charts that load
 * when they come near the viewport) are counted when the build has them and skipped when it does not.
 * Budgets are gzip KB (1,024 bytes): the measured sizes plus 1–2 KB. The aim for `/` is 100 KB; React DOM 19 alone is 62 KB of it
 * (see docs/deploy.md).
 * To add a route: add a line here with the page module its `lazyPage` imports.
 */
const ENTRY = 'index.html';
// The validator (zod, src/domain/parse-evidence.ts) is not counted: a prerendered page loads it only when the
// published dataset differs from the one the page was built from.
export const ROUTES = [
  // −30 KB on every route (2026-11-27): declarative routing instead of the data router (−18 KB); the outcomes page,
  // the comparison tray and unused glossary definitions out of the first script. −1.8 KB more: React Router's
  // production build with its unused components shaken out (vite.config.ts); / is 98.9 KB against the aim of 100,
  // and its budget is the aim. CSV, PNG and zod load only when used. The analysis page
  // carries the CSV reader (papaparse), the statistics engine and the workspace store; the about and programme pages
  // the citation exports.
  { route: '/', load: [ENTRY], budgetKb: 100 },
  { route: '/outcomes', load: [ENTRY, 'src/features/outcomes/outcomes-page.tsx'], budgetKb: 116 },
  { route: '/outcomes/:outcomeId', load: [ENTRY, 'src/features/outcomes/outcome-detail-page.tsx'], budgetKb: 124 },
  {
    route: '/interventions',
    load: [ENTRY, 'src/features/catalogue/catalogue-page.tsx'],
    optional: ['src/components/evidence-map/evidence-map.tsx'],
    budgetKb: 216,
  },
  { route: '/interventions/:programmeId', load: [ENTRY, 'src/features/programmes/programme-page.tsx'], budgetKb: 113 },
  { route: '/types/:typeId', load: [ENTRY, 'src/features/types/type-page.tsx'], budgetKb: 105 },
  { route: '/glossary', load: [ENTRY, 'src/features/glossary/glossary-page.tsx'], budgetKb: 105 },
  { route: '/families', load: [ENTRY, 'src/features/families/families-index-page.tsx'], budgetKb: 107 },
  { route: '/families/:outcomeId', load: [ENTRY, 'src/features/families/family-outcome-page.tsx'], budgetKb: 108 },
  { route: '/about', load: [ENTRY, 'src/features/about/about-page.tsx'], budgetKb: 109 },
  { route: '/compare', load: [ENTRY, 'src/features/compare/compare-page.tsx'], budgetKb: 145 },
  { route: '/summary', load: [ENTRY, 'src/features/compare/summary-page.tsx'], budgetKb: 111 },
  { route: '/learn/forest-plot', load: [ENTRY, 'src/features/learn/forest-plot-lesson-page.tsx'], budgetKb: 112 },
  { route: '/present/:slide', load: [ENTRY, 'src/features/present/present-page.tsx'], budgetKb: 115 },
  { route: '/analysis', load: [ENTRY, 'src/features/analysis/analysis-page.tsx'], budgetKb: 202 },
];

export function readManifest(directory) {
  try {
    return JSON.parse(readFileSync(join(directory, '.vite', 'manifest.json'), 'utf8'));
  } catch (error) {
    throw new Error(
      `No build manifest in ${directory}/.vite/manifest.json: run "npx vite build" first (${error.message})`,
    );
  }
}

/** Every script file a set of manifest entries loads, following static imports only (dynamic ones load later). */
export function scriptsFor(manifest, keys) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk)
      throw new Error(`"${key}" is not in the build manifest: update ROUTES in scripts/check-bundle-budget.mjs`);
    if (files.has(chunk.file)) return;
    if (chunk.file.endsWith('.js')) files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

/** The manifest key of a page module, or of the chunk that contains it when the page ships inside another chunk. */
function present(manifest, key) {
  return key in manifest;
}

const gzipSizes = new Map();
function gzipKb(file) {
  if (!gzipSizes.has(file)) gzipSizes.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024);
  return gzipSizes.get(file);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = readManifest(dist);
  let failed = 0;
  for (const { route, load, optional = [], budgetKb } of ROUTES) {
    // A page bundled into the entry has no manifest key of its own; it is then counted as part of the entry.
    const keys = [
      ...load.filter((key) => key === ENTRY || present(manifest, key)),
      ...optional.filter((key) => present(manifest, key)),
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
      `\n${failed} route(s) over their script budget. Load less up front (lazy-load, smaller dependency) or, if the growth is worth it, raise the budget in scripts/check-bundle-budget.mjs and say why.`,
    );
    process.exit(1);
  }
}
