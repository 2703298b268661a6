import { use, type ComponentType } from 'react';
import { loadPageComponent } from '../components/page-load-error';

export interface LazyPage {
  /** Downloads the page's code (once) and gives its component. */
  load: () => Promise<ComponentType>;
  /** Renders the page, suspending on the first visit while its code downloads. */
  Page: ComponentType;
  /** Starts (or joins) the download of the page's code; resolves once Page renders without suspending. */
  preload: () => Promise<void>;
  /** True once the code is in, so the page renders at once. */
  isLoaded: () => boolean;
}

/** A promise React's `use` reads at once when it is marked fulfilled, instead of suspending for a tick. */
type TrackedPromise<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

/**
 * A page whose code downloads when it is first needed. Start-up preloads the code of the page being opened before it
 * hydrates the prerendered HTML, and the router keeps the current page on screen until the next page's code is in
 * (routes.tsx), so a page is normally drawn at once. A download that fails gives a page that throws a PageLoadError,
 * which the route's error boundary shows with a retry.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let pending: TrackedPromise<ComponentType> | undefined;
  const download = (): TrackedPromise<ComponentType> => {
    if (!pending) {
      const started: TrackedPromise<ComponentType> = loadPageComponent(load);
      void started.then((component) => {
        started.status = 'fulfilled';
        started.value = component;
      });
      pending = started;
    }
    return pending;
  };
  // Always the same element type under Page, loaded or not, so a re-render never remounts the page.
  function Page() {
    const Component = use<ComponentType>(download() as Promise<ComponentType>);
    return <Component />;
  }
  return {
    load: download,
    Page,
    preload: async () => {
      await download();
    },
    isLoaded: () => pending?.status === 'fulfilled',
  };
}
