import type { ReactNode } from 'react';
import type { EvidenceDataset, EvidenceSource } from '../domain/evidence/evidence-schema';
import { citedLink, citedSourceLink } from '../domain/evidence/source-hosts';

interface CitedSourceAnchorProps {
  dataset: EvidenceDataset;
  source: EvidenceSource | undefined;
  children: ReactNode;
  /** The item's own DOI when the caller knows it (a trial report's); otherwise the one our sources give for the source. */
  doi?: string | null;
  className?: string;
  ariaLabel?: string;
  title?: string;
}

/**
 * A link to a source at the address we cite: the original (publisher, registry or official page) where our sources
 * hold it, never a staging site or mirror in its place; a copy with no original in our sources is labelled as one.
 */
export function CitedSourceAnchor({
  dataset,
  source,
  children,
  doi,
  className,
  ariaLabel,
  title,
}: CitedSourceAnchorProps) {
  const link = source ? (doi ? citedLink(dataset, source, doi) : citedSourceLink(dataset, source)) : null;
  if (!link) return <>{children}</>;
  const copyNote = link.copy && !link.copy.originalLinked ? ` (secondary copy, on ${link.copy.label})` : '';
  return (
    <>
      <a
        href={link.href}
        className={className}
        aria-label={ariaLabel ? `${ariaLabel}${copyNote}` : undefined}
        title={title}
      >
        {children}
      </a>
      {link.copy && !link.copy.originalLinked ? <span> (secondary copy)</span> : null}
    </>
  );
}
