import { useId } from 'react';
import type { StudyImport } from '../../domain/study-data/import-studies';
import type { Workspace } from '../../domain/study-data/workspace';
import { downloadText, fileNameFor } from './download';

/** The open workspace's name, how many rows are analysed, and its download. */
export function WorkspacePanel({
  workspace,
  imported,
  onRename,
}: {
  workspace: Workspace;
  imported: StudyImport;
  onRename: (name: string) => void;
}) {
  const nameId = useId();
  const rowProblems = imported.problems;
  return (
    <section aria-labelledby="workspace-heading" className="bg-white p-4">
      <h2 id="workspace-heading" className="mt-0 break-words [overflow-wrap:anywhere]">
        Workspace: {workspace.name}
      </h2>
      <label htmlFor={nameId} className="block font-bold">
        Name
      </label>
      <input
        id={nameId}
        defaultValue={workspace.name}
        key={workspace.id}
        onBlur={(event) => {
          const name = event.target.value.trim();
          if (name !== '' && name !== workspace.name) onRename(name);
        }}
        className="mt-1 w-full max-w-md border-2 border-nhs-black p-1"
      />
      <p className="mt-2" data-testid="row-count">
        {imported.rows.length} of {imported.recordCount} rows analysed
        {rowProblems.length > 0
          ? `; ${new Set(rowProblems.map((problem) => problem.line)).size} could not be used (listed below)`
          : ''}
        .
      </p>
      <button
        type="button"
        onClick={() =>
          downloadText(
            fileNameFor(workspace.name, 'workspace.json'),
            `${JSON.stringify(workspace, null, 2)}\n`,
            'application/json',
          )
        }
        className="border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue"
      >
        Download this workspace (to open again later or elsewhere)
      </button>
    </section>
  );
}
