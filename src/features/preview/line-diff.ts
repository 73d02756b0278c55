/**
 * Line diff between two versions of a file: which lines of the new text are new, and the hunks that
 * turn the old text into the new one (so Monaco can apply small edits and keep its scroll position).
 * Common prefix and suffix are cut first; the rest is a longest-common-subsequence table, which is
 * small because an edit touches a few lines.
 */

export interface Hunk {
  /** First replaced line of the old text, 0-based. */
  oldStart: number;
  /** Number of old lines replaced (0 for a pure insertion). */
  oldCount: number;
  /** First line of the replacement in the new text, 0-based. */
  newStart: number;
  newLines: string[];
}

/** Above this many cells the middle is treated as one hunk instead of being diffed. */
const MAX_TABLE_CELLS = 2_000_000;

export function diffLines(before: string, after: string): Hunk[] {
  if (before === after) return [];
  const old = before.split('\n');
  const next = after.split('\n');
  let prefix = 0;
  while (prefix < old.length && prefix < next.length && old[prefix] === next[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < old.length - prefix &&
    suffix < next.length - prefix &&
    old[old.length - 1 - suffix] === next[next.length - 1 - suffix]
  )
    suffix++;
  const oldMiddle = old.slice(prefix, old.length - suffix);
  const newMiddle = next.slice(prefix, next.length - suffix);
  if (oldMiddle.length * newMiddle.length > MAX_TABLE_CELLS || !oldMiddle.length || !newMiddle.length)
    return [{ oldStart: prefix, oldCount: oldMiddle.length, newStart: prefix, newLines: newMiddle }];

  // lcs[i][j]: length of the longest common subsequence of oldMiddle[i..] and newMiddle[j..].
  const width = newMiddle.length + 1;
  const lcs = new Uint32Array((oldMiddle.length + 1) * width);
  for (let i = oldMiddle.length - 1; i >= 0; i--)
    for (let j = newMiddle.length - 1; j >= 0; j--)
      lcs[i * width + j] =
        oldMiddle[i] === newMiddle[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);

  const hunks: Hunk[] = [];
  let open: Hunk | undefined;
  const close = () => {
    if (open) hunks.push(open);
    open = undefined;
  };
  let i = 0;
  let j = 0;
  while (i < oldMiddle.length || j < newMiddle.length) {
    if (i < oldMiddle.length && j < newMiddle.length && oldMiddle[i] === newMiddle[j]) {
      close();
      i++;
      j++;
      continue;
    }
    open ??= { oldStart: prefix + i, oldCount: 0, newStart: prefix + j, newLines: [] };
    if (
      j < newMiddle.length &&
      (i >= oldMiddle.length || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)
    ) {
      open.newLines.push(newMiddle[j++]!);
    } else {
      open.oldCount++;
      i++;
    }
  }
  close();
  return hunks;
}

/** 1-based numbers of the lines of `after` that `before` did not have. */
export function changedLineNumbers(before: string, after: string): number[] {
  return diffLines(before, after).flatMap((hunk) =>
    hunk.newLines.map((_, index) => hunk.newStart + index + 1),
  );
}
