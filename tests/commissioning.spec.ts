import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { expectNoAxeViolations } from './helpers/axe';
import { readDataset } from './helpers/dataset';
import { ORIGIN } from './helpers/origin';
import { recordForeignRequests } from './helpers/same-origin';

// What a commissioner does: put programmes side by side, print them for a board paper, export and cite them.

const dataset = readDataset();
const chosen = ['minding-the-baby', 'circle-of-security', 'child-parent-psychotherapy'];
const nameOf = (id: string) => dataset.programmes.find((programme) => programme.id === id)?.name ?? id;
const comparisonPath = `/compare?${chosen.map((id) => `programme=${id}`).join('&')}`;

/** What a comparison shows: its column headings, row headings and which rows are marked as differing. */
async function comparisonView(page: Page) {
  const table = page.getByRole('table', { name: /^Programmes compared/ });
  await expect(table).toBeVisible();
  return {
    columns: await table.locator('thead th').allInnerTexts(),
    rows: await table.locator('tbody th[scope="row"]').allInnerTexts(),
    differs: await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-differs'))),
  };
}

/** The first page's size in points, from its MediaBox. A4 is 595 × 842 points. */
function pdfPageSize(pdf: Buffer): { width: number; height: number } {
  const match = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  return { width: Math.round(Number(match?.[1])), height: Math.round(Number(match?.[2])) };
}

function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

async function printView(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByText(/Loading the/)).toHaveCount(0);
}

async function savedText(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

test('three programmes added from the catalogue open as a comparison that reloads the same in a fresh browser', async ({
  page,
  browser,
}) => {
  // Two browsers and an axe run over a large table: slower than most flows on a shared 2-core machine.
  test.setTimeout(60_000);
  const foreign = recordForeignRequests(page, ORIGIN);
  await page.goto('/interventions');
  for (const id of chosen) await page.getByRole('button', { name: `Add to comparison: ${nameOf(id)}` }).click();
  const tray = page.getByRole('complementary', { name: 'Programmes to compare' });
  await expect(tray).toContainText('Comparing 3 of up to 4');

  // The tray survives moving to another page.
  await page.getByRole('link', { name: 'Glossary', exact: true }).click();
  await expect(tray).toContainText(nameOf('minding-the-baby'));
  await tray.getByRole('link', { name: 'Compare 3 programmes' }).click();
  await expect(page).toHaveURL(`${ORIGIN}${comparisonPath}`);
  const view = await comparisonView(page);
  expect(view.columns.slice(1)).toEqual(chosen.map(nameOf));
  expect(view.differs).toContain('true');
  await expectNoAxeViolations(page);

  const fresh = await browser.newContext();
  const freshPage = await fresh.newPage();
  await freshPage.goto(comparisonPath);
  expect(await comparisonView(freshPage)).toEqual(view);
  await fresh.close();
  expect(foreign).toEqual([]);
});

test('a type comparison says plainly that our sources give no pooled result per type', async ({ page }) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await page.goto('/compare?type=mentalization&type=dyadic');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare types of intervention');
  await expect(page.getByText('Our sources give no pooled result for each type.')).toBeVisible();
  const pooledRow = page.locator('tr[data-row="pooledResult"]');
  await expect(pooledRow).toHaveAttribute('data-differs', 'false');
  await expectNoAxeViolations(page);
  expect(foreign).toEqual([]);
});

test('the summary of findings has one row per outcome and no axe violations', async ({ page }) => {
  await page.goto('/summary');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Summary of findings');
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(6);
  await expectNoAxeViolations(page);
});

test('print: 3 programmes on A4 landscape (or portrait) pages with every fact at 9 pt or more, the summary on one A4 portrait page, the outcomes chart in its PDF', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(comparisonPath);
  const table = page.getByRole('table', { name: /^Programmes compared/ });
  await expect(table).toBeVisible();
  await printView(page);
  await expect(page.getByRole('button', { name: /Download/ }).first()).toBeHidden();
  // Every fact is printed: nothing is cut to "…more in the app", and no cell text is below 9 pt (12 CSS px).
  await expect(page.locator('main')).not.toContainText('more in the app');
  const smallest = await table.evaluate((element) => {
    let min = Infinity;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.closest('.sr-only')) continue;
      const style = getComputedStyle(parent);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      min = Math.min(min, parseFloat(style.fontSize));
    }
    return min;
  });
  expect(smallest).toBeGreaterThanOrEqual(12);
  const comparison = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdfPageCount(comparison)).toBeGreaterThan(1);
  expect(pdfPageSize(comparison)).toEqual({ width: 842, height: 595 });
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('radio', { name: 'Portrait (tall)' }).check();
  await printView(page);
  const portrait = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdfPageSize(portrait)).toEqual({ width: 595, height: 842 });

  await page.emulateMedia({ media: 'screen' });
  await page.goto('/summary');
  await expect(page.getByRole('table')).toBeVisible();
  await printView(page);
  const summary = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdfPageCount(summary)).toBe(1);
  expect(pdfPageSize(summary)).toEqual({ width: 595, height: 842 });

  await page.emulateMedia({ media: 'screen' });
  await page.goto('/outcomes');
  await printView(page);
  await expect(page.locator('.forest-plot svg').first()).toBeVisible();
  const outcomes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdfPageCount(outcomes)).toBeGreaterThan(0);
  await expect(page.locator('.print-footer')).toContainText('Dataset version');
});

