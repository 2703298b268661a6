import { formatI2, formatP, formatTau2, heterogeneityIntervalText } from '../format-statistics';
import type { ReportContext } from './report-context';
import { ReportSectionFrame } from './report-section-frame';

/**
 * Cochran's Q with its df and p, τ², τ, I² and H², as the engine computed them for the pooled result, each with its
 * Q-profile 95% interval (metafor's confint(rma(...))) for a random-effects fit.
 */
export function ReportHeterogeneitySection({ context }: { context: ReportContext }) {
  const { analysis } = context;
  if (!analysis.pooled.ok) return null;
  const result = analysis.pooled.value;
  const rows: [string, string, string][] = [
    ['Cochran’s Q', `${result.q.toFixed(2)} on ${result.qDf} df, p = ${formatP(result.qP)}`, 'report-q'],
    ['τ² (between-study variance)', formatTau2(result.tau2), 'report-tau2'],
    ['τ (its square root, on the effect’s scale)', result.tau.toFixed(4), 'report-tau'],
    ['I² (share of the variation beyond chance)', formatI2(result.i2), 'report-i2'],
    ['H² (total variation ÷ sampling variation)', result.h2.toFixed(2), 'report-h2'],
  ];
  const intervals = analysis.heterogeneity?.ok ? heterogeneityIntervalText(analysis.heterogeneity.value) : null;
  if (intervals !== null)
    rows.push(
      ['τ² 95% CI (Q-profile)', intervals.tau2, 'report-tau2-interval'],
      ['τ 95% CI (Q-profile)', intervals.tau, 'report-tau-interval'],
      ['I² 95% CI (Q-profile)', intervals.i2, 'report-i2-interval'],
      ['H² 95% CI (Q-profile)', intervals.h2, 'report-h2-interval'],
    );
  return (
    <ReportSectionFrame id="heterogeneity" heading="Heterogeneity">
      <table className="report-table report-pairs">
        <caption className="text-left font-bold">How much the studies’ effects vary</caption>
        <tbody>
          {rows.map(([name, value, testId]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td data-testid={testId}>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {intervals?.note ? <p>{intervals.note}</p> : null}
    </ReportSectionFrame>
  );
}
