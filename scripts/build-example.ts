// Copies the example study-level rows (Rayce et al. 2017, ANOTHER review, not the Anna Freud Centre review) from
// ../shared/evidence/examples into public/data/example-rayce-2017.csv, adding one column of OUR coding:
// approach_our_coding, "psychodynamic" for the two trials the example's README names as psychoanalytic or
// psychodynamic (Salomonsson: refs 52 and 54, which report the same arm sizes, 38 and 37, so we read them as one trial;
// Ammaniti: ref 56), "other" for the rest. Every other value is copied unchanged. The output is committed, so the app
// never needs ../shared at run time.
// Run: npx tsx scripts/build-example.ts [path/to/shared/evidence]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const here = dirname(fileURLToPath(import.meta.url));
const evidenceFolder = resolve(process.argv[2] ?? join(here, '..', '..', 'shared', 'evidence'));
const input = readFileSync(join(evidenceFolder, 'examples', 'rayce-2017-rows.csv'), 'utf8');
const parsed = Papa.parse<Record<string, string>>(input.replace(/^\uFEFF/, ''), {
  header: true,
  skipEmptyLines: 'greedy',
});
if (parsed.errors.length > 0) throw new Error(`build-example: ${JSON.stringify(parsed.errors)}`);
if (parsed.data.length !== 45) throw new Error(`build-example: expected 45 rows, found ${parsed.data.length}`);

const psychodynamic = /^(Salomonsson|Ammaniti)\b/;
const rows = parsed.data.map((row) => ({
  ...row,
  approach_our_coding: psychodynamic.test(row['study'] ?? '') ? 'psychodynamic' : 'other',
}));
const output = join(here, '..', 'public', 'data', 'example-rayce-2017.csv');
writeFileSync(
  output,
  `${Papa.unparse(rows, { columns: [...(parsed.meta.fields ?? []), 'approach_our_coding'], newline: '\n' })}\n`,
);
console.log(
  `wrote ${output}: ${rows.length} rows, ${rows.filter((row) => row.approach_our_coding === 'psychodynamic').length} coded psychodynamic (our coding)`,
);
