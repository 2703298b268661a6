import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { ORIGIN } from './helpers/origin';
import { openReady } from './helpers/ready';
import { recordForeignRequests } from './helpers/same-origin';

test('moving the example interval across 0 with the keyboard changes the verdict and the sentence', async ({
  page,
}) => {
  const foreign = recordForeignRequests(page, ORIGIN);
  await page.goto('/learn/forest-plot');
  await expect(page.getByRole('heading', { level: 1, name: 'How to read a forest plot' })).toBeVisible();
  const verdict = page.getByTestId('lesson-verdict');
  const sentence = page.getByTestId('lesson-sentence');
  // It starts on the real interval, which clears zero.
  await expect(verdict).toHaveText(/^Significant: favours the intervention/);
  const sentenceBefore = await sentence.innerText();

  const middle = page.getByRole('slider', { name: /Middle of the interval/ });
  await middle.focus();
  for (let press = 0; press < 60; press += 1) {
    if ((await verdict.innerText()).startsWith('Not significant')) break;
    await page.keyboard.press('ArrowLeft');
  }
  await expect(verdict).toHaveText(/^Not significant/);
  await expect(sentence).not.toHaveText(sentenceBefore);
  await expect(sentence).toContainText('very uncertain');

  // And back across zero to the benefit side.
  for (let press = 0; press < 80; press += 1) {
    if ((await verdict.innerText()).startsWith('Significant')) break;
    await page.keyboard.press('ArrowRight');
  }
  await expect(verdict).toHaveText(/^Significant: favours the intervention/);
  expect(foreign).toEqual([]);
});

test('the lesson steps through the parts of the plot and the self-check explains each answer', async ({ page }) => {
  await page.goto('/learn/forest-plot');
  await expect(page.getByRole('heading', { name: /Step 1 of 6/ })).toBeVisible();
  for (let step = 2; step <= 6; step += 1) {
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(page.getByRole('heading', { name: new RegExp(`Step ${step} of 6`) })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: /What I² says/ })).toBeVisible();

  const questions = page.locator('fieldset');
  expect(await questions.count()).toBeGreaterThanOrEqual(4);
  const first = questions.first();
  await first.getByRole('radio').nth(1).check();
  await expect(first).toContainText('Not quite');
  await first.getByRole('radio').first().check();
  await expect(first).toContainText('Right.');
  await expectNoAxeViolations(page);
});

test('the sliders can show an interval that favours the comparison, and the words name the harm', async ({ page }) => {
  await openReady(page, '/learn/forest-plot');
  const verdict = page.getByTestId('lesson-verdict');
  const size = page.getByTestId('lesson-size');
  const middle = page.getByRole('slider', { name: /Middle of the interval/ });
  const half = page.getByRole('slider', { name: /Half its width/ });
  await expect(middle).toHaveAttribute('min', '-100');
  // −0.20 to 0.20: crosses zero, so the words name harm as well as benefit.
  await middle.fill('0');
  await half.fill('20');
  await expect(verdict).toHaveText(/^Not significant/);
  await expect(size).toHaveText('The result could be anything from a small harm to a small benefit.');
  // −0.60 to −0.20: the comparison group did better.
  await middle.fill('-40');
  await expect(verdict).toHaveText(/^Significant: favours the comparison group/);
  await expect(size).toHaveText(/^The comparison group did better/);
  await expect(page.getByTestId('lesson-sentence')).toContainText('would not say');
  // 0.00 to 0.58, made up: no printed p, so the rounding rule does not apply, and it says why.
  await middle.fill('29');
  await half.fill('29');
  await expect(verdict).toHaveText(/^On the line/);
  await expect(page.getByTestId('lesson-reading')).toContainText('A made-up interval has no printed p value');
  await expect(page.getByTestId('lesson-sentence')).toContainText('very uncertain');
  await expectNoAxeViolations(page);
});
