import { MAX_CSV_CHARACTERS } from './csv';

// A chosen file's bytes → text. The size is checked from the file's own length before anything is read (a 50 MB file
// read whole froze the page for seconds before the limit refused it). UTF-8 is expected; a file that is not valid
// UTF-8 (Excel's "CSV" on Windows is often Windows-1252, that is Latin-1) is read as Windows-1252 with a warning,
// instead of showing "M�ller".

/** Bytes: a UTF-8 file within the character limit can be no longer than this in most real tables (one byte a char). */
export const MAX_FILE_BYTES = MAX_CSV_CHARACTERS;

export type FileSizeCheck = { ok: true } | { ok: false; reason: string };

export function checkFileSize(bytes: number): FileSizeCheck {
  if (bytes <= MAX_FILE_BYTES) return { ok: true };
  const megabytes = (value: number) =>
    `${(value / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
  return {
    ok: false,
    reason: `the file is ${megabytes(bytes)}; the limit is ${megabytes(MAX_FILE_BYTES)}, far more than any meta-analysis needs. Check it is the right file, or remove columns you do not need`,
  };
}

export interface DecodedFile {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
  /** Said to the reader when the file was not UTF-8. */
  warning?: string;
}

export function decodeTableBytes(bytes: Uint8Array): DecodedFile {
  try {
    // fatal: invalid UTF-8 throws instead of turning into U+FFFD; the BOM, if any, is dropped.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'windows-1252',
      warning:
        'This file is not in UTF-8, so it was read as Windows-1252 (Latin-1), as Excel on Windows often saves CSV. Check that names with accents, such as Müller, look right. To be sure, save the file as “CSV UTF-8” and choose it again.',
    };
  }
}
