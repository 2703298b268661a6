import type { EvidenceDataset, TrialReport } from '../evidence/evidence-schema';
import { findSource } from '../evidence/lookup';
import { citedSourceLink } from '../evidence/source-hosts';
import { reportAuthors } from '../evidence/trials';

// Citations of the review, the news release and any trial, as RIS and BibTeX for reference managers and as one plain
// reference line to copy. Only what the dataset holds is written: a missing volume or DOI is left out, never guessed.

export interface Person {
  family: string;
  initials: string;
}
export type Author = { kind: 'person'; person: Person } | { kind: 'organisation'; name: string };

export interface Reference {
  id: string;
  type: 'article' | 'report';
  authors: Author[];
  /** True when the source lists only some authors ("et al."). */
  moreAuthors: boolean;
  title: string;
  container: string | null;
  year: number | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  doi: string | null;
  url: string | null;
  publisher: string | null;
  date: string | null;
}

/** "Sadler LS, Slade A, et al." → people; anything that is not "Surname INITIALS" is kept whole as an organisation. */
export function parseAuthors(text: string | null): { authors: Author[]; moreAuthors: boolean } {
  if (!text) return { authors: [], moreAuthors: false };
  let moreAuthors = false;
  const authors = text.split(/,\s*/).flatMap((part): Author[] => {
    const trimmed = part.trim();
    if (/^et al\b/i.test(trimmed)) {
      moreAuthors = true;
      return [];
    }
    const match = /^(.+?)\s+([A-Z](?:[A-Z]|-[A-Z])*)$/.exec(trimmed);
    if (match?.[1] && match[2]) return [{ kind: 'person', person: { family: match[1], initials: match[2] } }];
    return trimmed ? [{ kind: 'organisation', name: trimmed }] : [];
  });
  // A single unparsed organisation that has commas in it would have been split; keep a lone non-person text whole.
  if (authors.every((author) => author.kind === 'organisation'))
    return { authors: [{ kind: 'organisation', name: text.trim() }], moreAuthors: false };
  return { authors, moreAuthors };
}

function splitPages(volumeIssuePages: string): { volume: string | null; issue: string | null; pages: string | null } {
  const match = /^(\d+)(?:\((\w+)\))?:(.+)$/.exec(volumeIssuePages);
  return { volume: match?.[1] ?? null, issue: match?.[2] ?? null, pages: match?.[3] ?? null };
}

export function reviewReference(dataset: EvidenceDataset): Reference {
  const { journal } = dataset.review;
  // "Sleed M, Li ET, … (2023). Title. Journal." as the dataset records it.
  const match = /^(.+?)\s*\((\d{4})\)\.\s*(.+?)\.\s+([^.]+)\.?$/.exec(journal.citation);
  const { authors, moreAuthors } = parseAuthors(match?.[1] ?? dataset.review.authors.join(', '));
  return {
    id: 'sleed2023',
    type: 'article',
    authors,
    moreAuthors,
    title: match?.[3] ?? dataset.review.title,
    container: match?.[4] ?? null,
    year: match?.[2] ? Number(match[2]) : null,
    ...splitPages(journal.volumeIssuePages),
    doi: journal.doi,
    url: `https://doi.org/${journal.doi}`,
    publisher: null,
    date: journal.publicationDate,
  };
}

export function releaseReference(dataset: EvidenceDataset): Reference {
  const { report } = dataset.review;
  const source = findSource(dataset, report.sourceId);
  return {
    id: 'annafreud2022',
    type: 'report',
    authors: [{ kind: 'organisation', name: report.conductedBy }],
    moreAuthors: false,
    title: report.title,
    container: null,
    year: Number(/\d{4}/.exec(report.date)?.[0] ?? '') || null,
    volume: null,
    issue: null,
    pages: null,
    doi: null,
    url: citedSourceLink(dataset, source)?.href ?? null,
    publisher: source?.publisher ?? null,
    date: report.date,
  };
}

export function trialReference(dataset: EvidenceDataset, trial: TrialReport): Reference {
  const { citation } = trial;
  const { authors, moreAuthors } = parseAuthors(reportAuthors(trial));
  const source = findSource(dataset, trial.sourceId);
  return {
    id: trial.id.replace(/[^a-z0-9]/g, ''),
    type: citation.journal && citation.journal !== 'Programme website' ? 'article' : 'report',
    authors,
    moreAuthors,
    title: citation.title,
    container: citation.journal,
    year: citation.year,
    volume: citation.volume,
    issue: citation.issue,
    pages: cleanPages(citation.pages),
    doi: citation.doi,
    url: citation.doi ? `https://doi.org/${citation.doi}` : (citedSourceLink(dataset, source)?.href ?? null),
    publisher: null,
    date: null,
  };
}

/** "278-." (an open range as printed) → "278"; "advance online publication, 1-15" → "1-15". */
export function cleanPages(pages: string | null): string | null {
  if (!pages) return null;
  const range = /(\d+)\s*[-–]\s*(\d+)\s*$/.exec(pages);
  if (range) return `${range[1]}-${range[2]}`;
  const start = /(\d+)\s*[-–]?\s*\.?\s*$/.exec(pages);
  return start?.[1] ?? pages.trim();
}

