import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { FORBIDDEN } from '../src/features/families/forbidden-words';
import { expectNoAxeViolations } from './helpers/axe';
import { ORIGIN } from './helpers/origin';
import { recordForeignRequests } from './helpers/same-origin';

const dataset = JSON.parse(readFileSync(new URL('../public/data/evidence.json', import.meta.url), 'utf8')) as {
  outcomes: { id: string }[];
  helpNow: { id: string; nation: string; contact: string }[];
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
  test(`/families/${id} states the practitioner page's verdict in plain words, shows help now, passes axe and prints on at most two A4 pages`, async ({
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
    // The light frame: no analysis or presentation tools in the menu.
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analyse data' }),
    ).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Present' })).toHaveCount(0);
    const help = page.getByRole('region', { name: 'If you need help now' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('999');
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('contact-box')).toBeVisible();
    // Every contact prints, in every nation's group, folded on screen or not.
    for (const entry of dataset.helpNow) await expect(help.getByText(entry.contact).first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await expect(page.getByRole('main')).toContainText(`${ORIGIN}/families/${id}`);
    const pdf = await page.pdf({ format: 'A4' });
    // The help-now box takes the second sheet; never more than two.
    expect(countPdfPages(pdf), 'printed pages').toBeLessThanOrEqual(2);
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

test('on a phone, help now comes before the research, and the share field is full width with a contact kept in the link', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/families/maternal-depression');
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(heading?.y ?? Infinity).toBeLessThan(160);
  const help = page.getByRole('region', { name: 'If you need help now' });
  const found = page.getByRole('region', { name: 'What the research found' });
  expect((await help.boundingBox())?.y ?? Infinity).toBeLessThan((await found.boundingBox())?.y ?? 0);
  // A nation's contacts open in place.
  await help.getByText('In Northern Ireland').click();
  const lifeline = dataset.helpNow.find((entry) => entry.nation === 'Northern Ireland');
  await expect(help.getByText(lifeline?.contact ?? 'missing')).toBeVisible();

  const link = page.getByRole('textbox', { name: 'Link to this page' });
  expect((await link.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(200);
  await page
    .getByRole('textbox', { name: 'Your name and phone number (optional)' })
    .fill('Sam <b>HV</b> 0300 000 0000');
  const shared = await link.inputValue();
  expect(shared).toBe(`${ORIGIN}/families/maternal-depression?contact=Sam+%3Cb%3EHV%3C%2Fb%3E+0300+000+0000`);
  await page.goto(shared);
  await expect(page.getByTestId('shared-contact')).toHaveText('Sam <b>HV</b> 0300 000 0000');
  await expectNoAxeViolations(page);
  await context.close();
});
