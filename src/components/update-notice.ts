import { useSyncExternalStore } from 'react';

/** What the page should tell the reader: a new version of the site, or a newer dataset, is ready after a reload. */
export type UpdateNotice =
  | { kind: 'app' }
  | { kind: 'dataset'; datasetDate: string | null; datasetVersion?: string | null; whatChanged?: string | null }
  | null;

let notice: UpdateNotice = null;
let applyUpdate: () => void = () => window.location.reload();
const listeners = new Set<() => void>();

export function announceUpdate(next: UpdateNotice, apply?: () => void): void {
  notice = next;
  if (apply) applyUpdate = apply;
  listeners.forEach((listener) => listener());
}

export function reloadForUpdate(): void {
  applyUpdate();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The current notice; null on the server and while hydrating, so the prerendered markup matches. */
export function useUpdateNotice(): UpdateNotice {
  return useSyncExternalStore(
    subscribe,
    () => notice,
    () => null,
  );
}

/** The service worker could not reach the site when it checked the dataset: the page shows the saved copy. */
let unreachable = false;

/**
 * What the service worker found when it checked the published dataset. A browser on a network without a way out (or
 * whose site is down) still says it is online; the worker's failed check tells the truth.
 */
export function reportSiteReachable(reachable: boolean): void {
  unreachable = !reachable;
  listeners.forEach((listener) => listener());
}

const subscribeOnline = (listener: () => void) => {
  // Back online: the worker's last failed check no longer counts.
  const online = () => {
    unreachable = false;
    listener();
  };
  const unsubscribe = subscribe(listener);
  window.addEventListener('online', online);
  window.addEventListener('offline', listener);
  return () => {
    unsubscribe();
    window.removeEventListener('online', online);
    window.removeEventListener('offline', listener);
  };
};

/** False when the browser says it is offline or the site could not be reached; true on the server and while hydrating. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine && !unreachable,
    () => true,
  );
}
