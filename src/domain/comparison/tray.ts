import { MAX_PROGRAMMES } from './comparison-limits';

// The comparison tray: the programmes a person has picked to compare, in the order picked. Pure rules; the browser
// keeps the list in sessionStorage (so it survives moving between pages in the tab), and the comparison page itself
// reads only its URL.

export type TrayChange =
  { ids: string[]; changed: true } | { ids: string[]; changed: false; reason: 'already-added' | 'full' | 'not-there' };

export function addToTray(ids: readonly string[], id: string): TrayChange {
  if (ids.includes(id)) return { ids: [...ids], changed: false, reason: 'already-added' };
  if (ids.length >= MAX_PROGRAMMES) return { ids: [...ids], changed: false, reason: 'full' };
  return { ids: [...ids, id], changed: true };
}

export function removeFromTray(ids: readonly string[], id: string): TrayChange {
  if (!ids.includes(id)) return { ids: [...ids], changed: false, reason: 'not-there' };
  return { ids: ids.filter((candidate) => candidate !== id), changed: true };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads a stored tray; anything malformed gives an empty tray rather than an error. */
export function parseTray(stored: string | null): string[] {
  if (stored === null) return [];
  try {
    const value: unknown = JSON.parse(stored);
    if (!Array.isArray(value)) return [];
    const ids = value.filter((item): item is string => typeof item === 'string' && SLUG.test(item));
    return [...new Set(ids)].slice(0, MAX_PROGRAMMES);
  } catch {
    return [];
  }
}

export const serializeTray = (ids: readonly string[]): string => JSON.stringify(ids);
