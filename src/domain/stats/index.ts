// The statistics engine's public API. Tests outside the project use these names and shapes: keep them stable.
export type { PoolMethod } from './pool-methods';
export { POOL_METHODS, POOL_METHOD_IDS, POOL_METHOD_NAMES, isPoolMethod } from './pool-methods';
export type { StudyEffect, PoolOptions, PoolResult, PoolWarning } from './study-effect';
export type { StudyProblem, SubgroupResult } from './meta-analysis';
export { pool, leaveOneOut, eggerTest, subgroupAnalysis, checkStudies, isPoolable } from './meta-analysis';
export { EngineProblem, ENGINE_PROBLEM_TEXT, problemKindOf, type EngineProblemKind } from './engine-problem';
export { standardizedMeanDifference } from './smd';
export {
  probabilityOfBenefit,
  improvementIndex,
  numberNeededToTreat,
  extraFamiliesBenefitingPer100,
} from './conversions';
export type { EffectAndVariance, MeansInput, CountsInput } from './effect-sizes';
export type { CountsMeasure, FixedEffectPooled, RatesInput } from './effect-measures';
export {
  fisherZ,
  freemanTukeyProportion,
  harmonicMean,
  inverseFreemanTukey,
  inverseLogit,
  logIncidenceRateRatio,
  logitProportion,
  mantelHaenszel,
  petoOddsRatio,
  riskDifference,
  zToCorrelation,
} from './effect-measures';
export {
  smdFromMeans,
  smdVarianceFromSizes,
  logOddsRatio,
  logRiskRatio,
  varianceFromInterval,
  varianceFromStandardError,
} from './effect-sizes';
export type { ProfileLikelihoodResult } from './profile-likelihood';
export { profileLikelihoodInterval } from './profile-likelihood';
export type { GroupPooling, SubgroupComparison, SubgroupTest } from './subgroups';
export { subgroupComparison } from './subgroups';
export type { MetaRegressionResult, RegressionStudy } from './meta-regression';
export { metaRegression, dummyCoding } from './meta-regression';
export type { HeterogeneityInterval } from './heterogeneity-interval';
export { heterogeneityInterval } from './heterogeneity-interval';
export type { ThreeLevelOutcome, ThreeLevelProblem, ThreeLevelResult, ThreeLevelTest } from './three-level';
// The three-level model's functions are imported from './three-level' directly: kept out of this index, so that the
// page that loads them on demand (three-level-analysis.ts) does not pull them into the code every page shares.
// Types only: the analysis page loads influence-diagnostics.ts and egger-rma.ts lazily, and a value re-export here
// would pull them into the page's first script. Import their functions from the files themselves.
export type { InfluenceResult, StudyInfluence } from './influence-diagnostics';
export type { EggerRmaOutcome, EggerRmaResult } from './egger-rma';
// Types only for trim-and-fill too: the page loads it on demand (trim-and-fill-analysis.ts).
export type {
  FilledStudy,
  TrimAndFillEstimator,
  TrimAndFillOptions,
  TrimAndFillOutcome,
  TrimAndFillProblem,
  TrimAndFillResult,
  TrimAndFillSide,
} from './trim-and-fill';
