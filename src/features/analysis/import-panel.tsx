import { useId, useState, type DragEvent } from 'react';
import { LAYOUTS } from '../../domain/study-data/layouts';
import { checkFileSize, decodeTableBytes } from '../../domain/study-data/decode-file';
import { templateCsv } from '../../domain/study-data/results-export';
import { downloadText } from './download';

export interface ImportPanelProps {
  onText: (text: string, source: { kind: 'file' | 'paste'; fileName?: string }) => void;
  onWorkspaceFile: (text: string, fileName: string) => void;
  onExample: () => void;
  /** A file refused before it was read (too large). */
  onRefused: (fileName: string, reason: string) => void;
  busy: boolean;
}

/** File, drag-and-drop, paste, the example or a template. Reading a file happens in the browser; nothing is uploaded. */
export function ImportPanel({ onText, onWorkspaceFile, onExample, onRefused, busy }: ImportPanelProps) {
  const [pasted, setPasted] = useState('');
  const [notice, setNotice] = useState('');
  const [dragging, setDragging] = useState(false);
  const fileId = useId();
  const pasteId = useId();

  const readFile = async (file: File) => {
    setNotice('');
    // The size is known before reading: a file over the limit is refused without being read.
    const size = checkFileSize(file.size);
    if (!size.ok) {
      onRefused(file.name, size.reason);
      return;
    }
    const decoded = decodeTableBytes(new Uint8Array(await file.arrayBuffer()));
    if (decoded.warning) setNotice(decoded.warning);
    if (file.name.toLowerCase().endsWith('.json')) onWorkspaceFile(decoded.text, file.name);
    else onText(decoded.text, { kind: 'file', fileName: file.name });
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  };

  return (
    <section aria-labelledby="import-heading" className="bg-white p-4">
      <h2 id="import-heading" className="mt-0">
        Bring your studies
      </h2>
      <p>
        A table with one row per study, as CSV. Column names as in R’s metafor: <code>yi</code> and <code>vi</code>;{' '}
        <code>yi</code> and <code>sei</code>; <code>yi</code>, <code>ci_lower</code> and <code>ci_upper</code>; means,
        SDs and sizes per arm (<code>m1i sd1i n1i m2i sd2i n2i</code>); counts per arm (<code>ai bi ci di</code> or{' '}
        <code>ai n1i ci n2i</code>); or an SMD with sizes per arm (<code>yi n1i n2i</code>). Optional:{' '}
        <code>study</code>, <code>year</code>, <code>group</code>, <code>outcome</code>. Other names can be matched by
        hand after import.
      </p>
      <p className="font-bold">Your file is read in this browser. Nothing is uploaded.</p>
      {/* Dropping a file is a pointer shortcut; the file input inside is the keyboard and screen-reader route. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`my-4 border-2 border-dashed p-4 ${dragging ? 'border-nhs-blue bg-nhs-grey-5' : 'border-nhs-mid-grey'}`}
      >
        <label htmlFor={fileId} className="block font-bold">
          Choose a CSV file, or a saved workspace file (.json)
        </label>
        <p className="my-1 text-base text-nhs-dark-grey">Or drop a file here.</p>
        <input
          id={fileId}
          type="file"
          accept=".csv,.tsv,.txt,.json,text/csv,text/plain,application/json"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void readFile(file);
            event.target.value = '';
          }}
          className="mt-2 block max-w-full text-base"
        />
        {notice ? (
          <p className="mt-2 mb-0 border-l-4 border-nhs-warm-yellow bg-[#fff9c4] p-2" data-testid="encoding-warning">
            {notice}
          </p>
        ) : null}
      </div>
      <label htmlFor={pasteId} className="block font-bold">
        Or paste a table (with its header row)
      </label>
      <textarea
        id={pasteId}
        value={pasted}
        onChange={(event) => setPasted(event.target.value)}
        rows={5}
        className="mt-1 block w-full border-2 border-nhs-black p-2 font-mono text-base"
      />
      <div className="mt-3 flex flex-wrap gap-3">
        <button
          type="button"
          disabled={busy || pasted.trim() === ''}
          onClick={() => onText(pasted, { kind: 'paste' })}
          className="bg-nhs-green px-4 py-2 font-bold text-white disabled:bg-nhs-mid-grey"
        >
          Analyse the pasted table
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={onExample}
          className="border-2 border-nhs-blue bg-white px-4 py-2 font-bold text-nhs-blue"
        >
          Open the example (another review’s data)
        </button>
      </div>
      <details className="mt-4">
        <summary className="cursor-pointer font-bold">Download an empty template</summary>
        <ul className="mt-2">
          {LAYOUTS.map((layout) => (
            <li key={layout.id}>
              <button
                type="button"
                onClick={() => downloadText(`template-${layout.id}.csv`, templateCsv(layout.id), 'text/csv')}
                className="text-left text-nhs-blue underline"
              >
                {layout.label}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
