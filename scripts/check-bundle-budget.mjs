#!/usr/bin/env node
// @ts-check
// Kept so that `node scripts/check-bundle-budget.mjs [--dir dist]` still works: runs scripts/check-bundle-budget.ts
// (which reads the budgets from the page registry, src/domain/pages/pages.ts) with tsx.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
const script = fileURLToPath(new URL('./check-bundle-budget.ts', import.meta.url));
const run = spawnSync(process.execPath, [tsx, script, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
