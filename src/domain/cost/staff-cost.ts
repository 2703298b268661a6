// The cost worksheet's arithmetic: sessions × hours per session × practitioners × an hourly cost, all entered (or
// checked) by the commissioner. Pure functions, so the page, the print view and the CSV show the same figure. The
// result is the commissioner's own estimate from their own inputs, never a sourced cost, and nothing here converts a
// currency or a price year.

export const WORKSHEET_FIELDS = ['sessions', 'hoursPerSession', 'practitioners', 'hourlyCost'] as const;
export type WorksheetField = (typeof WORKSHEET_FIELDS)[number];

export type WorksheetInputs = Record<WorksheetField, string>;
export type WorksheetNumbers = Record<WorksheetField, number>;

export const ESTIMATE_LABEL = 'Your estimate from your inputs, not a sourced cost';

interface FieldRule {
  label: string;
  /** How the "Enter …" message names the field. */
  enter: string;
  whole: boolean;
  max: number;
  example: string;
}

export const FIELD_RULES: Record<WorksheetField, FieldRule> = {
  sessions: { label: 'Number of sessions', enter: 'the number of sessions', whole: true, max: 1000, example: '12' },
  hoursPerSession: {
    label: 'Hours per session',
    enter: 'the hours per session',
    whole: false,
    max: 24,
    example: '1.5',
  },
  practitioners: {
    label: 'Practitioners at each session',
    enter: 'the number of practitioners at each session',
    whole: true,
    max: 50,
    example: '2',
  },
  hourlyCost: {
    label: 'Hourly staff cost in pounds',
    enter: 'the hourly staff cost in pounds',
    whole: false,
    max: 10000,
    example: '45.50',
  },
};

export type FieldResult = { value: number; error: null } | { value: null; error: string };

/** Reads one input; a bad one gets a message in the GOV.UK style (what is wrong and how to put it right). */
export function readField(field: WorksheetField, raw: string): FieldResult {
  const rule = FIELD_RULES[field];
  let text = raw.trim();
  if (field === 'hourlyCost') text = text.replace(/^£\s*/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  if (text === '') return { value: null, error: `Enter ${rule.enter}` };
  if (!/^-?\d+(\.\d+)?$/.test(text) && !/^-?\.\d+$/.test(text))
    return { value: null, error: `${rule.label} must be a number, like ${rule.example}` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { value: null, error: `${rule.label} must be a number, like ${rule.example}` };
  if (value <= 0) return { value: null, error: `${rule.label} must be more than 0` };
  if (rule.whole && !Number.isInteger(value))
    return { value: null, error: `${rule.label} must be a whole number, like ${rule.example}` };
  if (value > rule.max)
    return { value: null, error: `${rule.label} must be ${rule.max.toLocaleString('en-GB')} or less` };
  return { value, error: null };
}

export interface WorksheetResult {
  errors: Partial<Record<WorksheetField, string>>;
  /** Null whenever any input is bad: no figure is shown from partial input. */
  numbers: WorksheetNumbers | null;
  pounds: number | null;
}

export function staffCost(numbers: WorksheetNumbers): number {
  return numbers.sessions * numbers.hoursPerSession * numbers.practitioners * numbers.hourlyCost;
}

export function workOut(inputs: WorksheetInputs): WorksheetResult {
  const errors: Partial<Record<WorksheetField, string>> = {};
  const numbers: Partial<WorksheetNumbers> = {};
  for (const field of WORKSHEET_FIELDS) {
    const result = readField(field, inputs[field]);
    if (result.error !== null) errors[field] = result.error;
    else numbers[field] = result.value;
  }
  if (Object.keys(errors).length > 0) return { errors, numbers: null, pounds: null };
  const complete = numbers as WorksheetNumbers;
  return { errors, numbers: complete, pounds: staffCost(complete) };
}

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const poundsAndPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** "£1,234" (to the nearest pound: an estimate should not look more precise than its inputs). */
export function formatPounds(value: number): string {
  return pounds.format(Math.round(value));
}

const plural = (value: number, one: string, many: string) =>
  `${value.toLocaleString('en-GB')} ${value === 1 ? one : many}`;

/** "12 sessions × 1.5 hours × 2 practitioners × £45.50 an hour", the working shown beside the figure. */
export function workingText(numbers: WorksheetNumbers): string {
  return [
    plural(numbers.sessions, 'session', 'sessions'),
    plural(numbers.hoursPerSession, 'hour', 'hours'),
    plural(numbers.practitioners, 'practitioner', 'practitioners'),
    `${poundsAndPence.format(numbers.hourlyCost)} an hour`,
  ].join(' × ');
}
