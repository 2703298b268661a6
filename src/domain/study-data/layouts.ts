// The layouts a study table can have, with metafor's column names so analysts recognise them.

export const STUDY_FIELDS = [
  'study',
  'year',
  'group',
  'outcome',
  'yi',
  'vi',
  'sei',
  'ci_lower',
  'ci_upper',
  'm1i',
  'sd1i',
  'n1i',
  'm2i',
  'sd2i',
  'n2i',
  'ai',
  'bi',
  'ci',
  'di',
  'ri',
  'ni',
  'xi',
  'x1i',
  't1i',
  'x2i',
  't2i',
] as const;
export type StudyField = (typeof STUDY_FIELDS)[number];

export type LayoutId =
  'yi-vi' | 'yi-sei' | 'yi-ci' | 'means' | 'counts' | 'counts-n' | 'yi-n' | 'correlations' | 'proportions' | 'rates';

export interface Layout {
  id: LayoutId;
  label: string;
  required: readonly StudyField[];
}

/** In the order they are tried when a file is read: the first whose columns are all present wins. */
export const LAYOUTS: readonly Layout[] = [
  { id: 'yi-vi', label: 'Effect and variance (yi, vi)', required: ['yi', 'vi'] },
  { id: 'yi-sei', label: 'Effect and standard error (yi, sei)', required: ['yi', 'sei'] },
  {
    id: 'yi-ci',
    label: 'Effect and 95% confidence interval (yi, ci_lower, ci_upper)',
    required: ['yi', 'ci_lower', 'ci_upper'],
  },
  {
    id: 'means',
    label: 'Means, SDs and sizes per arm (m1i, sd1i, n1i, m2i, sd2i, n2i)',
    required: ['m1i', 'sd1i', 'n1i', 'm2i', 'sd2i', 'n2i'],
  },
  { id: 'counts', label: 'Counts per arm (ai, bi, ci, di)', required: ['ai', 'bi', 'ci', 'di'] },
  { id: 'counts-n', label: 'Events and sizes per arm (ai, n1i, ci, n2i)', required: ['ai', 'n1i', 'ci', 'n2i'] },
  {
    id: 'yi-n',
    label: 'Standardised mean difference and sizes per arm (yi, n1i, n2i)',
    required: ['yi', 'n1i', 'n2i'],
  },
  { id: 'correlations', label: 'Correlation and sample size (ri, ni)', required: ['ri', 'ni'] },
  {
    id: 'proportions',
    label: 'Events and sample size in one group, for a proportion (xi, ni)',
    required: ['xi', 'ni'],
  },
  {
    id: 'rates',
    label: 'Events and person-time per arm, for a rate ratio (x1i, t1i, x2i, t2i)',
    required: ['x1i', 't1i', 'x2i', 't2i'],
  },
];

export const OPTIONAL_FIELDS: readonly StudyField[] = ['study', 'year', 'group', 'outcome'];

export const FIELD_DESCRIPTIONS: Record<StudyField, string> = {
  study: 'Study name',
  year: 'Year',
  group: 'Group (for example, intervention type)',
  outcome: 'Outcome',
  yi: 'Effect size (yi)',
  vi: 'Sampling variance (vi)',
  sei: 'Standard error (sei)',
  ci_lower: 'Lower 95% limit (ci_lower)',
  ci_upper: 'Upper 95% limit (ci_upper)',
  m1i: 'Mean, intervention (m1i)',
  sd1i: 'SD, intervention (sd1i)',
  n1i: 'Size, intervention (n1i)',
  m2i: 'Mean, comparison (m2i)',
  sd2i: 'SD, comparison (sd2i)',
  n2i: 'Size, comparison (n2i)',
  ai: 'Events, intervention (ai)',
  bi: 'Non-events, intervention (bi)',
  ci: 'Events, comparison (ci)',
  di: 'Non-events, comparison (di)',
  ri: 'Correlation, between −1 and 1 (ri)',
  ni: 'Number of people (ni)',
  xi: 'Number with the event (xi)',
  x1i: 'Events, intervention (x1i)',
  t1i: 'Person-time, intervention (t1i)',
  x2i: 'Events, comparison (x2i)',
  t2i: 'Person-time, comparison (t2i)',
};

/** Which header each field reads from. A field with no column is absent. */
export type ColumnMapping = Partial<Record<StudyField, string>>;

export function layoutById(id: LayoutId): Layout {
  const layout = LAYOUTS.find((candidate) => candidate.id === id);
  if (!layout) throw new Error(`layoutById: unknown layout ${id as string}`);
  return layout;
}

/** Maps each field to the header with the same name (ignoring case and surrounding spaces). */
export function automaticMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const lower = headers.map((header) => header.trim().toLowerCase());
  for (const field of STUDY_FIELDS) {
    const index = lower.indexOf(field);
    const header = headers[index];
    if (index >= 0 && header !== undefined) mapping[field] = header;
  }
  return mapping;
}

/** The first layout whose required fields all have a column, or null. */
export function detectLayout(mapping: ColumnMapping): LayoutId | null {
  return LAYOUTS.find((layout) => layout.required.every((field) => mapping[field] !== undefined))?.id ?? null;
}

/** Drops fields whose header is not in the file, so a saved mapping cannot point at a missing column. */
export function mappingForHeaders(mapping: ColumnMapping, headers: readonly string[]): ColumnMapping {
  const result: ColumnMapping = {};
  for (const field of STUDY_FIELDS) {
    const header = mapping[field];
    if (header !== undefined && headers.includes(header)) result[field] = header;
  }
  return result;
}
