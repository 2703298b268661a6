import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { readDataset, readFullDataset } from './helpers/dataset';
import { ORIGIN } from './helpers/origin';
import { citedLink } from '../src/domain/evidence/source-hosts';
import { openReady } from './helpers/ready';
import { recordForeignRequests } from './helpers/same-origin';

const dataset = readDataset();
const namesOfType = (...types: string[]) =>
  dataset.programmes.filter((programme) => types.includes(programme.type)).map((programme) => programme.name);

async function listedProgrammes(page: Page): Promise<string[]> {
  const list = page.getByRole('region', { name: 'Programmes' }).getByRole('heading', { level: 3 });
  return list.allTextContents();
}

test('a type filter lists exactly the programmes coded as that type, and two types list their union', async ({
  page,
}) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await page.goto('/interventions?type=mentalization');
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
    `Showing ${namesOfType('mentalization').length} of ${dataset.programmes.length} programmes`,
  );
  expect(await listedProgrammes(page)).toEqual(namesOfType('mentalization'));
  await expectNoAxeViolations(page);

  await page.getByRole('checkbox', { name: /Dyadic or triadic psychotherapy/ }).check();
  await expect(page).toHaveURL(/\/interventions\?type=mentalization&type=dyadic$/);
  expect(await listedProgrammes(page)).toEqual(namesOfType('mentalization', 'dyadic'));
  expect(foreign).toEqual([]);
});

test('removing a filter and pressing Back restores it', async ({ page }) => {
  await page.goto('/interventions?type=mentalization&type=dyadic');
  await page.getByRole('checkbox', { name: /Mentalization-based/ }).uncheck();
  await expect(page).toHaveURL(/\/interventions\?type=dyadic$/);
  expect(await listedProgrammes(page)).toEqual(namesOfType('dyadic'));
  await page.goBack();
  await expect(page).toHaveURL(/type=mentalization&type=dyadic$/);
  await expect(page.getByRole('checkbox', { name: /Mentalization-based/ })).toBeChecked();
  expect(await listedProgrammes(page)).toEqual(namesOfType('mentalization', 'dyadic'));
});

test('a shared filter link opened fresh shows the same view', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/interventions?type=dyadic&country=Sweden');
  await expect(page.getByRole('checkbox', { name: /Dyadic or triadic psychotherapy/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Sweden/ })).toBeChecked();
  expect(await listedProgrammes(page)).toEqual(['Mother-Infant Psychoanalytic Treatment (MIP; Salomonsson)']);
  await expectNoAxeViolations(page);
  await context.close();
});

test('unknown or malformed parameters are ignored with a notice, never a crash', async ({ page }) => {
  await page.goto('/interventions?type=banana&colour=red&type=attachment');
  // Each ignored parameter is now named with the reason (issue 8).
  const notice = page.getByRole('region', { name: 'Part of this link was not understood' });
  await expect(notice).toContainText('type=banana (“banana” is not one of the choices');
  await expect(notice).toContainText('colour=red (there is no filter called “colour”)');
  expect(await listedProgrammes(page)).toEqual(namesOfType('attachment'));
});

