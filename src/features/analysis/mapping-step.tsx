import { useMemo, useState } from 'react';
import { importStudies } from '../../domain/study-data/import-studies';
import { layoutById } from '../../domain/study-data/layouts';
import { MappingFields } from './mapping-panel';
import { ProblemList } from './problem-list';
import { DecimalField } from './select-field';
import type { Draft } from './use-workspace';

export interface MappingStepProps {
  draft: Draft;
  onUse: (draft: Draft) => void;
  onCancel: () => void;
}

/**
 * The mapping step for a table whose columns were not all recognised: choose the layout, say which column holds each
 * field, and see the first rows with their problems before anything is saved.
 */
export function MappingStep({ draft, onUse, onCancel }: MappingStepProps) {
  const [mapping, setMapping] = useState(draft.mapping);
  const [layout, setLayout] = useState(draft.layout);
  const [options, setOptions] = useState(draft.options);
  // Read again only when a choice changes, not on every render: a 10,000-row file takes about 60 ms to read.
  const result = useMemo(
    () => importStudies({ text: draft.text, mapping, ...(layout ? { layout } : {}), options }),
    [draft.text, mapping, layout, options],
  );
  const previewLines = new Set(result.preview.map((record) => record.line));
  const previewProblems = result.problems.filter(
    (problem) => previewLines.has(problem.line) || problem.line <= (result.preview[0]?.line ?? 2) - 1,
  );
  const usable = result.rows.length;
  const shownLayout = layout ?? result.layout;
  return (
    <section aria-labelledby="mapping-step-heading" className="border-l-[10px] border-nhs-blue bg-white p-4">
      <h2 id="mapping-step-heading" className="mt-0">
        Match the columns of {draft.source.fileName ?? 'your table'}
      </h2>
      <p>
        Not every column this page needs was recognised by name. Choose the layout of your table, then the column that
        holds each field. Nothing is saved until you use these columns.
      </p>
      <MappingFields
        headers={result.headers}
        mapping={result.mapping}
        layout={result.layout}
        chosenLayout={layout}
        onChange={(nextMapping, nextLayout) => {
          setMapping(nextMapping);
          setLayout(nextLayout);
        }}
      />
      <div className="mt-4">
        <DecimalField value={options.decimal ?? 'point'} onChange={(decimal) => setOptions({ ...options, decimal })} />
        {result.looksLikeDecimalCommas ? (
          <p className="mt-2 border-l-4 border-nhs-warm-yellow bg-[#fff9c4] p-2" data-testid="decimal-comma-hint">
            Some numbers are written with a decimal comma (such as 0,45). If the file uses commas for decimals, choose
            “A comma” above.
          </p>
        ) : null}
      </div>
      <h3>The first rows of the file</h3>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="First rows of the file">
        <table>
          <thead>
            <tr>
              <th scope="col">Line</th>
              {result.headers.map((header, index) => (
                <th scope="col" key={`${header}-${index}`}>
                  {header === '' ? '(blank name)' : header}
                  {Object.entries(result.mapping).some(([, column]) => column === header) ? (
                    <span className="block text-base font-normal">
                      used as{' '}
                      {Object.entries(result.mapping)
                        .filter(([, column]) => column === header)
                        .map(([field]) => field)
                        .join(', ')}
                    </span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.preview.map((record) => (
              <tr key={record.line}>
                <td>{record.line}</td>
                {result.headers.map((header, index) => (
                  <td key={`${header}-${index}`}>{record.cells[index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p data-testid="mapping-summary">
        {shownLayout ? `Layout: ${layoutById(shownLayout).label}. ` : ''}
        {usable > 0
          ? `${usable} of ${result.recordCount} rows can be analysed with these columns.`
          : 'No rows can be analysed with these columns yet.'}
      </p>
      {previewProblems.length > 0 ? (
        <>
          <h3>Problems in these rows</h3>
          <ProblemList problems={previewProblems} />
        </>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-3">
        <button
          type="button"
          disabled={usable === 0}
          onClick={() => onUse({ ...draft, mapping, layout, options })}
          className="border-2 border-nhs-blue bg-nhs-blue px-3 py-1 font-bold text-white disabled:border-nhs-mid-grey disabled:bg-nhs-mid-grey"
        >
          Use these columns
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue"
        >
          Cancel
        </button>
      </div>
    </section>
  );
}
