import { useCallback, useSyncExternalStore } from 'react';
import { addToTray, parseTray, removeFromTray, serializeTray } from '../domain/comparison/tray';

// The comparison tray keeps the programmes picked for comparison in sessionStorage, so it survives moving between
// pages in this tab and is forgotten when the tab closes. The comparison page itself reads only its URL, so a shared
// or reloaded comparison link shows the same view in any browser.

const STORAGE_KEY = 'under5s-comparison-tray';
const listeners = new Set<() => void>();
let memoryFallback: string | null = null;

function readStored(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked on locked-down machines; the tray then lasts until the page reloads.
    return memoryFallback;
  }
}

function writeStored(ids: readonly string[]): void {
  const value = serializeTray(ids);
  memoryFallback = value;
  try {
    window.sessionStorage.setItem(STORAGE_KEY, value);
  } catch {
    // Kept in memory only: see readStored.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getSnapshot = () => readStored() ?? '[]';

export function useComparisonTray() {
  const stored = useSyncExternalStore(subscribe, getSnapshot, () => '[]');
  const ids = parseTray(stored);
  const add = useCallback((id: string) => addToTray(parseTray(getSnapshot()), id), []);
  return {
    ids,
    add: (id: string) => {
      const change = add(id);
      if (change.changed) writeStored(change.ids);
      return change;
    },
    remove: (id: string) => {
      const change = removeFromTray(parseTray(getSnapshot()), id);
      if (change.changed) writeStored(change.ids);
      return change;
    },
    replace: (next: readonly string[]) => {
      if (serializeTray(next) !== getSnapshot()) writeStored(next);
    },
    clear: () => writeStored([]),
  };
}