test('an empty result says how to widen the search, and clear all brings everything back', async ({ page }) => {
  await page.goto('/interventions?type=dyadic&format=group');
  await expect(page.getByText('No programmes match all of these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'clear all filters', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing all 14 programmes');
});

test('the evidence map follows the filters and has a table alternative', async ({ page }) => {
  await page.goto('/interventions');
  const table = page.getByRole('table', { name: /Findings of trials by programme and outcome/ });
  await expect(table.locator('tbody tr')).toHaveCount(14);
  await page.locator('.evidence-map').scrollIntoViewIfNeeded();
  await expect(
    page.getByRole('img', { name: new RegExp(`Evidence map of ${dataset.programmes.length} programmes`) }),
  ).toBeVisible();
  const glyphsAll = await page.locator('.evidence-map .evidence-map-glyph').count();
  expect(glyphsAll).toBeGreaterThan(20);

  await page.getByRole('checkbox', { name: /Dyadic or triadic psychotherapy/ }).check();
  await expect(table.locator('tbody tr')).toHaveCount(namesOfType('dyadic').length);
  await page.locator('.evidence-map').scrollIntoViewIfNeeded();
  await expect(
    page.getByRole('img', {
      name: `Evidence map of ${namesOfType('dyadic').length} programmes by outcome. The table after the map lists every finding.`,
    }),
  ).toBeVisible();
  await expect.poll(() => page.locator('.evidence-map .evidence-map-glyph').count()).toBeLessThan(glyphsAll);

  // A cell opens to the trial's own words.
  const pipRow = table.getByRole('row', { name: /Anna Freud Centre psychoanalytic/ });
  const cell = pipRow.locator('details').filter({ hasText: '1 no difference' }).first();
  await cell.locator('summary').click();
  await expect(cell).toHaveAttribute('open', '');
  await expect(cell.getByRole('listitem').first()).toContainText(/coded no difference\):.+“.+”/);
  await expectNoAxeViolations(page);
});

test('filter, open a programme, and follow a trial’s source link', async ({ page, context }) => {
  // Outside sites are not reachable here: answer for them, so the click can be followed to its address.
  await context.route(
    (url) => url.origin !== ORIGIN,
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Outside source</title>' }),
  );
  await page.goto('/interventions');
  await page.getByRole('checkbox', { name: /Dyadic or triadic psychotherapy/ }).check();
  await page
    .getByRole('region', { name: 'Programmes' })
    .getByRole('link', { name: 'Anna Freud Centre psychoanalytic Parent-Infant Psychotherapy (PIP)' })
    .click();
  await expect(page).toHaveURL(/\/interventions\/afc-parent-infant-psychotherapy$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Anna Freud Centre psychoanalytic Parent-Infant Psychotherapy (PIP)',
  );
  await expect(page.getByText('This is our coding, not the review’s.')).toBeVisible();
  await expectNoAxeViolations(page);

  const full = readFullDataset();
  const trial = full.trials.find((item) => item.id === 'afc-pip-fonagy2016');
  const source = full.sources.find((item) => item.id === trial?.sourceId);
  if (!trial || !source?.url) throw new Error('the trial has no source URL in the dataset');
  // The link opens the original where our sources hold it (the report's DOI), in place of a copy we read.
  const expectedUrl = citedLink(full, source, trial.citation.doi)?.href ?? source.url;
  const link = page.getByRole('article', { name: /Fonagy/ }).locator('a.trial-source');
  await expect(link).toHaveAttribute('href', expectedUrl);
  await link.click();
  await expect(page).toHaveURL(expectedUrl);
});

test('a type page explains the approach and says the review has no per-type results', async ({ page }) => {
  await page.goto('/types/attachment');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Attachment-based interventions');
  await expect(page.getByRole('region', { name: 'No results for this type on its own' })).toBeVisible();
  for (const name of namesOfType('attachment'))
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the glossary lists terms, and a term in a page explains itself on keyboard focus', async ({ page }) => {
  await page.goto('/glossary');
  await expect(page.getByRole('term').filter({ hasText: 'Number needed to treat (NNT)' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/outcomes');
  const term = page.getByRole('link', { name: '95% confidence interval' }).first();
  await term.focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await expect(term).toHaveAccessibleDescription(/range worked out from the studies/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toBeHidden();
  await term.press('Enter');
  await expect(page).toHaveURL(/\/glossary#confidence-interval$/);
  await expect(page.locator('#confidence-interval')).toBeFocused();
});

test('the catalogue can be used with the keyboard alone', async ({ page }) => {
  await openReady(page, '/interventions');
  const checkbox = page.getByRole('checkbox', { name: /Mentalization-based/ });
  await checkbox.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/type=mentalization/);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
    `Showing ${namesOfType('mentalization').length} of ${dataset.programmes.length} programmes`,
  );
  await expect(checkbox).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing all 14 programmes');
});
