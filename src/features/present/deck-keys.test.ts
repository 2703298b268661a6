import { describe, expect, it } from 'vitest';
import { keyBelongsToControl, moveForKey, targetSlide } from './deck-keys';

describe('deck keys', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['a', null],
  ] as const)('maps %j to %s', (key, move) => {
    expect(moveForKey(key)).toBe(move);
  });

  it('stays within the deck', () => {
    expect(targetSlide('next', 13, 13)).toBe(13);
    expect(targetSlide('previous', 1, 13)).toBe(1);
    expect(targetSlide('last', 4, 13)).toBe(13);
    expect(targetSlide('first', 4, 13)).toBe(1);
  });

  it('leaves typing and Space on buttons to the control', () => {
    const input = document.createElement('input');
    const button = document.createElement('button');
    expect(keyBelongsToControl('ArrowRight', input)).toBe(true);
    expect(keyBelongsToControl(' ', button)).toBe(true);
    expect(keyBelongsToControl('ArrowRight', button)).toBe(false);
    expect(keyBelongsToControl(' ', document.body)).toBe(false);
  });
});
