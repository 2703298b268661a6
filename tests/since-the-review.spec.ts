import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { ORIGIN } from './helpers/origin';
import { recordForeignRequests } from './helpers/same-origin';

// Expectations come from the evidence file itself (content/sources/since-the-review.json) and the published dataset,
// so a new study added to the file needs no change here.

interface SourceEntry {
  id: string;
  programmeId: string | null;
  resultAsStated: string | null;
  kind: string;
  appOutcomes: { appOutcome: string; resultAsStated: string }[];
}
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const sourceEntries = read('../content/sources/since-the-review.json') as SourceEntry[];
const dataset = read('../public/data/evidence.json') as {
  sinceTheReview: { id: string; label: string }[];
  outcomes: { id: string; name: string }[];
  programmes: { id: string; name: string }[];
};
const labelOf = (id: string) => {
  const label = dataset.sinceTheReview.find((entry) => entry.id === id)?.label;
  if (!label) throw new Error(`no label for ${id}`);
  return label;
};
const firstWords = (text: string) => text.split(/\s+/).slice(0, 8).join(' ');

test('Minding the Baby shows the result of the NSPCC UK trial, not “protocol only”', async ({ page }) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await page.goto('/interventions/minding-the-baby');
  await expect(page.getByRole('heading', { level: 1, name: /Minding the Baby/ })).toBeVisible();
  await expect(
    page
      .getByText(
        /The study found no difference between Minding the Baby and treatment as usual .* maternal sensitivity/,
      )
      .first(),
  ).toBeVisible();
  await expect(page.getByText(/protocol only; results not found/)).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(foreign).toEqual([]);
});

test('Circle of Security shows the Copenhagen trial as evidence since the review', async ({ page }) => {
  await page.goto('/interventions/circle-of-security');
  const section = page.getByRole('region', { name: 'Since the review' });
  const copenhagen = sourceEntries.find((entry) => entry.id === 'cosp-copenhagen-stuart2025');
  if (!copenhagen?.resultAsStated) throw new Error('the Copenhagen entry has no result');
  const card = section.getByRole('article', { name: labelOf(copenhagen.id) });
  await expect(card).toBeVisible();
  await expect(card).toContainText(copenhagen.resultAsStated);
  await expect(card).toContainText('University repository');
  for (const entry of sourceEntries.filter((item) => item.programmeId === 'circle-of-security'))
    await expect(section.getByRole('heading', { name: labelOf(entry.id) })).toBeVisible();
  // No other part of the page may still call that trial a protocol whose results are missing.
  const tested = page.getByRole('list').filter({ hasText: 'Danish randomised controlled trial in Copenhagen' });
  await expect(tested).toContainText(copenhagen.resultAsStated);
  await expect(page.getByText(/Copenhagen[^.]*results not (?:found|in our sources)/)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('the since-the-review page lists every entry, newest first, and filters by programme and outcome', async ({
  page,
}) => {
  test.setTimeout(120_000); // four axe runs over a long page
  const foreign = recordForeignRequests(page, ORIGIN);
  await page.goto('/');
  await page
    .getByRole('link', { name: /^Since the review/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/since-the-review$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Since the review' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(sourceEntries.length);
  for (const entry of sourceEntries) {
    const card = page.getByRole('article', { name: labelOf(entry.id) });
    await expect(card).toBeVisible();
    if (entry.resultAsStated) await expect(card).toContainText(entry.resultAsStated);
    else if (entry.kind === 'registration') await expect(card).toContainText('No results yet');
    else await expect(card).toContainText('not in our sources');
  }
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Since the review' })).toBeVisible();
  await expectNoAxeViolations(page);

  const outcome = dataset.outcomes.find((item) =>
    sourceEntries.some((entry) => entry.appOutcomes.some((mapped) => mapped.appOutcome === item.id)),
  );
  if (!outcome) throw new Error('no entry measures an outcome');
  const measuring = sourceEntries.filter((entry) =>
    entry.appOutcomes.some((mapped) => mapped.appOutcome === outcome.id),
  );
  await page.getByLabel('Outcome measured').selectOption({ label: outcome.name });
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(new RegExp(`outcome=${outcome.id}`));
  await expect(page.getByRole('article')).toHaveCount(measuring.length);
  await expectNoAxeViolations(page);

  const programme = dataset.programmes.find((item) => item.id === 'circle-of-security');
  if (!programme) throw new Error('no Circle of Security');
  await page.getByLabel('Programme', { exact: true }).selectOption({ label: programme.name });
  await page.getByRole('button', { name: 'Show' }).click();
  const both = measuring.filter((entry) => entry.programmeId === programme.id);
  await expect(page.getByRole('article')).toHaveCount(both.length);
  await page.goBack();
  await expect(page.getByRole('article')).toHaveCount(measuring.length);
  await page.goto('/since-the-review?programme=nope');
  await expect(page.getByText('Not understood, so ignored: programme=nope.')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(sourceEntries.length);
  await expectNoAxeViolations(page);
  expect(foreign).toEqual([]);
});

test('each outcome page names the newer studies that measured it, in their own words', async ({ page }) => {
  test.setTimeout(120_000); // every outcome page
  for (const outcome of dataset.outcomes) {
    await page.goto(`/outcomes/${outcome.id}`);
    const note = page.getByRole('region', { name: 'Newer studies that measured it' });
    await expect(note).toBeVisible();
    const measuring = sourceEntries.filter((entry) =>
      entry.appOutcomes.some((mapped) => mapped.appOutcome === outcome.id),
    );
    for (const entry of measuring) {
      await expect(note.getByText(labelOf(entry.id), { exact: true })).toBeVisible();
      for (const mapped of entry.appOutcomes.filter((item) => item.appOutcome === outcome.id))
        await expect(note).toContainText(firstWords(mapped.resultAsStated));
    }
    if (measuring.length === 0) await expect(note).toContainText('no studies newer');
  }
  await expectNoAxeViolations(page);
});

test('the summary table and its print carry the since-the-review line', async ({ page }) => {
  await page.goto('/summary');
  const line = page.getByText(/^Since the review: our sources hold/);
  await expect(line).toContainText(String(sourceEntries.length));
  await page.emulateMedia({ media: 'print' });
  await expect(line).toBeVisible();
});

test('/about lists what changed in every version, and the print footer names this version’s change', async ({
  page,
}) => {
  const { changelog } = read('../public/data/evidence.json') as {
    changelog: { version: string; summary: string; changes: { text: string }[] }[];
  };
  await page.goto('/about');
  const section = page.getByRole('region', { name: 'What changed in each version' });
  await expect(section.getByRole('article')).toHaveCount(changelog.length);
  for (const version of changelog) {
    const article = section.getByRole('article', { name: `Version ${version.version}` });
    await expect(article).toContainText(version.summary);
    for (const change of version.changes) await expect(article).toContainText(change.text);
  }
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  const current = changelog[0];
  if (!current) throw new Error('no changelog');
  await expect(page.locator('.print-footer')).toContainText(`what changed: ${current.summary}`);
});
