import { useId, useMemo, useState } from 'react';
import { BubblePlot } from '../../components/charts/bubble-plot/bubble-plot';
import type { BubbleInput } from '../../components/charts/bubble-plot/bubble-layout';
import { ChartErrorBoundary } from '../../components/charts/chart-error-boundary';
import { formatEffect } from '../../domain/format';
import { POOL_METHOD_NAMES } from '../../domain/stats/pool-methods';
import type { AnalysisResult, AnalysisSettings } from '../../domain/study-data/analyse';
import type { CsvRecord } from '../../domain/study-data/csv';
import { plotSourceLine } from '../../domain/study-data/example';
import type { ColumnMapping, LayoutId } from '../../domain/study-data/layouts';
import {
  MAX_MODERATORS,
  moderatorColumns,
  moderatorFormula,
  regressOnModerators,
  suggestKind,
  type ModeratorChoice,
  type ModeratorKind,
  type ModeratorRegression,
} from '../../domain/study-data/moderators';
import { bubblePlotDescription, bubblePlotModel } from './bubble-plot-model';
import { formatI2, formatP, formatTau2 } from './format-statistics';
import { PlotDownloads } from './plot-downloads';
import { SelectField } from './select-field';

// The meta-regression panel: the reader picks moderators from the file's columns, each read as continuous or as groups;
// the page shows the model the engine fitted (metafor's rma(yi, vi, mods = ~ ...)) and a bubble plot for a continuous one.

const KIND_OPTIONS: readonly (readonly [ModeratorKind, string])[] = [
  ['continuous', 'Continuous (a number)'],
  ['categorical', 'Categorical (groups)'],
];

/** Coefficients to 4 decimals: slopes per year or per degree are often below 0.01. */
const figure = (value: number) => formatEffect(value, 4);

async function bubbleFile(input: BubbleInput, description: string, title: string): Promise<string> {
  const { chartSvgFile } = await import('../../components/charts/export-image');
  return chartSvgFile(<BubblePlot input={input} description={description} title={title} />, description);
}

function methodSentence(regression: ModeratorRegression): string {
  const call = `rma(yi, vi, mods = ${moderatorFormula(regression.choices)}, method = "${regression.method}", test = "${regression.test}")`;
  const model =
    regression.method === 'FE'
      ? 'Fixed-effects meta-regression (no residual heterogeneity)'
      : `Mixed-effects meta-regression, ${POOL_METHOD_NAMES[regression.method]}`;
  return `${model}, as metafor’s ${call}`;
}

export interface MetaRegressionPanelProps {
  workspaceName: string;
  analysis: AnalysisResult;
  settings: AnalysisSettings;
  onSettings: (settings: AnalysisSettings) => void;
  headers: readonly string[];
  mapping: ColumnMapping;
  layout: LayoutId | null;
  records: readonly CsvRecord[];
  measureName: string;
  isExample: boolean;
}

