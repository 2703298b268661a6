import type { EvidenceDataset, Programme } from '../evidence/evidence-schema';
import { findSource, sourceDisplayName } from '../evidence/lookup';
import { citedSourceLink } from '../evidence/source-hosts';
import { UK_DELIVERY_LABELS, ukDelivery } from '../evidence/uk-delivery';

// "At a glance": one line per programme for each of the rows a board paper asks about first (dose, who delivers it,
// UK delivery). Each line is the first sourced fact of that row, word for word, with its source and a count of the
// facts left to the full comparison below; nothing is summarised in our words. It also makes the "short table" that
// pastes cleanly into a document: footnote numbers stand apart from the words, and sources are listed once at the foot.

export interface GlanceLine {
  text: string;
  /** Footnote numbers of the sources, in the table's numbering. */
  notes: number[];
  /** Facts in this row of the full comparison that the line leaves out. */
  moreFacts: number;
}

export interface GlanceTable {
  columns: { id: string; name: string }[];
  rows: { id: 'dose' | 'deliveredBy' | 'ukDelivery'; label: string; lines: GlanceLine[] }[];
  /**
   * Every source the lines cite, numbered from 1 in order of first use. `url` is the address we cite (the original
   * where our sources hold it, citedSourceLink), so a pasted table never points at a mirror.
   */
  sources: { number: number; sourceId: string; name: string; url: string | null }[];
}

interface Fact {
  text: string;
  sourceId: string | null;
}

function facts(programme: Programme, row: GlanceTable['rows'][number]['id']): { prefix?: string; facts: Fact[] } {
  const { fields, commissioning } = programme;
  const field = (value: string | null, sourceId: string | null): Fact[] =>
    value === null ? [] : [{ text: value, sourceId }];
  const sourced = (list: readonly { value: string; sourceId: string }[]): Fact[] =>
    list.map((fact) => ({ text: fact.value, sourceId: fact.sourceId }));
  if (row === 'dose')
    return { facts: [...field(fields.length.value, fields.length.sourceId), ...sourced(commissioning.dose.facts)] };
  if (row === 'deliveredBy')
    return {
      facts: [
        ...field(fields.deliveredBy.value, fields.deliveredBy.sourceId),
        ...sourced(commissioning.deliveredBy.facts),
      ],
    };
  const answer = ukDelivery(programme);
  return { prefix: UK_DELIVERY_LABELS[answer.value], facts: sourced(answer.facts) };
}

const ROWS: { id: GlanceTable['rows'][number]['id']; label: string }[] = [
  { id: 'dose', label: 'Dose' },
  { id: 'deliveredBy', label: 'Who delivers it' },
  { id: 'ukDelivery', label: 'Delivered in the UK' },
];

export function atAGlance(dataset: EvidenceDataset, programmes: readonly Programme[]): GlanceTable {
  const numbers = new Map<string, number>();
  const noteFor = (sourceId: string | null): number[] => {
    if (sourceId === null) return [];
    if (!numbers.has(sourceId)) numbers.set(sourceId, numbers.size + 1);
    return [numbers.get(sourceId) ?? 0];
  };
  const rows = ROWS.map(({ id, label }) => ({
    id,
    label,
    lines: programmes.map((programme): GlanceLine => {
      const { prefix, facts: list } = facts(programme, id);
      const first = list[0];
      if (!first) return { text: prefix ?? 'Not in our sources', notes: [], moreFacts: 0 };
      return {
        text: prefix ? `${prefix}. ${first.text}` : first.text,
        notes: noteFor(first.sourceId),
        moreFacts: list.length - 1,
      };
    }),
  }));
  const sources = [...numbers.entries()].map(([sourceId, number]) => {
    const source = findSource(dataset, sourceId);
    return {
      number,
      sourceId,
      name: source ? sourceDisplayName(source) : sourceId,
      url: citedSourceLink(dataset, source)?.href ?? null,
    };
  });
  return { columns: programmes.map((programme) => ({ id: programme.id, name: programme.name })), rows, sources };
}

/** A line as it is pasted: the words, then the footnote numbers in brackets, apart from them. */
export function glanceLineText(line: GlanceLine): string {
  const notes = line.notes.length > 0 ? ` [${line.notes.join(', ')}]` : '';
  const more = line.moreFacts > 0 ? ` (${line.moreFacts} more in the full comparison)` : '';
  return `${line.text}${notes}${more}`;
}

const sourceLine = (source: GlanceTable['sources'][number]) =>
  `[${source.number}] ${source.name}${source.url ? `. ${source.url}` : ''}`;

/** Tab-separated, for pasting into a spreadsheet or as plain text; the sources follow the table. */
export function glancePlainText(table: GlanceTable): string {
  const clean = (text: string) => text.replace(/[\t\r\n]+/g, ' ');
  const lines = [
    ['', ...table.columns.map((column) => clean(column.name))].join('\t'),
    ...table.rows.map((row) => [row.label, ...row.lines.map((line) => clean(glanceLineText(line)))].join('\t')),
    '',
    'Sources',
    ...table.sources.map(sourceLine),
  ];
  return `${lines.join('\n')}\n`;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A plain HTML table for word processors: no links in the cells, the sources as a list below. */
export function glanceHtml(table: GlanceTable): string {
  const head = `<tr><th></th>${table.columns.map((column) => `<th>${escapeHtml(column.name)}</th>`).join('')}</tr>`;
  const body = table.rows
    .map(
      (row) =>
        `<tr><th>${escapeHtml(row.label)}</th>${row.lines.map((line) => `<td>${escapeHtml(glanceLineText(line))}</td>`).join('')}</tr>`,
    )
    .join('');
  const sources = table.sources.map((source) => `<li>${escapeHtml(sourceLine(source))}</li>`).join('');
  return `<table border="1">${head}${body}</table><p>Sources</p><ul>${sources}</ul>`;
}
