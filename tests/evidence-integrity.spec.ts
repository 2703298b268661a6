import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { readDataset } from './helpers/dataset';
import { ORIGIN } from './helpers/origin';
import { recordForeignRequests } from './helpers/same-origin';

const dataset = readDataset();

test('an outcome page leads a new user to the programmes whose trials measured it', async ({ page }) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await page.goto('/outcomes/maternal-depression');
  await expect(page.getByRole('heading', { level: 1, name: 'Maternal depression' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: /^Programmes whose trials measured maternal depression/ }).click();
  await expect(page).toHaveURL(/\/interventions\?outcome=parent-mental-health$/);
  // The catalogue's filter is named as the outcome page names it, and says it is our coding.
  const box = page.getByRole('checkbox', { name: /^Maternal depression/ });
  await expect(box).toBeChecked();
  await expect(page.getByRole('group', { name: 'Outcome measured in its trials (our coding)' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
    new RegExp(`Showing \\d+ of ${dataset.programmes.length} programmes`),
  );
  expect(
    await page.getByRole('region', { name: 'Programmes' }).getByRole('heading', { level: 3 }).count(),
  ).toBeGreaterThan(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(foreign).toEqual([]);
});

test('counts say trials with their reports in brackets, and a follow-up is grouped with its trial', async ({
  page,
}) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await page.goto('/interventions?type=dyadic');
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: 'Child-Parent Psychotherapy (CPP)' }) });
  await expect(card).toContainText(/\d+ trials \(\d+ reports\)/);
  await expect(
    page.getByText(/are the ones our sources name: they are not the review’s list of its 77 studies/),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await card.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Child-Parent Psychotherapy');
  await expect(page.getByText(/^\d+ trials \(\d+ reports\)/)).toBeVisible();
  const grouped = page.getByRole('region', { name: /^One trial, 2 reports: Lieberman 2005, Lieberman 2006/ });
  await expect(grouped).toContainText('Why we count these reports as one trial');
  await expect(grouped.getByRole('heading', { level: 4 })).toHaveCount(2);
  await expectNoAxeViolations(page);
  expect(foreign).toEqual([]);
});

test('the evidence map shows what each finding compared, and the type page says whose list it is', async ({ page }) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await page.goto('/interventions?type=attachment');
  await expect(page.getByRole('list', { name: 'Key to the evidence map: shape' })).toContainText(
    'Triangle: change within one group',
  );
  const table = page.getByRole('table', { name: /Findings of trials by programme and outcome/ });
  const mom = table.getByRole('row', { name: /Mom Power/ });
  await mom
    .getByText(/better than before only/)
    .first()
    .click();
  await expect(mom).toContainText('within-group change (not compared with another group)');
  await expectNoAxeViolations(page);

  await page.goto('/types/attachment');
  await expect(page.getByText(/They are not the review’s list of its 77 studies/)).toBeVisible();
  await expect(page.getByText(/They do not say whether the review compared the types/)).toBeVisible();
  await expectNoAxeViolations(page);
  expect(foreign).toEqual([]);
});

test('infant behaviour: one explanation of the rounding, and no page says no benefit cannot be ruled out', async ({
  page,
}) => {
  await page.goto('/outcomes/infant-behaviour');
  await expect(page.getByText(/rounds to two decimals/)).toHaveCount(1);
  await expect(page.getByText(/no benefit cannot be ruled out/i)).toHaveCount(0);
  await expect(page.getByText(/Kraemer–Kupfer number needed to treat/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/outcomes');
  await expect(page.getByText(/we count it as significant, as the release does, on every page/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('every programme page has readable source names and no placeholder author', async ({ page }) => {
  for (const programme of dataset.programmes) {
    await page.goto(`/interventions/${programme.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(programme.name);
    const main = page.getByRole('main');
    await expect(main.getByText(/not displayed in excerpt/i).and(main.getByRole('heading'))).toHaveCount(0);
    const linkTexts = await main.getByRole('link').allTextContents();
    expect(
      linkTexts.filter((text) => /^https?:\/\//.test(text.trim())),
      programme.id,
    ).toEqual([]);
  }
  await page.goto('/interventions/mothers-and-toddlers-program');
  await expectNoAxeViolations(page);
});
