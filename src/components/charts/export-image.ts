import { createElement, type ReactElement } from 'react';
import { ForestPlot } from './forest-plot/forest-plot';
import type { ForestPlotModel } from './forest-plot/forest-model';

// Chart export: the app's one forest plot drawn `standalone` (with its title and source line inside the drawing),
// serialised as an SVG file, or drawn onto a canvas at print resolution for a PNG. All in the browser.

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/**
 * A chart element as a standalone SVG file: rendered to markup (React escapes every value, so names and study labels
 * stay text), read by DOMParser into an inert document that is never attached to the page, and given a size and a
 * <title> of its own. Every chart export goes through here.
 */
export async function chartSvgFile(chart: ReactElement, description: string): Promise<string> {
  const { renderToStaticMarkup } = await import('react-dom/server');
  const parsed = new DOMParser().parseFromString(renderToStaticMarkup(chart), 'text/html');
  const svg = parsed.querySelector('svg');
  if (!svg) throw new Error('The chart could not be drawn for export.');
  // No xmlns attribute by hand: the serializer declares the SVG namespace itself, and a second one makes the file
  // invalid XML ("duplicate attribute: xmlns").
  const [, , width = '800', height = '400'] = (svg.getAttribute('viewBox') ?? '').split(/\s+/);
  // A file needs a size of its own: the page's width="100%" means nothing outside a page.
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);
  svg.removeAttribute('class');
  const title = parsed.createElementNS(SVG_NAMESPACE, 'title');
  title.textContent = description;
  svg.prepend(title);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withoutXmlInvalidCharacters(new XMLSerializer().serializeToString(svg))}`;
}

/**
 * XML 1.0 allows no control characters but tab, line feed and carriage return, and no lone surrogates: one in a study
 * name made the whole file invalid (and the PNG, drawn from it, failed). They are dropped; a name never needs them.
 */
export function withoutXmlInvalidCharacters(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

/** The standalone forest plot (title and source line drawn inside) as SVG text, ready to save as a file. */
export function forestPlotSvg(model: ForestPlotModel, description: string): Promise<string> {
  return chartSvgFile(
    createElement(ForestPlot, { model, description, standalone: true, variant: 'wide' }),
    description,
  );
}

/** The size of the SVG drawing in its own units. */
export function svgSize(svgText: string): { width: number; height: number } {
  const widthMatch = /<svg[^>]*\swidth="([\d.]+)"/.exec(svgText);
  const heightMatch = /<svg[^>]*\sheight="([\d.]+)"/.exec(svgText);
  return { width: Number(widthMatch?.[1] ?? 800), height: Number(heightMatch?.[1] ?? 400) };
}

/** Print resolution: at least 2× the drawing's size, and at least 2,400 pixels wide (A4 width at about 300 dpi). */
export function pngScale(width: number): number {
  return Math.max(2, Math.ceil(2400 / width));
}

/** Canvas limits every current browser can draw (Safari's are the smallest): a side and an area in pixels. */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_AREA = 16_777_216;

export class PngTooLargeError extends Error {
  constructor() {
    super(
      'This plot is too large for a PNG (it has too many rows for a browser to draw as one image). Download the SVG instead: it has no size limit and opens in any browser or office program.',
    );
    this.name = 'PngTooLargeError';
  }
}

/**
 * The scale the PNG is drawn at: print resolution when the canvas allows, less when it does not, down to the drawing's
 * own size. Below that the text would be unreadable, so it throws PngTooLargeError, which points to the SVG.
 */
export function pngScaleWithin(width: number, height: number): number {
  const fits = Math.min(
    MAX_CANVAS_SIDE / width,
    MAX_CANVAS_SIDE / height,
    Math.sqrt(MAX_CANVAS_AREA / (width * height)),
  );
  const scale = Math.min(pngScale(width), fits);
  if (!(scale >= 1)) throw new PngTooLargeError();
  return scale;
}

/** Draws the SVG onto a canvas at print resolution and returns a PNG. */
export async function svgToPng(svgText: string): Promise<Blob> {
  const { width, height } = svgSize(svgText);
  const scale = pngScaleWithin(width, height);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart image could not be drawn.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new PngTooLargeError())), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
