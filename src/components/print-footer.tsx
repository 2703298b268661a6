import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { evidenceQueryOptions } from '../data/evidence-query';
import { useOrigin } from './use-origin';
import { useTodayInWords } from './use-today-in-words';
import { describeActiveChoices } from '../domain/print-details';

/** Shown only in print: where the page came from, which data it shows and when it was printed. */
export function PrintFooter() {
  // Not suspending and not throwing: the footer sits outside the pages' error boundaries, so a broken dataset must
  // leave it empty rather than take the error page down with it.
  const { data: dataset } = useQuery(evidenceQueryOptions);
  const location = useLocation();
  // Empty in the prerendered HTML (built on another day, on no origin); filled in once the page runs in a browser.
  const origin = useOrigin();
  const printedOn = useTodayInWords();
  // The #fragment joins the origin after hydration: the prerendered HTML knows neither, and text that differs there
  // makes React throw the page's markup away (error #418 on every shared link to a glossary term or a source).
  const address = `${origin}${location.pathname}${location.search}${origin ? location.hash : ''}`;
  const choices = describeActiveChoices(new URLSearchParams(location.search));
  if (!dataset) return null;
  return (
    <div className="print-footer">
      <p>
        <strong>Page:</strong> {address} · <strong>Dataset</strong> version {dataset.datasetVersion}, dated{' '}
        {dataset.datasetDate}
        {dataset.changelog[0]?.version === dataset.datasetVersion
          ? ` (what changed: ${dataset.changelog[0].summary})`
          : ''}{' '}
        · <strong>Printed</strong> {printedOn}
      </p>
      <p>
        <strong>Active filters and choices:</strong> {choices}
      </p>
    </div>
  );
}
