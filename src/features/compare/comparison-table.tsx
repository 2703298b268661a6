import type { ComparisonCell, ComparisonItem, ComparisonTable } from '../../domain/comparison/comparison-model';
import { CitedSourceAnchor } from '../../components/cited-source-anchor';
import { citedSourceLink } from '../../domain/evidence/source-hosts';
import type { EvidenceDataset } from '../../domain/evidence/evidence-schema';
import { findSource, sourceDisplayName } from '../../domain/evidence/lookup';
import { Link } from 'react-router';

/** The site and the start of the path, so a printed comparison names each source's address and still fits a page. */
function shortAddress(url: string): string {
  const parsed = new URL(url);
  const path = parsed.pathname.length > 20 ? `${parsed.pathname.slice(0, 19)}…` : parsed.pathname;
  return `${parsed.hostname.replace(/^www\./, '')}${path === '/' ? '' : path}`;
}

function SourceLinks({ dataset, item, column }: { dataset: EvidenceDataset; item: ComparisonItem; column: string }) {
  if (item.sources.length === 0) return null;
  return (
    <>
      {item.sources.map((reference, index) => {
        const source = findSource(dataset, reference.sourceId);
        if (!source?.url) return null;
        return (
          <span key={`${reference.sourceId}-${index}`} className="source-group">
            {' '}
            <CitedSourceAnchor
              dataset={dataset}
              source={source}
              className="source-ref whitespace-nowrap text-sm"
              ariaLabel={`Source for ${item.label ?? 'this fact'} (${column}): ${sourceDisplayName(source)}`}
              title={reference.locator ?? undefined}
            >
              [source]
            </CitedSourceAnchor>
            <span className="print-only-inline text-[0.9em]">
              ({shortAddress(citedSourceLink(dataset, source)?.href ?? source.url)})
            </span>
          </span>
        );
      })}
    </>
  );
}

function CellView({ dataset, entry, column }: { dataset: EvidenceDataset; entry: ComparisonCell; column: string }) {
  if (entry.missing !== null) {
    return <p className="m-0 text-nhs-dark-grey italic">{entry.missing}</p>;
  }
  return (
    <ul className="m-0 list-none space-y-2 p-0">
      {entry.items.map((item, index) => (
        <li key={index}>
          {item.label ? <strong>{item.label}: </strong> : null}
          {item.text}
          <SourceLinks dataset={dataset} item={item} column={column} />
          {item.caveat ? (
            <span className="block text-sm">
              <strong>Caution:</strong> {item.caveat}
            </span>
          ) : null}
          {item.note ? <span className="block text-sm text-nhs-dark-grey">{item.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** The comparison as a table: one column per programme or type, rows that differ highlighted and labelled. */
export function ComparisonTableView({
  dataset,
  table,
  caption,
}: {
  dataset: EvidenceDataset;
  table: ComparisonTable;
  caption: string;
}) {
  const differing = table.rows.filter((row) => row.differs).length;
  return (
    <>
      <p className="print-detail">
        <span className="mr-1 inline-block border-l-[6px] border-nhs-warm-yellow bg-[#fff9c4] px-2 font-bold">
          Differs
        </span>{' '}
        marks the {differing} of {table.rows.length} rows where the{' '}
        {table.kind === 'programmes' ? 'programmes' : 'types'} differ.
      </p>
      <p className="print-only text-sm">
        Printed view: every fact, each with its source’s site; the header row repeats on each page. Full source
        addresses are in the app (address at the foot) and its CSV export. “Not in our sources” means our sources did
        not report it.
      </p>
      <p className="scroll-hint no-print text-base lg:hidden">
        This table is wider than your screen. Scroll it sideways to see every programme; the programme names stay at the
        top while you scroll down inside it.
      </p>
      {/* On a wide screen the table is in the page's own scroll, so its header row sticks to the top of the window. A
          narrow screen scrolls the table in its own box, both ways, with the header row and row names held in view. */}
      <div
        className="comparison-scroll relative max-h-[85vh] overflow-auto lg:max-h-none lg:overflow-visible"
        tabIndex={0}
        role="region"
        aria-label={caption}
      >
        <table className="comparison-table min-w-[44rem] table-fixed text-base">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="sticky top-0 left-0 z-20 w-[8rem] bg-nhs-pale-grey sm:w-[11rem]">
                <span className="sr-only">Row</span>
              </th>
              {table.columns.map((column) => (
                <th
                  key={column.id}
                  scope="col"
                  className="sticky top-0 z-10 border-b-2 border-nhs-blue bg-nhs-pale-grey pt-2"
                >
                  <Link to={column.path}>{column.name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr
                key={row.id}
                data-row={row.id}
                data-differs={row.differs}
                data-our-coding={row.ourCoding}
                className={row.differs ? 'row-differs' : undefined}
              >
                <th
                  scope="row"
                  className={`sticky left-0 z-[5] bg-nhs-pale-grey lg:static ${row.differs ? 'border-l-[6px] border-nhs-warm-yellow pl-2' : 'pl-2'}`}
                >
                  {row.label}
                  {row.differs ? (
                    <span className="row-mark block text-sm font-bold">Differs</span>
                  ) : (
                    <span className="row-mark block text-sm font-normal">Same</span>
                  )}
                  {row.basis ? (
                    <span className="print-detail block text-sm font-normal text-nhs-dark-grey">{row.basis}</span>
                  ) : null}
                </th>
                {row.cells.map((entry, index) => (
                  <td key={table.columns[index]?.id ?? index}>
                    <CellView dataset={dataset} entry={entry} column={table.columns[index]?.name ?? ''} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
