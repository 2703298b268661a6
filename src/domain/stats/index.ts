// The statistics engine's public API. Tests outside the project use these names and shapes: keep them stable.
export type { StudyEffect, PoolMethod, PoolOptions, PoolResult } from './meta-analysis';
export { pool, leaveOneOut, eggerTest, subgroupAnalysis } from './meta-analysis';
export { standardizedMeanDifference } from './smd';
export { probabilityOfBenefit, improvementIndex, numberNeededToTreat, extraFamiliesBenefitingPer100 } from './conversions';