test('each export downloads a file its program can open, and a trial title starting with = comes out harmless', async ({
  page,
}) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  // A hostile title in the data must reach a spreadsheet as text, never as a formula.
  await page.route('**/data/evidence.json', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { trials: { programmeId: string; citation: { title: string } }[] };
    const trial = json.trials.find((candidate) => candidate.programmeId === 'minding-the-baby');
    if (trial) trial.citation.title = '=1+2 hostile title';
    await route.fulfill({ response, json });
  });
  await page.goto(comparisonPath);

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download this comparison (CSV)' }).click(),
  ]);
  const csv = Papa.parse<Record<string, string>>((await savedText(csvDownload)).replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(csv.errors).toEqual([]);
  expect(csv.meta.fields).toContain('Source address');
  expect(csv.data.length).toBeGreaterThan(20);
  const hostile = csv.data.filter((row) => row['Where in the source']?.includes('hostile title'));
  expect(hostile.length).toBeGreaterThan(0);
  expect(hostile.every((row) => row['Where in the source']?.startsWith("'="))).toBe(true);
  expect(csv.data.every((row) => Object.values(row).every((value) => !/^[=+@\t\r]/.test(value)))).toBe(true);

  const [risDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download RIS/ }).click(),
  ]);
  const ris = await savedText(risDownload);
  const records = ris.trim().split(/\r?\n\r?\n/);
  expect(records.length).toBeGreaterThan(2);
  for (const record of records) {
    const lines = record.split(/\r?\n/);
    expect(lines[0]).toMatch(/^TY {2}- /);
    expect(lines.at(-1)?.trimEnd()).toBe('ER  -');
    expect(lines.every((line) => /^[A-Z][A-Z0-9] {2}- ?/.test(line))).toBe(true);
  }

  const [bibDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download BibTeX/ }).click(),
  ]);
  const bib = await savedText(bibDownload);
  const entries = bib.match(/@\w+\{[\w-]+,/g) ?? [];
  expect(entries.length).toBe(records.length);
  const braces = bib.replace(/\\[{}]/g, '');
  expect(braces.split('{').length).toBe(braces.split('}').length);

  await page.unroute('**/data/evidence.json');
  await page.goto('/outcomes');
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the chart (SVG)' }).click(),
  ]);
  const svg = await savedText(svgDownload);
  const svgCheck = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: document.querySelector('parsererror')?.textContent ?? null,
      root: document.documentElement.nodeName,
      text: document.documentElement.textContent,
    };
  }, svg);
  expect(svgCheck.error).toBeNull();
  expect(svgCheck.root).toBe('svg');
  expect(svgCheck.text).toContain('Source:');

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the chart (PNG, print quality)' }).click(),
  ]);
  const png = readFileSync(await pngDownload.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const svgWidth = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? '0');
  expect(width).toBeGreaterThanOrEqual(2 * svgWidth);
  expect(png.readUInt32BE(20)).toBeGreaterThan(0);
  // Decoded in a blank page: the site's Content-Security-Policy (rightly) refuses data: images.
  const blank = await page.context().newPage();
  const decodes = await blank.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    return image.naturalWidth;
  }, png.toString('base64'));
  await blank.close();
  expect(decodes).toBe(width);

  await page.goto('/interventions?type=dyadic');
  const [catalogueDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download these \d+ programmes \(CSV\)$/ }).click(),
  ]);
  const catalogue = Papa.parse<Record<string, string>>((await savedText(catalogueDownload)).replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(catalogue.data.map((row) => row.Programme)).toEqual(
    dataset.programmes.filter((programme) => programme.type === 'dyadic').map((programme) => programme.name),
  );
  expect(foreign).toEqual([]);
});
