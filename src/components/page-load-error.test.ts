import { describe, expect, it, vi } from 'vitest';
import { PageLoadError, isChunkLoadError, loadPageComponent, reloadOnceForNewDeploy } from './page-load-error';

const chunkError = new TypeError(
  'Failed to fetch dynamically imported module: http://127.0.0.1/assets/about-page-abc.js',
);

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

describe('isChunkLoadError', () => {
  it('recognises the messages of Chromium, Firefox, Safari and Vite’s preloader', () => {
    expect(isChunkLoadError(chunkError)).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('Unable to preload CSS for /assets/x.css'))).toBe(true);
  });

  it('leaves other errors alone', () => {
    expect(isChunkLoadError(new TypeError('x is not a function'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });
});

describe('reloadOnceForNewDeploy', () => {
  it('reloads once for a chunk error, then not again within a minute, so it cannot loop', () => {
    const storage = memoryStorage();
    const reload = vi.fn();
    expect(reloadOnceForNewDeploy(chunkError, { storage, online: true, reload, now: 1_000_000 })).toBe(true);
    expect(reloadOnceForNewDeploy(chunkError, { storage, online: true, reload, now: 1_030_000 })).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(reloadOnceForNewDeploy(chunkError, { storage, online: true, reload, now: 1_100_000 })).toBe(true);
  });

  it('does not reload when offline, when storage is blocked, or for other errors', () => {
    const reload = vi.fn();
    expect(reloadOnceForNewDeploy(chunkError, { storage: memoryStorage(), online: false, reload })).toBe(false);
    expect(reloadOnceForNewDeploy(chunkError, { storage: null, online: true, reload })).toBe(false);
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => undefined,
    };
    expect(reloadOnceForNewDeploy(chunkError, { storage: throwing, online: true, reload })).toBe(false);
    expect(reloadOnceForNewDeploy(new Error('boom'), { storage: memoryStorage(), online: true, reload })).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('loadPageComponent', () => {
  it('passes a loaded component through', async () => {
    const Page = () => null;
    await expect(loadPageComponent(() => Promise.resolve(Page))).resolves.toBe(Page);
  });

  it('turns a failed download into a component that throws a PageLoadError keeping the browser’s words', async () => {
    const Failed = await loadPageComponent(() => Promise.reject(chunkError));
    let thrown: unknown;
    try {
      (Failed as () => unknown)();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PageLoadError);
    expect((thrown as PageLoadError).detail).toMatch(/Failed to fetch dynamically imported module/);
    expect((thrown as PageLoadError).cause).toBe(chunkError);
  });
});
