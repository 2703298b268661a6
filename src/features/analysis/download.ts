// Saving files is shared with the rest of the app (src/components/download.ts); these helpers are the workspace's own.
export { downloadText } from '../../components/download';

/** The first SVG inside an element, as a standalone file. */
export function svgText(container: HTMLElement | null, selector = 'svg'): string | null {
  const svg = container?.querySelector(selector);
  if (!svg) return null;
  const copy = svg.cloneNode(true) as Element;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

/** A safe file name from a workspace name. */
export function fileNameFor(name: string, extension: string): string {
  const base = name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'analysis';
  return `${base}.${extension}`;
}
