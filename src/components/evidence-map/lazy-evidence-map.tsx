import { Suspense, lazy } from 'react';
import { useNearViewport } from '../use-near-viewport';
import type { EvidenceMapProps } from './evidence-map';
import { evidenceMapHeight } from './evidence-map-layout';

// Recharts loads only when the map comes near the viewport.
const EvidenceMap = lazy(() => import('./evidence-map').then((module) => ({ default: module.EvidenceMap })));

const MIN_WIDTH = 720;

export function LazyEvidenceMap(props: EvidenceMapProps) {
  const [reference, near] = useNearViewport<HTMLDivElement>();
  const placeholder = (
    <div
      style={{ height: evidenceMapHeight(props.rows.length) }}
      className="flex items-center justify-center text-nhs-dark-grey"
    >
      Loading the evidence map…
    </div>
  );
  return (
    // Ten outcome columns need room: on a phone the map keeps its width and scrolls sideways.
    <div
      ref={reference}
      className="evidence-map relative overflow-x-auto"
      tabIndex={0}
      role="region"
      aria-label="Evidence map, scrolls sideways on small screens"
    >
      <div style={{ minWidth: MIN_WIDTH }}>
        {near ? <Suspense fallback={placeholder}>{<EvidenceMap {...props} />}</Suspense> : placeholder}
      </div>
    </div>
  );
}
