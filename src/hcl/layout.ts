/**
 * Turns the HCL tree into text exactly as `terraform fmt` would format it.
 *
 * Two stages, like hclwrite: the tree becomes a list of logical lines (nesting depth, text, and where
 * fmt would align the line, the index of its `=`); then one pass writes indentation and pads each `=`
 * so that consecutive alignable lines line up. Nothing before that pass computes a space of padding.
 */
import type { BodyItem, Expr, HclFile, ObjectEntry, TemplatePart } from './ast';
import {
  type EscapeOptions,
  escapeStringContent,
  quoteKey,
  quoteLabel,
  quoteString,
  visibleCommentText,
} from './escape';

interface LogicalLine {
  depth: number;
  text: string;
  /** Index in `text` of the `=` that fmt aligns, when the line is alignable. */
  equalsAt?: number;
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

/** How string content is written: readable, or ASCII-only where fmt measures it (`EscapeOptions`). */
const READABLE: EscapeOptions = {};
const ASCII_ONLY: EscapeOptions = { asciiOnly: true };

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const FUNCTION_NAME = /^[A-Za-z_][A-Za-z0-9_-]*(::[A-Za-z_][A-Za-z0-9_-]*)*$/;
/** Printable ASCII without surrounding spaces: a raw expression is our code, on one line. */
const RAW_EXPRESSION = /^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/;
const INDENT = '  ';

function requireMatch(pattern: RegExp, text: string, what: string): string {
  if (!pattern.test(text)) throw new Error(`Invalid ${what}: ${JSON.stringify(text)}`);
  return text;
}

function isAssignmentEquals(text: string, index: number): boolean {
  // `==`, `!=`, `<=`, `>=` and `=>` are tokens of their own.
  return !/[=!<>]/.test(text[index - 1] ?? ' ') && !/[=>]/.test(text[index + 1] ?? ' ');
}

/**
 * Where fmt would align this line: its first `=` token, provided the brackets from there to the end of
 * the line balance (`${`…`}` counting as brackets, as in fmt). So `a = [1]` aligns, `a = {` does not,
 * and neither does `{ a = 1 },` — but `f({ a = 1 }, {` does. A scanner for the text we generate:
 * it skips string content (escapes, `$${`, `%%{`), descends into interpolations, and stops at `#`.
 */
function alignedEqualsIndex(text: string): number | undefined {
  const interpolationDepths: number[] = [];
  let depth = 0;
  let inString = false;
  let equalsAt: number | undefined;
  let depthAtEquals = 0;
  scan: for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      const isSigil = char === '$' || char === '%';
      if (char === '\\') index++;
      else if (char === '"') inString = false;
      else if (isSigil && text[index + 1] === char && text[index + 2] === '{') index += 2;
      else if (isSigil && text[index + 1] === '{') {
        index++;
        depth++;
        interpolationDepths.push(depth);
        inString = false;
      }
      continue;
    }
    switch (char) {
      case '#':
        break scan;
      case '"':
        inString = true;
        break;
      case '{':
      case '[':
      case '(':
        depth++;
        break;
      case '}':
        if (interpolationDepths[interpolationDepths.length - 1] === depth) {
          interpolationDepths.pop();
          inString = true;
        }
        depth--;
        break;
      case ']':
      case ')':
        depth--;
        break;
      case '=':
        if (equalsAt === undefined && isAssignmentEquals(text, index)) {
          equalsAt = index;
          depthAtEquals = depth;
        }
        break;
    }
  }
  return depth === depthAtEquals ? equalsAt : undefined;
}

function logicalLine(depth: number, text: string): LogicalLine {
  return { depth, text, equalsAt: alignedEqualsIndex(text) };
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
    if ('literal' in part && part.literal === '') continue;
    const previous = merged[merged.length - 1];
    if ('literal' in part && previous !== undefined && 'literal' in previous) {
      merged[merged.length - 1] = { literal: previous.literal + part.literal };
    } else {
      merged.push(part);
    }
  }
  return merged;
}

