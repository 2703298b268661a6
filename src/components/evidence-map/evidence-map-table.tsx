import { useState } from 'react';
import { Link } from 'react-router';
import type { EvidenceMapRow } from '../../domain/evidence/catalogue';
import { COMPARISON_LABELS, DIRECTION_LABELS, DOMAIN_LABELS } from '../../domain/evidence/vocabulary';
import { mapColumns, tallyText } from './evidence-map-layout';
import { pages } from '../../domain/pages/pages';

type CellEntries = EvidenceMapRow['cells'][keyof EvidenceMapRow['cells']];

/**
 * One cell: its tally, opening to every finding in the report's own words. The findings are drawn only once the cell
 * is opened, which keeps them out of the prerendered page (a third of its size): opening a cell there hands the table
 * to React (PrerenderedIsland, by data-island-key), and without JavaScript the cell points to the programme's page, which quotes every trial.
 */
function FindingsCell({
  entries,
  cellKey,
  programme,
}: {
  entries: CellEntries;
  cellKey: string;
  programme: Pick<EvidenceMapRow, 'programmeId' | 'name'>;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details data-island-key={cellKey} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-nhs-blue">{tallyText(entries)}</summary>
      {open ? (
        <ul className="mt-1 space-y-2 text-sm">
          {entries.map((entry) => (
            <li key={`${entry.sampleId}-${entry.comparison}`}>
              <strong>{entry.label}</strong> ({COMPARISON_LABELS[entry.comparison].toLowerCase()}; coded{' '}
              {DIRECTION_LABELS[entry.direction].toLowerCase()}):
              <ul className="mt-1 space-y-1 pl-3">
                {entry.findings.map((finding, index) => (
                  <li key={`${finding.reportId}-${index}`}>
                    {finding.citation}, {finding.measure}
                    {finding.comparison !== entry.comparison
                      ? ` (${COMPARISON_LABELS[finding.comparison].toLowerCase()})`
                      : ''}
                    : “{finding.resultText}”{finding.reason ? <em> Our coding: {finding.reason}</em> : null}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        // Shown only without JavaScript: with it, opening the cell draws its findings.
        <noscript>
          <p className="mt-1 text-sm">
            Each trial’s own words are on the page for{' '}
            <Link to={pages.programme.href(programme.programmeId)}>{programme.name}</Link>.
          </p>
        </noscript>
      )}
    </details>
  );
}

/** The evidence map as a table: one entry per trial, every finding with the report's own words one click away. */
export function EvidenceMapTable({ rows }: { rows: readonly EvidenceMapRow[] }) {
  const columns = mapColumns(rows);
  return (
    // Most of the catalogue page's markup, and below the first screen: laid out only as it comes near (render-when-visible).
    <div
      className="render-when-visible relative overflow-x-auto"
      tabIndex={0}
      role="region"
      aria-label="Evidence map as a table"
    >
      <table className="bg-white text-base [hyphens:auto]">
        <caption className="p-2 text-left font-bold">
          Findings of trials by programme and outcome (our coding of each stated result; counts are trials, not reports)
        </caption>
        <thead>
          <tr>
            <th scope="col" className="pl-2">
              Programme
            </th>
            {columns.map((domain) => (
              <th key={domain} scope="col" className="min-w-40">
                {DOMAIN_LABELS[domain]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.programmeId}>
              <th scope="row" className="pl-2 font-normal">
                <Link to={pages.programme.href(row.programmeId)}>{row.name}</Link>
              </th>
              {columns.map((domain) =>
                row.cells[domain].length === 0 ? (
                  <td key={domain} className="text-nhs-dark-grey">
                    <span className="sr-only">Not measured</span>
                    <span aria-hidden="true">–</span>
                  </td>
                ) : (
                  <td key={domain}>
                    <FindingsCell
                      entries={row.cells[domain]}
                      cellKey={`${row.programmeId}/${domain}`}
                      programme={row}
                    />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
