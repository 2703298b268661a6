import { countOf } from '../../domain/format';
import type { TrimAndFillResult } from '../../domain/stats/trim-and-fill';
import type { AnalysisResult, AnalysisSettings, EffectScale } from '../../domain/study-data/analyse';
import { formatP } from './format-statistics';
import { PooledFigures } from './pooled-figures';
import { SelectField } from './select-field';

type TrimAndFillChoice = NonNullable<AnalysisSettings['trimAndFill']>;

const CHOICES: readonly (readonly [TrimAndFillChoice, string])[] = [
  ['off', 'Off'],
  ['L0', 'On, estimator L0 (metafor’s default)'],
  ['R0', 'On, estimator R0'],
  ['Q0', 'On, estimator Q0'],
];

/** What trim-and-fill can and cannot say, wherever its result is shown. */
export const TRIM_AND_FILL_CAVEAT =
  'Trim-and-fill is a sensitivity analysis, not a correction. It shows how far the pooled result would move if the funnel’s asymmetry came from missing studies. Asymmetry has other causes too, such as small studies that really differ from large ones, and the filled studies are not real data.';

/** The result in words and figures: how many studies it fills on which side, and the pooled result with them. */
export function TrimAndFillFigures({
  result,
  observedStudies,
  scale,
  measureName,
  testIdPrefix = '',
}: {
  result: TrimAndFillResult;
  observedStudies: number;
  scale: EffectScale;
  measureName: string;
  testIdPrefix?: string;
}) {
  const se = Number.isFinite(result.k0Se) ? result.k0Se.toFixed(2) : 'not defined for these data';
  return (
    <>
      <p data-testid={`${testIdPrefix}trim-and-fill-k0`}>
        Estimator {result.estimator}: {countOf(result.k0, 'study', 'studies')} estimated missing on the {result.side}{' '}
        (standard error {se}
        {result.k0P === null ? '' : `; R0’s test that none are missing: p = ${formatP(result.k0P)}`}). The side was
        chosen as metafor chooses it, from the slope of the effects on their standard errors.
      </p>
      {result.k0 > 0 ? (
        <p>
          Pooled with the filled {result.k0 === 1 ? 'study' : 'studies'} ({observedStudies + result.k0} in all):{' '}
          <span data-testid={`${testIdPrefix}trim-and-fill-estimate`}>
            <PooledFigures result={result.pooled} scale={scale} measureName={measureName} />
          </span>
          .
        </p>
      ) : (
        <p>With no studies filled, the pooled result is unchanged.</p>
      )}
      <p>{TRIM_AND_FILL_CAVEAT}</p>
    </>
  );
}

/** The funnel section's trim-and-fill: the choice, and its result (drawn on the funnel plot as hollow squares). */
export function TrimAndFillPanel({
  analysis,
  settings,
  scale,
  measureName,
  onChoose,
}: {
  analysis: AnalysisResult;
  settings: AnalysisSettings;
  scale: EffectScale;
  measureName: string;
  onChoose: (choice: TrimAndFillChoice) => void;
}) {
  const fit = analysis.trimAndFill;
  const observed = analysis.pooled.ok ? analysis.pooled.value.k : 0;
  return (
    <div data-testid="trim-and-fill">
      <h3>Trim-and-fill</h3>
      <SelectField
        label="Trim-and-fill (metafor’s trimfill)"
        value={settings.trimAndFill ?? 'off'}
        options={CHOICES}
        onChange={onChoose}
      />
      {fit === null ? (
        <p>Turn it on to see how many studies it estimates are missing, and the pooled result with them.</p>
      ) : fit.ok ? (
        <TrimAndFillFigures result={fit.value} observedStudies={observed} scale={scale} measureName={measureName} />
      ) : (
        <p role="status">{fit.message}</p>
      )}
    </div>
  );
}
