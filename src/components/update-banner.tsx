import { useQueryClient } from '@tanstack/react-query';
import { evidenceQueryOptions } from '../data/evidence-query';
import { formatDatasetDate } from '../domain/date-words';
import { reloadForUpdate, useOnline, useUpdateNotice } from './update-notice';

/**
 * A polite banner under the header: a new version of the site or a newer dataset is ready (with a Reload button), or
 * the reader is offline and sees the dataset as of its date. It never swaps content under the reader's eyes.
 */
export function UpdateBanner() {
  const notice = useUpdateNotice();
  const online = useOnline();
  const queryClient = useQueryClient();
  const dataset = queryClient.getQueryData(evidenceQueryOptions.queryKey);

  let message: string | null = null;
  if (notice?.kind === 'app') message = 'A new version of this site is ready.';
  else if (notice?.kind === 'dataset')
    message = `A newer version of the evidence has been published${notice.datasetVersion ? ` (version ${notice.datasetVersion})` : ''}${notice.datasetDate ? `, dated ${formatDatasetDate(notice.datasetDate)}` : ''}.${notice.whatChanged ? ` What changed: ${notice.whatChanged}` : ''}`;

  return (
    // Always in the page, so a screen reader announces a message when one appears; never printed.
    <div role="status" className="mx-auto w-full max-w-5xl px-4 print:hidden">
      {message ? (
        <p className="mt-4 mb-0 flex flex-wrap items-center gap-4 border-l-4 border-nhs-blue bg-white p-4">
          <span>{message}</span>
          <button
            type="button"
            onClick={reloadForUpdate}
            className="border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue"
          >
            Reload to see it
          </button>
        </p>
      ) : !online ? (
        <p className="mt-4 mb-0 border-l-4 border-nhs-warm-yellow bg-white p-4">
          You are offline. You are reading the evidence saved on this device
          {dataset
            ? `: dataset version ${dataset.datasetVersion}, dated ${formatDatasetDate(dataset.datasetDate)}`
            : ''}
          .
        </p>
      ) : null}
    </div>
  );
}
