import { useMemo } from 'react';
import { formatEffect } from '../../domain/format';
import { influenceCutoffs } from '../../domain/stats/influence-diagnostics';
import { POOL_METHOD_NAMES } from '../../domain/stats/pool-methods';
import type { AnalysisResult, AnalysisSettings } from '../../domain/study-data/analyse';
import { influenceFor, type InfluenceRow } from './influence-model';

// Influence diagnostics as metafor's influence(rma(...)): a table per study, with influential studies marked in
// words as well as colour. Loaded lazily (lazy-analysis-panels.tsx), so it is out of the page's first script.

/** A diagnostic to 3 decimals with a true minus sign; the 4 metafor prints would crowd a phone screen. */
export function formatDiagnostic(value: number): string {
  return Number.isFinite(value) ? formatEffect(value, 3) : 'not available';
}

function InfluenceRule({ k }: { k: number }) {
  const cutoffs = influenceCutoffs(k);
  return (
    <>
      <p>
        An influential study is one the pooled result leans on: leaving it out moves the result a lot, or it carries a
        large share of the weight. Being flagged is a reason to look at a study again, not a reason to leave it out.
      </p>
      <p data-testid="influence-rule">
        As metafor’s <code>influence()</code>, a study is flagged when any one of these holds: its DFFITS is beyond ±
        {formatDiagnostic(cutoffs.dffits)} (3 ÷ √(k − 1), with k = {k} studies), its Cook’s distance is above{' '}
        {formatDiagnostic(cutoffs.cookD)} (the median of a χ² distribution on 1 degree of freedom), its hat value is
        above {formatDiagnostic(cutoffs.hat)} (3 ÷ k), or its DFBETAS is beyond ±{cutoffs.dfbetas}.
      </p>
      <p>
        The standardised residual is how far a study’s effect lies from the pooled result of the other studies, in
        standard errors (metafor’s <code>rstudent()</code>). DFFITS, Cook’s distance and DFBETAS say how far the pooled
        result moves when the study is left out. The hat value is the study’s leverage: with no moderators it is its
        share of the weight.
      </p>
    </>
  );
}

function FlagCell({ row }: { row: InfluenceRow }) {
  return row.influential ? (
    <td className="font-bold">
      <span aria-hidden="true">⚠ </span>Yes: influential
    </td>
  ) : (
    <td>No</td>
  );
}

/** The diagnostics, or a plain sentence saying why there are none; shared by the page and the printed report. */
export function InfluenceContent({
  analysis,
  settings,
  tableClassName,
}: {
  analysis: AnalysisResult;
  settings: AnalysisSettings;
  tableClassName?: string;
}) {
  const influence = useMemo(() => influenceFor(analysis, settings), [analysis, settings]);
  if (!influence.ok) return <p data-testid="influence-message">{influence.message}</p>;
  const rows = influence.value;
  const flagged = rows.filter((row) => row.influential);
  return (
    <>
      <InfluenceRule k={rows.length} />
      <p data-testid="influence-summary">
        {flagged.length === 0
          ? `No study is flagged as influential (${POOL_METHOD_NAMES[settings.method]} model, ${rows.length} studies).`
          : `${flagged.length} of ${rows.length} studies ${flagged.length === 1 ? 'is' : 'are'} flagged as influential (${POOL_METHOD_NAMES[settings.method]} model): ${flagged.map((row) => row.study).join('; ')}.`}
      </p>
      {/* Focusable so keyboard users can scroll it on a narrow screen. */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Influence diagnostics table">
        <table className={tableClassName}>
          <caption className="text-left font-bold">Influence of each study on the pooled result</caption>
          <thead>
            <tr>
              <th scope="col">Study</th>
              <th scope="col">Standardised residual</th>
              <th scope="col">DFFITS</th>
              <th scope="col">Cook’s distance</th>
              <th scope="col">Hat value</th>
              <th scope="col">Weight</th>
              <th scope="col">DFBETAS</th>
              <th scope="col">Influential?</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.line}
                data-testid={`influence-row-${row.line}`}
                className={row.influential ? 'bg-[#fff9c4]' : undefined}
              >
                <th scope="row" className="text-left font-normal">
                  {row.study}
                </th>
                <td>{formatDiagnostic(row.rstudent)}</td>
                <td>{formatDiagnostic(row.dffits)}</td>
                <td>{formatDiagnostic(row.cookD)}</td>
                <td>{formatDiagnostic(row.hat)}</td>
                <td>{`${row.weight.toFixed(1)}%`}</td>
                <td>{formatDiagnostic(row.dfbetas)}</td>
                <FlagCell row={row} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The analysis page's section. */
export function InfluenceSection({ analysis, settings }: { analysis: AnalysisResult; settings: AnalysisSettings }) {
  return (
    <section aria-labelledby="influence-heading" className="bg-white p-4">
      <h2 id="influence-heading" className="mt-0">
        Influence diagnostics
      </h2>
      <p>For the pooled model above, without subgroups or moderators.</p>
      <InfluenceContent analysis={analysis} settings={settings} />
    </section>
  );
}
