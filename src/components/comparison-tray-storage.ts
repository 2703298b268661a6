import { useSyncExternalStore } from 'react';

// The comparison tray keeps the programmes picked for comparison in sessionStorage, so it survives moving between
// pages in this tab and is forgotten when the tab closes. The comparison page itself reads only its URL, so a shared
// or reloaded comparison link shows the same view in any browser. This file only stores the text; the rules for what
// it holds are in domain/comparison/tray.ts, read by comparison-tray-store.ts.

const STORAGE_KEY = 'under5s-comparison-tray';
const EMPTY = '[]';
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

export function writeStoredTray(value: string): void {
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

export const storedTray = (): string => readStored() ?? EMPTY;

/** The stored tray as text: '[]' on the server and while hydrating, so the prerendered markup matches. */
export function useStoredTray(): string {
  return useSyncExternalStore(subscribe, storedTray, () => EMPTY);
}

/** True when nothing has been picked: the site-wide tray then shows nothing and its code is not downloaded. */
export function useTrayIsEmpty(): boolean {
  return useStoredTray() === EMPTY;
}
