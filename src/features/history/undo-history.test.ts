import { describe, expect, it } from 'vitest';
import { createUndoHistory } from './undo-history';

describe(createUndoHistory, () => {
  it('undoes and redoes steps in order', () => {
    const history = createUndoHistory('a');
    history.record('b', 'name', 0);
    history.record('c', 'region', 5000);
    expect(history.undo()).toBe('b');
    expect(history.undo()).toBe('a');
    expect(history.undo()).toBeUndefined();
    expect(history.redo()).toBe('b');
    expect(history.present).toBe('b');
    expect(history.canRedo).toBe(true);
  });

  it('coalesces typing in one field, but not in different fields', () => {
    const history = createUndoHistory('');
    history.record('o', 'name', 0);
    history.record('or', 'name', 300);
    history.record('ord', 'name', 600);
    history.record('ord!', 'description', 900);
    expect(history.undo()).toBe('ord');
    expect(history.undo()).toBe('');
  });

  it('makes changes of one burst one step, whatever their fields', () => {
    const history = createUndoHistory(0);
    history.record(1, 'network.mode', 0);
    history.record(2, 'network', 1);
    expect(history.undo()).toBe(0);
  });

  it('never coalesces a replacement, and a new edit clears redo', () => {
    const history = createUndoHistory('a');
    history.record('b', undefined, 0);
    history.record('c', undefined, 1);
    expect(history.undo()).toBe('b');
    history.record('d', 'name', 2000);
    expect(history.canRedo).toBe(false);
    expect(history.undo()).toBe('b');
  });

  it('starts a new step after an undo', () => {
    const history = createUndoHistory('a');
    history.record('ab', 'name', 0);
    history.undo();
    history.record('ax', 'name', 100);
    history.record('axy', 'name', 200);
    expect(history.undo()).toBe('a');
  });

  it('forgets the oldest steps beyond its limit', () => {
    const history = createUndoHistory(0, { limit: 2 });
    for (let step = 1; step <= 4; step++) history.record(step, undefined, step * 10_000);
    expect(history.undo()).toBe(3);
    expect(history.undo()).toBe(2);
    expect(history.undo()).toBeUndefined();
  });
});
