export interface AnchorBox {
  left: number;
  bottom: number;
}

/** Width of a definition tooltip: 18rem, or less on a narrow screen. */
export function tooltipWidth(viewportWidth: number): number {
  return Math.min(288, viewportWidth - 16);
}

/**
 * Where a definition tooltip goes, in viewport coordinates (it is position: fixed, so no scrolling table or card
 * clips it): just below its term, starting at the term's left edge, but moved left to stay 8px inside the viewport.
 */
export function tooltipPosition(
  anchor: AnchorBox,
  viewportWidth: number,
): { top: number; left: number; width: number } {
  const width = tooltipWidth(viewportWidth);
  const left = Math.max(8, Math.min(anchor.left, viewportWidth - width - 8));
  return { top: anchor.bottom + 4, left, width };
}
