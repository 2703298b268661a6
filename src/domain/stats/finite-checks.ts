import type { EffectAndVariance } from './effect-sizes';
import { EngineProblem } from './engine-problem';

// The input and output checks every effect-size function shares: a named, plain error instead of NaN downstream.

export function requireFinite(functionName: string, entries: readonly (readonly [string, number])[]): void {
  for (const [name, value] of entries) {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new EngineProblem('not-finite', `${functionName}: ${name} = ${String(value)}; it must be a finite number`);
  }
}

export function requireFiniteResult(functionName: string, result: EffectAndVariance): EffectAndVariance {
  if (!Number.isFinite(result.yi) || !Number.isFinite(result.vi) || !(result.vi > 0)) {
    throw new EngineProblem(
      'not-finite',
      `${functionName}: the values are too extreme to give a finite effect and a positive variance`,
    );
  }
  return result;
}
