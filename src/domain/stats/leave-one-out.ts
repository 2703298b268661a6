import { pool } from './pool';
import type { PoolOptions, PoolResult, StudyEffect } from './study-effect';
import { resolveOptions, validateStudies } from './study-checks';
import { EngineProblem } from './engine-problem';

/** metafor's leave1out(): the i-th result pools every study except study i. */
export function leaveOneOut(studies: readonly StudyEffect[], options?: PoolOptions): PoolResult[] {
  validateStudies('leaveOneOut', studies);
  const { test } = resolveOptions('leaveOneOut', options);
  const needed = test === 'knha' ? 3 : 2;
  if (studies.length < needed) {
    throw new EngineProblem(
      'too-few-studies',
      `leaveOneOut: needs at least ${needed} studies${test === 'knha' ? ' with the Knapp-Hartung test' : ''}; got ${studies.length}`,
    );
  }
  return studies.map((_, omitted) =>
    pool(
      studies.filter((__, index) => index !== omitted),
      options,
    ),
  );
}
