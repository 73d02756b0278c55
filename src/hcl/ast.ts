/**
 * The HCL tree our generators build. It holds structure only — which lines exist, in what order —
 * never whitespace: `layout.ts` places every space in one pass, exactly as `terraform fmt` would.
 */

/** An expression on the right of `=` (or an element of a list / object / call). */
export type Expr =
  /** A bare expression we wrote ourselves: `var.region`, `aws_vpc.this.id`, `each.value`, `string`. Never user text. */
  | { kind: 'raw'; text: string }
  /** A quoted string literal holding user or generator text; escaped on output. */
  | { kind: 'string'; value: string }
  /** A quoted template mixing literal text (escaped) and interpolated bare expressions: `"${var.name}-redis"`. */
  | { kind: 'template'; parts: TemplatePart[] }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' }
  /** `[a, b]` on one line, or one element per line with trailing commas when `multiline`. */
  | { kind: 'list'; items: Expr[]; multiline?: boolean }
  /** `{ a = 1, b = 2 }` on one line, or one entry per line when `multiline`. */
  | { kind: 'object'; entries: ObjectEntry[]; multiline?: boolean }
  /** `name(arg, arg)`; a multi-line object or list as the last argument spans lines: `merge(var.tags, {` … `})`. */
  | { kind: 'call'; name: string; args: Expr[] };

export type TemplatePart = { literal: string } | { interpolate: string };

export interface ObjectEntry {
  /** Printed bare when it is a plain identifier (or a `reference`), quoted (and escaped) otherwise. */
  key: string;
  /** The key is a reference we wrote ourselves, such as `aws.us_west_2` in a module's `providers` map. */
  reference?: boolean;
  value: Expr;
}

export type BodyItem =
  | { kind: 'attribute'; name: string; value: Expr }
  | { kind: 'block'; type: string; labels: string[]; body: BodyItem[] }
  /** One `# text` line per line of `text`. */
  | { kind: 'comment'; text: string }
  | { kind: 'blank' };

/** A whole `.tf` or `.tfvars` file: top-level items, separated as the builder chose. */
export interface HclFile {
  items: BodyItem[];
}
