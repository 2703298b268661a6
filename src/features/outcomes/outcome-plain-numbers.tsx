import { DerivedTag } from '../../components/callouts';
import { IconArray } from '../../components/icon-array/icon-array';
import type { Interval } from '../../domain/plain-language/orientation';
import { iconArrayCounts, plainNumbers } from '../../domain/plain-language/plain-numbers';
import { formatShareAsPercent, ordinal } from '../../domain/format';
import { Term } from '../../components/glossary-term';
import { numberNeededToTreatTerm } from '../../domain/glossary/number-needed-to-treat';

const points = (value: number) => `${Math.round(value)}`;

/** The oriented interval in plain numbers, each given as a range across the interval with the midpoint beside it. */
export function OutcomePlainNumbers({
  oriented,
  orientedMidpoint,
  significant = false,
  rangesOnly = false,
}: {
  oriented: Interval;
  orientedMidpoint: number;
  significant?: boolean;
  /** For a very-low-certainty result: ranges only, never a single middle figure (audit P23, decision on /about). */
  rangesOnly?: boolean;
}) {
  const numbers = plainNumbers(oriented, orientedMidpoint);
  const counts = iconArrayCounts(numbers.extraPer100);
  const nnt = numbers.numberNeededToTreat;
  // The Kraemer–Kupfer figure compares the two groups, pair by pair: it does not pick out families who "responded".
  const iconSentence =
    `Pair each family who had the intervention with one who did not. Out of 100 such pairs, the family who had the intervention ` +
    (rangesOnly
      ? `would do better in anywhere from ${counts.extraAtLow} to ${counts.extraAtHigh} more pairs than the family who did not, across the interval. `
      : `would do better in about ${counts.extraAtMid} more pairs than the family who did not (anywhere from ${counts.extraAtLow} to ` +
        `${counts.extraAtHigh} across the interval). `) +
    `This describes a difference between the two groups; it does not say which families were helped.`;
  return (
    <>
      <p>
        All the figures in this section are <strong>derived</strong>: we worked them out from the printed interval. The
        review did not print them. They hold only if the effect is a standardised mean difference (such as Hedges’ g)
        and scores are spread in a bell shape in both groups. The release does not name its effect measure, so treat
        these as a guide to size, not exact figures.
        {rangesOnly
          ? ' How sure we can be about this result is very low, so we give each figure as a range only, never a single middle value.'
          : null}
      </p>
      <dl className="divide-y divide-nhs-grey-4 bg-white">
        <div className="p-4">
          <dt className="font-bold">
            Chance that a family who had the intervention does better than one who did not <DerivedTag />
          </dt>
          <dd>
            {formatShareAsPercent(numbers.probabilityOfBenefit.low)} to{' '}
            {formatShareAsPercent(numbers.probabilityOfBenefit.high)}
            {rangesOnly ? '' : ` (middle of the range: ${formatShareAsPercent(numbers.probabilityOfBenefit.mid)})`}.
            With no effect at all it would be 50%, a coin toss.
          </dd>
        </div>
        <div className="p-4">
          <dt className="font-bold">
            Improvement index <DerivedTag />
          </dt>
          <dd>
            The average family who had the intervention would move up {points(numbers.improvementIndex.low)} to{' '}
            {points(numbers.improvementIndex.high)} percentile points
            {rangesOnly ? '' : ` (middle: ${points(numbers.improvementIndex.mid)})`} compared with the comparison group.
            {rangesOnly
              ? ` For example, from the 50th to somewhere between the ${ordinal(50 + Math.round(numbers.improvementIndex.low))} and the ${ordinal(50 + Math.round(numbers.improvementIndex.high))} place out of 100.`
              : ` For example, from the 50th to the ${ordinal(50 + Math.round(numbers.improvementIndex.mid))} place out of 100.`}
          </dd>
        </div>
        <div className="p-4">
          <dt className="font-bold">
            <Term entry={numberNeededToTreatTerm}>Number needed to treat</Term> <DerivedTag />
          </dt>
          <dd>
            {nnt.noBenefitNotRuledOut && significant ? (
              <>
                At best, {nnt.best} families would need the intervention for one more to do better. The printed interval
                starts at 0.00, which is rounding (the result is significant), so at its low end the benefit is close to
                none and the number could be very large.
                {nnt.mid !== null && !rangesOnly ? ` At the middle of the range it is ${nnt.mid}.` : null}
              </>
            ) : nnt.noBenefitNotRuledOut ? (
              <>
                At best, {nnt.best} families would need the intervention for one more to do better. At the low end the
                interval reaches no difference, so <strong>no benefit cannot be ruled out</strong>: the number could be
                very large.
                {nnt.mid !== null && !rangesOnly ? ` At the middle of the range it is ${nnt.mid}.` : null}
              </>
            ) : (
              <>
                Between {nnt.best} and {nnt.worst} families would need the intervention for one more to do better than
                without it{rangesOnly ? '' : ` (middle of the range: ${nnt.mid})`}. Fewer is better.
              </>
            )}
            <span className="mt-2 block text-base">
              This is the Kraemer–Kupfer number needed to treat for a score, not a yes/no outcome. It counts any family
              that does better than a family without the intervention, by any amount, so it is the most favourable way
              to turn an effect size into a number needed to treat. The number needed to treat that clinicians know from
              yes/no outcomes (for example, recovered or not) counts only families who cross a threshold, and is usually
              larger. Do not compare the two directly.
            </span>
          </dd>
        </div>
      </dl>
      <h3>Out of 100 pairs of families</h3>
      {rangesOnly ? null : <IconArray counts={counts} description={iconSentence} />}
      <p>{iconSentence}</p>
      <details className="my-4 bg-white p-4">
        <summary className="cursor-pointer font-bold text-nhs-blue">How we worked these out</summary>
        <ul className="mt-3 list-disc space-y-2 pl-6 text-base">
          <li>
            g is the oriented effect: positive favours the intervention. Each figure is worked out at both ends of the
            interval and at its middle.
          </li>
          <li>
            Chance of doing better (probability of superiority) = Φ(g ÷ √2), where Φ is the normal distribution (McGraw
            and Wong, 1992).
          </li>
          <li>
            Improvement index = Φ(g) − 50%, in percentile points (Cohen’s U3, as the What Works Clearinghouse uses it).
          </li>
          <li>
            Number needed to treat = 1 ÷ (2Φ(g ÷ √2) − 1), rounded up to a whole family (the Kraemer–Kupfer convention,
            2006: the most favourable of the ways to convert an effect size).
          </li>
          <li>
            Extra pairs out of 100 = 100 × (2Φ(g ÷ √2) − 1), rounded to whole pairs: the chance that the intervention
            family does better, minus the chance that it does worse.
          </li>
        </ul>
      </details>
    </>
  );
}
