import { startTransition, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { ForestPlot } from '../../components/charts/forest-plot/forest-plot';
import { ChartErrorBoundary } from '../../components/charts/chart-error-boundary';
import { FunnelPlot } from '../../components/charts/funnel-plot/funnel-plot';
import type { FunnelInput } from '../../components/charts/funnel-plot/funnel-layout';
import { formatEffect, formatInterval } from '../../domain/format';
import type { PoolResult } from '../../domain/stats/index';
import { countsPoolingCall } from '../../domain/stats/counts-pooling';
import { POOL_METHODS } from '../../domain/stats/pool-methods';
import {
  displayValue,
  hasComparison,
  pooledName,
  poolingName,
  type AnalysisResult,
  type AnalysisSettings,
  type EffectScale,
  type SubgroupBy,
} from '../../domain/study-data/analyse';
import { summariseAnalysis } from '../../domain/study-data/analysis-summary';
import type { LayoutId } from '../../domain/study-data/layouts';
import type { ConversionOptions } from '../../domain/study-data/study-rows';
import { plotSourceLine } from '../../domain/study-data/example';
import { RATIO_HINT } from '../../domain/study-data/ratio-hint';
import type { ForestPlotModel } from '../../components/charts/forest-plot/forest-model';
import { formatI2, formatP, formatTau2, POOL_WARNING_TEXT } from './format-statistics';
import { HeterogeneityIntervalRows } from './heterogeneity-interval-rows';
import { leaveOneOutDescription, leaveOneOutForestModel } from './leave-one-out-forest-model';
import { ForestWithRowToggles } from './forest-row-toggles';
import { funnelDescriptionFor, funnelInputFor } from './funnel-input';
import { PlotDownloads } from './plot-downloads';
import { LazyEggerForms, LazyFixedEffectCountsSection, LazyInfluenceSection } from './lazy-analysis-panels';
import { IntervalScaleField, SelectField } from './select-field';
import { LeaveOneOutTable } from './leave-one-out-table';
import { PooledFigures } from './pooled-figures';
import { ReportLink } from './report/report-link';
import { SUBGROUP_LABELS } from './subgroup-labels';
import { StudiesTable } from './studies-table';
import { SubgroupsPanel } from './subgroups-panel';
import { RepeatedStudiesWarning, ThreeLevelSection } from './three-level-panel';
import { TrimAndFillPanel } from './trim-and-fill-panel';
import { forestPage } from './forest-page';
import { ForestPager } from './forest-pager';
import { METHOD_NAMES, studyForestModel } from './study-forest-model';

/** Beyond this many studies the plots and tables are drawn after the pooled result, in passes. */
const DRAW_LATER_BEYOND = 1000;

export interface ResultsPanelProps {
  workspaceName: string;
  analysis: AnalysisResult;
  settings: AnalysisSettings;
  onSettings: (settings: AnalysisSettings) => void;
  options: ConversionOptions;
  onOptions: (options: ConversionOptions) => void;
  layout: LayoutId | null;
  scale: EffectScale;
  measureName: string;
  onExportResults: () => void;
  /** The bundled example (another review's data): exported plots say so. */
  isExample: boolean;
  /** The effect and CI are read as differences but look like ratios. */
  looksLikeRatios: boolean;
}

/** The funnel plot as a standalone file, drawn with its title inside (the page's copy has none). */
async function funnelFile(input: FunnelInput, description: string, title: string): Promise<string> {
  const { chartSvgFile } = await import('../../components/charts/export-image');
  return chartSvgFile(<FunnelPlot input={input} description={description} title={title} />, description);
}

/** A forest plot as a standalone file: the same drawing with its title and source line inside it. */
async function forestFile(model: ForestPlotModel, description: string): Promise<string> {
  const { forestPlotSvg } = await import('../../components/charts/export-image');
  return forestPlotSvg(model, description);
}

export function heterogeneityLine(result: PoolResult): string {
  return `Heterogeneity: τ² = ${formatTau2(result.tau2)}, I² = ${formatI2(result.i2)}, Q = ${result.q.toFixed(2)} on ${result.qDf} df, p = ${formatP(result.qP)}`;
}

export function ResultsPanel({
  workspaceName,
  analysis,
  settings,
  onSettings,
  options,
  onOptions,
  layout,
  scale,
  measureName,
  onExportResults,
  isExample,
  looksLikeRatios,
}: ResultsPanelProps) {
  const update = (change: Partial<AnalysisSettings>) => onSettings({ ...settings, ...change });
  const toggleStudy = (line: number) =>
    update({
      excluded: settings.excluded.includes(line)
        ? settings.excluded.filter((value) => value !== line)
        : [...settings.excluded, line],
    });
  const pooled = analysis.pooled;
  // The plots and tables below the pooled result are drawn in a later, interruptible pass (null on the first), so the
  // pooled result of a large file is on screen without waiting for them. Memoised: with 10,000 studies each is tens
  // of milliseconds, and the page draws again on every status message.
  // A small file is drawn at once, as ever.
  const large = analysis.studies.length > DRAW_LATER_BEYOND;
  const drawn = useDeferredValue<AnalysisResult | null>(analysis, large ? null : analysis);
  const model = useMemo(
    () => (drawn ? studyForestModel(drawn, settings, scale, measureName) : null),
    [drawn, settings, scale, measureName],
  );
  const forestDescription = drawn
    ? `Forest plot of ${drawn.studies.length} studies${drawn.pooled.ok ? `, pooled ${formatEffect(model?.rows.at(-1)?.estimate ?? Number.NaN)}` : ''}. Every figure is in the table below.`
    : '';
  // The studies table and the sections after the forest plot are drawn in one more pass: one commit of them all was
  // a 250 ms task at 10,000 studies.
  const [restDrawn, setRestDrawn] = useState(!large);
  useEffect(() => {
    if (drawn && !restDrawn) startTransition(() => setRestDrawn(true));
  }, [drawn, restDrawn]);
  const [forestPageIndex, setForestPageIndex] = useState(0);
  const shownForest = useMemo(() => (model ? forestPage(model, forestPageIndex) : null), [model, forestPageIndex]);
  const looModel = useMemo(
    () => (drawn ? leaveOneOutForestModel(drawn, settings, scale, measureName) : null),
    [drawn, settings, scale, measureName],
  );
  const sourceLine = plotSourceLine(isExample, analysis.outcome);
  const funnelInput = useMemo(
    () => (drawn ? funnelInputFor(drawn, measureName, scale) : null),
    [drawn, measureName, scale],
  );
  const funnelDescription = drawn ? funnelDescriptionFor(drawn) : '';
  const funnel = useMemo(
    () => (funnelInput ? <FunnelPlot input={funnelInput} description={funnelDescription} /> : null),
    [funnelInput, funnelDescription],
  );
  const toggles = useMemo(
    () =>
      new Map(
        (drawn?.studies ?? []).map((study) => [
          `line-${study.row.line}`,
          { study: study.row.study, line: study.row.line, included: study.included },
        ]),
      ),
    [drawn?.studies],
  );
  const countsLayout = layout === 'counts' || layout === 'counts-n';
  const countsChoice = countsLayout && (settings.countsPooling === 'MH' || settings.countsPooling === 'PETO');
  // For 2×2 counts, Mantel–Haenszel and Peto join the Method's choices: they pool the tables, not each study's yi, vi.
  const methods: (readonly [string, string])[] = [
    ...POOL_METHODS.map((method) => [method.id, method.label] as const),
    ...(countsLayout
      ? ([
          ['MH', 'Fixed effect, Mantel–Haenszel'],
          ['PETO', 'Fixed effect, Peto (odds ratio)'],
        ] as const)
      : []),
  ];
  const chooseMethod = (choice: string) => {
    if (choice === 'MH' || choice === 'PETO') update({ method: 'FE', test: 'z', countsPooling: choice });
    else {
      const method = POOL_METHODS.find((entry) => entry.id === choice)?.id;
      if (method) update({ method, ...(settings.countsPooling === undefined ? {} : { countsPooling: 'IV' }) });
    }
  };

  return (
    <>
      <section aria-labelledby="settings-heading" className="bg-white p-4">
        <h2 id="settings-heading" className="mt-0">
          Settings
        </h2>
        <form onSubmit={(event) => event.preventDefault()} className="grid gap-4 sm:grid-cols-2 [&>*]:min-w-0">
          <SelectField
            label="Method"
            value={countsChoice && settings.countsPooling ? settings.countsPooling : settings.method}
            options={methods}
            onChange={chooseMethod}
          />
          {countsChoice ? (
            <div>
              <p className="m-0 font-bold">Test and interval</p>
              <p className="m-0 mt-1" data-testid="counts-pooling-test">
                z (normal): Mantel–Haenszel and Peto are fixed-effect methods with a z test. Choose another method for
                Knapp–Hartung.
              </p>
              <p className="m-0 mt-1" data-testid="counts-pooling-scope">
                They pool the 2×2 tables for the pooled result, forest plot, leave-one-out and subgroups. Analyses that
                need each study’s effect and variance (meta-regression, influence, Egger’s test in metafor’s default
                form, trim-and-fill) use the inverse-variance fixed-effect model.
              </p>
            </div>
          ) : (
            <SelectField
              label="Test and interval"
              value={settings.test}
              options={[
                ['z', 'z (normal)'],
                ['knha', 'Knapp–Hartung (t)'],
              ]}
              onChange={(test) => update({ test })}
            />
          )}
          {hasComparison(scale) ? (
            <SelectField
              label="Which sign favours the intervention in your data?"
              value={settings.benefit}
              options={[
                ['positive', scale === 'ratio' ? 'A ratio above 1' : 'A positive effect'],
                [
                  'negative',
                  scale === 'ratio'
                    ? 'A ratio below 1 (e.g. fewer bad events)'
                    : 'A negative effect (e.g. lower symptom scores)',
                ],
              ]}
              onChange={(benefit) => update({ benefit })}
            />
          ) : null}
          {analysis.outcomes.length > 1 ? (
            <SelectField
              label="Outcome to pool"
              value={analysis.outcome ?? ''}
              options={analysis.outcomes.map((outcome) => [outcome, outcome] as const)}
              onChange={(outcome) => update({ outcome })}
            />
          ) : null}
          {analysis.dependence.repeatedStudies > 0 || settings.levels === 3 ? (
            <SelectField
              label="Effects from the same study"
              value={settings.levels === 3 ? '3' : '2'}
              options={[
                ['2', 'Treat each effect as independent'],
                ['3', 'Also fit a three-level model (effects within studies)'],
              ]}
              onChange={(levels) => update({ levels: levels === '3' ? 3 : 2 })}
            />
          ) : null}
          <SelectField
            label="Split into subgroups by"
            value={settings.subgroupBy}
            options={Object.entries(SUBGROUP_LABELS) as [SubgroupBy, string][]}
            onChange={(subgroupBy) => update({ subgroupBy })}
          />
          {layout === 'means' ? (
            <SelectField
              label="Standardised mean difference"
              value={options.smd}
              options={[
                ['hedges', 'Hedges’ g (small-sample corrected)'],
                ['cohen', 'Cohen’s d'],
              ]}
              onChange={(smd) => onOptions({ ...options, smd })}
            />
          ) : null}
          {layout === 'yi-ci' ? (
            <IntervalScaleField
              value={options.ciScale ?? 'difference'}
              onChange={(ciScale) => onOptions({ ...options, ciScale })}
            />
          ) : null}
          {layout === 'yi-ci' && looksLikeRatios ? (
            <p
              className="m-0 border-l-4 border-nhs-warm-yellow bg-[#fff9c4] p-2 sm:col-span-2"
              data-testid="ratio-hint"
            >
              {RATIO_HINT}
            </p>
          ) : null}
          {layout === 'counts' || layout === 'counts-n' ? (
            <SelectField
              label="Ratio"
              value={options.ratio}
              options={[
                ['RR', 'Risk ratio'],
                ['OR', 'Odds ratio'],
                ['RD', 'Risk difference (not a ratio)'],
              ]}
              onChange={(ratio) => onOptions({ ...options, ratio })}
            />
          ) : null}
          {layout === 'proportions' ? (
            <SelectField
              label="Pool the proportions on"
              value={options.proportion ?? 'PLO'}
              options={[
                ['PLO', 'The logit scale (log odds)'],
                ['PFT', 'The Freeman–Tukey double-arcsine scale'],
              ]}
              onChange={(proportion) => onOptions({ ...options, proportion })}
            />
          ) : null}
        </form>
      </section>

      <section aria-labelledby="pooled-heading" className="bg-white p-4">
        <h2 id="pooled-heading" className="mt-0">
          Pooled result
        </h2>
        {pooled.ok ? (
          <>
            <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="pooled-result">
              <dt className="font-bold">Pooled {pooledName(scale, measureName)} (95% CI)</dt>
              <dd data-testid="pooled-estimate">
                <PooledFigures result={pooled.value} scale={scale} measureName={measureName} />
              </dd>
              <dt className="font-bold">Method</dt>
              <dd>
                {analysis.countsPooling ? (
                  <>
                    {poolingName(analysis, settings)} fixed effect (metafor’s{' '}
                    <code>{countsPoolingCall(analysis.countsPooling.pooling)}</code>)
                  </>
                ) : (
                  METHOD_NAMES[settings.method]
                )}
                , {settings.test === 'knha' ? 'Knapp–Hartung t test' : 'z test'};{' '}
                {pooled.value.warnings?.includes('knha-no-spread')
                  ? 'no p-value: the test has no spread to work from (see below)'
                  : `p = ${formatP(pooled.value.pValue)}`}
              </dd>
              <dt className="font-bold">Studies</dt>
              <dd>{pooled.value.k}</dd>
              <dt className="font-bold">τ² (between-study variance)</dt>
              <dd data-testid="tau2">{formatTau2(pooled.value.tau2)}</dd>
              <dt className="font-bold">I²</dt>
              <dd data-testid="i2">{formatI2(pooled.value.i2)}</dd>
              {analysis.heterogeneity?.ok ? (
                <HeterogeneityIntervalRows interval={analysis.heterogeneity.value} />
              ) : null}
              {settings.method !== 'FE' && pooled.value.k > 1 ? (
                <>
                  <dt className="font-bold">95% prediction interval</dt>
                  <dd>
                    {formatInterval(
                      scale !== 'difference'
                        ? {
                            lower: displayValue(pooled.value.piLower, scale),
                            upper: displayValue(pooled.value.piUpper, scale),
                          }
                        : { lower: pooled.value.piLower, upper: pooled.value.piUpper },
                    )}
                  </dd>
                </>
              ) : null}
              {analysis.profile.ok ? (
                <>
                  <dt className="font-bold">Profile-likelihood 95% CI</dt>
                  <dd>
                    {formatInterval(
                      scale !== 'difference'
                        ? {
                            lower: displayValue(analysis.profile.value.lower, scale),
                            upper: displayValue(analysis.profile.value.upper, scale),
                          }
                        : { lower: analysis.profile.value.lower, upper: analysis.profile.value.upper },
                    )}{' '}
                    around the maximum-likelihood estimate{' '}
                    {formatEffect(displayValue(analysis.profile.value.estimate, scale))} (τ²{' '}
                    {formatTau2(analysis.profile.value.tau2)}). It allows for the uncertainty in τ², so with few studies
                    it is usually wider.
                  </dd>
                </>
              ) : null}
            </dl>
            {pooled.value.warnings?.map((warning) => (
              <p
                key={warning}
                className="border-l-4 border-nhs-warm-yellow bg-[#fff9c4] p-2"
                data-testid={`pool-warning-${warning}`}
              >
                {POOL_WARNING_TEXT[warning]}
              </p>
            ))}
            {analysis.dependence.repeatedStudies > 0 ? (
              <RepeatedStudiesWarning
                dependence={analysis.dependence}
                threeLevelShown={analysis.threeLevel !== null}
                onUseThreeLevel={() => update({ levels: 3 })}
              />
            ) : null}
            <p data-testid="heterogeneity-line">{heterogeneityLine(pooled.value)}</p>
            <h3>In plain words</h3>
            {summariseAnalysis({
              result: pooled.value,
              layout,
              scale,
              benefit: settings.benefit,
              smd: options.smd,
            }).map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
          </>
        ) : (
          <p role="status">{pooled.message}</p>
        )}
      </section>

      {pooled.ok && (layout === 'counts' || layout === 'counts-n') ? (
        <LazyFixedEffectCountsSection analysis={analysis} settings={settings} />
      ) : null}

      {analysis.threeLevel ? (
        <ThreeLevelSection
          threeLevel={analysis.threeLevel}
          dependence={analysis.dependence}
          scale={scale}
          measureName={measureName}
          benefit={settings.benefit}
        />
      ) : null}

      {drawn && model && shownForest ? (
        <>
          <section aria-labelledby="forest-heading" className="bg-white p-4">
            <h2 id="forest-heading" className="mt-0">
              Forest plot
            </h2>
            <p>
              Squares are sized by weight. The diamond is the pooled result; the dashed line under it is the 95%
              prediction interval. Grey studies are left out: select a study’s name in the plot, or tick it in the table
              below, to leave it out or bring it back.
            </p>
            {shownForest.count > 1 ? <ForestPager page={shownForest} onPage={setForestPageIndex} /> : null}
            <ForestWithRowToggles
              model={shownForest.model}
              description={
                shownForest.count > 1
                  ? `${forestDescription} This page shows rows ${shownForest.first} to ${shownForest.last}.`
                  : forestDescription
              }
              toggles={toggles}
              onToggle={toggleStudy}
              withButtons={restDrawn}
            />
            {drawn.pooled.ok ? <p className="text-base">{heterogeneityLine(drawn.pooled.value)}</p> : null}
            <PlotDownloads
              plotName="forest plot"
              fileBase={`${workspaceName} forest plot`}
              makeSvg={() =>
                forestFile(
                  {
                    ...model,
                    title: `${workspaceName}: forest plot`,
                    sourceLine: `${drawn.pooled.ok ? `${heterogeneityLine(drawn.pooled.value)}. ` : ''}${sourceLine}`,
                  },
                  forestDescription,
                )
              }
            />
            {restDrawn ? <StudiesTable studies={drawn.studies} onToggle={toggleStudy} /> : null}
          </section>

          {restDrawn ? (
            <>
              <section aria-labelledby="loo-heading" className="bg-white p-4">
                <h2 id="loo-heading" className="mt-0">
                  Leave one out
                </h2>
                {looModel ? (
                  <>
                    <p>
                      Each row is the pooled result with one study left out; the diamond at the foot is the result with
                      all of them. A row far from the diamond marks a study the result leans on.
                    </p>
                    <ForestPlot model={looModel} description={leaveOneOutDescription(looModel)} />
                    <PlotDownloads
                      plotName="leave-one-out plot"
                      fileBase={`${workspaceName} leave one out`}
                      makeSvg={() =>
                        forestFile(
                          { ...looModel, title: `${workspaceName}: leave one out`, sourceLine },
                          leaveOneOutDescription(looModel),
                        )
                      }
                    />
                  </>
                ) : null}
                {drawn.leaveOneOut.ok ? (
                  <LeaveOneOutTable
                    entries={drawn.leaveOneOut.value}
                    scale={scale}
                    measureName={measureName}
                    variant="page"
                  />
                ) : (
                  <p>{drawn.leaveOneOut.message}</p>
                )}
              </section>

              <LazyInfluenceSection analysis={drawn} settings={settings} />

              {drawn.subgroups ? (
                <SubgroupsPanel
                  subgroups={drawn.subgroups}
                  heading={`Subgroups: ${SUBGROUP_LABELS[settings.subgroupBy].toLowerCase()}`}
                  settings={settings}
                  scale={scale}
                  measureName={measureName}
                  countsPooling={drawn.countsPooling}
                />
              ) : null}

              <section aria-labelledby="funnel-heading" className="bg-white p-4">
                <h2 id="funnel-heading" className="mt-0">
                  Funnel plot, Egger’s test and trim-and-fill
                </h2>
                {drawn.pooled.ok && funnelInput ? (
                  <ChartErrorBoundary>
                    {funnel}
                    <PlotDownloads
                      plotName="funnel plot"
                      fileBase={`${workspaceName} funnel plot`}
                      makeSvg={() =>
                        funnelFile(funnelInput, `${funnelDescription} ${sourceLine}`, `${workspaceName}: funnel plot`)
                      }
                    />
                  </ChartErrorBoundary>
                ) : null}
                <LazyEggerForms
                  analysis={drawn}
                  settings={settings}
                  scale={scale}
                  measureName={measureName}
                  onSettings={onSettings}
                />
                {drawn.pooled.ok ? (
                  <TrimAndFillPanel
                    analysis={drawn}
                    settings={settings}
                    scale={scale}
                    measureName={measureName}
                    onChoose={(trimAndFill) => update({ trimAndFill })}
                  />
                ) : null}
              </section>
            </>
          ) : null}
        </>
      ) : (
        <p className="bg-white p-4">Drawing the plots and tables…</p>
      )}

      <section aria-labelledby="export-heading" className="bg-white p-4">
        <h2 id="export-heading" className="mt-0">
          Export
        </h2>
        <button
          type="button"
          onClick={onExportResults}
          className="border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue"
        >
          Download the results (CSV)
        </button>
        <ReportLink />
      </section>
    </>
  );
}
