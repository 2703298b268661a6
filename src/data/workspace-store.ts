import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { migrateWorkspace, type Workspace } from '../domain/study-data/workspace';

// Saved analysis workspaces, in the browser's IndexedDB (nothing leaves the device). Every read is validated and
// migrated; a stored value that cannot be read is reported, never silently dropped or overwritten.

let store: UseStore | undefined;
function workspaceStore(): UseStore {
  store ??= createStore('under5s-analysis', 'workspaces');
  return store;
}

export interface StoredWorkspaces {
  workspaces: Workspace[];
  /** Stored entries that could not be read, by key, with why. */
  unreadable: { key: string; problems: string[] }[];
}

export async function listWorkspaces(): Promise<StoredWorkspaces> {
  const all = await entries<IDBValidKey, unknown>(workspaceStore());
  const workspaces: Workspace[] = [];
  const unreadable: StoredWorkspaces['unreadable'] = [];
  for (const [key, value] of all) {
    const reading = migrateWorkspace(value);
    if (reading.ok) workspaces.push(reading.workspace);
    else
      unreadable.push({
        key: typeof key === 'string' || typeof key === 'number' ? String(key) : JSON.stringify(key),
        problems: reading.problems,
      });
  }
  workspaces.sort((first, second) => second.savedAt.localeCompare(first.savedAt));
  return { workspaces, unreadable };
}

export async function loadWorkspace(id: string): Promise<Workspace | null> {
  const value = await get<unknown>(id, workspaceStore());
  if (value === undefined) return null;
  const reading = migrateWorkspace(value);
  return reading.ok ? reading.workspace : null;
}

/** Saves a workspace under its id. Only a workspace that passed validation can be given here. */
export async function saveWorkspace(workspace: Workspace): Promise<void> {
  const reading = migrateWorkspace(workspace);
  if (!reading.ok) throw new Error(`saveWorkspace: refusing an invalid workspace: ${reading.problems.join('; ')}`);
  await set(workspace.id, reading.workspace, workspaceStore());
}

export async function deleteWorkspace(id: string): Promise<void> {
  await del(id, workspaceStore());
}
