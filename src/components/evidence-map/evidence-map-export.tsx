import { createElement } from 'react';
import type { EvidenceMapRow } from '../../domain/evidence/catalogue';
import { ImageExportButtons } from '../charts/chart-export-buttons';
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
  return (
    <ImageExportButtons
      what="map"
      svgFile={() => evidenceMapSvgFile(rows, description, window.location.href)}
      filename={filename}
      className="needs-script"
    />
  );
}
