// Text in the charts' SVG layouts is wrapped by character count: a layout measures nothing in the browser, so the same
// drawing serves the page, print, export and the server render. The forest plot and the evidence map share this.

/** A line of text placed in viewBox units. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
}

/** Average advance of a character in the charts' sans-serif face, in ems; digits are 0.556 em in Arial and Helvetica. */
export const CHARACTER_EM = 0.56;

/** How many characters fit in `width` viewBox units at `fontSize`; never fewer than 8, so a word has room. */
export function charactersIn(width: number, fontSize: number): number {
  return Math.max(8, Math.floor(width / (fontSize * CHARACTER_EM)));
}

/** Breaks text into lines of at most `maxCharacters` at spaces; a single word longer than that keeps its own line. */
export function wrapText(text: string, maxCharacters: number): string[] {
  const lines: string[] = [];
  // Split on ordinary white space only, so a no-break space keeps an arrow with its word.
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= maxCharacters) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Wraps, then keeps at most `maxLines` lines and `maxCharacters` a line, ending a cut with "…". */
export function wrapTextClipped(text: string, maxCharacters: number, maxLines: number): string[] {
  const lines = wrapText(text, maxCharacters).map((line) =>
    line.length > maxCharacters ? `${line.slice(0, maxCharacters - 1)}…` : line,
  );
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.length >= maxCharacters ? last.slice(0, maxCharacters - 1) : last}…`;
  return kept;
}
