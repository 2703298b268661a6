import type { HeterogeneityInterval } from '../../domain/stats/index';
import { heterogeneityIntervalText } from './format-statistics';

/** The Q-profile 95% intervals for τ² and I², as rows of the pooled result's description list. */
export function HeterogeneityIntervalRows({ interval }: { interval: HeterogeneityInterval }) {
  const text = heterogeneityIntervalText(interval);
  return (
    <>
      <dt className="font-bold">τ² 95% CI (Q-profile)</dt>
      <dd data-testid="tau2-interval">{text.tau2}</dd>
      <dt className="font-bold">I² 95% CI (Q-profile)</dt>
      <dd data-testid="i2-interval">
        {text.i2}
        {text.note === null ? null : `. ${text.note}`}
      </dd>
    </>
  );
}
