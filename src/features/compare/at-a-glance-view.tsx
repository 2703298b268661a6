import { useState } from 'react';
import { CitedSourceAnchor } from '../../components/cited-source-anchor';
import type { EvidenceDataset } from '../../domain/evidence/evidence-schema';
import { findSource } from '../../domain/evidence/lookup';
import { glanceHtml, glancePlainText, type GlanceTable } from '../../domain/comparison/at-a-glance';

const BUTTON = 'border-2 border-nhs-blue bg-white px-3 py-1 text-base font-bold text-nhs-blue';

/** Copies the short table as HTML (for a word processor) and as tab-separated text, falling back to text alone. */
async function copyShortTable(table: GlanceTable): Promise<void> {
  const text = glancePlainText(table);
  if (typeof ClipboardItem !== 'undefined') {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([glanceHtml(table)], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return;
    } catch {
      // Some browsers refuse HTML on the clipboard; plain text still pastes as a table into most programs.
    }
  }
  await navigator.clipboard.writeText(text);
}

/** One line per programme for dose, who delivers it and UK delivery, above the full comparison. */
export function AtAGlanceView({ dataset, table }: { dataset: EvidenceDataset; table: GlanceTable }) {
  const [message, setMessage] = useState('');
  return (
    <section aria-labelledby="at-a-glance" className="at-a-glance my-4">
      <h2 id="at-a-glance" className="text-xl">
        At a glance
      </h2>
      <p className="text-base">
        The first fact our sources give for each, in their words, with its source. Every fact is in the full comparison
        below.
      </p>
      <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label="At a glance table">
        <table className="glance-table min-w-[36rem] table-fixed bg-white text-base">
          <caption className="sr-only">At a glance: dose, who delivers it and UK delivery</caption>
          <thead>
            <tr>
              <th scope="col" className="w-[8rem] sm:w-[11rem]">
                <span className="sr-only">Row</span>
              </th>
              {table.columns.map((column) => (
                <th key={column.id} scope="col">
                  {column.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.id} data-glance-row={row.id}>
                <th scope="row" className="pl-2">
                  {row.label}
                </th>
                {row.lines.map((line, index) => {
                  const column = table.columns[index]?.name ?? '';
                  return (
                    <td key={table.columns[index]?.id ?? index}>
                      {line.text}
                      {line.notes.map((number) => {
                        const source = table.sources.find((candidate) => candidate.number === number);
                        return source?.url ? (
                          <span key={number}>
                            {' '}
                            <CitedSourceAnchor
                              dataset={dataset}
                              source={findSource(dataset, source.sourceId)}
                              className="glance-note whitespace-nowrap"
                              ariaLabel={`Source ${number} for ${row.label.toLowerCase()} (${column}): ${source.name}`}
                            >
                              [{number}]
                            </CitedSourceAnchor>
                          </span>
                        ) : null;
                      })}
                      {line.moreFacts > 0 ? (
                        <span className="block text-sm text-nhs-dark-grey">
                          {line.moreFacts} more in the full comparison
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="text-lg">Sources of these lines</h3>
      <ol className="glance-sources list-none pl-0 text-sm [overflow-wrap:anywhere]">
        {table.sources.map((source) => (
          <li key={source.number}>
            [{source.number}] {source.name}
            {source.url ? (
              <>
                . <span className="address-text">{source.url}</span>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      <p className="no-print flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={BUTTON}
          onClick={() => {
            void copyShortTable(table)
              .then(() => setMessage('Short table copied. Paste it into your document.'))
              .catch(() => setMessage('Your browser did not allow copying. Select the table and copy it instead.'));
          }}
        >
          Copy as a short table
        </button>
        <span role="status" className="text-base">
          {message}
        </span>
      </p>
    </section>
  );
}
