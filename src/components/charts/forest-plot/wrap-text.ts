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