export function MetaRegressionPanel({
  workspaceName,
  analysis,
  settings,
  onSettings,
  headers,
  mapping,
  layout,
  records,
  measureName,
  isExample,
}: MetaRegressionPanelProps) {
  const id = useId();
  const candidates = useMemo(() => moderatorColumns(headers, mapping, layout), [headers, mapping, layout]);
  // A saved moderator whose column is no longer in the file is not offered, and not fitted.
  const choices = useMemo(
    () => (settings.moderators ?? []).filter((choice) => candidates.includes(choice.column)),
    [settings.moderators, candidates],
  );
  const included = useMemo(
    () => analysis.studies.filter((study) => study.included).map((study) => study.row),
    [analysis.studies],
  );
  const regression = useMemo(
    () =>
      choices.length === 0
        ? null
        : regressOnModerators(included, headers, records, choices, { method: settings.method, test: settings.test }),
    [included, headers, records, choices, settings.method, settings.test],
  );
  const continuous = choices.filter((choice) => choice.kind === 'continuous').map((choice) => choice.column);
  const [plotChoice, setPlotChoice] = useState<string | null>(null);
  const plotColumn = plotChoice !== null && continuous.includes(plotChoice) ? plotChoice : (continuous[0] ?? null);

  const setChoices = (next: ModeratorChoice[]) => onSettings({ ...settings, moderators: next });
  const toggle = (column: string) =>
    setChoices(
      choices.some((choice) => choice.column === column)
        ? choices.filter((choice) => choice.column !== column)
        : [...choices, { column, kind: suggestKind(headers, records, column) }],
    );
  const setKind = (column: string, kind: ModeratorKind) =>
    setChoices(choices.map((choice) => (choice.column === column ? { ...choice, kind } : choice)));

  return (
    <section aria-labelledby="meta-regression-heading" className="bg-white p-4">
      <h2 id="meta-regression-heading" className="mt-0">
        Meta-regression
      </h2>
      <p>
        Does the effect change with a feature of the studies, such as the year or the setting? Choose one or more
        columns of your file as moderators. Numbers can be read as continuous; anything else is read as groups, each
        compared with the first group in the file.
      </p>
      {candidates.length === 0 ? (
        <p>
          Your file has no other columns to use as moderators. Add a column for a feature of the studies and import the
          file again.
        </p>
      ) : (
        <fieldset className="min-w-0">
          <legend className="font-bold">Moderators</legend>
          <ul className="mt-2 grid list-none gap-3 pl-0">
            {candidates.map((column, index) => {
              const choice = choices.find((chosen) => chosen.column === column);
              const full = choice === undefined && choices.length >= MAX_MODERATORS;
              return (
                <li key={column} className="min-w-0">
                  <div className="flex items-center gap-2">
                    <input
                      id={`${id}-${index}`}
                      type="checkbox"
                      className="h-6 w-6 shrink-0"
                      checked={choice !== undefined}
                      disabled={full}
                      onChange={() => toggle(column)}
                    />
                    <label htmlFor={`${id}-${index}`} className="break-words [overflow-wrap:anywhere]">
                      {column}
                    </label>
                  </div>
                  {choice ? (
                    <div className="mt-1 ml-8">
                      <SelectField
                        label={`Read “${column}” as`}
                        value={choice.kind}
                        options={KIND_OPTIONS}
                        onChange={(kind) => setKind(column, kind)}
                      />
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {choices.length >= MAX_MODERATORS ? (
            <p>At most {MAX_MODERATORS} moderators can be in one model. Untick one to choose another.</p>
          ) : null}
        </fieldset>
      )}

      {regression === null ? (
        candidates.length > 0 ? (
          <p>Choose at least one moderator to fit the model.</p>
        ) : null
      ) : !regression.ok ? (
        <p role="status" className="border-l-4 border-nhs-warm-yellow bg-nhs-pale-grey p-4">
          {regression.message}
        </p>
      ) : (
        <RegressionResults
          regression={regression.value}
          measureName={measureName}
          plotColumn={plotColumn}
          continuous={continuous}
          onPlotColumn={setPlotChoice}
          workspaceName={workspaceName}
          sourceLine={plotSourceLine(isExample, analysis.outcome)}
        />
      )}
    </section>
  );
}

function RegressionResults({
  regression,
  measureName,
  plotColumn,
  continuous,
  onPlotColumn,
  workspaceName,
  sourceLine,
}: {
  regression: ModeratorRegression;
  measureName: string;
  plotColumn: string | null;
  continuous: string[];
  onPlotColumn: (column: string) => void;
  workspaceName: string;
  sourceLine: string;
}) {
  const { result, leftOut, references } = regression;
  const statisticName = regression.test === 'knha' ? 't' : 'z';
  const qm =
    result.qmDfDenominator === undefined ? (
      <>
        Q<sub>M</sub> = {result.qm.toFixed(2)} on {result.qmDf} df (χ² test), p = {formatP(result.qmP)}
      </>
    ) : (
      <>
        F = {result.qm.toFixed(2)} on {result.qmDf} and {result.qmDfDenominator} df, p = {formatP(result.qmP)}
      </>
    );
  const bubble = plotColumn === null ? null : bubblePlotModel(regression, plotColumn, measureName);
  const description = plotColumn === null ? '' : bubblePlotDescription(regression, plotColumn, measureName);
  return (
    <>
      <p data-testid="meta-regression-method">
        {methodSentence(regression)}, on the {result.k} studies with a value for every moderator. Coefficients are on
        the {measureName} scale;{' '}
        {regression.test === 'knha'
          ? 'tests and intervals use the t distribution with the Knapp–Hartung adjustment'
          : 'tests and intervals use the normal distribution (z)'}
        , as chosen in the settings above.
      </p>
      {leftOut.length > 0 ? (
        <div data-testid="meta-regression-left-out">
          <p>
            {leftOut.length === 1 ? '1 study is' : `${leftOut.length} studies are`} left out of this model because a
            moderator has no value:
          </p>
          <ul>
            {leftOut.map((study) => (
              <li key={study.row.line} className="break-words [overflow-wrap:anywhere]">
                {study.row.study} (line {study.row.line}):{' '}
                {study.notANumber === undefined
                  ? `no value for ${study.column}`
                  : `“${study.notANumber}” in ${study.column} is not a number`}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {references.map((reference) => (
        <p key={reference.column}>
          For {reference.column}, each group is compared with “{reference.level}”, the first in the file.
        </p>
      ))}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Meta-regression coefficients">
        <table>
          <caption className="text-left font-bold">Coefficients</caption>
          <thead>
            <tr>
              <th scope="col">Term</th>
              <th scope="col">Estimate</th>
              <th scope="col">SE</th>
              <th scope="col">95% CI</th>
              <th scope="col">{statisticName}</th>
              <th scope="col">p</th>
            </tr>
          </thead>
          <tbody>
            {result.coefficients.map((coefficient, index) => {
              const term = regression.terms[index];
              return (
                <tr key={term?.name ?? index} data-testid="meta-regression-coefficient">
                  <th scope="row" className="font-normal break-words [overflow-wrap:anywhere]">
                    {term?.name}
                  </th>
                  <td>{figure(coefficient.estimate)}</td>
                  <td>{figure(coefficient.se)}</td>
                  <td className="whitespace-nowrap">
                    {figure(coefficient.ciLower)} to {figure(coefficient.ciUpper)}
                  </td>
                  <td>{formatEffect(coefficient.statistic, 2)}</td>
                  <td>{formatP(coefficient.pValue)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ul>
        <li data-testid="meta-regression-qm">Test of the moderators: {qm}</li>
        <li data-testid="meta-regression-qe">
          Residual heterogeneity: Q<sub>E</sub> = {result.qe.toFixed(2)} on {result.qeDf} df, p = {formatP(result.qeP)}
        </li>
        <li data-testid="meta-regression-tau2">
          Residual τ² = {formatTau2(result.tau2)}, residual I² = {formatI2(result.i2)}
        </li>
        <li data-testid="meta-regression-r2">
          R² (the share of τ² the moderators account for, as metafor: max(0, (τ² without moderators − residual τ²) / τ²
          without moderators)):{' '}
          {result.r2 === null
            ? regression.method === 'FE'
              ? 'not given for a fixed-effects model'
              : 'not given, because τ² without moderators is 0'
            : formatI2(result.r2)}
        </li>
      </ul>
      <p>
        A small p for the test of the moderators suggests the effect changes with them. With few studies, the test often
        misses real differences; an association across studies is an observation, not proof of cause.
      </p>
      {bubble !== null && plotColumn !== null ? (
        <>
          <h3>Bubble plot</h3>
          {continuous.length > 1 ? (
            <SelectField
              label="Plot the effect against"
              value={plotColumn}
              options={continuous.map((column) => [column, column] as const)}
              onChange={onPlotColumn}
            />
          ) : null}
          <ChartErrorBoundary>
            <BubblePlot input={bubble} description={description} />
            <PlotDownloads
              plotName="bubble plot"
              fileBase={`${workspaceName} bubble plot`}
              makeSvg={() =>
                bubbleFile(bubble, `${description} ${sourceLine}`, `${workspaceName}: bubble plot of ${plotColumn}`)
              }
            />
          </ChartErrorBoundary>
          <details className="mt-2">
            <summary>The bubble plot’s values as a table</summary>
            <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Bubble plot values">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Study</th>
                    <th scope="col">{plotColumn}</th>
                    <th scope="col">{measureName}</th>
                    <th scope="col">Weight</th>
                  </tr>
                </thead>
                <tbody>
                  {bubble.points.map((point, index) => (
                    <tr key={point.id}>
                      <th scope="row" className="font-normal break-words [overflow-wrap:anywhere]">
                        {regression.studies[index]?.row.study}
                      </th>
                      <td>{String(point.x)}</td>
                      <td>{formatEffect(point.y, 3)}</td>
                      <td>{point.weight.toFixed(1)}%</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      ) : null}
    </>
  );
}
