import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** One of the engine's R fixtures (src/domain/stats/fixtures), as its R script wrote it. */
export function readStatsFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../src/domain/stats/fixtures/${name}`, import.meta.url), 'utf8'));
}

/** The report asks to print when it opens; a test has no one to answer the dialog. */
export async function answerPrintDialogs(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
}

/** Pastes a table into the analysis page, as a user would, and waits until every one of its `rows` is analysed. */
export async function analysePastedTable(page: Page, csv: string, rows: number): Promise<void> {
  await page.getByLabel('Or paste a table (with its header row)').fill(csv);
  await page.getByRole('button', { name: 'Analyse the pasted table' }).click();
  await expect(page.getByTestId('row-count')).toHaveText(`${rows} of ${rows} rows analysed.`);
}
