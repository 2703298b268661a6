import { formatEffect, formatInterval } from '../../../domain/format';
import { displayValue, pooledName, poolingName } from '../../../domain/study-data/analyse';
import { summariseAnalysis } from '../../../domain/study-data/analysis-summary';
import { formatP, formatTau2, POOL_WARNING_TEXT } from '../format-statistics';
import { PooledFigures } from '../pooled-figures';
import type { ReportContext } from './report-context';
import { ReportSectionFrame } from './report-section-frame';
import { repeatedStudiesNote } from '../three-level-panel';

/** The pooled effect with its CI, test and prediction interval, the profile-likelihood CI and the plain words. */
export function ReportPooledSection({ context }: { context: ReportContext }) {
  const { analysis, settings, scale, measureName, layout, options } = context;
  if (!analysis.pooled.ok) return null;
  const result = analysis.pooled.value;
  const shown = (lower: number, upper: number) =>
    formatInterval({ lower: displayValue(lower, scale), upper: displayValue(upper, scale) });
  return (
    <ReportSectionFrame id="pooled" heading="Pooled result">
      <dl className="report-figures">
        <dt>Pooled {pooledName(scale, measureName)} (95% CI)</dt>
        <dd data-testid="report-pooled-estimate">
          <PooledFigures result={result} scale={scale} measureName={measureName} />
        </dd>
        <dt>Test</dt>
        <dd>
          {poolingName(analysis, settings)}
          {analysis.countsPooling ? ' fixed effect' : ''},{' '}
          {settings.test === 'knha' ? 'Knapp–Hartung t test' : 'z test'};{' '}
          {result.warnings?.includes('knha-no-spread')
            ? 'no p-value: the test has no spread to work from (see below)'
            : `${settings.test === 'knha' ? 't' : 'z'} = ${formatEffect(result.statistic)}, p = ${formatP(result.pValue)}`}
        </dd>
        <dt>Studies pooled</dt>
        <dd>{result.k}</dd>
        {settings.method !== 'FE' && result.k > 1 ? (
          <>
            <dt>95% prediction interval</dt>
            <dd data-testid="report-prediction-interval">{shown(result.piLower, result.piUpper)}</dd>
          </>
        ) : null}
        {analysis.profile.ok ? (
          <>
            <dt>Profile-likelihood 95% CI</dt>
            <dd>
              {shown(analysis.profile.value.lower, analysis.profile.value.upper)} around the maximum-likelihood estimate{' '}
              {formatEffect(displayValue(analysis.profile.value.estimate, scale))} (τ²{' '}
              {formatTau2(analysis.profile.value.tau2)}). It allows for the uncertainty in τ², so with few studies it is
              usually wider.
            </dd>
          </>
        ) : null}
      </dl>
      {result.warnings?.map((warning) => (
        <p key={warning} className="report-note">
          {POOL_WARNING_TEXT[warning]}
        </p>
      ))}
      {analysis.dependence.repeatedStudies > 0 ? (
        <p className="report-note" data-testid="report-repeated-studies">
          {repeatedStudiesNote(analysis.dependence, analysis.threeLevel !== null)}
        </p>
      ) : null}
      <h3>In plain words</h3>
      {summariseAnalysis({ result, layout, scale, benefit: settings.benefit, smd: options.smd }).map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
    </ReportSectionFrame>
  );
}
