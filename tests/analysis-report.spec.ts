import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { ORIGIN } from './helpers/origin';
import { openReady } from './helpers/ready';
import { recordForeignRequests } from './helpers/same-origin';

// The analysis report: one click from the analysis page opens it (and the print dialog) for the same workspace and
// settings; its figures are the page's; it prints to A4 with the pooled result in the PDF's text.

test.describe.configure({ timeout: 120_000 });

function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** The first page's size in points, from its MediaBox. A4 is 595 × 842 points. */
function pdfPageSize(pdf: Buffer): { width: number; height: number } {
  const match = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  return { width: Math.round(Number(match?.[1])), height: Math.round(Number(match?.[2])) };
}

test('the bundled example’s report shows the page’s figures, marks the study left out, passes axe and prints to A4', async ({
  page,
}, testInfo) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  // Count print requests instead of opening a dialog.
  await page.addInitScript(() => {
    const record = window as unknown as { printCalls: number };
    record.printCalls = 0;
    window.print = () => {
      record.printCalls += 1;
    };
  });
  await openReady(page, '/analysis');
  await page.getByRole('button', { name: 'Open the example (another review’s data)' }).click();
  await expect(page.getByTestId('pooled-estimate')).not.toBeEmpty();

  // Leave the first study out and split by group, so the report has an exclusion and the subgroup tests.
  const first = page.getByRole('checkbox', { name: /^Include / }).first();
  const firstName = ((await first.getAttribute('aria-label')) ?? '')
    .replace(/^Include /, '')
    .replace(/ \(line \d+\)$/, '');
  const before = await page.getByTestId('pooled-estimate').textContent();
  await first.click();
  await expect(page.getByTestId('pooled-estimate')).not.toHaveText(before ?? '');
  await page.getByLabel('Split into subgroups by').selectOption('group');
  await expect(page.getByTestId('subgroup-test')).toBeVisible();

  const figures = {
    pooled: (await page.getByTestId('pooled-estimate').textContent()) ?? '',
    tau2: (await page.getByTestId('tau2').textContent()) ?? '',
    i2: (await page.getByTestId('i2').textContent()) ?? '',
    heterogeneity: (await page.getByTestId('heterogeneity-line').textContent()) ?? '',
    subgroupTest: (await page.getByTestId('subgroup-test').textContent()) ?? '',
    moderatorTest: (await page.getByTestId('subgroup-moderator-test').textContent()) ?? '',
    egger: (await page.getByTestId('egger-result').textContent()) ?? '',
  };
  const workspaceUrl = new URL(page.url());

  await page.getByRole('link', { name: 'Print or save the analysis report' }).click();
  await expect(page).toHaveURL(/\/analysis\/report\?/);
  const reportUrl = new URL(page.url());
  expect(reportUrl.search, 'the report reads the same workspace and settings').toBe(workspaceUrl.search);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Analysis report: Example: Rayce et al\. 2017/);
  await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);

  // The key figures are the page's, to the character.
  await expect(page.getByTestId('report-pooled-estimate')).toHaveText(figures.pooled);
  await expect(page.getByTestId('report-tau2')).toHaveText(figures.tau2);
  await expect(page.getByTestId('report-i2')).toHaveText(figures.i2);
  // The page's line ends "…, Q = 0.51 on 3 df, p = 0.918"; the report's table gives Q its own row.
  const q = /Q = (.+ on \d+ df, p = .+)$/.exec(figures.heterogeneity)?.[1] ?? 'no Q on the page';
  await expect(page.getByTestId('report-q')).toHaveText(q);
  await expect(page.getByTestId('subgroup-test')).toHaveText(figures.subgroupTest);
  await expect(page.getByTestId('subgroup-moderator-test')).toHaveText(figures.moderatorTest);
  await expect(page.getByTestId('egger-result')).toHaveText(figures.egger);
  await expect(page.getByTestId('report-methods')).toContainText(
    /REML .*z test.*Under-5s Evidence Explorer \d+\.\d+\.\d+, checked against R metafor 3\.8\.1\./,
  );
  const data = page.getByRole('table', { name: 'Studies, and whether each is pooled' });
  await expect(data.getByRole('row').filter({ hasText: firstName }).first()).toContainText(
    'Left out: excluded in the workspace',
  );
  await expect(page.getByRole('heading', { name: /rows? of the file could not be used/ })).toBeVisible();
  for (const heading of ['Forest plot', 'Heterogeneity', 'Sensitivity: leave one out', /^Small-study effects/])
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Forest plot of/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Funnel plot/ })).toBeVisible();
  await expectNoAxeViolations(page);
  // On a phone the report does not scroll sideways (wide tables scroll in their own box).
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.screenshot({ path: testInfo.outputPath('report-phone.png'), fullPage: false });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: testInfo.outputPath('report-screen.png'), fullPage: false });

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdfPageCount(pdf)).toBeGreaterThan(0);
  expect(pdfPageSize(pdf)).toEqual({ width: 595, height: 842 });
  const pdfPath = testInfo.outputPath('analysis-report.pdf');
  writeFileSync(pdfPath, pdf);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const flat = text.replace(/\s+/g, ' ');
  expect(flat, 'the PDF holds the pooled result').toContain(figures.pooled.replace(/\s+/g, ' '));
  expect(flat).toContain('Page 1 of');
  expect(flat, 'the footer names the workspace').toContain(
    'Example: Rayce et al. 2017 (another review), Sensitivity (M)',
  );

  // A reload shows the report again without asking to print again.
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await expect(page.getByTestId('report-pooled-estimate')).toHaveText(figures.pooled);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(0);

  await page.getByRole('link', { name: 'Back to the analysis' }).click();
  await expect(page.getByTestId('pooled-estimate')).toHaveText(figures.pooled);
  expect(foreign).toEqual([]);
});

test('the report with no workspace says how to open one, and passes axe', async ({ page }) => {
  await openReady(page, '/analysis/report');
  await expect(page.getByRole('heading', { level: 1, name: 'Analysis report' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'No workspace is open' })).toBeVisible();
  await expectNoAxeViolations(page);
});
