import { useQueryClient } from '@tanstack/react-query';
import { evidenceQueryOptions } from '../data/evidence-query';
import { formatDatasetDate } from './format-dataset-date';
import { reloadForUpdate, type UpdateNotice } from './update-notice';

/** What the update banner says: a new version or dataset is ready, or the reader is offline with the dataset's date. */
export function UpdateMessage({ notice, online }: { notice: UpdateNotice; online: boolean }) {
  const queryClient = useQueryClient();
  const dataset = queryClient.getQueryData(evidenceQueryOptions.queryKey);

  let message: string | null = null;
  if (notice?.kind === 'app') message = 'A new version of this site is ready.';
  else if (notice?.kind === 'dataset')
    message = `A newer version of the evidence has been published${notice.datasetDate ? ` (dated ${formatDatasetDate(notice.datasetDate)})` : ''}.`;

  if (message)
    return (
      <p className="mt-4 mb-0 flex flex-wrap items-center gap-4 border-l-4 border-nhs-blue bg-white p-4">
        <span>{message}</span>
        <button type="button" onClick={reloadForUpdate} className="border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue">
          Reload to see it
        </button>
      </p>
    );
  if (!online)
    return (
      <p className="mt-4 mb-0 border-l-4 border-nhs-warm-yellow bg-white p-4">
        You are offline. You are reading the evidence saved on this device
        {dataset ? `: dataset version ${dataset.datasetVersion}, dated ${formatDatasetDate(dataset.datasetDate)}` : ''}.
      </p>
    );
  return null;
}
