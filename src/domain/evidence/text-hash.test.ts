import { describe, expect, it } from 'vitest';
import { hashText } from './text-hash';

describe('hashText', () => {
  it('gives the FNV-1a hash as 8 hex digits', () => {
    expect(hashText('')).toBe('811c9dc5');
    expect(hashText('a')).toBe('e40c292c');
  });

  it('changes when one character changes', () => {
    expect(hashText('{"datasetVersion":"1.0.0"}')).not.toBe(hashText('{"datasetVersion":"1.0.1"}'));
  });
});
