import type { CommissioningFact, Programme } from './evidence-schema';

// "Delivered in the UK" is its own question, apart from where a programme's trials ran: a programme tested abroad can
// be offered here, and one tested here may not be offered now. The answer comes only from the commissioning facts
// (the `uk_delivery` entries of programmes-commissioning.json), each with its source. When our sources say nothing,
// the answer is "not in our sources", never "no".

export const UK_DELIVERY_VALUES = ['uk', 'not-in-sources'] as const;
export type UkDeliveryValue = (typeof UK_DELIVERY_VALUES)[number];

export const UK_DELIVERY_LABELS: Record<UkDeliveryValue, string> = {
  uk: 'Yes: our sources describe UK delivery',
  'not-in-sources': 'Not in our sources',
};

export interface UkDelivery {
  value: UkDeliveryValue;
  /** The sourced facts the answer rests on (none when it is "not in our sources"). */
  facts: CommissioningFact[];
}

export function ukDelivery(programme: Programme): UkDelivery {
  const facts = programme.commissioning.ukDelivery.facts;
  return { value: facts.length > 0 ? 'uk' : 'not-in-sources', facts };
}

/** A short line for a card: the answer and, when there is one, the first sourced fact behind it. */
export function ukDeliveryLine(programme: Programme): string {
  const { value, facts } = ukDelivery(programme);
  const first = facts[0];
  if (value === 'not-in-sources' || !first) return UK_DELIVERY_LABELS['not-in-sources'];
  const more = facts.length > 1 ? ` (and ${facts.length - 1} more ${facts.length === 2 ? 'fact' : 'facts'})` : '';
  return `Yes. ${first.sourceName}: ${first.value}${more}`;
}
