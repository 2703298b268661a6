// The random-effects engine, one concept per file: study-checks (what metafor would refuse), tau2-estimators,
// pool, leave-one-out, small-study-tests (Egger) and subgroups. This module gathers them for older imports.
// Reference values: fixtures/*.json, made by scripts/r/make-stats-fixtures.R.
export type { PoolMethod } from './pool-methods';
export type { StudyEffect, PoolOptions, PoolResult } from './study-effect';
export { checkStudies, isPoolable, validateStudies, type StudyProblem } from './study-checks';
export { pool } from './pool';
export { leaveOneOut } from './leave-one-out';
export { eggerTest } from './small-study-tests';
export { subgroupAnalysis, type SubgroupResult } from './subgroups';
