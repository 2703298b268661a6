// Times the statistics engine: `npm run bench`. Not part of the tests.
// Pools k = 100 and k = 10,000 simulated studies by each method and prints median times. When Rscript and metafor are
// installed, it times metafor's rma() on the same k = 100 data in the same run and prints the ratio. (metafor is not
// timed at k = 10,000: it builds k × k matrices, 800 MB each at that size.)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pool, type PoolMethod, type StudyEffect } from '../src/domain/stats/index';

const METHODS: PoolMethod[] = ['FE', 'DL', 'REML', 'PM'];

/** A small deterministic generator (mulberry32), so every run times the same data. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function simulate(k: number, seed: number): StudyEffect[] {
  const random = generator(seed);
  const normal = () => Math.sqrt(-2 * Math.log(random() + 1e-300)) * Math.cos(2 * Math.PI * random());
  return Array.from({ length: k }, () => {
    const vi = 0.01 + 0.2 * random();
    return { yi: 0.3 + 0.2 * normal() + Math.sqrt(vi) * normal(), vi };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function timeEngine(studies: StudyEffect[], method: PoolMethod, runs: number): number {
  for (let warm = 0; warm < 20; warm += 1) pool(studies, { method });
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    pool(studies, { method });
    times.push(performance.now() - start);
  }
  return median(times);
}

function timeMetafor(studies: StudyEffect[], runs: number): Record<string, number> | null {
  try {
    execFileSync('Rscript', ['-e', 'suppressMessages(library(metafor))'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const folder = mkdtempSync(join(tmpdir(), 'bench-'));
  const csv = join(folder, 'studies.csv');
  writeFileSync(csv, `yi,vi\n${studies.map((study) => `${study.yi},${study.vi}`).join('\n')}\n`);
  const script = `
    suppressMessages(library(metafor)); d <- read.csv("${csv}")
    for (m in c(${METHODS.map((method) => `"${method}"`).join(',')})) {
      invisible(rma(d$yi, d$vi, method = m))
      t <- replicate(${runs}, { s <- Sys.time(); invisible(rma(d$yi, d$vi, method = m)); as.numeric(difftime(Sys.time(), s, units = "secs")) })
      cat(m, median(t) * 1000, "\\n")
    }`;
  const output = execFileSync('Rscript', ['-e', script], { encoding: 'utf8' });
  return Object.fromEntries(
    output
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .map(([method, ms]) => [method ?? '', Number(ms)]),
  );
}

const format = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);

for (const k of [100, 10_000]) {
  const studies = simulate(k, k);
  console.log(`\nk = ${k.toLocaleString('en-GB')} (median of ${k === 100 ? 200 : 50} runs)`);
  for (const method of METHODS) console.log(`  engine ${method.padEnd(4)} ${format(timeEngine(studies, method, k === 100 ? 200 : 50))}`);
}

const small = simulate(100, 100);
const metafor = timeMetafor(small, 20);
if (metafor === null) {
  console.log('\nRscript with metafor not found: skipping the comparison with metafor.');
} else {
  console.log('\nk = 100, metafor rma() in the same run (median of 20), and how many times faster the engine is:');
  for (const method of METHODS) {
    const theirs = metafor[method] ?? Number.NaN;
    const ours = timeEngine(small, method, 200);
    console.log(`  ${method.padEnd(4)} metafor ${format(theirs)}  engine ${format(ours)}  ratio ${(theirs / ours).toFixed(0)}×`);
  }
}
