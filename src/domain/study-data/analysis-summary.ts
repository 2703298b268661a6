import { describeHeterogeneity } from '../plain-language/heterogeneity-words';
import { sideOfNoDifference } from '../plain-language/orientation';
import { describeSizeRange } from '../plain-language/size-words';
import type { PoolResult } from '../stats/index';
import { displayValue, orientValue, type BenefitDirection, type EffectScale } from './analyse';
import { formatInterval } from '../format';
import type { LayoutId } from './layouts';

// The plain-language summary of a re-analysis, from the same rules the outcome pages use (size words with their
// caveat, heterogeneity words). It never gives a certainty rating: that needs judgements about study quality and
// bias that a table of numbers cannot give.

export interface SummaryInput {
  result: PoolResult;
  layout: LayoutId | null;
  scale: EffectScale;
  benefit: BenefitDirection;
  smd: 'hedges' | 'cohen';
}

/** Which side the whole 95% CI is on, oriented as the user says benefit runs; `pooledOver` is e.g. "12 studies". */
export function directionSentence(
  interval: { ciLower: number; ciUpper: number },
  benefit: BenefitDirection,
  pooledOver: string,
  scale: EffectScale = 'difference',
): string {
  // A correlation has a sign but no intervention; a single group's proportion has neither.
  if (scale === 'correlation') {
    const shown = `r ${formatInterval({ lower: displayValue(interval.ciLower, scale), upper: displayValue(interval.ciUpper, scale) })}`;
    if (interval.ciLower > 0)
      return `Pooled over ${pooledOver}, the correlation is positive: the whole 95% confidence interval (${shown}) is above 0.`;
    if (interval.ciUpper < 0)
      return `Pooled over ${pooledOver}, the correlation is negative: the whole 95% confidence interval (${shown}) is below 0.`;
    return `Pooled over ${pooledOver}, the 95% confidence interval (${shown}) includes 0, so these data cannot rule out no correlation.`;
  }
  if (typeof scale === 'object')
    return `Pooled over ${pooledOver}, the 95% confidence interval for the proportion is ${formatInterval({ lower: displayValue(interval.ciLower, scale), upper: displayValue(interval.ciUpper, scale) })}. It describes one group: there is no comparison group, so it cannot favour either side.`;
  const lower = orientValue(interval.ciLower, benefit);
  const upper = orientValue(interval.ciUpper, benefit);
  if (sideOfNoDifference(Math.min(lower, upper)) === 'intervention')
    return `Pooled over ${pooledOver}, the result favours the intervention: the whole 95% confidence interval is on the side of benefit.`;
  if (sideOfNoDifference(Math.max(lower, upper)) === 'comparison')
    return `Pooled over ${pooledOver}, the result favours the comparison group: the whole 95% confidence interval is on that side.`;
  return `Pooled over ${pooledOver}, the 95% confidence interval includes no difference, so these data cannot rule out that the intervention makes no difference.`;
}

export function summariseAnalysis(input: SummaryInput): string[] {
  const { result, layout, scale, benefit } = input;
  const lower = orientValue(result.ciLower, benefit);
  const upper = orientValue(result.ciUpper, benefit);
  const oriented = { lower: Math.min(lower, upper), upper: Math.max(lower, upper) };
  const sentences = [directionSentence(result, benefit, `${result.k} ${result.k === 1 ? 'study' : 'studies'}`, scale)];

  // Cohen's size words are for standardised mean differences: not for a risk difference from counts.
  if (scale === 'difference' && layout !== 'counts' && layout !== 'counts-n') {
    const range = describeSizeRange(oriented);
    if (layout === 'means') {
      const measure = input.smd === 'hedges' ? 'Hedges’ g' : 'Cohen’s d';
      sentences.push(
        `These effects are standardised mean differences (${measure}). By Cohen’s rough conventions, the benefit could be ${range}.`,
      );
    } else {
      sentences.push(
        `If these effects are standardised mean differences (such as Hedges’ g or Cohen’s d), by Cohen’s rough conventions the benefit could be ${range}. If they are another measure, these size words do not apply.`,
      );
    }
  }

  if (result.k > 1) sentences.push(describeHeterogeneity(Math.min(100, Math.max(0, result.i2))));
  sentences.push(
    'This summary gives no certainty rating: that needs judgements about the studies’ quality and risk of bias that a table of numbers cannot give.',
  );
  return sentences;
}
