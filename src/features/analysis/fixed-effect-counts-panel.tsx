import { useMemo } from 'react';
import { formatEffect, formatInterval } from '../../domain/format';
import type { FixedEffectPooled } from '../../domain/stats/effect-measures';
import type { AnalysisResult, AnalysisSettings } from '../../domain/study-data/analyse';
import { analyseFixedEffectCounts, type FixedEffectCountsEntry } from '../../domain/study-data/fixed-effect-counts';
import { formatP } from './format-statistics';
import { PooledFigures } from './pooled-figures';

// Loaded on demand (diagnostics-panels.ts), with its engine, so the page's first script does not carry them.

/** What these methods assume and when they are used, wherever their table is shown. */
export const FIXED_EFFECT_COUNTS_NOTE =
  'These are fixed-effect methods: they assume every study estimates the same true effect, so their intervals do not allow for differences between studies. They pool the 2×2 tables themselves rather than each study’s effect and variance. Mantel–Haenszel methods are often used when studies are small or events are few (sparse data). The Peto odds ratio is meant for rare events in arms of similar size; it can be biased when the effect is large or the arms are unbalanced.';

export const FIXED_EFFECT_COUNTS_DETAIL =
  'Ratios and the risk difference compare the intervention arm with the comparison arm (ai, bi against ci, di). The pooled figures use the counts as they are, with nothing added to empty cells. Q compares each study’s own effect with the pooled one: for Q only, 0.5 is added to every cell of a table with an empty cell, and a table with no events, or only events, in both arms is left out. The Method setting above does not change these figures.';

/** The risk difference's figures to 4 decimals: a difference in risk is often a small number. */
const RISK_DIFFERENCE_DECIMALS = 4;

function Figures({ entry, value }: { entry: FixedEffectCountsEntry; value: FixedEffectPooled }) {
  if (entry.scale === 'difference')
    return (
      <>
        {formatEffect(value.estimate, RISK_DIFFERENCE_DECIMALS)} (
        {formatInterval({ lower: value.ciLower, upper: value.ciUpper }, RISK_DIFFERENCE_DECIMALS)})
      </>
    );
  return (
    <PooledFigures
      result={value}
      scale="ratio"
      measureName={entry.method === 'mh-rr' ? 'log risk ratio' : 'log odds ratio'}
    />
  );
}

/** The four methods' results as a table (or why there are none), for the page and the printed report. */
export function FixedEffectCountsTable({
  analysis,
  settings,
  tableClassName,
  testIdPrefix = '',
}: {
  analysis: AnalysisResult;
  settings: AnalysisSettings;
  tableClassName?: string;
  testIdPrefix?: string;
}) {
  // The studies of the outcome pooled; rowsToAnalyse then leaves out those excluded, as for the pooled result.
  const outcome = useMemo(
    () =>
      analyseFixedEffectCounts(
        analysis.studies.map((study) => study.row),
        settings,
      ),
    [analysis.studies, settings],
  );
  if (!outcome.ok) return <p data-testid={`${testIdPrefix}fixed-effect-counts-message`}>{outcome.message}</p>;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Mantel–Haenszel and Peto table">
      <table className={tableClassName}>
        <caption className="text-left font-bold">Fixed-effect pooled results from the 2×2 tables (95% CI)</caption>
        <thead>
          <tr>
            <th scope="col">Method (metafor)</th>
            <th scope="col">Pooled (95% CI)</th>
            <th scope="col">p</th>
            <th scope="col">Heterogeneity Q</th>
          </tr>
        </thead>
        <tbody>
          {outcome.value.map((entry) => (
            <tr key={entry.method} data-testid={`${testIdPrefix}fixed-effect-${entry.method}`}>
              <th scope="row" className="font-normal">
                {entry.name} <code>{entry.call}</code>
              </th>
              {entry.result.ok ? (
                <>
                  <td data-testid={`${testIdPrefix}fixed-effect-${entry.method}-estimate`}>
                    <Figures entry={entry} value={entry.result.value} />
                  </td>
                  <td data-testid={`${testIdPrefix}fixed-effect-${entry.method}-p`}>{formatP(entry.result.value.p)}</td>
                  <td data-testid={`${testIdPrefix}fixed-effect-${entry.method}-q`}>
                    {entry.result.value.q.toFixed(2)} on {entry.result.value.qDf} df, p ={' '}
                    {formatP(entry.result.value.qP)}
                  </td>
                </>
              ) : (
                <td colSpan={3}>{entry.result.message}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the methods assume, their table, and how the figures were worked out: for the page and the printed report. */
export function FixedEffectCountsContent(props: Parameters<typeof FixedEffectCountsTable>[0]) {
  return (
    <>
      <p>{FIXED_EFFECT_COUNTS_NOTE}</p>
      <FixedEffectCountsTable {...props} />
      <p>{FIXED_EFFECT_COUNTS_DETAIL}</p>
    </>
  );
}
