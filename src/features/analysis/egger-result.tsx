import { formatEffect } from '../../domain/format';
import type { AnalysisResult } from '../../domain/study-data/analyse';
import { formatP } from './format-statistics';

/** Egger's test as the page and the report label it: metafor's call, the figures, and what a small p may mean. */
export function EggerResult({ egger }: { egger: AnalysisResult['egger'] }) {
  return egger.ok ? (
    <p data-testid="egger-result">
      Egger’s regression test (metafor’s <code>regtest(model = &quot;lm&quot;)</code>: a weighted regression of the
      effects on their standard errors): t = {formatEffect(egger.value.statistic)} on {egger.value.df} df, p ={' '}
      {formatP(egger.value.pValue)}. A small p suggests small studies report different effects from large ones (one
      cause is publication bias); with fewer than 10 studies the test has little power.
    </p>
  ) : (
    <p data-testid="egger-result">Egger’s test: {egger.message.replace(/^eggerTest: /, '')}.</p>
  );
}
