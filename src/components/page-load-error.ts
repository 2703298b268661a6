import type { ComponentType } from 'react';

/**
 * A page's code could not be downloaded: offline, a filtered network, or files replaced by a new deploy.
 * The route's error page recognises it and offers a retry instead of leaving the content area blank.
 */
export class PageLoadError extends Error {
  readonly detail: string;

  constructor(cause: unknown) {
    super('The page’s code could not be downloaded.', { cause });
    this.name = 'PageLoadError';
    this.detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  }
}

/** The messages browsers and Vite's preloader give when a lazily loaded file cannot be fetched. */
const CHUNK_LOAD_MESSAGE =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload|Failed to fetch|Load failed|NetworkError/i;

export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && CHUNK_LOAD_MESSAGE.test(error.message);
}

const RELOAD_KEY = 'under5s:reloaded-for-new-deploy';
/** A second failure within this time is not a new deploy: show the error page instead of reloading in a loop. */
const RELOAD_GUARD_MS = 60_000;

/** Locked-down browsers may throw on merely reading `sessionStorage`. */
function sessionStorageOrNull(): Storage | null {
  try {
    return globalThis.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * After a new deploy, an open tab asks for files that no longer exist. One full reload fetches the new HTML, which
 * names the new files. Returns true when it has started that reload. It reloads at most once a minute (remembered in
 * sessionStorage), never when the browser says it is offline, and never where storage is blocked.
 */
export function reloadOnceForNewDeploy(
  error: unknown,
  {
    storage = sessionStorageOrNull(),
    online = globalThis.navigator.onLine,
    reload = () => globalThis.location.reload(),
    now = Date.now(),
  }: {
    /** null where the browser blocks storage. */
    storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
    online?: boolean;
    reload?: () => void;
    now?: number;
  } = {},
): boolean {
  if (!isChunkLoadError(error) || !online || !storage) return false;
  try {
    const last = Number(storage.getItem(RELOAD_KEY) ?? 0);
    if (now - last < RELOAD_GUARD_MS) return false;
    storage.setItem(RELOAD_KEY, String(now));
  } catch {
    return false;
  }
  reload();
  return true;
}

/**
 * Loads a page's component for a lazy route. A failed download gives a component that throws a PageLoadError, so the
 * route's own error page shows it (React Router renders nothing for a route whose `lazy` rejected). That page reloads
 * once when it looks like a new deploy (see reloadOnceForNewDeploy): by then the address bar shows the page the person
 * asked for, so the reload lands there.
 */
export async function loadPageComponent(load: () => Promise<ComponentType>): Promise<ComponentType> {
  try {
    return await load();
  } catch (cause) {
    const error = new PageLoadError(cause);
    return function PageThatDidNotLoad(): never {
      throw error;
    };
  }
}
