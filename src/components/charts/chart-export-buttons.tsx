import { useState } from 'react';
import { downloadBlob, downloadText } from '../download';
import type { ForestPlotModel } from './forest-plot/forest-model';

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
  const [message, setMessage] = useState('');
  const run = async (kind: 'svg' | 'png') => {
    try {
      const { forestPlotSvg, svgToPng } = await import('./export-image');
      const svg = await forestPlotSvg(model, description);
      if (kind === 'svg') downloadText(`${filename}.svg`, svg, 'image/svg+xml');
      else downloadBlob(`${filename}.png`, await svgToPng(svg));
      setMessage(`The chart was saved as ${filename}.${kind}.`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'The chart could not be saved.');
    }
  };
  return (
    <div className="no-print mt-2 flex flex-wrap items-center gap-3 text-base">
      <button
        type="button"
        className="border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue"
        onClick={() => void run('svg')}
      >
        Download the chart (SVG)
      </button>
      <button
        type="button"
        className="border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue"
        onClick={() => void run('png')}
      >
        Download the chart (PNG, print quality)
      </button>
      <span role="status">{message}</span>
    </div>
  );
}
