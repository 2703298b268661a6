import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../domain/app-version';
import { analyse, DEFAULT_SETTINGS, type AnalysisSettings } from '../../../domain/study-data/analyse';
import type { StudyRow } from '../../../domain/study-data/study-rows';
import { AnalysisReport } from './analysis-report';
import type { ReportContext } from './report-context';
import { cssString } from './report-footer';
import { forestFitsShrunk } from './report-forest-section';
import { studyForestModel } from '../study-forest-model';
import { REPORT_SECTIONS, reportSectionsFor, type ReportSection } from './report-sections';

const ROWS: StudyRow[] = [
  { line: 2, study: 'Adams 2001', year: 2001, group: 'home', outcome: 'behaviour', yi: 0.42, vi: 0.04 },
  { line: 3, study: 'Baker 2005', year: 2005, group: 'home', outcome: 'behaviour', yi: 0.1, vi: 0.02 },
  { line: 4, study: 'Cole 2010', year: 2010, group: 'clinic', outcome: 'behaviour', yi: 0.65, vi: 0.09 },
  { line: 5, study: 'Dunn 2014', year: 2014, group: 'clinic', outcome: 'behaviour', yi: 0.3, vi: 0.05 },
  { line: 6, study: 'Adams 2001', year: 2001, group: 'home', outcome: 'attachment', yi: 0.2, vi: 0.05 },
];

function contextFor(settings: Partial<AnalysisSettings> = {}, rows: StudyRow[] = ROWS): ReportContext {
  const full = { ...DEFAULT_SETTINGS, ...settings };
  return {
    workspaceName: 'Trial table',
    analysis: analyse(rows, full),
    settings: full,
    options: { smd: 'hedges', ratio: 'RR' },
    layout: 'yi-vi',
    scale: 'difference',
    measureName: 'effect (yi)',
    isExample: false,
    rows,
    problems: [{ line: 7, column: 'vi', reason: 'the variance must be above 0' }],
  };
}

const ids = (sections: readonly ReportSection[]) => sections.map((section) => section.id);

describe('the report’s sections', () => {
  it('lists every section once, in reading order', () => {
    expect(ids(REPORT_SECTIONS)).toEqual([
      'data',
      'methods',
      'pooled',
      'heterogeneity',
      'fixed-effect-counts',
      'three-level',
      'forest',
      'subgroups',
      'leave-one-out',
      'influence',
      'small-study',
    ]);
  });

  it('includes a section only when its result exists', () => {
    expect(ids(reportSectionsFor(contextFor()))).toEqual([
      'data',
      'methods',
      'pooled',
      'heterogeneity',
      'forest',
      'leave-one-out',
      'influence',
      'small-study',
    ]);
    expect(ids(reportSectionsFor(contextFor({ subgroupBy: 'group' })))).toContain('subgroups');
    // The page fills in the three-level model when the settings ask for it (its engine loads on demand).
    const threeLevel = contextFor({ levels: 3 });
    const fitted = {
      ...threeLevel,
      analysis: { ...threeLevel.analysis, threeLevel: { ok: false as const, message: 'x' } },
    };
    expect(ids(reportSectionsFor(fitted))).toContain('three-level');
    // Nothing pooled: the data (saying why) and the studies' plot, nothing computed from a pool.
    expect(ids(reportSectionsFor(contextFor({ excluded: [2, 3, 4, 5] })))).toEqual(['data', 'forest']);
  });

  it('takes a new section as one entry', () => {
    const extra: ReportSection = {
      id: 'meta-regression',
      present: (context) => context.settings.subgroupBy === 'group',
      Section: () => null,
    };
    const list = [...REPORT_SECTIONS, extra];
    expect(ids(reportSectionsFor(contextFor(), list))).not.toContain('meta-regression');
    expect(ids(reportSectionsFor(contextFor({ subgroupBy: 'group' }), list)).at(-1)).toBe('meta-regression');
  });

  it('draws the sections with the data as used, exclusions marked and why', () => {
    render(<AnalysisReport context={contextFor({ excluded: [3] })} printedOn="3 December 2026" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Analysis report: Trial table' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Studies, and whether each is pooled' });
    expect(within(table).getByRole('row', { name: /Baker 2005/ })).toHaveTextContent(
      'Left out: excluded in the workspace',
    );
    expect(within(table).getByRole('row', { name: /Adams 2001/ })).toHaveTextContent('Pooled');
    expect(screen.getByText(/the file’s rows for “attachment” \(1 row\)/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '1 row of the file could not be used' })).toBeInTheDocument();
    expect(screen.getByTestId('report-methods')).toHaveTextContent(/of 3 studies/);
    expect(screen.getByTestId('report-q')).toHaveTextContent(/on 2 df, p = /);
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'The data as used',
      'Methods',
      'Pooled result',
      'Heterogeneity',
      'Forest plot',
      'Sensitivity: leave one out',
      'Sensitivity: influence diagnostics',
      'Small-study effects: funnel plot and Egger’s test',
    ]);
    expect(document.documentElement.style.getPropertyValue('--analysis-report-footer')).toBe(
      `"Trial table, behaviour · Under-5s Evidence Explorer ${APP_VERSION} · printed 3 December 2026"`,
    );
  });
});

