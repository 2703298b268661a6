import type { EvidenceDataset } from '../../domain/evidence/evidence-schema';
import { figuresBySource, sourceDisplayName } from '../../domain/evidence/lookup';
import { sourceAnchor } from '../../domain/pages/pages';
import { citedSourceLink } from '../../domain/evidence/source-hosts';

/**
 * Every source in the dataset, each at the anchor the app's "source" links use (`pages.about.href(sourceId)`), so no
 * source link can point at an entry that is not here (audit P5). The sources of the review's figures come first, with
 * the figures they give and where to find them. Each address is the one we cite: the original where our sources hold
 * it; a copy (staging site, document-sharing site, abstract re-publisher) is named as a secondary copy.
 */
export function SourceRegister({ dataset }: { dataset: EvidenceDataset }) {
  const traces = figuresBySource(dataset);
  const withFigures = dataset.sources.filter((source) => traces.has(source.id));
  const others = dataset.sources
    .filter((source) => !traces.has(source.id))
    .sort((a, b) => sourceDisplayName(a).localeCompare(sourceDisplayName(b), 'en-GB'));
  return (
    <>
      <ul className="space-y-4">
        {withFigures.map((source) => (
          <SourceEntry key={source.id} dataset={dataset} sourceId={source.id}>
            <h4 className="font-bold">Figures from this source and where to find them</h4>
            <ul className="mt-1 mb-0 list-disc pl-6 text-base">
              {(traces.get(source.id) ?? []).map((trace) => (
                <li key={trace.label}>
                  {trace.label}. <span className="text-nhs-dark-grey">Where: {trace.locator}</span>
                </li>
              ))}
            </ul>
          </SourceEntry>
        ))}
      </ul>
      <h3 id="other-sources">Every other source the app cites</h3>
      <p>
        The programme, trial, comparison and family pages cite these for their facts. Each entry is the one their links
        bring you to. There are {others.length}.
      </p>
      <ul className="space-y-2">
        {others.map((source) => (
          <SourceEntry key={source.id} dataset={dataset} sourceId={source.id} compact />
        ))}
      </ul>
    </>
  );
}

function SourceEntry({
  dataset,
  sourceId,
  compact = false,
  children,
}: {
  dataset: EvidenceDataset;
  sourceId: string;
  compact?: boolean;
  children?: React.ReactNode;
}) {
  const source = dataset.sources.find((candidate) => candidate.id === sourceId);
  if (!source) return null;
  const link = citedSourceLink(dataset, source);
  const Heading = compact ? 'p' : 'h3';
  return (
    <li id={sourceAnchor(source.id)} tabIndex={-1} className={`scroll-mt-4 bg-white ${compact ? 'p-3' : 'p-4'}`}>
      <Heading className={compact ? 'mb-1 font-bold' : 'mt-0'}>{sourceDisplayName(source)}</Heading>
      <p className="mb-2 text-base">
        {[source.publisher, source.date, source.kind === 'primary' ? 'Primary source' : 'Secondary source']
          .filter(Boolean)
          .join(' · ')}
      </p>
      {link ? (
        <p className="mb-2 text-base break-all">
          <a href={link.href}>{link.href}</a>
        </p>
      ) : (
        <p className="mb-2 text-base">No web address in our sources.</p>
      )}
      {link?.copy ? (
        <p className="mb-2 text-base">
          {link.copy.originalLinked
            ? `We read this on a secondary copy (${link.copy.label}: ${link.copy.host}). The link above is the original.`
            : `This is a secondary copy, on ${link.copy.label} (${link.copy.host}). The original is not in our sources.`}
        </p>
      ) : null}
      {source.note ? <p className="mb-2 text-base">{source.note}</p> : null}
      {children}
    </li>
  );
}
