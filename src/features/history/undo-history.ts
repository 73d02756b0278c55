/**
 * An undo/redo history of snapshots. Rapid edits of one field (typing a name) coalesce into one step,
 * and so do changes made together in one burst (a select that also adjusts a dependent field).
 */

export interface UndoHistoryOptions {
  /** Oldest steps are dropped beyond this many. */
  limit?: number;
  /** Edits of the same field closer together than this form one step. */
  coalesceMs?: number;
  /** Any edits closer together than this form one step (one user action, several fields). */
  burstMs?: number;
}

export interface UndoHistory<T> {
  readonly present: T;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Records a new present. `key` names what changed; undefined never coalesces (a preset, an import). */
  record(value: T, key: string | undefined, at: number): void;
  undo(): T | undefined;
  redo(): T | undefined;
}

export function createUndoHistory<T>(initial: T, options: UndoHistoryOptions = {}): UndoHistory<T> {
  const { limit = 200, coalesceMs = 1000, burstMs = 50 } = options;
  const past: T[] = [];
  const future: T[] = [];
  let present = initial;
  let last: { key: string | undefined; at: number } | undefined;

  return {
    get present() {
      return present;
    },
    get canUndo() {
      return past.length > 0;
    },
    get canRedo() {
      return future.length > 0;
    },
    record(value, key, at) {
      const coalesce =
        last !== undefined &&
        past.length > 0 &&
        (at - last.at < burstMs || (key !== undefined && key === last.key && at - last.at < coalesceMs));
      if (!coalesce) {
        past.push(present);
        if (past.length > limit) past.shift();
      }
      present = value;
      future.length = 0;
      last = key === undefined ? undefined : { key, at };
    },
    undo() {
      const previous = past.pop();
      if (previous === undefined) return undefined;
      future.push(present);
      present = previous;
      last = undefined;
      return present;
    },
    redo() {
      const next = future.pop();
      if (next === undefined) return undefined;
      past.push(present);
      present = next;
      last = undefined;
      return present;
    },
  };
}
