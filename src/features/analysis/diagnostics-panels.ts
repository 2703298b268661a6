// The lazily loaded diagnostics (and the Mantel–Haenszel and Peto table) as one module, so the page’s first script
// carries one dynamic import, not several.
export { EggerForms } from './egger-forms';
export { InfluenceContent, InfluenceSection } from './influence-panel';
export { FixedEffectCountsContent } from './fixed-effect-counts-panel';
