import { countOf } from '../../domain/format';
import type { ThreeLevelResult } from '../../domain/stats/three-level';
import {
  pooledName,
  type BenefitDirection,
  type EffectScale,
  type StepResult,
  type StudyDependence,
} from '../../domain/study-data/analyse';
import { directionSentence } from '../../domain/study-data/analysis-summary';
import { formatI2, formatP, formatTau2 } from './format-statistics';
import { PooledFigures } from './pooled-figures';

/** What the three-level model changes, and what it leaves as it was. */
export const THREE_LEVEL_SCOPE =
  'Rows with the same study name are one study. The pooled result, the plots, leave-one-out, subgroups and small-study checks still treat each effect as independent.';

/** "3 studies give more than one effect (12 effects from 5 studies in all)". */
export function repeatedStudiesText(dependence: StudyDependence): string {
  const { repeatedStudies, effects, studies } = dependence;
  return `${repeatedStudies === 1 ? '1 study gives' : `${repeatedStudies} studies give`} more than one effect (${countOf(effects, 'effect', 'effects')} from ${countOf(studies, 'study', 'studies')} in all, going by the study names).`;
}

/** What the usual pooled result does with repeated studies, and where the model that allows for them is. */
export function repeatedStudiesNote(dependence: StudyDependence, threeLevelShown: boolean): string {
  return `${repeatedStudiesText(dependence)} This result treats every effect as if it came from a separate study, so its confidence interval is likely to be too narrow. ${threeLevelShown ? 'The three-level model below allows for effects within studies.' : 'A three-level model allows for effects within studies.'}`;
}

/**
 * Beside the usual pooled result whenever a study name repeats and the three-level model is off: pooling effects from
 * one study as if they were independent makes the result look more precise than it is.
 */
export function RepeatedStudiesWarning({
  dependence,
  threeLevelShown,
  onUseThreeLevel,
}: {
  dependence: StudyDependence;
  /** The three-level model's section is on the page: point to it rather than offer it. */
  threeLevelShown: boolean;
  onUseThreeLevel: () => void;
}) {
  return (
    <div className="border-l-4 border-nhs-warm-yellow bg-[#fff9c4] p-2" data-testid="repeated-studies-warning">
      <p className="mt-0">
        <strong>Effects from the same study.</strong> {repeatedStudiesNote(dependence, threeLevelShown)}
      </p>
      {threeLevelShown ? null : (
        <button
          type="button"
          onClick={onUseThreeLevel}
          className="border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue"
        >
          Fit the three-level model
        </button>
      )}
    </div>
  );
}

/** The three-level model's result: effects within studies, metafor's rma.mv(yi, vi, random = ~ 1 | study/effect). */
export function ThreeLevelSection({
  threeLevel,
  dependence,
  scale,
  measureName,
  benefit,
}: {
  threeLevel: StepResult<ThreeLevelResult>;
  dependence: StudyDependence;
  scale: EffectScale;
  measureName: string;
  benefit: BenefitDirection;
}) {
  return (
    <section aria-labelledby="three-level-heading" className="bg-white p-4">
      <h2 id="three-level-heading" className="mt-0">
        Three-level model: effects within studies
      </h2>
      {threeLevel.ok ? (
        <ThreeLevelFigures result={threeLevel.value} scale={scale} measureName={measureName} benefit={benefit} />
      ) : (
        <p role="status">{threeLevel.message}</p>
      )}
      {dependence.repeatedStudies > 0 ? <p>{repeatedStudiesText(dependence)}</p> : null}
      <p>{THREE_LEVEL_SCOPE}</p>
    </section>
  );
}

/** The model's figures and its plain sentence; `testIdPrefix` tells the page's copy from the report's. */
export function ThreeLevelFigures({
  result,
  scale,
  measureName,
  benefit,
  className = 'grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]',
  testIdPrefix = '',
}: {
  result: ThreeLevelResult;
  scale: EffectScale;
  measureName: string;
  benefit: BenefitDirection;
  className?: string;
  testIdPrefix?: string;
}) {
  const test =
    result.test === 't'
      ? `t test on ${result.degreesOfFreedom} degrees of freedom (metafor’s test = "t"; Knapp–Hartung is not defined for this model)`
      : 'z test';
  return (
    <>
      <dl className={className} data-testid={`${testIdPrefix}three-level-result`}>
        <dt className="font-bold">Pooled {pooledName(scale, measureName)} (95% CI)</dt>
        <dd data-testid={`${testIdPrefix}three-level-estimate`}>
          <PooledFigures result={result} scale={scale} measureName={measureName} />
        </dd>
        <dt className="font-bold">Method</dt>
        <dd>
          Restricted maximum likelihood (REML), {test}; p = {formatP(result.pValue)}
        </dd>
        <dt className="font-bold">Studies and effects</dt>
        <dd>
          {countOf(result.studies, 'study', 'studies')}, {countOf(result.effects, 'effect', 'effects')}
        </dd>
        <dt className="font-bold">σ² between studies (level 3)</dt>
        <dd data-testid={`${testIdPrefix}three-level-sigma2-between`}>{formatTau2(result.sigma2Between)}</dd>
        <dt className="font-bold">σ² within studies (level 2)</dt>
        <dd data-testid={`${testIdPrefix}three-level-sigma2-within`}>{formatTau2(result.sigma2Within)}</dd>
        <dt className="font-bold">I² split</dt>
        <dd data-testid={`${testIdPrefix}three-level-i2`}>
          between studies {formatI2(result.i2Between)}, within studies {formatI2(result.i2Within)}, total{' '}
          {formatI2(result.i2Total)}
        </dd>
        <dt className="font-bold">Test for heterogeneity</dt>
        <dd>
          Q = {result.q.toFixed(2)} on {result.qDf} df, p = {formatP(result.qP)}
        </dd>
      </dl>
      <p>
        {directionSentence(
          result,
          benefit,
          `${countOf(result.effects, 'effect', 'effects')} from ${countOf(result.studies, 'study', 'studies')}`,
          scale,
        )}
      </p>
    </>
  );
}