/** Pages as RIS wants them: the first page (SP) and the last (EP). */
export function pageRange(pages: string | null): { start: string | null; end: string | null } {
  if (!pages) return { start: null, end: null };
  const [start, end] = pages.split('-');
  return { start: start?.trim() || null, end: end?.trim() || null };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * A date in RIS form, YYYY/MM/DD, from "2023-06-26" or "6 October 2022"; a year alone is "2023///" (the RIS form for
 * a date with only its year); anything else gives null rather than a guess.
 */
export function risDate(text: string | null): string | null {
  if (!text) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (iso) return `${iso[1]}/${iso[2]}/${iso[3]}`;
  const words = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(text.trim());
  const month = words?.[2] ? MONTHS.indexOf(words[2].toLowerCase()) : -1;
  if (words?.[1] && words[3] && month >= 0)
    return `${words[3]}/${String(month + 1).padStart(2, '0')}/${words[1].padStart(2, '0')}`;
  const year = /^(\d{4})$/.exec(text.trim());
  return year ? `${year[1]}///` : null;
}

const personName = (person: Person) =>
  `${person.family}, ${person.initials.replace(/-/g, '.-').replace(/([A-Z])(?=[A-Z]|$)/g, '$1.')}`;

/** RIS (Research Information Systems): one tag per line, "TY" first and "ER" last. */
export function toRis(references: readonly Reference[], accessed: string): string {
  return references
    .map((reference) => {
      const lines: [string, string | null][] = [
        ['TY', reference.type === 'article' ? 'JOUR' : 'RPRT'],
        ...reference.authors.map((author): [string, string] => [
          'AU',
          author.kind === 'person' ? personName(author.person) : author.name,
        ]),
        ['TI', reference.title],
        ['T2', reference.container],
        ['PY', reference.year === null ? null : String(reference.year)],
        ['DA', risDate(reference.date)],
        ['VL', reference.volume],
        ['IS', reference.issue],
        ['SP', pageRange(reference.pages).start],
        ['EP', pageRange(reference.pages).end],
        ['PB', reference.publisher],
        ['DO', reference.doi],
        ['UR', reference.url],
        ['Y2', risDate(accessed) ?? accessed],
        ['N1', reference.moreAuthors ? 'The source lists only some of the authors.' : null],
      ];
      return [
        ...lines
          .filter((line): line is [string, string] => line[1] !== null && line[1] !== '')
          .map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ')}`),
        'ER  - ',
      ].join('\r\n');
    })
    .join('\r\n\r\n')
    .concat('\r\n');
}

/** Escapes the characters BibTeX treats specially. */
export function bibtexEscape(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}%&$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

export function toBibtex(references: readonly Reference[], accessed: string): string {
  return references
    .map((reference) => {
      const authors = [
        ...reference.authors.map((author) =>
          author.kind === 'person' ? bibtexEscape(personName(author.person)) : `{${bibtexEscape(author.name)}}`,
        ),
        ...(reference.moreAuthors ? ['others'] : []),
      ].join(' and ');
      const fields: [string, string | null][] = [
        ['author', authors || null],
        ['title', `{${bibtexEscape(reference.title)}}`],
        [
          reference.type === 'article' ? 'journal' : 'institution',
          reference.type === 'article'
            ? reference.container && bibtexEscape(reference.container)
            : reference.publisher && bibtexEscape(reference.publisher),
        ],
        ['year', reference.year === null ? null : String(reference.year)],
        ['volume', reference.volume && bibtexEscape(reference.volume)],
        ['number', reference.issue && bibtexEscape(reference.issue)],
        ['pages', reference.pages && bibtexEscape(reference.pages.replace(/-/g, '--'))],
        ['doi', reference.doi && bibtexEscape(reference.doi)],
        ['url', reference.url && bibtexEscape(reference.url)],
        ['urldate', accessed],
      ];
      const body = fields
        .filter((field): field is [string, string] => field[1] !== null && field[1] !== '')
        .map(([name, value]) => `  ${name} = {${value}}`);
      return `@${reference.type === 'article' ? 'article' : 'techreport'}{${reference.id},\n${body.join(',\n')}\n}`;
    })
    .join('\n\n')
    .concat('\n');
}

/** A plain reference line (Vancouver-like): authors. Title. Journal. Year;Volume(Issue):Pages. doi or address. */
export function plainReference(reference: Reference): string {
  const names = reference.authors.map((author) =>
    author.kind === 'person' ? `${author.person.family} ${author.person.initials}` : author.name,
  );
  const authors = names.length > 0 ? `${names.join(', ')}${reference.moreAuthors ? ', et al' : ''}. ` : '';
  const where = [
    reference.container,
    [
      reference.year ?? reference.date,
      reference.volume ? `${reference.volume}${reference.issue ? `(${reference.issue})` : ''}` : null,
    ]
      .filter(Boolean)
      .join(';') + (reference.pages ? `:${reference.pages}` : ''),
  ]
    .filter((part) => part && part.length > 0)
    .join('. ');
  const link = reference.doi ? `doi:${reference.doi}` : (reference.url ?? '');
  return `${authors}${reference.title.replace(/\.$/, '')}. ${where ? `${where}. ` : ''}${reference.publisher && reference.type === 'report' ? `${reference.publisher}. ` : ''}${link}`.trim();
}

/** "How to cite this page", with the dataset version and the date accessed. */
export function pageCitation(options: {
  pageTitle: string;
  url: string;
  datasetVersion: string;
  datasetDate: string;
  accessed: string;
}): string {
  return `Under-5s Evidence Explorer. ${options.pageTitle}. Dataset version ${options.datasetVersion} (${options.datasetDate}). ${options.url}. Accessed ${options.accessed}.`;
}
