import { formatEffect } from '../../domain/format';
import type { EngineProblemKind } from '../../domain/stats/engine-problem';
import type { AnalysisResult } from '../../domain/study-data/analyse';
import { formatP } from './format-statistics';

/** The engine's kind of problem as a plain sentence saying what would let the test run. */
export function eggerLmMessage(problem: EngineProblemKind | 'unexpected' | undefined): string {
  if (problem === 'too-few-studies') return 'it needs at least 3 studies. Include more studies to see it.';
  if (problem === 'no-spread')
    return 'the studies do not vary enough for a regression (every study has the same standard error, or the effects lie exactly on the line), so it cannot be worked out.';
  return 'it could not be worked out for these studies.';
}

/** Egger's test as a weighted regression (metafor's regtest(model = "lm")), named by its model in plain words. */
export function EggerResult({ egger }: { egger: AnalysisResult['egger'] }) {
  return egger.ok ? (
    <p data-testid="egger-result">
      Egger’s test as a weighted regression (metafor’s <code>regtest(model = &quot;lm&quot;)</code>: the effects
      regressed on their standard errors, weighted by the inverse of their variances): t ={' '}
      {formatEffect(egger.value.statistic)} on {egger.value.df} df, p = {formatP(egger.value.pValue)}.
    </p>
  ) : (
    <p data-testid="egger-result">Egger’s test as a weighted regression: {eggerLmMessage(egger.problem)}</p>
  );
}
