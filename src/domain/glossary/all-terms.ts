import type { GlossaryEntry } from './glossary-entry';
import { attachmentTerm } from './attachment';
import { certaintyTerm } from './certainty';
import { comparisonGroupTerm } from './comparison-group';
import { confidenceIntervalTerm } from './confidence-interval';
import { controlledStudyTerm } from './controlled-study';
import { derivedFigureTerm } from './derived-figure';
import { dyadicTerm } from './dyadic';
import { effectSizeTerm } from './effect-size';
import { hedgesGTerm } from './hedges-g';
import { heterogeneityTerm } from './heterogeneity';
import { mentalizationTerm } from './mentalization';
import { metaAnalysisTerm } from './meta-analysis';
import { numberNeededToTreatTerm } from './number-needed-to-treat';
import { pValueTerm } from './p-value';
import { pooledResultTerm } from './pooled-result';
import { prePostTerm } from './pre-post';
import { psychodynamicTerm } from './psychodynamic';
import { quasiExperimentalTerm } from './quasi-experimental';
import { rctTerm } from './rct';
import { reflectiveFunctioningTerm } from './reflective-functioning';
import { statisticallySignificantTerm } from './statistically-significant';
import { systematicReviewTerm } from './systematic-review';

// One file per term, so a page's script carries only the definitions that page shows (a Term imports its entry).
// This list is the glossary page, in alphabetical order of id.
export const GLOSSARY: readonly GlossaryEntry[] = [
  attachmentTerm,
  certaintyTerm,
  comparisonGroupTerm,
  confidenceIntervalTerm,
  controlledStudyTerm,
  derivedFigureTerm,
  dyadicTerm,
  effectSizeTerm,
  hedgesGTerm,
  heterogeneityTerm,
  mentalizationTerm,
  metaAnalysisTerm,
  numberNeededToTreatTerm,
  pValueTerm,
  pooledResultTerm,
  prePostTerm,
  psychodynamicTerm,
  quasiExperimentalTerm,
  rctTerm,
  reflectiveFunctioningTerm,
  statisticallySignificantTerm,
  systematicReviewTerm,
];
