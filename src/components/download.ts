// Makes a file in the browser and offers it as a download. Nothing is sent anywhere: the file is a local blob URL.

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download has started.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(filename: string, text: string, type: string): void {
  downloadBlob(filename, new Blob([text], { type }));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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
