import { useEffect } from 'react';

const SITE = 'Under-5s Evidence Explorer';

/** Sets the tab title, which is also the first thing a screen reader announces on a new page. */
export function useDocumentTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} – ${SITE}` : SITE;
  }, [pageTitle]);
}
