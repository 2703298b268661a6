import { createElement, useState } from 'react';
import type { EvidenceMapRow } from '../../domain/evidence/catalogue';
import { downloadBlob, downloadText } from '../download';
import { EvidenceMapSvg } from './evidence-map';

export const EVIDENCE_MAP_TITLE = 'Evidence map: findings of trials by programme and outcome';

/** The standalone map (title, key and source drawn inside) as SVG text: the page's drawing, laid out by the same code. */
export async function evidenceMapSvgFile(
  rows: readonly EvidenceMapRow[],
  description: string,
  address: string,
): Promise<string> {
  const { chartSvgFile } = await import('../charts/export-image');
  const source = `Our coding of each trial’s stated result; the table at ${address} gives every finding in the trial’s own words. Under-5s Evidence Explorer.`;
  return chartSvgFile(
    createElement(EvidenceMapSvg, {
      rows,
      description,
      variant: 'wide',
      standalone: true,
      title: EVIDENCE_MAP_TITLE,
      source,
    }),
    description,
  );
}

/** "Download the map as SVG / PNG": its export code loads on the first click. */
export function EvidenceMapExportButtons({
  rows,
  description,
  filename,
}: {
  rows: readonly EvidenceMapRow[];
  description: string;
  filename: string;
}) {
  const [message, setMessage] = useState('');
  const run = async (kind: 'svg' | 'png') => {
    try {
      const svg = await evidenceMapSvgFile(rows, description, window.location.href);
      if (kind === 'svg') downloadText(`${filename}.svg`, svg, 'image/svg+xml');
      else {
        const { svgToPng } = await import('../charts/export-image');
        downloadBlob(`${filename}.png`, await svgToPng(svg));
      }
      setMessage(`The map was saved as ${filename}.${kind}.`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'The map could not be saved.');
    }
  };
  return (
    <div className="no-print needs-script mt-2 flex flex-wrap items-center gap-3 text-base">
      <button
        type="button"
        className="border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue"
        onClick={() => void run('svg')}
      >
        Download the map (SVG)
      </button>
      <button
        type="button"
        className="border-2 border-nhs-blue bg-white px-3 py-1 font-bold text-nhs-blue"
        onClick={() => void run('png')}
      >
        Download the map (PNG, print quality)
      </button>
      {/* A live region without the status role: the page's one status is the count of programmes shown. */}
      <span aria-live="polite">{message}</span>
    </div>
  );
}
