import { describe, expect, it } from 'vitest';
import { isSectionOpen, shiftCacheSections } from './section-state';

describe(shiftCacheSections, () => {
  it('moves the states of the cards after a removed cache down by one, and drops the removed one', () => {
    // Three caches: the first collapsed, the second opened with its parameters, the third as shown.
    const toggled = { 'caches.0': false, 'caches.1': true, 'caches.1.parameters': true, network: false };
    const after = shiftCacheSections(toggled, 0, -1, 3);
    expect(isSectionOpen(after, 'caches.0')).toBe(true);
    expect(isSectionOpen(after, 'caches.0.parameters')).toBe(true);
    // The third card was closed by default; as the second now, it stays closed.
    expect(isSectionOpen(after, 'caches.1')).toBe(false);
    expect(isSectionOpen(after, 'caches.1.parameters')).toBe(false);
    expect(after.network).toBe(false);
  });

  it('moves the states of the cards after an inserted cache up by one', () => {
    // Two caches, both as shown by default: the first open, the second closed.
    const after = shiftCacheSections({ 'caches.1.backup': false }, 1, 1, 2);
    expect(isSectionOpen(after, 'caches.0')).toBe(true);
    expect(isSectionOpen(after, 'caches.2')).toBe(false);
    expect(isSectionOpen(after, 'caches.2.backup')).toBe(false);
    expect(after['caches.1.backup']).toBeUndefined();
  });

  it('leaves the other cards as they were when the last cache is removed', () => {
    const toggled = { 'caches.0': false, 'caches.1': true };
    expect(shiftCacheSections(toggled, 1, -1, 2)).toEqual({ 'caches.0': false });
  });
});
