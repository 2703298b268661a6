// Display formats for the analysis figures: the precision the page shows (and the browser test compares with metafor).

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** p to 3 decimals, or as 2.0 × 10⁻²⁶ when below 0.001 (never "0"). */
export function formatP(p: number): string {
  if (!Number.isFinite(p)) return 'not available';
  if (p >= 0.001) return p.toFixed(3);
  if (p === 0) return 'below 10⁻³⁰⁸';
  const [mantissa = '', exponent = ''] = p.toExponential(1).split('e');
  return `${mantissa} × 10${String(Number(exponent)).replace(/[-0-9]/g, (character) => SUPERSCRIPT[character] ?? character)}`;
}

export function formatTau2(value: number): string {
  return value.toFixed(4);
}

export function formatI2(value: number): string {
  return `${value.toFixed(1)}%`;
}
