// The lazily loaded diagnostics as one module, so the page's first script carries one dynamic import, not three.
export { EggerForms } from './egger-forms';
export { InfluenceContent, InfluenceSection } from './influence-panel';
