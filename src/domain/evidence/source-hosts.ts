import type { EvidenceDataset, EvidenceSource } from './evidence-schema';

// Source hygiene (issue 17 part 5). Some facts were read on a copy of a page: a test or staging version of a site, a
// document-sharing site or a site that re-publishes abstracts. We cite the original (the publisher's DOI, the registry
// or the official page) wherever our sources hold it, and where they do not, the copy is labelled as a secondary copy.

export type CopyKind = 'test-site' | 'document-sharing' | 'summary-site';

const COPY_HOSTS: readonly (readonly [RegExp, CopyKind])[] = [
  // stage., -staging, dev., -pp (pre-production), uat., a content system's back end, a contractor's old copy.
  [
    /(^|[.-])(stage|staging|dev|uat|test|pp)([.-]|$)|\.prod\.aop\.cambridge\.org$|^core-prod\.|prod\.drupal\.|\.abtsites\.com$/,
    'test-site',
  ],
  [
    /(^|\.)(scribd\.com|slidetodoc\.com|docksci\.com|docslib\.org|fdocuments\.net|vdocuments\.net|pdfslide\.us|moam\.info|1library\.net|researchgate\.net|academia\.edu)$/,
    'document-sharing',
  ],
  [
    /(^|\.)(booksci\.cn|zhenzhi\.com|zhixidata\.com|wilddata\.cn|meddatax\.com|x-mol\.com|researcher\.life|scilit\.com|zendy\.io|ichgcp\.net|heilpflanzen-welt\.de|ouci\.dntb\.gov\.ua|unboundmedicine\.com|workers\.dev)$/,
    'summary-site',
  ],
];

export const COPY_LABELS: Record<CopyKind, string> = {
  'test-site': 'a test or staging version of a site',
  'document-sharing': 'a document-sharing site',
  'summary-site': 'a site that re-publishes abstracts',
};

const hostOf = (url: string): string | null => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
};

/** What kind of copy an address is, or null for a publisher's, registry's or official page. */
export function copyKind(url: string | null | undefined): CopyKind | null {
  const host = url ? hostOf(url) : null;
  if (!host) return null;
  return COPY_HOSTS.find(([pattern]) => pattern.test(host))?.[1] ?? null;
}

/** The identifiers an address carries that name the same item on another site: DOI, NCT, PMC, PubMed, HomVEE study. */
function identifiers(url: string): string[] {
  let text = url;
  try {
    text = decodeURIComponent(url);
  } catch {
    // keep the raw address
  }
  const found = [
    ...text.matchAll(/\b(NCT\d{8})\b/gi),
    ...text.matchAll(/\b(PMC\d{5,})\b/gi),
    ...text.matchAll(/\b(WWHV\d+)\b/gi),
    ...text.matchAll(/pubmed(?:\.ncbi\.nlm\.nih\.gov|\.gov)?\/(?:\d+\/)?(\d{6,})/gi),
    ...text.matchAll(/pubmed\/(\d{6,})/gi),
  ].map((match) => (match[1] ?? '').toUpperCase());
  return [...new Set(found.filter(Boolean))];
}

/** A DOI written in an address, e.g. zendy.io/title/10.1002/…; null when there is none. */
function doiIn(url: string): string | null {
  let text = url;
  try {
    text = decodeURIComponent(url);
  } catch {
    // keep the raw address
  }
  return /\b(10\.\d{4,9}\/[^\s?#]+)/.exec(text)?.[1] ?? null;
}

export interface CitedLink {
  /** The address to link to: the original where our sources hold it, otherwise the address we read. */
  href: string;
  /** Set when the address we read is a copy: what kind, and whether the link above is the original instead. */
  copy: { kind: CopyKind; label: string; host: string; url: string; originalLinked: boolean } | null;
}

/**
 * The address to cite for a source: its own when it is an original; for a copy, the original when our sources hold
 * it (the item's DOI, a DOI in the copy's address, or another source in the dataset with the same registry or
 * database identifier on an original site), else the copy itself, labelled.
 */
export function citedLink(
  dataset: Pick<EvidenceDataset, 'sources'>,
  source: Pick<EvidenceSource, 'url'> | undefined,
  doi?: string | null,
): CitedLink | null {
  const url = source?.url;
  if (!url) return null;
  const kind = copyKind(url);
  if (!kind) return { href: url, copy: null };
  const host = hostOf(url) ?? url;
  const original = originalFor(dataset, url, doi);
  return {
    href: original ?? url,
    copy: { kind, label: COPY_LABELS[kind], host, url, originalLinked: original !== null },
  };
}

/**
 * `citedLink` for an address that is not one of the dataset's sources (the bundled provision facts): a copy links its
 * original only when its own address carries a DOI, and is otherwise labelled as a copy.
 */
export function citedAddress(url: string): CitedLink | null {
  return citedLink({ sources: [] }, { url });
}

/** The original of a copy's address where our sources hold it, or null. */
export function originalFor(
  dataset: Pick<EvidenceDataset, 'sources'>,
  url: string,
  doi?: string | null,
): string | null {
  const recordedDoi = doi ?? doiIn(url);
  if (recordedDoi) return `https://doi.org/${recordedDoi}`;
  const ids = identifiers(url);
  if (ids.length === 0) return null;
  const match = dataset.sources.find(
    (candidate) =>
      candidate.url !== null &&
      copyKind(candidate.url) === null &&
      identifiers(candidate.url).some((id) => ids.includes(id)),
  );
  return match?.url ?? null;
}

/** The DOI our sources give for the item a source is about: a trial report's, or the review's for its own records. */
export function doiForSource(
  dataset: Pick<EvidenceDataset, 'trials' | 'review'>,
  sourceId: string | null | undefined,
): string | null {
  if (!sourceId) return null;
  const trial = dataset.trials.find((report) => report.sourceId === sourceId && report.citation.doi);
  if (trial?.citation.doi) return trial.citation.doi;
  const { journal } = dataset.review;
  if (journal.sourceId === sourceId || journal.locator.includes(`(${sourceId})`)) return journal.doi;
  return null;
}

const linkCache = new WeakMap<EvidenceDataset, Map<string, CitedLink | null>>();

/** `citedLink` for a source of the dataset, with the DOI our sources give for it (worked out once per source). */
export function citedSourceLink(dataset: EvidenceDataset, source: EvidenceSource | undefined): CitedLink | null {
  if (!source) return null;
  let links = linkCache.get(dataset);
  if (!links) {
    links = new Map();
    linkCache.set(dataset, links);
  }
  const known = links.get(source.id);
  if (known !== undefined) return known;
  const link = citedLink(dataset, source, doiForSource(dataset, source.id));
  links.set(source.id, link);
  return link;
}
