import { useState } from 'react';
import { useOrigin } from './use-origin';
import { useTodayInWords } from './use-today-in-words';
import { useLocation } from 'react-router';
import { pageCitation, plainReference, toBibtex, toRis, type Reference } from '../domain/export/citations';
import { todayIso } from '../domain/date-words';
import { downloadText } from './download';

const BUTTON = 'border-2 border-nhs-blue bg-white px-3 py-1 text-base font-bold text-nhs-blue';

/** Copy a plain citation, or download RIS and BibTeX for a reference manager. */
export function CitationTools({
  references,
  filename,
  label,
}: {
  references: Reference[];
  filename: string;
  label: string;
}) {
  const [message, setMessage] = useState('');
  const plain = references.map(plainReference).join('\n');
  return (
    <div className="no-print my-3 flex flex-wrap items-center gap-3">
      <button
        type="button"
        className={BUTTON}
        onClick={() => {
          void navigator.clipboard
            .writeText(plain)
            .then(() => setMessage('Citation copied.'))
            .catch(() =>
              setMessage('Your browser did not allow copying. Select the citation text and copy it instead.'),
            );
        }}
      >
        Copy citation<span className="sr-only"> of {label}</span>
      </button>
      <button
        type="button"
        className={BUTTON}
        onClick={() =>
          downloadText(`${filename}.ris`, toRis(references, todayIso()), 'application/x-research-info-systems')
        }
      >
        Download RIS<span className="sr-only"> for {label}</span>
      </button>
      <button
        type="button"
        className={BUTTON}
        onClick={() => downloadText(`${filename}.bib`, toBibtex(references, todayIso()), 'application/x-bibtex')}
      >
        Download BibTeX<span className="sr-only"> for {label}</span>
      </button>
      <span role="status" className="text-base">
        {message}
      </span>
    </div>
  );
}

/** "How to cite this page", with the dataset version and the date accessed. */
export function HowToCiteThisPage({
  pageTitle,
  datasetVersion,
  datasetDate,
}: {
  pageTitle: string;
  datasetVersion: string;
  datasetDate: string;
}) {
  const location = useLocation();
  const url = `${useOrigin()}${location.pathname}${location.search}`;
  const accessed = useTodayInWords();
  return (
    <section aria-labelledby="cite-this-page" className="my-4 bg-white p-4">
      <h2 id="cite-this-page" className="mt-0 text-xl">
        How to cite this page
      </h2>
      <p className="mb-0 text-base [overflow-wrap:anywhere]">
        {pageCitation({ pageTitle, url, datasetVersion, datasetDate, accessed })}
      </p>
    </section>
  );
}
