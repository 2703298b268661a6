import type { SaveConflict } from './use-workspace';

/** Another tab changed or deleted the open workspace: say so, and let the reader choose, instead of overwriting. */
export function ConflictNotice({
  conflict,
  onChoose,
}: {
  conflict: SaveConflict;
  onChoose: (choice: 'keep-mine' | 'load-theirs') => void;
}) {
  const when = conflict.theirsSavedAt ? new Date(conflict.theirsSavedAt).toLocaleString('en-GB') : '';
  return (
    <div role="alert" className="my-4 border-4 border-nhs-warm-yellow bg-white p-4" data-testid="save-conflict">
      <h2 className="mt-0">
        {conflict.kind === 'changed'
          ? `“${conflict.pending.name}” was changed in another tab`
          : `“${conflict.pending.name}” was deleted in another tab`}
      </h2>
      <p>
        {conflict.kind === 'changed'
          ? `Another tab saved this workspace at ${when}. Your latest change here is not saved yet.`
          : 'Another tab deleted this workspace. Your latest change here is not saved yet.'}
      </p>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => onChoose('keep-mine')}
          className="border-2 border-nhs-blue bg-nhs-blue px-3 py-1 font-bold text-white"
        >
          {conflict.kind === 'changed' ? 'Keep this tab’s version' : 'Save it again'}
        </button>
        <button
          type="button"
          onClick={() => onChoose('load-theirs')}
          className="border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue"
        >
          {conflict.kind === 'changed' ? 'Load the other tab’s version' : 'Close it here too'}
        </button>
      </div>
    </div>
  );
}
