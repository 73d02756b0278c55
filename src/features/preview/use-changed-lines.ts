import { useState } from 'react';
import { changedLineNumbers } from './line-diff';

export interface LineChanges {
  /** 1-based numbers of the lines the last edit changed. */
  lines: ReadonlySet<number>;
  /** Counts edits, so a line changed twice in a row restarts its highlight. */
  revision: number;
}

const NO_CHANGES: LineChanges = { lines: new Set(), revision: 0 };

/**
 * The lines of `content` that differ from the previous content of the same file. Switching files
 * highlights nothing: only an edit does. (React's "information from previous renders" pattern.)
 */
export function useChangedLines(path: string, content: string): LineChanges {
  const [seen, setSeen] = useState({ path, content, changes: NO_CHANGES });
  if (seen.path === path && seen.content === content) return seen.changes;
  const changes =
    seen.path === path
      ? { lines: new Set(changedLineNumbers(seen.content, content)), revision: seen.changes.revision + 1 }
      : NO_CHANGES;
  setSeen({ path, content, changes });
  return changes;
}
