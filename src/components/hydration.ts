/**
 * True while React is hydrating a prerendered page. A component whose first render would depend on the browser (screen
 * width, say) must render what the server rendered while this is true, or the page shifts and React reports a mismatch.
 */
let hydrating = false;

export function isHydrating(): boolean {
  return hydrating;
}

export function setHydrating(value: boolean): void {
  hydrating = value;
}
