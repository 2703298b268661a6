// The pooling methods, listed once with their labels: the engine, the saved-workspace schema, the URL settings and the
// page all read this list, so a new method is added here and nowhere else.

export const POOL_METHODS = [
  { id: 'REML', name: 'REML', label: 'REML (restricted maximum likelihood)' },
  { id: 'DL', name: 'DerSimonian–Laird', label: 'DerSimonian–Laird' },
  { id: 'PM', name: 'Paule–Mandel', label: 'Paule–Mandel' },
  { id: 'FE', name: 'fixed effect', label: 'Fixed effect' },
] as const;

export type PoolMethod = (typeof POOL_METHODS)[number]['id'];

/** The ids in display order, as a non-empty tuple (for z.enum). */
export const POOL_METHOD_IDS = POOL_METHODS.map((method) => method.id) as [PoolMethod, ...PoolMethod[]];

/** The short name used inside sentences ("REML", "fixed effect"). */
export const POOL_METHOD_NAMES: Record<PoolMethod, string> = Object.fromEntries(
  POOL_METHODS.map((method) => [method.id, method.name]),
) as Record<PoolMethod, string>;

export function isPoolMethod(value: unknown): value is PoolMethod {
  return POOL_METHODS.some((method) => method.id === value);
}
