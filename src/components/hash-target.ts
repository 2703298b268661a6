/**
 * The element a URL's #fragment names, or null. A malformed escape (`#%`, `#%E0%A4%A`) names no element: it is ignored
 * rather than thrown, so a mistyped or cut-off link still opens its page.
 */
export function hashTarget(hash: string): HTMLElement | null {
  const raw = hash.replace(/^#/, '');
  if (raw === '') return null;
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    // Not a valid escape: look for an element with the text as written.
  }
  return document.getElementById(id);
}
