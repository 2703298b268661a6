import { useEffect } from 'react';

const SITE = 'Under-5s Evidence Explorer';

let serverTitle: string | undefined;
function recordServerTitle(title: string): void {
  serverTitle = title;
}

/** While prerendering there is no document: the build takes the page's title from here and writes it into <title>. */
export function takeServerTitle(): string | undefined {
  const title = serverTitle;
  serverTitle = undefined;
  return title;
}

/** Sets the tab title, which is also the first thing a screen reader announces on a new page. */
export function useDocumentTitle(pageTitle: string): void {
  const title = pageTitle ? `${pageTitle} – ${SITE}` : SITE;
  if (typeof document === 'undefined') recordServerTitle(title);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
