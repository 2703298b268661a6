import { Suspense, lazy } from 'react';
import { useOnline, useUpdateNotice } from './update-notice';

// The message's code loads only when there is something to say. A first visit never has (no new version can be
// waiting, and the site cannot be offline yet); later visits get it from the service worker's cache, offline too.
const UpdateMessage = lazy(async () => ({ default: (await import('./update-message')).UpdateMessage }));

/**
 * A polite banner under the header: a new version of the site or a newer dataset is ready (with a Reload button), or
 * the reader is offline and sees the dataset as of its date. It never swaps content under the reader's eyes.
 */
export function UpdateBanner() {
  const notice = useUpdateNotice();
  const online = useOnline();
  return (
    // Always in the page, so a screen reader announces a message when one appears; never printed.
    <div role="status" className="mx-auto w-full max-w-5xl px-4 print:hidden">
      {notice !== null || !online ? (
        <Suspense fallback={null}>
          <UpdateMessage notice={notice} online={online} />
        </Suspense>
      ) : null}
    </div>
  );
}
