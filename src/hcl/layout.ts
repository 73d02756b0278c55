/**
 * Turns the HCL tree into text exactly as `terraform fmt` would format it.
 *
 * Two stages, like hclwrite: the tree becomes a list of logical lines (nesting depth, text, and for an
 * alignable line the split at its first `=`); then one pass writes indentation and pads each `=` so that
 * consecutive alignable lines line up. Nothing before that pass computes a space of padding.
 */
import type { BodyItem, Expr, HclFile, ObjectEntry, TemplatePart } from './ast';
import { escapeStringContent, quoteKey, quoteLabel, quoteString, replaceLoneSurrogates } from './escape';

interface LogicalLine {
  depth: number;
  /** The whole line, or for an alignable line the part before its `=`. */
  head: string;
  /**
   * Set only on alignable lines (`name = value` with the value on this line): the text from the `=` on.
   * fmt aligns a line when the part from its first `=` is bracket-balanced; the lines we build that way
   * are exactly those whose value is written on one line, so the layout marks them instead of counting.
   */
  assign?: string;
}

/**
 * An expression that spans lines: `opening` ends the line it starts on, `inner` lines are indented
 * relative to that line (depth ≥ 1), and `closing` starts the line that ends it, back at depth 0.
 */
interface MultiLineExpr {
  opening: string;
  inner: LogicalLine[];
  closing: string;
}

/** An expression laid out: a string when it fits on one line. */
type LaidOutExpr = string | MultiLineExpr;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const FUNCTION_NAME = /^[A-Za-z_][A-Za-z0-9_-]*(::[A-Za-z_][A-Za-z0-9_-]*)*$/;
const INDENT = '  ';

function requireMatch(pattern: RegExp, text: string, what: string): string {
  if (!pattern.test(text)) throw new Error(`Invalid ${what}: ${JSON.stringify(text)}`);
  return text;
}

/** A bare expression we wrote ourselves; it must already be in fmt form and fit on one line. */
function rawText(text: string): string {
  if (text.trim() === '' || /[\r\n]/.test(text)) {
    throw new Error(`A raw expression must be non-empty and on one line: ${JSON.stringify(text)}`);
  }
  return text;
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`HCL has no literal for the number ${value}`);
  // BigInt prints every integer digit by digit; String() would switch to exponent form from 1e21.
  return Number.isInteger(value) ? BigInt(value).toString() : String(value);
}

/** Drops empty literals and joins adjacent ones, so the parts map one-to-one onto template tokens. */
function mergeLiterals(parts: readonly TemplatePart[]): TemplatePart[] {
  const merged: TemplatePart[] = [];
  for (const part of parts) {
    const previous = merged[merged.length - 1];
    if ('interpolate' in part) merged.push(part);
    else if (part.literal === '') continue;
    else if (previous !== undefined && 'literal' in previous) {
      merged[merged.length - 1] = { literal: previous.literal + part.literal };
    } else merged.push(part);
  }
  return merged;
}

function formatTemplate(parts: readonly TemplatePart[]): string {
  const merged = mergeLiterals(parts);
  const [only] = merged;
  // fmt unwraps an attribute value that is a single interpolation ("${x}" → x); writing it bare
  // everywhere keeps the output a fixed point and the same wherever the expression appears.
  if (merged.length === 1 && only !== undefined && 'interpolate' in only) return rawText(only.interpolate);
  const content = merged.map((part, index) => {
    if ('interpolate' in part) return `\${${rawText(part.interpolate)}}`;
    const escaped = escapeStringContent(part.literal);
    const next = merged[index + 1];
    // A `$` right before `${` would read as the escape `$${`; its \u escape keeps both meanings apart.
    return next !== undefined && 'interpolate' in next && escaped.endsWith('$')
      ? `${escaped.slice(0, -1)}\\u0024`
      : escaped;
  });
  return `"${content.join('')}"`;
}

