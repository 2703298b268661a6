// What a printed page says about the choices behind it: the filters or comparison in its address, in words.

const NAMES: Record<string, string> = {
  delivered: 'delivered in the UK',
  type: 'type',
  outcome: 'outcome',
  format: 'format',
  age: 'child’s age',
  design: 'design',
  country: 'country',
  programme: 'programme',
};

/** "type: mentalization, dyadic; country: UK", or "none" when the address has no parameters. */
export function describeActiveChoices(parameters: URLSearchParams): string {
  const grouped = new Map<string, string[]>();
  for (const [name, value] of parameters) grouped.set(name, [...(grouped.get(name) ?? []), value]);
  if (grouped.size === 0) return 'none';
  return [...grouped.entries()].map(([name, values]) => `${NAMES[name] ?? name}: ${values.join(', ')}`).join('; ');
}
