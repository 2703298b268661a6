import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { evidenceQueryOptions } from '../data/evidence-query';
import { MAX_PROGRAMMES, MIN_COMPARED, programmeComparisonPath } from '../domain/comparison/selection';
import { useComparisonTray } from './comparison-tray-store';

/** "Add to comparison" on a programme card or page; says what happened in words, not colour alone. */
export function AddToComparisonButton({ programmeId, programmeName }: { programmeId: string; programmeName: string }) {
  const tray = useComparisonTray();
  const [message, setMessage] = useState('');
  const added = tray.ids.includes(programmeId);
  const full = !added && tray.ids.length >= MAX_PROGRAMMES;
  return (
    <div className="no-print mt-2">
      <button
        type="button"
        aria-pressed={added}
        aria-label={`${added ? 'Added to comparison' : 'Add to comparison'}: ${programmeName}`}
        className={`border-2 border-nhs-blue px-3 py-1 text-base font-bold ${added ? 'bg-nhs-blue text-white' : 'bg-white text-nhs-blue'}`}
        onClick={() => {
          if (added) {
            tray.remove(programmeId);
            setMessage(`${programmeName} removed from the comparison.`);
            return;
          }
          const change = tray.add(programmeId);
          setMessage(
            change.changed
              ? `${programmeName} added: ${change.ids.length} of ${MAX_PROGRAMMES} chosen.`
              : `You can compare up to ${MAX_PROGRAMMES} programmes. Remove one from the comparison first.`,
          );
        }}
      >
        {added ? 'Added to comparison' : 'Add to comparison'}
      </button>
      {full ? (
        <span className="ml-2 text-base text-nhs-dark-grey">The comparison is full ({MAX_PROGRAMMES}).</span>
      ) : null}
      {/* A polite live region, not role="status": a catalogue page has one per card and one status for its count. */}
      <span aria-live="polite" className="sr-only">
        {message}
      </span>
    </div>
  );
}

function TrayContents({ ids }: { ids: string[] }) {
  // Not suspending: the tray sits outside the pages' error boundaries, so it waits quietly for the dataset.
  const { data: dataset } = useQuery(evidenceQueryOptions);
  const tray = useComparisonTray();
  const location = useLocation();
  if (!dataset) return null;
  const programmes = ids.flatMap((id) => {
    const programme = dataset.programmes.find((candidate) => candidate.id === id);
    return programme ? [programme] : [];
  });
  if (programmes.length === 0) return null;
  const href = programmeComparisonPath(programmes.map((programme) => programme.id));
  const onComparison = `${location.pathname}${location.search}` === href;
  return (
    <aside aria-label="Programmes to compare" className="no-print border-b-4 border-nhs-warm-yellow bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-base">
        <h2 className="m-0 text-lg">
          Comparing {programmes.length} of up to {MAX_PROGRAMMES}
        </h2>
        <ul className="m-0 flex flex-wrap gap-2">
          {programmes.map((programme) => (
            <li key={programme.id} className="flex items-center gap-1 bg-nhs-pale-grey px-2">
              <span>{programme.name}</span>
              <button
                type="button"
                className="px-1 font-bold text-nhs-blue underline"
                onClick={() => tray.remove(programme.id)}
              >
                Remove<span className="sr-only"> {programme.name} from the comparison</span>
              </button>
            </li>
          ))}
        </ul>
        {programmes.length >= MIN_COMPARED ? (
          onComparison ? (
            <span className="font-bold">Shown below</span>
          ) : (
            <Link to={href} className="font-bold">
              Compare {programmes.length} programmes
            </Link>
          )
        ) : (
          <span className="text-nhs-dark-grey">Add at least one more programme to compare.</span>
        )}
        <button type="button" className="font-bold text-nhs-blue underline" onClick={() => tray.clear()}>
          Clear the comparison
        </button>
      </div>
    </aside>
  );
}

/** The visible tray, on every page while it holds a programme (its code loads only then: see app-layout). */
export function ComparisonTray() {
  const { ids } = useComparisonTray();
  if (ids.length === 0) return null;
  return <TrayContents ids={ids} />;
}
