// Dates as people read them on printed and cited pages.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "27 November 2026": the date a person accessed or printed a page. Spelt out by hand, not with toLocaleDateString:
 * that builds a new Intl formatter on each call, and hooks call this on every render (measured: 45 ms of a slow
 * laptop's start-up on the catalogue page).
 */
export function todayInWords(date = new Date()): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()] ?? ''} ${date.getFullYear()}`;
}

/** "2026-11-27": dates inside RIS and BibTeX files. */
export function todayIso(date = new Date()): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** "2026-11-26" → "26 November 2026" (GOV.UK style), without Intl so the server and the browser agree. */
export function formatDatasetDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return isoDate;
  return `${Number(match[3])} ${month} ${match[1]}`;
}
