import type { StoredWorkspaces } from '../../data/workspace-store';
import type { Workspace } from '../../domain/study-data/workspace';

export interface SavedWorkspacesPanelProps {
  stored: StoredWorkspaces;
  currentId: string | undefined;
  onOpen: (workspace: Workspace) => void;
  onDelete: (key: string) => void;
}

/** What a stored record that could not be read means for the reader, in a plain sentence. */
export function unreadableMessage(problems: readonly string[]): string {
  if (problems.some((problem) => problem.includes('newer version of the app')))
    return 'A saved workspace was made by a newer version of this page. Reload the page to update it, or delete it.';
  if (problems.some((problem) => problem.includes('does not allow saving'))) return problems.join(' ');
  return 'A saved workspace could not be read: it may be damaged or from an old test version of this page. You can delete it.';
}

/** The workspaces saved in this browser, each with Open and Delete; unreadable records can be deleted too. */
export function SavedWorkspacesPanel({ stored, currentId, onOpen, onDelete }: SavedWorkspacesPanelProps) {
  if (stored.workspaces.length === 0 && stored.unreadable.length === 0) return null;
  return (
    <section aria-labelledby="saved-heading" className="bg-white p-4">
      <h2 id="saved-heading" className="mt-0">
        Saved in this browser
      </h2>
      <ul className="space-y-2">
        {stored.workspaces.map((saved) => (
          <li key={saved.id} className="flex flex-wrap items-center gap-3">
            <span className={`break-words [overflow-wrap:anywhere] ${saved.id === currentId ? 'font-bold' : ''}`}>
              {saved.name}{' '}
              <span className="text-base text-nhs-dark-grey">
                (saved {new Date(saved.savedAt).toLocaleString('en-GB')})
              </span>
            </span>
            {saved.id === currentId ? (
              <span className="text-base">open now</span>
            ) : (
              <button
                type="button"
                onClick={() => onOpen(saved)}
                className="border border-nhs-blue bg-white px-2 text-base text-nhs-blue"
              >
                Open<span className="sr-only"> {saved.name}</span>
              </button>
            )}
            <button
              type="button"
              onClick={() => {
                if (window.confirm(`Delete “${saved.name}” from this browser?`)) onDelete(saved.id);
              }}
              className="border border-nhs-red bg-white px-2 text-base text-nhs-red"
            >
              Delete<span className="sr-only"> {saved.name}</span>
            </button>
          </li>
        ))}
      </ul>
      {stored.unreadable.map((entry, index) => (
        <p key={entry.key} className="flex flex-wrap items-center gap-3">
          <span>{unreadableMessage(entry.problems)}</span>
          {entry.key === 'storage' ? null : (
            <button
              type="button"
              onClick={() => {
                if (window.confirm('Delete this unreadable saved workspace from this browser?')) onDelete(entry.key);
              }}
              className="border border-nhs-red bg-white px-2 text-base text-nhs-red"
            >
              Delete <span className="sr-only">unreadable saved workspace {index + 1}</span>
            </button>
          )}
        </p>
      ))}
    </section>
  );
}
