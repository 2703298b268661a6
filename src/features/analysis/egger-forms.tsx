import { useId, useMemo } from 'react';
import { formatEffect } from '../../domain/format';
import { POOL_METHOD_NAMES } from '../../domain/stats/pool-methods';
import {
  displayValue,
  isBackTransformed,
  type AnalysisResult,
  type AnalysisSettings,
  type EffectScale,
  type EggerForm,
} from '../../domain/study-data/analyse';
import { EggerResult } from './egger-result';
import { formatP } from './format-statistics';
import { eggerFormsShown, eggerRmaFor } from './influence-model';
import { knownEggerRma } from './worked-out';

// The two forms of Egger's test, each named by its model: metafor's regtest(model = "lm") and its default,
// regtest(rma(...)). They can disagree, so the user sees both or picks one; the choice is kept with the settings.
// Loaded lazily (lazy-analysis-panels.tsx), so it is out of the page's first script.

export const EGGER_FORM_LABELS: Record<EggerForm, string> = {
  both: 'Both forms',
  lm: 'Weighted regression (metafor regtest model = "lm")',
  rma: 'Meta-regression on the standard error (metafor’s default regtest)',
};

function EggerRmaResult({
  analysis,
  settings,
  scale,
  measureName,
}: {
  analysis: AnalysisResult;
  settings: AnalysisSettings;
  scale: EffectScale;
  measureName: string;
}) {
  // Usually already worked out in the analysis worker (worked-out.ts).
  const outcome = useMemo(() => knownEggerRma(analysis) ?? eggerRmaFor(analysis, settings), [analysis, settings]);
  const lead = (
    <>
      Egger’s test as a meta-regression on the standard error (metafor’s default,{' '}
      <code>regtest(rma(yi, vi, method = &quot;{settings.method}&quot;))</code>: a {POOL_METHOD_NAMES[settings.method]}{' '}
      meta-regression with each study’s standard error as the moderator)
    </>
  );
  if (!outcome.ok)
    return (
      <p data-testid="egger-rma-result">
        {lead}: {outcome.message}
      </p>
    );
  const { statistic, pValue, limit } = outcome.value;
  return (
    <p data-testid="egger-rma-result">
      {lead}: z = {formatEffect(statistic)}, p = {formatP(pValue)}. Its intercept, the effect expected in a study with a
      standard error of 0, is {formatEffect(limit)} ({measureName})
      {scale === 'ratio'
        ? `, ${formatEffect(displayValue(limit, scale))} as a ratio`
        : isBackTransformed(scale)
          ? `, ${formatEffect(displayValue(limit, scale))} as ${scale === 'correlation' ? 'r' : 'a proportion'}`
          : ''}
      .
    </p>
  );
}

/** Radio buttons rather than the page's SelectField: sharing that with this lazy chunk split it into its own script. */
function EggerFormChoice({
  settings,
  onSettings,
}: {
  settings: AnalysisSettings;
  onSettings: (settings: AnalysisSettings) => void;
}) {
  const name = useId();
  const chosen = settings.eggerForm ?? 'both';
  return (
    <fieldset className="my-2">
      <legend className="font-bold">Which form of Egger’s test to show</legend>
      {(Object.entries(EGGER_FORM_LABELS) as [EggerForm, string][]).map(([form, label]) => (
        <label key={form} className="flex items-center gap-2">
          <input
            type="radio"
            name={name}
            value={form}
            checked={chosen === form}
            onChange={() => onSettings({ ...settings, eggerForm: form })}
            className="h-5 w-5 accent-nhs-blue"
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** Egger's test in the forms the settings ask for; with onSettings (the page), a choice of which to show. */
export function EggerForms({
  analysis,
  settings,
  scale,
  measureName,
  onSettings,
}: {
  analysis: AnalysisResult;
  settings: AnalysisSettings;
  scale: EffectScale;
  measureName: string;
  onSettings?: (settings: AnalysisSettings) => void;
}) {
  const shown = eggerFormsShown(settings);
  return (
    <>
      {onSettings ? <EggerFormChoice settings={settings} onSettings={onSettings} /> : null}
      {shown.lm ? <EggerResult egger={analysis.egger} /> : null}
      {shown.rma ? (
        <EggerRmaResult analysis={analysis} settings={settings} scale={scale} measureName={measureName} />
      ) : null}
      {shown.lm && shown.rma ? (
        <p>
          The two forms can disagree: the weighted regression scales the studies’ variances by a factor worked out from
          the data, while metafor’s default{' '}
          {settings.method === 'FE'
            ? 'with a fixed-effect model takes the variances as they are.'
            : 'adds a between-study variance (τ²), worked out with the standard error in the model.'}
        </p>
      ) : null}
      <p>
        A small p suggests small studies report different effects from large ones (one cause is publication bias); with
        fewer than 10 studies the test has little power.
      </p>
    </>
  );
}
