// Saving files is shared with the rest of the app (src/components/download.ts); these helpers are the workspace's own.
export { downloadBlob, downloadText } from '../../components/download';

/** A safe file name from a workspace name. */
export function fileNameFor(name: string, extension: string): string {
  const base =
    name
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'analysis';
  return `${base}.${extension}`;
}
