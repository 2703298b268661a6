import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { readDataset } from './helpers/dataset';
import { ORIGIN } from './helpers/origin';
import { recordForeignRequests } from './helpers/same-origin';

// A commissioner's and a health visitor's jobs: which programmes are delivered in the UK, what policy and provision
// say, a comparison for a board paper, and a staff-cost estimate from their own inputs.

const dataset = readDataset();
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };

async function listedProgrammes(page: Page): Promise<string[]> {
  return page.getByRole('region', { name: 'Programmes' }).getByRole('heading', { level: 3 }).allTextContents();
}

test('"Delivered in the UK" lists Minding the Baby, Circle of Security and Child–Parent Psychotherapy', async ({
  page,
}) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  const expected = dataset.programmes
    .filter((programme) => programme.commissioning.ukDelivery.facts.length > 0)
    .map((programme) => programme.name);
  for (const viewport of [LAPTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await page.goto('/interventions?delivered=uk');
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
      `Showing ${expected.length} of ${dataset.programmes.length} programmes`,
    );
    const listed = await listedProgrammes(page);
    expect(listed).toEqual(expected);
    for (const id of ['minding-the-baby', 'circle-of-security', 'child-parent-psychotherapy'])
      expect(listed).toContain(dataset.programmes.find((programme) => programme.id === id)?.name);
    await expectNoAxeViolations(page);
  }
  await page.goto('/interventions/minding-the-baby');
  await expect(page.getByRole('heading', { level: 2, name: 'Delivered in the UK' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Source for UK delivery of Minding the Baby/ }).first()).toBeVisible();
  expect(foreign).toEqual([]);
});
