import { lazy, type ComponentType } from 'react';
import { loadPageComponent } from '../components/page-load-error';

export interface LazyPage {
  /** Renders the page, suspending on the first visit while its code downloads. */
  Page: ComponentType;
  /** Starts (or joins) the download of the page's code; resolves once Page renders without suspending. */
  preload: () => Promise<void>;
}

/**
 * A page whose code downloads when it is first needed. Start-up preloads the code of the page being opened before it
 * hydrates the prerendered HTML, so that first render is the page itself, not a loading message. A download that fails
 * gives a page that throws a PageLoadError, which the route's error boundary shows with a retry.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loaded: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  const download = () => {
    pending ??= loadPageComponent(load).then((component) => {
      loaded = component;
      return component;
    });
    return pending;
  };
  const Suspending = lazy(async () => ({ default: await download() }));
  function Page() {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Suspending />;
  }
  return {
    Page,
    preload: async () => {
      await download();
    },
  };
}
