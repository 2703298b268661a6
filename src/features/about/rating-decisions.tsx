import type { EvidenceDataset } from '../../domain/evidence/evidence-schema';
import { formatEffect } from '../../domain/format';
import { INCONSISTENCY_I2, SMALL_EFFECT } from '../../domain/plain-language/certainty';
import { summariseOutcome } from '../../domain/plain-language/outcome-summary';

/** Within this of a cut-off, a result is named as borderline: a GRADE reviewer would judge it, not read it off. */
const NEAR_I2 = 5;
const NEAR_EFFECT = 0.03;

/**
 * Our decisions on the GRADE-style points the integrity audit raised (P21–P25), stated once, here. The pages follow
 * them: ratings say where they start, borderline results are named, very-low results give ranges only, interval
 * wording is not Bayesian, and no page counts findings for and against.
 */
export function RatingDecisions({ dataset }: { dataset: EvidenceDataset }) {
  const borderline = dataset.outcomes.flatMap((outcome) => {
    const summary = summariseOutcome(outcome, dataset.review);
    if (summary.kind !== 'significant') return [];
    const near: string[] = [];
    const { i2Percent, oriented } = summary.oriented;
    if (Math.abs(i2Percent - INCONSISTENCY_I2) <= NEAR_I2) near.push(`I² of ${i2Percent}%`);
    if (Math.abs(oriented.lower - SMALL_EFFECT) <= NEAR_EFFECT)
      near.push(`an interval whose low end is ${formatEffect(oriented.lower)}`);
    return near.length > 0 ? [`${outcome.name} (${near.join(' and ')}; our rating: ${summary.certainty.level})`] : [];
  });
  const levels = dataset.outcomes.flatMap((outcome) => {
    const summary = summariseOutcome(outcome, dataset.review);
    return summary.kind === 'significant' ? [`${outcome.name.toLowerCase()}: ${summary.certainty.level}`] : [];
  });
  return (
    <>
      <h2 id="rating-decisions">How we rate certainty: our decisions</h2>
      <p>
        Our ratings follow GRADE’s ideas but are not a GRADE assessment: we could not read the review’s tables. These
        are the choices we made, and what each one means for the pages.
      </p>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <strong>Where a rating starts.</strong> GRADE starts a body of randomised trials at high and a body of
          non-randomised studies at low. Our sources say only that the pooled studies were controlled; they do not say
          how many were randomised. We start at high and step down for the review’s own finding that very few studies
          were of good quality. If most of the pooled studies were not randomised, every rating would start lower and
          end at very low. Today’s ratings ({levels.join('; ')}) are therefore the most favourable reading, and each
          rating on the site says so.
        </li>
        <li>
          <strong>Cut-offs are a guide, not a judgement.</strong> We step down at I² of {INCONSISTENCY_I2}% or more and
          for an interval reaching below {formatEffect(SMALL_EFFECT)}. GRADE reviewers judge these rather than cut at a
          number, so results close to a cut-off could reasonably be rated one level differently.
          {borderline.length > 0
            ? ` Close to a cut-off: ${borderline.join('; ')}.`
            : ' No result is close to a cut-off.'}
        </li>
        <li>
          <strong>No single figure for a very uncertain result.</strong> Where certainty is very low, the outcome page
          gives the number needed to treat and the other plain numbers as ranges only, never one middle value.
        </li>
        <li>
          <strong>What a 95% interval means.</strong> It is the range of effects that fit the studies: ranges made this
          way contain the true effect 95 times in 100. It is not a range the true effect lies in with 95% probability,
          and we do not describe it that way.
        </li>
        <li>
          <strong>No counting of findings for and against.</strong> Counting how many trials found a benefit (vote
          counting) weighs a small pilot like a large trial and is not a result. The comparison lists each finding with
          its report instead; only the review’s pooled figures are results.
        </li>
      </ul>
    </>
  );
}
