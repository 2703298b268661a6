import { describe, expect, it } from 'vitest';
import { checkFileSize, decodeTableBytes, MAX_FILE_BYTES } from './decode-file';

describe('decodeTableBytes', () => {
  it('reads UTF-8, with or without a byte-order mark, without a warning', () => {
    const utf8 = new TextEncoder().encode('study,yi,vi\nMüller,0.1,0.2\n');
    expect(decodeTableBytes(utf8)).toEqual({ text: 'study,yi,vi\nMüller,0.1,0.2\n', encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeTableBytes(withBom).text.startsWith('study')).toBe(true);
  });

  it('reads a Latin-1 (Windows-1252) file as such, and says so (issue 19)', () => {
    // "Müller" in Windows-1252: ü is the single byte 0xFC, which is not valid UTF-8.
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('study\nM'),
      0xfc,
      ...new TextEncoder().encode('ller\n'),
    ]);
    const decoded = decodeTableBytes(latin1);
    expect(decoded.text).toBe('study\nMüller\n');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warning).toMatch(/not in UTF-8/);
  });
});

describe('checkFileSize', () => {
  it('refuses a file over the limit by its size alone, before it is read', () => {
    expect(checkFileSize(MAX_FILE_BYTES).ok).toBe(true);
    const refused = checkFileSize(50_000_000);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason).toMatch(/^the file is 50 MB; the limit is 20 MB/);
  });
});
