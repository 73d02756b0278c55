import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { changedLineNumbers, diffLines, type Hunk } from './line-diff';

/** Applies hunks (which refer to the old text) from the last to the first. */
function apply(before: string, hunks: Hunk[]): string {
  const lines = before.split('\n');
  for (const hunk of [...hunks].reverse()) lines.splice(hunk.oldStart, hunk.oldCount, ...hunk.newLines);
  return lines.join('\n');
}

describe(diffLines, () => {
  it('finds the one changed line', () => {
    expect(diffLines('a\nb\nc', 'a\nB\nc')).toEqual([
      { oldStart: 1, oldCount: 1, newStart: 1, newLines: ['B'] },
    ]);
    expect(changedLineNumbers('a\nb\nc', 'a\nB\nc')).toEqual([2]);
  });

  it('reports separate hunks for separate edits', () => {
    expect(changedLineNumbers('a\nb\nc\nd\ne', 'A\nb\nc\nd\nE\nf')).toEqual([1, 5, 6]);
  });

  it('handles pure insertions and deletions', () => {
    expect(diffLines('a\nc', 'a\nb\nc')).toEqual([
      { oldStart: 1, oldCount: 0, newStart: 1, newLines: ['b'] },
    ]);
    expect(diffLines('a\nb\nc', 'a\nc')).toEqual([{ oldStart: 1, oldCount: 1, newStart: 1, newLines: [] }]);
    expect(diffLines('same', 'same')).toEqual([]);
  });

  it('always turns the old text into the new one', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 30 })
      .map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, text, (before, after) => {
        expect(apply(before, diffLines(before, after))).toBe(after);
      }),
    );
  });
});