function atDepth(lines: readonly LogicalLine[], depth: number): LogicalLine[] {
  return lines.map((line) => ({ ...line, depth: line.depth + depth }));
}

/** Lines for `name = value`: one alignable line, or an opener line, the value's lines, and its closer. */
function assignmentLines(name: string, value: LaidOutExpr, depth: number): LogicalLine[] {
  if (typeof value === 'string') return [{ depth, head: name, assign: `= ${value}` }];
  return [
    { depth, head: `${name} = ${value.opening}` },
    ...atDepth(value.inner, depth),
    { depth, head: value.closing },
  ];
}

/** Lines for one element of a multi-line list, followed by its comma. */
function listItemLines(item: LaidOutExpr, depth: number): LogicalLine[] {
  if (typeof item === 'string') return [{ depth, head: `${item},` }];
  return [{ depth, head: item.opening }, ...atDepth(item.inner, depth), { depth, head: `${item.closing},` }];
}

/**
 * `open a, b close` on one line; when only the last element spans lines it is hugged, as fmt indents
 * `merge(var.tags, {` … `})` and `[{` … `}]`: one level for the inner lines, whatever the bracket count.
 */
function layoutSequence(
  open: string,
  elements: readonly LaidOutExpr[],
  close: string,
  what: string,
): LaidOutExpr {
  const leading = elements.slice(0, -1);
  const last = elements[elements.length - 1];
  if (!leading.every((element): element is string => typeof element === 'string')) {
    throw new Error(`Only the last element of a single-line ${what} may span lines`);
  }
  const prefix = leading.map((element) => `${element}, `).join('');
  if (last === undefined) return open + close;
  if (typeof last === 'string') return `${open}${prefix}${last}${close}`;
  return {
    opening: `${open}${prefix}${last.opening}`,
    inner: last.inner,
    closing: `${last.closing}${close}`,
  };
}

function layoutList(items: readonly Expr[], multiline: boolean): LaidOutExpr {
  const laidOut = items.map(layoutExpr);
  if (!multiline || laidOut.length === 0) return layoutSequence('[', laidOut, ']', 'list');
  return { opening: '[', inner: laidOut.flatMap((item) => listItemLines(item, 1)), closing: ']' };
}

function layoutObject(entries: readonly ObjectEntry[], multiline: boolean): LaidOutExpr {
  if (entries.length === 0) return '{}';
  const laidOut = entries.map((entry) => ({ key: quoteKey(entry.key), value: layoutExpr(entry.value) }));
  if (multiline) {
    return {
      opening: '{',
      inner: laidOut.flatMap(({ key, value }) => assignmentLines(key, value, 1)),
      closing: '}',
    };
  }
  const inline = laidOut.map(({ key, value }) => {
    if (typeof value !== 'string') {
      throw new Error(`A single-line object cannot hold the multi-line value of ${key}`);
    }
    return `${key} = ${value}`;
  });
  return `{ ${inline.join(', ')} }`;
}

function layoutExpr(expr: Expr): LaidOutExpr {
  switch (expr.kind) {
    case 'raw':
      return rawText(expr.text);
    case 'string':
      return quoteString(expr.value);
    case 'template':
      return formatTemplate(expr.parts);
    case 'number':
      return formatNumber(expr.value);
    case 'bool':
      return String(expr.value);
    case 'null':
      return 'null';
    case 'list':
      return layoutList(expr.items, expr.multiline ?? false);
    case 'object':
      return layoutObject(expr.entries, expr.multiline ?? false);
    case 'call':
      return layoutSequence(
        `${requireMatch(FUNCTION_NAME, expr.name, 'function name')}(`,
        expr.args.map(layoutExpr),
        ')',
        'call',
      );
  }
}

function commentLines(text: string, depth: number): LogicalLine[] {
  return replaceLoneSurrogates(text)
    .split('\n')
    .map((line) => line.replaceAll('\r', '').trimEnd())
    .map((line) => ({ depth, head: line === '' ? '#' : `# ${line}` }));
}

