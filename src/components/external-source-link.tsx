import type { EvidenceDataset, EvidenceSource } from '../domain/evidence/evidence-schema';
import { sourceDisplayName } from '../domain/evidence/lookup';
import { CitedSourceAnchor } from './cited-source-anchor';

/** A link straight to an outside source, named for the figure or field it supports; a copy is labelled as one. */
export function ExternalSourceLink({
  dataset,
  source,
  what,
}: {
  dataset: EvidenceDataset;
  source: EvidenceSource | undefined;
  what: string;
}) {
  if (!source?.url) return <span className="text-base text-nhs-dark-grey">(source not recorded)</span>;
  return (
    <CitedSourceAnchor
      dataset={dataset}
      source={source}
      ariaLabel={`Source for ${what}: ${sourceDisplayName(source)}`}
      className="whitespace-nowrap text-base"
    >
      [source]
    </CitedSourceAnchor>
  );
}
