import { useState } from 'react';
import { formatCount, formatEffect } from '../../domain/format';
import type { AnalysedStudy } from '../../domain/study-data/analyse';
import { tablePage } from './table-page';

const buttonClass =
  'border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue disabled:border-nhs-grey-4 disabled:text-nhs-dark-grey';

/** Every study with its checkbox, one page of rows at a time beyond a page's worth (table-page.ts). */
export function StudiesTable({ studies, onToggle }: { studies: AnalysedStudy[]; onToggle: (line: number) => void }) {
  const [requested, setRequested] = useState(0);
  const page = tablePage(studies.length, requested);
  return (
    <>
      {page.count > 1 ? (
        <nav aria-label="Studies table pages" className="my-2 flex flex-wrap items-center gap-2">
          <p className="m-0" aria-live="polite" data-testid="studies-table-page">
            Rows {formatCount(page.start + 1)} to {formatCount(page.end)} of {formatCount(page.total)} (page{' '}
            {page.index + 1} of {page.count}). Every study is analysed.
          </p>
          <button
            type="button"
            className={buttonClass}
            disabled={page.index === 0}
            onClick={() => setRequested(page.index - 1)}
          >
            Previous studies
          </button>
          <button
            type="button"
            className={buttonClass}
            disabled={page.index === page.count - 1}
            onClick={() => setRequested(page.index + 1)}
          >
            Next studies
          </button>
        </nav>
      ) : null}
      {/* Focusable so keyboard users can scroll the table on a narrow screen. */}
      <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label="Studies table">
        <table aria-rowcount={page.total + 1}>
          <caption className="text-left font-bold">Studies: tick or untick to include or leave out</caption>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">Include</th>
              <th scope="col">Study</th>
              <th scope="col">Line</th>
              <th scope="col">Effect (yi)</th>
              <th scope="col">Variance (vi)</th>
              <th scope="col">Weight</th>
            </tr>
          </thead>
          <tbody>
            {studies.slice(page.start, page.end).map((study, offset) => (
              <tr key={study.row.line} aria-rowindex={page.start + offset + 2}>
                <td>
                  <input
                    type="checkbox"
                    checked={study.included}
                    onChange={() => onToggle(study.row.line)}
                    aria-label={`Include ${study.row.study} (line ${study.row.line})`}
                    className="h-5 w-5 accent-nhs-blue"
                  />
                </td>
                <td>{study.row.study}</td>
                <td>{study.row.line}</td>
                <td>{formatEffect(study.row.yi, 3)}</td>
                <td>{study.row.vi.toPrecision(3)}</td>
                <td>{study.weight === undefined ? 'left out' : `${study.weight.toFixed(1)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
