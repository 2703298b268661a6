import { useEffect, useRef, useSyncExternalStore } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import { useTodayInWords } from '../../components/use-today-in-words';
import { pages } from '../../domain/pages/pages';
import { effectScale, shownSettings } from '../../domain/study-data/analyse';
import { measureNameFor } from './measure-name';
import { AnalysisReport } from './report/analysis-report';
import type { ReportContext } from './report/report-context';
import { useWorkspace } from './use-workspace';

const neverChanges = () => () => undefined;

/**
 * The analysis report, for print or a PDF: the workspace the address names, with the settings it carries, read as the
 * analysis page reads them. Opened from the page's "Print or save the analysis report", it opens the print dialog.
 */
export function AnalysisReportPage() {
  const state = useWorkspace();
  const { current, imported, analysis, settings } = state;
  const location = useLocation();
  const navigate = useNavigate();
  const printedOn = useTodayInWords();
  // The prerendered page knows no address: it and the hydrating render say there is no workspace, then the link's.
  const search = useSyncExternalStore(
    neverChanges,
    () => location.search,
    () => '',
  );
  useDocumentTitle(current ? `Analysis report: ${current.name}` : 'Analysis report');

  const context: ReportContext | null =
    current && imported && analysis
      ? {
          workspaceName: current.name,
          analysis,
          settings: shownSettings(settings, effectScale(imported.layout, current.options, analysis.studies)),
          options: current.options,
          layout: imported.layout,
          scale: effectScale(imported.layout, current.options, analysis.studies),
          measureName: measureNameFor(imported.layout, current.options),
          isExample: current.source.kind === 'example',
          rows: imported.rows,
          problems: imported.problems,
        }
      : null;

  // Asked for from the analysis page: print once the report is drawn, and forget the request so a reload does not.
  const wantsPrint = (location.state as { print?: boolean } | null)?.print === true;
  const printed = useRef(false);
  // Not before a model still loading its code is drawn, or the printout would lack it.
  const ready = context !== null && !state.resultsPending;
  useEffect(() => {
    if (!ready || !wantsPrint || printed.current) return;
    printed.current = true;
    // After the sections that load their code on demand (influence, Egger's forms) have it, and after a paint, so the
    // dialog shows the whole report drawn. A failed download still prints: those sections then say why they are empty.
    let timer: number | undefined;
    let live = true;
    void import('./diagnostics-panels')
      .catch(() => undefined)
      .then(() => {
        if (!live) return;
        timer = window.setTimeout(() => {
          window.print();
          void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
        }, 200);
      });
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [ready, wantsPrint, navigate, location.pathname, location.search]);

  const back = `${pages.analysis.href()}${search}`;
  return (
    <>
      <div className="no-print mb-4 flex flex-wrap items-center gap-4">
        <Link to={back} className="font-bold">
          Back to the analysis
        </Link>
        {context ? (
          <button
            type="button"
            onClick={() => window.print()}
            className="border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue"
          >
            Print or save as PDF
          </button>
        ) : null}
      </div>
      {context ? (
        <AnalysisReport context={context} printedOn={printedOn} />
      ) : (
        <>
          <h1>Analysis report</h1>
          <p role="status">
            {search.includes('ws=')
              ? state.status || 'Opening the workspace…'
              : 'No workspace is open. Open or import one on the analysis page, then choose “Print or save the analysis report”.'}
          </p>
        </>
      )}
    </>
  );
}