const LEGACY_TYPE_STRINGS = new Set(['string', 'list', 'map']);
const LEGACY_TYPE_KEYWORDS = new Set(['list', 'map', 'set']);

/**
 * fmt rewrites legacy type constraints in a top-level `variable` block (`"string"` → `string`,
 * `list` → `list(any)`, …), so such a tree has no fixed-point rendering: reject it.
 */
function assertNoLegacyVariableType(body: readonly BodyItem[]): void {
  for (const item of body) {
    if (item.kind !== 'attribute' || item.name !== 'type') continue;
    const { value } = item;
    if (
      (value.kind === 'string' && LEGACY_TYPE_STRINGS.has(value.value)) ||
      (value.kind === 'raw' && LEGACY_TYPE_KEYWORDS.has(value.text))
    ) {
      throw new Error('Legacy variable type constraint (terraform fmt rewrites it); write e.g. list(string)');
    }
  }
}

function bodyLines(items: readonly BodyItem[], depth: number): LogicalLine[] {
  return items.flatMap((item): LogicalLine[] => {
    switch (item.kind) {
      case 'attribute':
        return assignmentLines(
          requireMatch(IDENTIFIER, item.name, 'attribute name'),
          layoutExpr(item.value),
          depth,
        );
      case 'block': {
        if (depth === 0 && item.type === 'variable') assertNoLegacyVariableType(item.body);
        const header = [
          requireMatch(IDENTIFIER, item.type, 'block type'),
          ...item.labels.map(quoteLabel),
        ].join(' ');
        if (item.body.length === 0) return [{ depth, head: `${header} {}` }];
        return [{ depth, head: `${header} {` }, ...bodyLines(item.body, depth + 1), { depth, head: '}' }];
      }
      case 'comment':
        return commentLines(item.text, depth);
      case 'blank':
        return [{ depth: 0, head: '' }];
    }
  });
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Width as fmt's `Tokens.Columns` counts it: grapheme clusters. */
function columns(text: string): number {
  let count = 0;
  for (const _segment of graphemes.segment(text)) count++;
  return count;
}

/** The single whitespace pass: indentation, then `=` padding across each run of alignable lines. */
function writeLines(lines: readonly LogicalLine[]): string[] {
  const written: string[] = [];
  let index = 0;
  while (index < lines.length) {
    let runEnd = index;
    while (lines[runEnd]?.assign !== undefined) runEnd++;
    if (runEnd === index) {
      const line = lines[index] as LogicalLine;
      written.push(line.head === '' ? '' : INDENT.repeat(line.depth) + line.head);
      index++;
      continue;
    }
    const leads = lines.slice(index, runEnd).map((line) => INDENT.repeat(line.depth) + line.head);
    const widest = Math.max(...leads.map(columns));
    leads.forEach((lead, offset) => {
      const padding = ' '.repeat(widest - columns(lead) + 1);
      written.push(lead + padding + (lines[index + offset] as LogicalLine).assign);
    });
    index = runEnd;
  }
  return written;
}

/**
 * The text of a `.tf` / `.tfvars` file: LF line endings and exactly one trailing newline (trailing blank
 * items are dropped), or the empty string for an empty file. Throws on trees no fmt-stable text can
 * represent (see `quoteLabel`, single-line containers holding multi-line values, legacy variable types).
 */
export function renderFile(file: HclFile): string {
  const lines = bodyLines(file.items, 0);
  while (lines.length > 0 && lines[lines.length - 1]?.head === '') lines.pop();
  return lines.length === 0 ? '' : `${writeLines(lines).join('\n')}\n`;
}

/** A single-line expression as text; throws when the expression spans lines. */
export function renderExpr(expr: Expr): string {
  const laidOut = layoutExpr(expr);
  if (typeof laidOut !== 'string') throw new Error('renderExpr: the expression spans several lines');
  return laidOut;
}
