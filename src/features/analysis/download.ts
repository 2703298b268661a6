// Saving files is shared with the rest of the app (src/components/download.ts); these helpers are the workspace's own.
export { downloadBlob, downloadText } from '../../components/download';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** The first SVG inside an element, as a standalone file with a size of its own (the page's width="100%" means nothing in a file). */
export function svgText(container: HTMLElement | null, selector = 'svg', title?: string): string | null {
  const svg = container?.querySelector(selector);
  if (!svg) return null;
  const copy = svg.cloneNode(true) as Element;
  copy.setAttribute('xmlns', SVG_NAMESPACE);
  const [, , width, height] = (copy.getAttribute('viewBox') ?? '').split(/\s+/);
  if (width !== undefined && height !== undefined) {
    copy.setAttribute('width', width);
    copy.setAttribute('height', height);
  }
  copy.removeAttribute('class');
  if (title !== undefined) {
    const element = copy.ownerDocument.createElementNS(SVG_NAMESPACE, 'title');
    element.textContent = title;
    copy.prepend(element);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

/** A safe file name from a workspace name. */
export function fileNameFor(name: string, extension: string): string {
  const base = name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'analysis';
  return `${base}.${extension}`;
}
