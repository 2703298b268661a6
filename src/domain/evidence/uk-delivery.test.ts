import { describe, expect, it } from 'vitest';
import { publishedDataset } from '../../../tests/render-with-evidence';
import { UK_DELIVERY_LABELS, ukDelivery, ukDeliveryLine } from './uk-delivery';

describe('delivered in the UK', () => {
  it('answers yes exactly when the commissioning facts describe UK delivery, and keeps every fact with its source', () => {
    for (const programme of publishedDataset.programmes) {
      const answer = ukDelivery(programme);
      const facts = programme.commissioning.ukDelivery.facts;
      expect(answer.value).toBe(facts.length > 0 ? 'uk' : 'not-in-sources');
      expect(answer.facts).toEqual(facts);
      for (const fact of answer.facts) expect(fact.sourceId).toBeTruthy();
    }
  });

  it('says "not in our sources", never "no", when nothing is known', () => {
    expect(Object.values(UK_DELIVERY_LABELS).join(' ')).not.toMatch(/\bno\b/i);
    const unknown = publishedDataset.programmes.find((programme) => ukDelivery(programme).value === 'not-in-sources');
    expect(unknown && ukDeliveryLine(unknown)).toBe('Not in our sources');
  });

  it('is not the country of the trials: programmes tested abroad but delivered here are included', () => {
    const delivered = publishedDataset.programmes.filter((programme) => ukDelivery(programme).value === 'uk');
    expect(delivered.map((programme) => programme.id)).toEqual(
      expect.arrayContaining(['minding-the-baby', 'circle-of-security', 'child-parent-psychotherapy']),
    );
  });
});