describe('the report’s influence and Egger sections', () => {
  it('shows the influence table and names each form of Egger’s test, in the form chosen on the page', async () => {
    const { unmount } = render(<AnalysisReport context={contextFor({ excluded: [3] })} printedOn="3 December 2026" />);
    const table = await screen.findByRole('table', { name: 'Influence of each study on the pooled result' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 3);
    expect(await screen.findByTestId('egger-result')).toHaveTextContent(/weighted regression/);
    expect(screen.getByTestId('egger-rma-result')).toHaveTextContent(/meta-regression on the standard error/);
    // The report has no settings form: the choice is the page's.
    expect(screen.queryByRole('group', { name: 'Which form of Egger’s test to show' })).not.toBeInTheDocument();
    unmount();
    render(<AnalysisReport context={contextFor({ eggerForm: 'rma' })} printedOn="3 December 2026" />);
    expect(await screen.findByTestId('egger-rma-result')).toBeInTheDocument();
    expect(screen.queryByTestId('egger-result')).not.toBeInTheDocument();
  });
});

describe('the report’s Mantel–Haenszel and Peto section', () => {
  const counts = (ai: number, bi: number, ci: number, di: number) => ({ counts: { ai, bi, ci, di } });
  const tables: StudyRow[] = [
    { line: 2, study: 'Aronson 1948', yi: 0, vi: 1, ...counts(4, 119, 11, 128) },
    { line: 3, study: 'Ferguson & Simes 1949', yi: 0, vi: 1, ...counts(6, 300, 29, 274) },
    { line: 4, study: 'Rosenthal 1960', yi: 0, vi: 1, ...counts(3, 228, 11, 209) },
  ];
  const countsContext = (layout: ReportContext['layout'], settings: Partial<AnalysisSettings> = {}) => ({
    ...contextFor(settings, tables),
    layout,
    scale: 'ratio' as const,
    measureName: 'log risk ratio',
  });

  it('is present for the counts layouts when there is a pool, and not otherwise', () => {
    expect(ids(reportSectionsFor(countsContext('counts')))).toContain('fixed-effect-counts');
    expect(ids(reportSectionsFor(countsContext('counts-n')))).toContain('fixed-effect-counts');
    expect(ids(reportSectionsFor(countsContext('yi-vi')))).not.toContain('fixed-effect-counts');
    expect(ids(reportSectionsFor(countsContext('counts', { excluded: [2, 3, 4] })))).not.toContain(
      'fixed-effect-counts',
    );
  });

  it('shows each method by its metafor call, ratios back as ratios', async () => {
    render(<AnalysisReport context={countsContext('counts')} printedOn="3 December 2026" />);
    const table = await screen.findByRole('table', { name: /Fixed-effect pooled results from the 2×2 tables/ });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 4);
    for (const call of ['rma.mh(measure = "OR")', 'rma.mh(measure = "RR")', 'rma.mh(measure = "RD")', 'rma.peto()'])
      expect(within(table).getByText(call)).toBeInTheDocument();
    expect(screen.getByTestId('report-fixed-effect-mh-or-estimate')).toHaveTextContent(
      /^odds ratio .*; on the log scale/,
    );
    expect(screen.getByTestId('report-fixed-effect-mh-rd-estimate')).not.toHaveTextContent(/ratio|log/);
    expect(screen.getByTestId('report-fixed-effect-peto-or-q')).toHaveTextContent(/on 2 df, p = /);
    expect(screen.getByRole('heading', { level: 2, name: /Mantel–Haenszel and Peto/ })).toBeInTheDocument();
  });
});

describe('cssString', () => {
  it('escapes quotes and backslashes and flattens line breaks', () => {
    expect(cssString('A "quoted" \\ name\nsecond')).toBe('"A \\"quoted\\" \\\\ name second"');
  });
});

describe('forestFitsShrunk', () => {
  const modelOf = (count: number) => {
    const rows = Array.from({ length: count }, (_, index) => ({
      line: index + 2,
      study: `Study ${index + 1}`,
      yi: 0.1 * (index % 7),
      vi: 0.02 + 0.01 * (index % 5),
    }));
    const context = contextFor({}, rows);
    return studyForestModel(context.analysis, context.settings, 'difference', 'effect (yi)');
  };
  it('leaves a short plot and a very tall one at full width, and shrinks one a little too tall', () => {
    expect(forestFitsShrunk(modelOf(4))).toBe(false);
    expect(forestFitsShrunk(modelOf(60))).toBe(false);
    expect([10, 12, 14, 16, 18].some((count) => forestFitsShrunk(modelOf(count)))).toBe(true);
  });
});
