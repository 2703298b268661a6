import type { EvidenceSource } from '../domain/evidence-schema';
import { sourceDisplayName } from '../domain/lookup';

/** A link straight to an outside source, named for the figure or field it supports. */
export function ExternalSourceLink({ source, what }: { source: EvidenceSource | undefined; what: string }) {
  if (!source?.url) return <span className="text-base text-nhs-dark-grey">(source not recorded)</span>;
  return (
    <a
      href={source.url}
      aria-label={`Source for ${what}: ${sourceDisplayName(source)}`}
      className="whitespace-nowrap text-base"
    >
      [source]
    </a>
  );
}
