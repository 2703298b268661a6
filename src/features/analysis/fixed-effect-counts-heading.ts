// Apart from fixed-effect-counts-panel.tsx, which loads on demand with its engine: the report names its section with it.
export const FIXED_EFFECT_COUNTS_HEADING = 'Fixed-effect methods for counts: Mantel–Haenszel and Peto';
