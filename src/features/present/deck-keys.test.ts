import { describe, expect, it } from 'vitest';
import { OWN_SCROLL_ATTRIBUTE, keyBelongsToControl, moveForKey, targetSlide } from './deck-keys';

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

  it('leaves the scroll keys inside the speaker notes to the notes; only ← and → change slide there', () => {
    const notes = document.createElement('div');
    notes.setAttribute(OWN_SCROLL_ATTRIBUTE, '');
    const item = document.createElement('li');
    notes.append(item);
    for (const key of [' ', 'PageDown', 'PageUp', 'ArrowDown', 'ArrowUp', 'Home', 'End']) {
      expect(keyBelongsToControl(key, notes), key).toBe(true);
      expect(keyBelongsToControl(key, item), key).toBe(true);
    }
    expect(keyBelongsToControl('ArrowRight', notes)).toBe(false);
    expect(keyBelongsToControl('ArrowLeft', item)).toBe(false);
    expect(keyBelongsToControl('PageDown', document.body)).toBe(false);
  });
});
