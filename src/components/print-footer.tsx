import { Suspense, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { useEvidence } from '../data/evidence-query';
import { describeActiveChoices } from '../domain/print-details';

function todayText(): string {
  return new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

function PrintFooterContents() {
  const dataset = useEvidence();
  const location = useLocation();
  const [printedOn, setPrintedOn] = useState(todayText);
  const address = `${window.location.origin}${location.pathname}${location.search}${location.hash}`;
  useEffect(() => {
    const refresh = () => setPrintedOn(todayText());
    window.addEventListener('beforeprint', refresh);
    return () => window.removeEventListener('beforeprint', refresh);
  }, []);
  const choices = describeActiveChoices(new URLSearchParams(location.search));
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

/** Shown only in print: where the page came from, which data it shows and when it was printed. */
export function PrintFooter() {
  return (
    <Suspense fallback={null}>
      <PrintFooterContents />
    </Suspense>
  );
}
