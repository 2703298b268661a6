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
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
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

/** Draws the SVG onto a canvas at print resolution and returns a PNG. */
export async function svgToPng(svgText: string): Promise<Blob> {
  const { width, height } = svgSize(svgText);
  const scale = pngScale(width);
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
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
