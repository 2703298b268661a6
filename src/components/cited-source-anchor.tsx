import type { ReactNode } from 'react';
import type { EvidenceDataset, EvidenceSource } from '../domain/evidence/evidence-schema';
import { citedLink, citedSourceLink, type CitedLink } from '../domain/evidence/source-hosts';

interface AnchorProps {
  children: ReactNode;
  className?: string;
  ariaLabel?: string;
  title?: string;
}

/**
 * A link at the address we cite (a CitedLink from source-hosts.ts): the original (publisher, registry or official
 * page) where our sources hold it, never a staging site or mirror in its place; a copy with no original in our sources
 * is labelled as one. With no link, the children stand alone.
 */
export function CitedLinkAnchor({
  link,
  children,
  className,
  ariaLabel,
  title,
}: AnchorProps & { link: CitedLink | null }) {
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

interface CitedSourceAnchorProps extends AnchorProps {
  dataset: EvidenceDataset;
  source: EvidenceSource | undefined;
  /** The item's own DOI when the caller knows it (a trial report's); otherwise the one our sources give for the source. */
  doi?: string | null;
}

/** A link to one of the dataset's sources at the address we cite (CitedLinkAnchor). */
export function CitedSourceAnchor({ dataset, source, doi, ...anchor }: CitedSourceAnchorProps) {
  const link = source ? (doi ? citedLink(dataset, source, doi) : citedSourceLink(dataset, source)) : null;
  return <CitedLinkAnchor link={link} {...anchor} />;
}
