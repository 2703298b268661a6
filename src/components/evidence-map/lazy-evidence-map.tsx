import { Suspense, lazy } from 'react';
import { useNearViewport } from '../use-near-viewport';
import type { EvidenceMapProps } from './evidence-map';
import { evidenceMapHeight } from './evidence-map-layout';

// Recharts loads only when the map comes near the viewport.
const EvidenceMap = lazy(() => import('./evidence-map').then((module) => ({ default: module.EvidenceMap })));

export function LazyEvidenceMap(props: EvidenceMapProps) {
  const [reference, near] = useNearViewport<HTMLDivElement>();
  const placeholder = (
    <div style={{ height: evidenceMapHeight(props.rows.length) }} className="flex items-center justify-center text-nhs-dark-grey">
      Loading the evidence map…
    </div>
  );
  return (
    <div ref={reference} className="evidence-map">
      {near ? <Suspense fallback={placeholder}>{<EvidenceMap {...props} />}</Suspense> : placeholder}
    </div>
  );
}
