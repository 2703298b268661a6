import { afterEach, describe, expect, it } from 'vitest';
import { hashTarget } from './hash-target';

describe('hashTarget', () => {
  afterEach(() => document.body.replaceChildren());

  it('finds the element a fragment names, escaped or not', () => {
    document.body.innerHTML = '<p id="rct">RCT</p><p id="café">Café</p>';
    expect(hashTarget('#rct')?.textContent).toBe('RCT');
    expect(hashTarget('#caf%C3%A9')?.textContent).toBe('Café');
  });

  it('ignores an empty fragment and a malformed escape instead of throwing', () => {
    document.body.innerHTML = '<p id="rct">RCT</p>';
    expect(hashTarget('')).toBeNull();
    expect(hashTarget('#')).toBeNull();
    expect(hashTarget('#%')).toBeNull();
    expect(hashTarget('#%E0%A4%A')).toBeNull();
  });
});
