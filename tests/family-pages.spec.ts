import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { FORBIDDEN } from '../src/features/families/forbidden-words';
import { expectNoAxeViolations } from './helpers/axe';
import { ORIGIN } from './helpers/origin';
import { recordForeignRequests } from './helpers/same-origin';

const dataset = JSON.parse(readFileSync(new URL('../public/data/evidence.json', import.meta.url), 'utf8')) as {
  outcomes: { id: string }[];
};

/**
 * The words that carry each verdict on the practitioner page ("In short") and the words the family page must use for
 * the same verdict. The first practitioner cue that matches decides; a statement with none of them is a "high" verdict.
 */
const VERDICTS = [
  { practitioner: /no significant difference/, family: /did not find a difference/ },
  { practitioner: /very uncertain/, family: /very uncertain/ },
  { practitioner: /\bmay\b/, family: /\bmay\b/ },
  { practitioner: /\bprobably\b/, family: /\bprobably\b/ },
  { practitioner: /^These interventions /, family: /^Programmes like these / },
];

/** Counts the pages of a PDF made by Chromium: one "/Type /Page" object per page ("/Pages" is the page tree). */
function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

for (const { id } of dataset.outcomes) {
  test(`/families/${id} states the practitioner page's verdict in plain words, passes axe and prints on one A4 page`, async ({
    page,
  }) => {
    const foreign = recordForeignRequests(page, ORIGIN);
    await page.goto(`/outcomes/${id}`);
    const statement = (await page.getByRole('region', { name: 'In short' }).locator('p').first().textContent()) ?? '';
    const verdict = VERDICTS.find((candidate) => candidate.practitioner.test(statement));
    expect(verdict, `a known verdict in "${statement}"`).toBeDefined();

    // A health worker reaches the family page from the outcome page.
    await page.getByRole('link', { name: /^For families/ }).click();
    await expect(page).toHaveURL(new RegExp(`/families/${id}$`));
    const found = page.getByRole('region', { name: 'What the research found' });
    await expect(found).toBeVisible();
    await expect(found.locator('p').first()).toHaveText(verdict?.family ?? /never/);

    const text = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
    for (const word of FORBIDDEN) expect(text, `jargon ${String(word)}`).not.toMatch(word);
    await expect(page.getByRole('main')).toContainText('did not report any harm');
    await expect(page.getByRole('heading', { name: 'Where this comes from' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('contact-box')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await expect(page.getByRole('main')).toContainText(`${ORIGIN}/families/${id}`);
    const pdf = await page.pdf({ format: 'A4' });
    expect(countPdfPages(pdf), 'printed pages').toBe(1);
    expect(foreign).toEqual([]);
  });
}

test('the home page leads to the family pages, which link to every outcome in plain words', async ({ page }) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await page.goto('/');
  await page.getByRole('link', { name: /^For families/ }).click();
  await expect(page).toHaveURL(/\/families$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For parents and carers');
  const list = page.getByRole('region', { name: 'What the research found' });
  await expect(list.getByRole('link')).toHaveCount(dataset.outcomes.length);
  const text = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
  for (const word of FORBIDDEN) expect(text, `jargon ${String(word)}`).not.toMatch(word);
  await expectNoAxeViolations(page);
  expect(foreign).toEqual([]);
});

test('"Copy link" puts the page address on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  await page.goto('/families/maternal-depression');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${ORIGIN}/families/maternal-depression`);
});
