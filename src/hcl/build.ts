/**
 * Small constructors for the HCL tree, so generator code reads like the Terraform it produces:
 *
 * ```ts
 * block('resource', ['aws_elasticache_replication_group', 'this'], [
 *   attr('replication_group_id', tpl(raw('var.name'), '-redis')),
 *   ...optionalAttr('description', design.description === undefined ? undefined : str(design.description)),
 *   attr('tags', call('merge', raw('var.tags'), obj({ Name: str(name) }, { multiline: true }))),
 * ])
 * ```
 */
import type { BodyItem, Expr, HclFile, ObjectEntry, TemplatePart } from './ast';

/** A bare expression; see {@link raw}. */
export type RawExpr = Extract<Expr, { kind: 'raw' }>;

interface LayoutOptions {
  /** One element per line (lists: each followed by a comma). Empty containers always print `[]` / `{}`. */
  multiline?: boolean;
}

/** `name = value`. `name` must be an identifier. */
export function attr(name: string, value: Expr): BodyItem {
  return { kind: 'attribute', name, value };
}

/** `[attr(name, value)]`, or nothing when `value` is undefined — spread it into a body. */
export function optionalAttr(name: string, value: Expr | undefined): BodyItem[] {
  return value === undefined ? [] : [attr(name, value)];
}

/** `type "label" … {` body `}`; labels are quoted and escaped on output, an empty body prints `{}`. */
export function block(type: string, labels: readonly string[], body: readonly BodyItem[]): BodyItem {
  return { kind: 'block', type, labels: [...labels], body: [...body] };
}

/** One `# line` per line of `text`. */
export function comment(text: string): BodyItem {
  return { kind: 'comment', text };
}

/** An empty line; it breaks `=` alignment runs. */
export function blank(): BodyItem {
  return { kind: 'blank' };
}

/** A quoted string holding `value` literally (user text is safe here: everything is escaped). */
export function str(value: string): Expr {
  return { kind: 'string', value };
}

/**
 * A bare expression written as is: references, type constraints, operators — `raw('var.region')`.
 * Never pass user text. It must already be in `terraform fmt` form (`var.a - 1`, not `var.a-1`).
 */
export function raw(text: string): RawExpr {
  return { kind: 'raw', text };
}

/** A number literal; throws at render time for NaN and ±Infinity. */
export function num(value: number): Expr {
  return { kind: 'number', value };
}

export function bool(value: boolean): Expr {
  return { kind: 'bool', value };
}

/** The `null` literal. */
export function nul(): Expr {
  return { kind: 'null' };
}

/** `[a, b]`, or one item per line with `multiline`. A single-line list may end with a multi-line item: `[{` … `}]`. */
export function list(items: readonly Expr[], options: LayoutOptions = {}): Expr {
  return { kind: 'list', items: [...items], multiline: options.multiline };
}

/**
 * `{ a = 1, b = 2 }`, or one entry per line with `multiline`. Keys are printed bare when they are
 * identifiers, quoted otherwise. A record keeps JS property order, which lists integer-like keys
 * ("1", "42") first: pass an entry array when such keys must keep their place.
 */
export function obj(
  entries: Readonly<Record<string, Expr>> | readonly ObjectEntry[],
  options: LayoutOptions = {},
): Expr {
  const entryList = Array.isArray(entries)
    ? [...(entries as readonly ObjectEntry[])]
    : Object.entries(entries).map(([key, value]) => ({ key, value }));
  return { kind: 'object', entries: entryList, multiline: options.multiline };
}

/** `name(arg, …)`; a multi-line last argument spans lines: `merge(var.tags, {` … `})`. */
export function call(name: string, ...args: Expr[]): Expr {
  return { kind: 'call', name, args };
}

/**
 * A quoted template: strings are literal text (escaped), `raw(…)` parts are interpolated —
 * `tpl(raw('var.name'), '-redis')` prints `"${var.name}-redis"`. A lone `tpl(raw('x'))` prints `x`.
 */
export function tpl(...parts: readonly (string | RawExpr)[]): Expr {
  const templateParts = parts.map((part): TemplatePart =>
    typeof part === 'string' ? { literal: part } : { interpolate: part.text },
  );
  return { kind: 'template', parts: templateParts };
}

/** A whole `.tf` / `.tfvars` file. */
export function file(...items: readonly BodyItem[]): HclFile {
  return { items: [...items] };
}
