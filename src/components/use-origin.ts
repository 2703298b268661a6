import { useSyncExternalStore } from 'react';

const neverChanges = () => () => undefined;

/**
 * The site's origin (e.g. https://example.nhs.uk), for full links to share. Prerendered HTML is built without one, so
 * the server and the hydrating render use '' and React fills the origin in straight after, without a mismatch.
 */
export function useOrigin(): string {
  return useSyncExternalStore(
    neverChanges,
    () => window.location.origin,
    () => '',
  );
}
