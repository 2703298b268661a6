import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { openReady } from './helpers/ready';

// A long forest plot shows one page of rows at a time, the overall pooled result on every page, so a file of
// thousands of studies does not draw hundreds of thousands of SVG elements at once.
const STUDIES = 450;
const csv = [
  'study,yi,vi',
  ...Array.from(
    { length: STUDIES },
    (_, index) => `Study ${index + 1},${((index % 17) - 6) / 20},${0.02 + (index % 5) / 50}`,
  ),
].join('\n');

// The label wraps onto two lines in the drawing, so its words may run together in the text.
const pooledLabel = (studies: number) => new RegExp(`Pooled \\(REML, ${studies}\\s*studies\\)`);

// axe over a page of 450 studies takes a while on a busy 2-core machine (1.1 min seen); time is not what this checks.
test.describe.configure({ timeout: 180_000 });

test('a forest plot of hundreds of studies pages through its rows, with the pooled result on every page', async ({
  page,
}) => {
  await openReady(page, '/analysis');
  await page
    .getByLabel('Choose a CSV file, or a saved workspace file (.json)')
    .setInputFiles({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('row-count')).toHaveText(`${STUDIES} of ${STUDIES} rows analysed.`);

  const forest = page.getByRole('region', { name: 'Forest plot' });
  const pager = forest.getByRole('navigation', { name: 'Forest plot pages' });
  await expect(pager).toContainText(`Rows 1 to 200 of ${STUDIES} (page 1 of 3)`);
  const plot = forest.getByRole('img', { name: /^Forest plot of/ }).first();
  await expect(plot).toHaveAccessibleName(/This page shows rows 1 to 200\.$/);
  const drawn = forest.locator('svg').first();
  await expect(drawn).toContainText('Study 200');
  await expect(drawn).not.toContainText('Study 201');
  await expect(drawn).toContainText(pooledLabel(STUDIES));
  await expect(pager.getByRole('button', { name: 'Previous rows' })).toBeDisabled();
  await expectNoAxeViolations(page);

  await pager.getByRole('button', { name: 'Next rows' }).click();
  await pager.getByRole('button', { name: 'Next rows' }).click();
  await expect(pager).toContainText(`Rows 401 to ${STUDIES} of ${STUDIES} (page 3 of 3)`);
  await expect(drawn).toContainText(`Study ${STUDIES}`);
  await expect(drawn).not.toContainText('Study 400');
  await expect(drawn).toContainText(pooledLabel(STUDIES));
  await expect(pager.getByRole('button', { name: 'Next rows' })).toBeDisabled();

  // A study's name on the page still leaves it out.
  await forest.getByRole('button', { name: `Leave out Study ${STUDIES} (line ${STUDIES + 1})` }).click();
  await expect(drawn).toContainText(pooledLabel(STUDIES - 1));
  await expect(pager).toContainText('(page 3 of 3)');
});
