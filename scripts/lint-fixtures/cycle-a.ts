// Half of an import cycle, kept for scripts/eslint-config.test.ts (which proves lint refuses it). Lint ignores this folder.
import { countDown } from './cycle-b';

export function countUp(value: number): number {
  return value > 0 ? countDown(value - 1) : 0;
}
