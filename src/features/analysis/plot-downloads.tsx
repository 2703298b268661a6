import { useState } from 'react';
import { downloadBlob, downloadText, fileNameFor } from './download';

/**
 * "Download SVG" and "Download PNG" for one plot. The PNG is the same SVG drawn onto a canvas at print resolution by the
 * app's export helper (as on the outcome pages), all in the browser. Button names say which plot, for screen readers.
 */
export function PlotDownloads({
  plotName,
  fileBase,
  makeSvg,
}: {
  plotName: string;
  fileBase: string;
  makeSvg: () => Promise<string | null>;
}) {
  const [message, setMessage] = useState('');
  const run = async (kind: 'svg' | 'png') => {
    const fileName = fileNameFor(fileBase, kind);
    try {
      const svg = await makeSvg();
      if (svg === null) throw new Error(`The ${plotName} could not be found on the page.`);
      if (kind === 'svg') downloadText(fileName, svg, 'image/svg+xml');
      else {
        const { svgToPng } = await import('../../components/charts/export-image');
        downloadBlob(fileName, await svgToPng(svg));
      }
      setMessage(`The ${plotName} was saved as ${fileName}.`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : `The ${plotName} could not be saved.`);
    }
  };
  return (
    <div className="mt-2 flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={() => void run('svg')}
        className="border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue"
      >
        Download SVG<span className="sr-only"> of the {plotName}</span>
      </button>
      <button
        type="button"
        onClick={() => void run('png')}
        className="border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue"
      >
        Download PNG<span className="sr-only"> of the {plotName}</span>
      </button>
      <span role="status" className="text-base">
        {message}
      </span>
    </div>
  );
}
