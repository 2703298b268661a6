import { useState } from 'react';
import { downloadBlob, downloadText } from '../download';
import type { ForestPlotModel } from './forest-plot/forest-model';

/**
 * "Download the chart (SVG) / (PNG, print quality)" for any drawing: `svgFile` makes the standalone SVG (its export
 * code loads on the first click); the PNG is drawn from it. The result is said in a status region.
 */
export function ImageExportButtons({
  what,
  svgFile,
  filename,
  className = '',
}: {
  /** What the buttons save, as the reader would say it: "chart", "map". */
  what: string;
  svgFile: () => Promise<string>;
  filename: string;
  /** Classes added to the row, e.g. needs-script where the drawing is prerendered. */
  className?: string;
}) {
  const [message, setMessage] = useState('');
  const run = async (kind: 'svg' | 'png') => {
    try {
      const svg = await svgFile();
      if (kind === 'svg') downloadText(`${filename}.svg`, svg, 'image/svg+xml');
      else {
        const { svgToPng } = await import('./export-image');
        downloadBlob(`${filename}.png`, await svgToPng(svg));
      }
      setMessage(`The ${what} was saved as ${filename}.${kind}.`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : `The ${what} could not be saved.`);
    }
  };
  return (
    <div className={`no-print mt-2 flex flex-wrap items-center gap-3 text-base ${className}`.trim()}>
      <button
        type="button"
        className="border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue"
        onClick={() => void run('svg')}
      >
        Download the {what} (SVG)
      </button>
      <button
        type="button"
        className="border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue"
        onClick={() => void run('png')}
      >
        Download the {what} (PNG, print quality)
      </button>
      <span role="status">{message}</span>
    </div>
  );
}

/** "Download the chart as SVG / PNG": the forest plot with its title, scale labels and source line. */
export function ChartExportButtons({
  model,
  description,
  filename,
}: {
  model: ForestPlotModel;
  description: string;
  filename: string;
}) {
  const svgFile = async () => {
    const { forestPlotSvg } = await import('./export-image');
    return forestPlotSvg(model, description);
  };
  return <ImageExportButtons what="chart" svgFile={svgFile} filename={filename} />;
}
