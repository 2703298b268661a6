// The other half of the import cycle in cycle-a.ts.
import { countUp } from './cycle-a';

export function countDown(value: number): number {
  return value > 0 ? countUp(value - 1) : 0;
}
