import type { ReactNode } from 'react';

/** One section of the printed report: its heading kept with what follows (analysis-report.css). */
export function ReportSectionFrame({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`report-${id}-heading`} className="report-section" data-section={id}>
      <h2 id={`report-${id}-heading`}>{heading}</h2>
      {children}
    </section>
  );
}
