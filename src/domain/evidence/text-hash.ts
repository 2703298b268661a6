/**
 * A fast 32-bit FNV-1a hash of a text, as 8 hex digits. The build stamps each prerendered page with the hash of the
 * dataset it was made from; the browser hashes the file it downloads to tell whether it is exactly that file. Not for
 * security: only to notice a change.
 */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
