import { useCallback } from 'react';
import { addToTray, parseTray, removeFromTray, serializeTray } from '../domain/comparison/tray';
import { storedTray, useStoredTray, writeStoredTray } from './comparison-tray-storage';

/** The programmes picked for comparison, in the order picked, with the ways to change the list. */
export function useComparisonTray() {
  const ids = parseTray(useStoredTray());
  const add = useCallback((id: string) => addToTray(parseTray(storedTray()), id), []);
  const write = (next: readonly string[]) => writeStoredTray(serializeTray(next));
  return {
    ids,
    add: (id: string) => {
      const change = add(id);
      if (change.changed) write(change.ids);
      return change;
    },
    remove: (id: string) => {
      const change = removeFromTray(parseTray(storedTray()), id);
      if (change.changed) write(change.ids);
      return change;
    },
    replace: (next: readonly string[]) => {
      if (serializeTray(next) !== storedTray()) write(next);
    },
    clear: () => write([]),
  };
}