function formatTemplate(parts: readonly TemplatePart[], context: EscapeOptions): string {
  const merged = mergeLiterals(parts);
  const [only] = merged;
  // fmt unwraps an attribute value that is a single interpolation ("${x}" → x); writing it bare
  // everywhere keeps the output a fixed point and the same wherever the expression appears.
  if (merged.length === 1 && only !== undefined && 'interpolate' in only) {
    return requireMatch(RAW_EXPRESSION, only.interpolate, 'interpolation');
  }
  const content = merged.map((part, index) => {
    if ('interpolate' in part) {
      return `\${${requireMatch(RAW_EXPRESSION, part.interpolate, 'interpolation')}}`;
    }
    const escaped = escapeStringContent(part.literal, context);
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

/** Lines for `name = value`: the value on the same line, or an opener line, its lines, and its closer. */
function assignmentLines(name: string, value: LaidOutExpr, depth: number): LogicalLine[] {
  if (typeof value === 'string') return [logicalLine(depth, `${name} = ${value}`)];
  return [
    logicalLine(depth, `${name} = ${value.opening}`),
    ...atDepth(value.inner, depth),
    logicalLine(depth, value.closing),
  ];
}

/** Lines for one element of a multi-line list, followed by its comma. */
function listItemLines(item: LaidOutExpr, depth: number): LogicalLine[] {
  if (typeof item === 'string') return [logicalLine(depth, `${item},`)];
  return [
    logicalLine(depth, item.opening),
    ...atDepth(item.inner, depth),
    logicalLine(depth, `${item.closing},`),
  ];
}

/**
 * `open a, b close` on one line; when only the last element spans lines it is hugged, as fmt indents
 * `merge(var.tags, {` … `})` and `[{` … `}]`: one level for the inner lines, whatever the bracket count.
 */
function layoutSequence(
  open: string,
  elements: readonly Expr[],
  close: string,
  context: EscapeOptions,
): LaidOutExpr {
  const lastElement = elements[elements.length - 1];
  const last = lastElement === undefined ? '' : layoutExpr(lastElement, context);
  // The opener line of a hug can be alignable (`f({ a = 1 }, {`), and then the elements before the
  // hugged one sit in its lead, whose width fmt counts: keep them ASCII so that count is exact.
  const leadingContext = typeof last === 'string' ? context : ASCII_ONLY;
  const leading = elements.slice(0, -1).map((element) => layoutExpr(element, leadingContext));
  if (!leading.every((element): element is string => typeof element === 'string')) {
    throw new Error(`Only the last element of ${open}…${close} may span lines`);
  }
  const prefix = leading.map((element) => `${element}, `).join('');
  if (typeof last === 'string') return `${open}${prefix}${last}${close}`;
  return {
    opening: `${open}${prefix}${last.opening}`,
    inner: last.inner,
    closing: `${last.closing}${close}`,
  };
}

function layoutList(items: readonly Expr[], multiline: boolean, context: EscapeOptions): LaidOutExpr {
  if (!multiline || items.length === 0) return layoutSequence('[', items, ']', context);
  const inner = items.flatMap((item) => listItemLines(layoutExpr(item, context), 1));
  return { opening: '[', inner, closing: ']' };
}

function layoutObject(
  entries: readonly ObjectEntry[],
  multiline: boolean,
  context: EscapeOptions,
): LaidOutExpr {
  if (entries.length === 0) return '{}';
  const laidOut = entries.map((entry) => ({
    key: entry.reference ? requireMatch(RAW_EXPRESSION, entry.key, 'reference key') : quoteKey(entry.key),
    value: layoutExpr(entry.value, context),
  }));
  if (multiline) {
    const inner = laidOut.flatMap(({ key, value }) => assignmentLines(key, value, 1));
    return { opening: '{', inner, closing: '}' };
  }
  const inline = laidOut.map(({ key, value }) => {
    if (typeof value !== 'string') {
      throw new Error(`A single-line object cannot hold the multi-line value of ${key}`);
    }
    return `${key} = ${value}`;
  });
  return `{ ${inline.join(', ')} }`;
}

function layoutExpr(expr: Expr, context: EscapeOptions): LaidOutExpr {
  switch (expr.kind) {
    case 'raw':
      return requireMatch(RAW_EXPRESSION, expr.text, 'raw expression');
    case 'string':
      return quoteString(expr.value, context);
    case 'template':
      return formatTemplate(expr.parts, context);
    case 'number':
      return formatNumber(expr.value);
    case 'bool':
      return String(expr.value);
    case 'null':
      return 'null';
    case 'list':
      return layoutList(expr.items, expr.multiline ?? false, context);
    case 'object':
      return layoutObject(expr.entries, expr.multiline ?? false, context);
    case 'call': {
      const name = requireMatch(FUNCTION_NAME, expr.name, 'function name');
      return layoutSequence(`${name}(`, expr.args, ')', context);
    }
  }
}

function commentLines(text: string, depth: number): LogicalLine[] {
  return text
    .split('\n')
    .map((line) => visibleCommentText(line.replaceAll('\r', '')).trimEnd())
    .map((line) => logicalLine(depth, line === '' ? '#' : `# ${line}`));
}

/** Type constraints that fmt rewrites in a top-level `variable` block (`"string"` → `string`, …). */
const LEGACY_TYPE_CONSTRAINTS = new Set(['"string"', '"list"', '"map"', 'list', 'map', 'set']);

/** A tree holding a legacy type constraint has no fixed-point rendering: reject it. */
function assertNoLegacyVariableType(body: readonly BodyItem[]): void {
  for (const item of body) {
    if (item.kind !== 'attribute' || item.name !== 'type') continue;
    const type = layoutExpr(item.value, READABLE);
    if (typeof type === 'string' && LEGACY_TYPE_CONSTRAINTS.has(type)) {
      throw new Error(`Legacy variable type ${type}, which terraform fmt rewrites; write e.g. list(string)`);
    }
  }
}

function bodyLines(items: readonly BodyItem[], depth: number): LogicalLine[] {
  const attributeNames = new Set<string>();
  return items.flatMap((item): LogicalLine[] => {
    switch (item.kind) {
      case 'attribute': {
        // A repeated argument is a parse error ("Attribute redefined"), which fmt refuses to format.
        if (attributeNames.has(item.name)) throw new Error(`Attribute ${item.name} is set twice in one body`);
        attributeNames.add(item.name);
        const name = requireMatch(IDENTIFIER, item.name, 'attribute name');
        return assignmentLines(name, layoutExpr(item.value, READABLE), depth);
      }
      case 'block': {
        if (depth === 0 && item.type === 'variable') assertNoLegacyVariableType(item.body);
        const type = requireMatch(IDENTIFIER, item.type, 'block type');
        const header = [type, ...item.labels.map(quoteLabel)].join(' ');
        if (item.body.length === 0) return [logicalLine(depth, `${header} {}`)];
        return [
          logicalLine(depth, `${header} {`),
          ...bodyLines(item.body, depth + 1),
          logicalLine(depth, '}'),
        ];
      }
      case 'comment':
        return commentLines(item.text, depth);
      case 'blank':
        return [logicalLine(0, '')];
    }
  });
}

// Created on first use: building a segmenter loads the engine's break-iterator data, which took
// ~20 ms of startup (npm run bench) although most designs never need it.
let graphemes: Intl.Segmenter | undefined;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Width as fmt's `Tokens.Columns` counts it: grapheme clusters (leads are ASCII, so this is exact). */
function columns(text: string): number {
  // Printable ASCII is one column a character: skip the segmenter on the hot path of every keystroke.
  if (PRINTABLE_ASCII.test(text)) return text.length;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const _segment of graphemes.segment(text)) count++;
  return count;
}

/** The single whitespace pass: indentation, then `=` padding across each run of alignable lines. */
function writeLines(lines: readonly LogicalLine[]): string[] {
  const written: string[] = [];
  let runStart = 0;
  while (runStart < lines.length) {
    let runEnd = runStart;
    while (lines[runEnd]?.equalsAt !== undefined) runEnd++;
    if (runEnd === runStart) {
      const { depth, text } = lines[runStart] as LogicalLine;
      written.push(text === '' ? '' : INDENT.repeat(depth) + text);
      runStart++;
      continue;
    }
    const run = lines.slice(runStart, runEnd).map(({ depth, text, equalsAt }) => ({
      lead: INDENT.repeat(depth) + text.slice(0, equalsAt).trimEnd(),
      assign: text.slice(equalsAt),
    }));
    const widest = Math.max(...run.map(({ lead }) => columns(lead)));
    for (const { lead, assign } of run)
      written.push(`${lead}${' '.repeat(widest - columns(lead) + 1)}${assign}`);
    runStart = runEnd;
  }
  return written;
}

/**
 * The text of a `.tf` / `.tfvars` file: LF line endings and exactly one trailing newline (trailing blank
 * items are dropped), or the empty string for an empty file. Throws on trees that no fmt-stable text
 * can represent: see `quoteLabel`, a repeated attribute, a multi-line value inside a single-line
 * container (other than a hugged last element), a legacy variable type, NaN or ±Infinity.
 */
export function renderFile(file: HclFile): string {
  const lines = bodyLines(file.items, 0);
  while (lines.length > 0 && lines[lines.length - 1]?.text === '') lines.pop();
  return lines.length === 0 ? '' : `${writeLines(lines).join('\n')}\n`;
}

/** A single-line expression as text; throws when the expression spans lines. */
export function renderExpr(expr: Expr): string {
  const laidOut = layoutExpr(expr, READABLE);
  if (typeof laidOut !== 'string') throw new Error('renderExpr: the expression spans several lines');
  return laidOut;
}
