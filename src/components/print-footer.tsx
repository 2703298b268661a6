import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { evidenceQueryOptions } from '../data/evidence-query';
import { describeActiveChoices } from '../domain/print-details';

function todayText(): string {
  return new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** Shown only in print: where the page came from, which data it shows and when it was printed. */
export function PrintFooter() {
  // Not suspending and not throwing: the footer sits outside the pages' error boundaries, so a broken dataset must
  // leave it empty rather than take the error page down with it.
  const { data: dataset } = useQuery(evidenceQueryOptions);
  const location = useLocation();
  const [printedOn, setPrintedOn] = useState(todayText);
  const address = `${window.location.origin}${location.pathname}${location.search}${location.hash}`;
  useEffect(() => {
    const refresh = () => setPrintedOn(todayText());
    window.addEventListener('beforeprint', refresh);
    return () => window.removeEventListener('beforeprint', refresh);
  }, []);
  const choices = describeActiveChoices(new URLSearchParams(location.search));
  if (!dataset) return null;
  return (
    <div className="print-footer">
      <p>
        <strong>Page:</strong> {address} · <strong>Dataset</strong> version {dataset.datasetVersion}, dated {dataset.datasetDate} ·{' '}
        <strong>Printed</strong> {printedOn}
      </p>
      <p>
        <strong>Active filters and choices:</strong> {choices}
      </p>
    </div>
  );
}
