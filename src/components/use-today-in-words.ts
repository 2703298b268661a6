import { useSyncExternalStore } from 'react';
import { todayInWords } from '../domain/date-words';

const neverChanges = () => () => undefined;

/**
 * Today's date in words ("27 November 2026") for "accessed" and "printed" lines. Prerendered HTML is built on another
 * day, so the server and the hydrating render use '' and React fills the date in straight after, without a mismatch.
 */
export function useTodayInWords(): string {
  return useSyncExternalStore(
    neverChanges,
    () => todayInWords(),
    () => '',
  );
}
