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

test('the provision and policy page shows NICE, funding and provision facts, each with its date and source', async ({
  page,
}) => {
  // Two axe runs over a long page on a shared 2-core machine.
  test.setTimeout(90_000);
  const foreign = recordForeignRequests(page, ORIGIN);
  await page.goto('/compare');
  await page.getByRole('link', { name: 'UK provision and policy' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('UK provision and policy');
  await expect(page.getByRole('heading', { name: 'What no national guidance covers' })).toBeVisible();
  for (const heading of ['Guidance', 'Funding', 'Services and how many families they reach'])
    await expect(page.getByRole('heading', { level: 3, name: heading }).first()).toBeVisible();
  const facts = page.locator('.provision-entry');
  const nice = facts.filter({ has: page.getByRole('link', { name: /nice\.org\.uk/ }) }).first();
  await expect(nice).toContainText('NICE');
  const funding = facts.filter({ hasText: 'Start for Life' }).first();
  await expect(funding).toContainText('Date');
  await expect(funding.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
  await expect(facts.filter({ hasText: 'parent-infant teams' }).first()).toBeVisible();
  // Every fact shows a date and a source.
  const shown = await facts.evaluateAll((items) =>
    items.map((item) => ({
      terms: [...item.querySelectorAll('dt')].map((term) => term.textContent),
      sourceLinks: item.querySelectorAll('a[href^="http"]').length,
    })),
  );
  expect(shown.length).toBeGreaterThan(0);
  for (const fact of shown) {
    expect(fact.terms).toEqual(expect.arrayContaining(['Date', 'Source', 'Its words']));
    expect(fact.sourceLinks).toBeGreaterThan(0);
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Northern Ireland' })).toBeVisible();
  for (const viewport of [LAPTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await expectNoAxeViolations(page);
  }
  await page.goto('/summary');
  await expect(page.getByRole('link', { name: 'UK provision and policy' }).last()).toBeVisible();
  expect(foreign).toEqual([]);
});

const comparisonPath = `/compare?${['minding-the-baby', 'circle-of-security', 'child-parent-psychotherapy']
  .map((id) => `programme=${id}`)
  .join('&')}`;

test('the comparison keeps its programme names in view while scrolling, on a laptop and on a phone', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const foreign = recordForeignRequests(page, ORIGIN);
  await page.setViewportSize(LAPTOP);
  await page.goto(comparisonPath);
  const table = page.getByRole('table', { name: /^Programmes compared/ });
  const firstName = table.locator('thead th').nth(1);
  await expect(firstName).toHaveText(dataset.programmes.find((p) => p.id === 'minding-the-baby')?.name ?? '');
  await table.locator('tr[data-row="training"]').scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 2500);
  await expect(async () => {
    const box = await firstName.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(-1);
    expect(box?.y).toBeLessThan(5);
  }).toPass();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
  await expectNoAxeViolations(page);

  await page.setViewportSize(PHONE);
  await page.goto(comparisonPath);
  await expect(page.getByText('This table is wider than your screen.')).toBeVisible();
  const region = page.getByRole('region', { name: /^Programmes compared/ });
  await region.scrollIntoViewIfNeeded();
  const sideways = await region.evaluate((element) => element.scrollWidth > element.clientWidth);
  expect(sideways).toBe(true);
  await region.evaluate((element) => element.scrollTo(0, 2000));
  await expect(async () => {
    const header = await firstName.boundingBox();
    const box = await region.boundingBox();
    expect(header && box && Math.abs(header.y - box.y)).toBeLessThan(3);
  }).toPass();
  await expectNoAxeViolations(page);
  expect(foreign).toEqual([]);
});

test('the cost worksheet turns inputs into a labelled £ estimate, refuses bad input, and prints its inputs', async ({
  page,
}) => {
  // Three axe runs over the long comparison page on a shared 2-core machine take about 25 s each.
  test.setTimeout(150_000);
  const foreign = recordForeignRequests(page, ORIGIN);
  await page.setViewportSize(LAPTOP);
  await page.goto(comparisonPath);
  const worksheet = page.locator('.cost-worksheet').getByRole('region', {
    name: 'Circle of Security (COS-Intensive, COS-Parenting, COS-Home Visiting-4)',
    exact: true,
  });
  await worksheet.scrollIntoViewIfNeeded();
  const hourly = worksheet.getByLabel('Hourly staff cost in pounds');
  await expect(hourly).toHaveValue('');

  // Empty, then text, then negative: a clear message each time and no figure.
  const submit = worksheet.getByRole('button', { name: /^Work out the estimate/ });
  await submit.click();
  await expect(worksheet.getByRole('alert')).toContainText('There is a problem');
  await expect(worksheet.getByRole('alert')).toContainText('Enter the hourly staff cost in pounds');
  await expect(worksheet.getByText('Your estimate from your inputs, not a sourced cost')).toHaveCount(0);
  await hourly.fill('forty');
  await submit.click();
  await expect(worksheet.getByRole('alert')).toContainText('Hourly staff cost in pounds must be a number, like 45.50');
  await hourly.fill('-40');
  await submit.click();
  await expect(worksheet.getByRole('alert')).toContainText('Hourly staff cost in pounds must be more than 0');
  await expect(hourly).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  // Good input: sessions and hours start from the sources, the estimate is labelled as the reader's own.
  await expect(worksheet.getByLabel('Number of sessions')).toHaveValue('8');
  await expect(worksheet.getByLabel('Hours per session')).toHaveValue('1.5');
  await worksheet.getByLabel('Practitioners at each session').fill('1');
  await hourly.fill('40');
  await submit.click();
  const result = worksheet.getByRole('status').filter({ hasText: '£' });
  await expect(result).toContainText('£480');
  await expect(result).toContainText('Your estimate from your inputs, not a sourced cost');
  await expect(result).toContainText('8 sessions × 1.5 hours × 1 practitioner × £40.00 an hour');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.cost-worksheet .print-only')).toContainText(
    'Hourly staff cost in pounds: 40. £480: your estimate from your inputs, not a sourced cost',
  );
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize(PHONE);
  await expectNoAxeViolations(page);
  expect(foreign).toEqual([]);
});

test('a comparison link with unknown or repeated programmes names what it left out; without JavaScript the page says it needs it', async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  await page.goto('/compare?programme=gabi&programme=nope&programme=minding-the-baby&programme=gabi');
  const table = page.getByRole('table', { name: /^Programmes compared/ });
  await expect(table.locator('thead th')).toHaveCount(3);
  const notice = page.getByRole('region', { name: 'Some of the address was not used' });
  await expect(notice).toContainText('programme=nope (no such programme)');
  await expect(notice).toContainText('programme=gabi (repeated)');
  await expect(page.getByText('This comparison needs JavaScript')).toHaveCount(0);

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(comparisonPath);
  await expect(plain.getByRole('heading', { name: 'This comparison needs JavaScript' })).toBeVisible();
  await expect(plain.getByRole('link', { name: 'Minding the Baby (MTB)' }).first()).toHaveAttribute(
    'href',
    '/interventions/minding-the-baby',
  );
  await noScript.close();
});

test('"Copy as a short table" pastes a clean table: no [source] tokens, footnote numbers apart from the words', async ({
  browser,
}) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(comparisonPath);
  await page.getByRole('button', { name: 'Copy as a short table' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Short table copied.' })).toBeVisible();
  const pasted = await page.evaluate(() => navigator.clipboard.readText());
  const lines = pasted.split('\n');
  expect(lines[0]?.split('\t').slice(1)).toEqual(
    ['minding-the-baby', 'circle-of-security', 'child-parent-psychotherapy'].map(
      (id) => dataset.programmes.find((programme) => programme.id === id)?.name,
    ),
  );
  expect(lines.slice(1, 4).map((line) => line.split('\t')[0])).toEqual([
    'Dose',
    'Who delivers it',
    'Delivered in the UK',
  ]);
  expect(pasted).not.toContain('[source]');
  expect(pasted).not.toMatch(/[A-Za-z)][0-9]+(,[0-9]+)+/);
  expect(pasted).toMatch(/ \[\d+\]/);
  expect(pasted).toContain('Sources');
  await context.close();
});
