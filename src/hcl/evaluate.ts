/**
 * A small evaluator for the HCL expressions our generators write, so a design's resources can be
 * expanded (count / for_each) and their arguments compared without Terraform. It parses expression
 * text (what `renderExpr` prints) and evaluates it against a resolver for `var.*`, `local.*`,
 * `each.*`, `count.*` and resource references. Whatever it cannot know at plan time — a computed
 * attribute, a secret, `plantimestamp()`, a function it does not implement — becomes an
 * {@link Unknown} that keeps a canonical text of how it was made, so two unknowns made the same way
 * compare equal (the state holds the same value) and the references it read stay visible.
 */

/** A value Terraform could not know from the configuration alone. */
export class Unknown {
  constructor(
    /** Canonical text of the expression, with every known operand already evaluated. */
    readonly text: string,
    /** Computed attributes of resource instances it reads: `aws_security_group.cache` + `id`. */
    readonly refs: readonly ComputedRef[] = [],
  ) {}
}

/**
 * An unknown map (a sensitive map variable) of which only some keys changed: indexing it with one of
 * them gives a changed unknown, with any other key the same unknown as before the change.
 */
export class KeyedUnknown extends Unknown {
  constructor(
    text: string,
    readonly changedKeys: ReadonlySet<string>,
  ) {
    super(text);
  }
}

export interface ComputedRef {
  /** Instance address, as `terraform plan` names it. */
  address: string;
  attribute: string;
}

/** A resource as an expression sees it before an instance or attribute is picked. */
export class ResourceHandle {
  constructor(
    readonly type: string,
    readonly name: string,
    /** The instance key when one was picked (or the resource has a single instance: undefined). */
    readonly key?: string | number,
  ) {}
}

export type Value =
  string | number | boolean | null | Unknown | ResourceHandle | Value[] | { [key: string]: Value };

export type Node =
  | { kind: 'literal'; value: Value }
  | { kind: 'template'; parts: (string | Node)[] }
  | { kind: 'name'; name: string }
  | { kind: 'get'; target: Node; name: string }
  | { kind: 'index'; target: Node; key: Node }
  | { kind: 'splat'; target: Node; each: Node }
  | { kind: 'call'; name: string; args: Node[]; expand: boolean }
  | { kind: 'unary'; op: string; operand: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node }
  | { kind: 'conditional'; test: Node; then: Node; otherwise: Node }
  | { kind: 'list'; items: Node[] }
  | { kind: 'object'; entries: [Node, Node][] }
  | {
      kind: 'for';
      object: boolean;
      keyVar?: string;
      valueVar: string;
      collection: Node;
      key?: Node;
      value: Node;
      condition?: Node;
      group: boolean;
    };

/** The element a splat's `each` expression reads. */
const SPLAT_ITEM = '\u0000item';

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

const BINARY_LEVELS: string[][] = [
  ['||'],
  ['&&'],
  ['==', '!='],
  ['<=', '>=', '<', '>'],
  ['+', '-'],
  ['*', '/', '%'],
];

class Parser {
  private at = 0;
  constructor(private readonly text: string) {}

  parse(): Node {
    const node = this.expression();
    this.space();
    if (this.at < this.text.length) this.fail('unexpected text');
    return node;
  }

  private fail(message: string): never {
    throw new Error(`Cannot read HCL expression (${message} at ${this.at}): ${this.text.slice(0, 120)}`);
  }

  private space() {
    for (;;) {
      const char = this.text[this.at];
      if (char === ' ' || char === '\n' || char === '\t' || char === '\r') this.at++;
      else if (char === '#' || (char === '/' && this.text[this.at + 1] === '/')) {
        while (this.at < this.text.length && this.text[this.at] !== '\n') this.at++;
      } else return;
    }
  }

  private peek(token: string): boolean {
    this.space();
    return this.text.startsWith(token, this.at);
  }

  private eat(token: string): boolean {
    if (!this.peek(token)) return false;
    this.at += token.length;
    return true;
  }

  private expect(token: string) {
    if (!this.eat(token)) this.fail(`expected "${token}"`);
  }

  private identifier(): string | undefined {
    this.space();
    const match = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(this.text.slice(this.at));
    if (!match) return undefined;
    this.at += match[0].length;
    return match[0];
  }

  private keyword(word: string): boolean {
    this.space();
    const after = this.text[this.at + word.length];
    if (this.text.startsWith(word, this.at) && (after === undefined || !/[A-Za-z0-9_-]/.test(after))) {
      this.at += word.length;
      return true;
    }
    return false;
  }

  expression(): Node {
    const test = this.binary(0);
    if (!this.eat('?')) return test;
    const then = this.expression();
    this.expect(':');
    return { kind: 'conditional', test, then, otherwise: this.expression() };
  }

  private binary(level: number): Node {
    if (level === BINARY_LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    for (;;) {
      this.space();
      const op = BINARY_LEVELS[level]!.find(
        (candidate) =>
          this.text.startsWith(candidate, this.at) && !(candidate === '*' && this.text[this.at + 1] === ']'),
      );
      // `=>` in a for expression and `=` are not comparisons.
      if (!op || (op === '>' && this.text[this.at - 1] === '=')) return left;
      this.at += op.length;
      left = { kind: 'binary', op, left, right: this.binary(level + 1) };
    }
  }

  private unary(): Node {
    if (this.eat('!')) return { kind: 'unary', op: '!', operand: this.unary() };
    if (this.eat('-')) return { kind: 'unary', op: '-', operand: this.unary() };
    return this.postfix(this.primary());
  }

  private postfix(start: Node): Node {
    let node = start;
    for (;;) {
      if (this.peek('[*]') || this.peek('.*')) {
        this.at += 3 - (this.text[this.at] === '.' ? 1 : 0);
        node = { kind: 'splat', target: node, each: this.postfix({ kind: 'name', name: SPLAT_ITEM }) };
      } else if (this.peek('[')) {
        this.at++;
        const key = this.expression();
        this.expect(']');
        node = { kind: 'index', target: node, key };
      } else if (this.peek('.') && !this.peek('..')) {
        this.at++;
        const number = /^\d+/.exec(this.text.slice(this.at));
        if (number) {
          this.at += number[0].length;
          node = { kind: 'index', target: node, key: { kind: 'literal', value: Number(number[0]) } };
        } else {
          const name = this.identifier() ?? this.fail('expected an attribute name');
          node = { kind: 'get', target: node, name };
        }
      } else return node;
    }
  }

  private primary(): Node {
    this.space();
    const char = this.text[this.at];
    if (char === '"') return this.template();
    if (char === '(') {
      this.at++;
      const inner = this.expression();
      this.expect(')');
      return inner;
    }
    if (char === '[') return this.sequence();
    if (char === '{') return this.objectOrFor();
    const number = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.at));
    if (number) {
      this.at += number[0].length;
      return { kind: 'literal', value: Number(number[0]) };
    }
    const name = this.identifier() ?? this.fail('expected an expression');
    if (name === 'true' || name === 'false') return { kind: 'literal', value: name === 'true' };
    if (name === 'null') return { kind: 'literal', value: null };
    if (this.peek('(')) {
      this.at++;
      const args: Node[] = [];
      let expand = false;
      while (!this.eat(')')) {
        args.push(this.expression());
        if (this.eat('...')) expand = true;
        this.eat(',');
      }
      return { kind: 'call', name, args, expand };
    }
    return { kind: 'name', name };
  }

  private template(): Node {
    this.at++; // opening quote
    const parts: (string | Node)[] = [];
    let literal = '';
    const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
    while (this.at < this.text.length) {
      const char = this.text[this.at]!;
      if (char === '"') {
        this.at++;
        if (literal || !parts.length) parts.push(literal);
        return parts.length === 1 && typeof parts[0] === 'string'
          ? { kind: 'literal', value: parts[0] }
          : { kind: 'template', parts };
      }
      if (char === '\\') {
        const next = this.text[this.at + 1]!;
        if (next === 'u' || next === 'U') {
          const length = next === 'u' ? 4 : 8;
          literal += String.fromCodePoint(parseInt(this.text.slice(this.at + 2, this.at + 2 + length), 16));
          this.at += 2 + length;
        } else {
          literal += ESCAPES[next] ?? next;
          this.at += 2;
        }
      } else if (
        (char === '$' || char === '%') &&
        this.text[this.at + 1] === char &&
        this.text[this.at + 2] === '{'
      ) {
        literal += `${char}{`;
        this.at += 3;
      } else if (char === '$' && this.text[this.at + 1] === '{') {
        this.at += 2;
        if (literal) parts.push(literal);
        literal = '';
        this.eat('~');
        parts.push(this.expression());
        this.eat('~');
        this.expect('}');
      } else {
        literal += char;
        this.at++;
      }
    }
    return this.fail('unterminated string');
  }

  private forHeader(): { keyVar?: string; valueVar: string; collection: Node } {
    const first = this.identifier() ?? this.fail('expected a for variable');
    const second = this.eat(',') ? this.identifier() : undefined;
    if (!this.keyword('in')) this.fail('expected "in"');
    const collection = this.expression();
    this.expect(':');
    return second ? { keyVar: first, valueVar: second, collection } : { valueVar: first, collection };
  }

  private forCondition(): Node | undefined {
    return this.keyword('if') ? this.expression() : undefined;
  }

  private sequence(): Node {
    this.at++;
    if (this.keyword('for')) {
      const header = this.forHeader();
      const value = this.expression();
      const condition = this.forCondition();
      this.expect(']');
      return { kind: 'for', object: false, ...header, value, condition, group: false };
    }
    const items: Node[] = [];
    while (!this.eat(']')) {
      items.push(this.expression());
      this.eat(',');
    }
    return { kind: 'list', items };
  }

  private objectOrFor(): Node {
    this.at++;
    if (this.keyword('for')) {
      const header = this.forHeader();
      const key = this.expression();
      this.expect('=>');
      const value = this.expression();
      const group = this.eat('...');
      const condition = this.forCondition();
      this.expect('}');
      return { kind: 'for', object: true, ...header, key, value, condition, group };
    }
    const entries: [Node, Node][] = [];
    while (!this.eat('}')) {
      const save = this.at;
      const bare = this.identifier();
      let key: Node;
      if (bare !== undefined && (this.peek('=') || this.peek(':')) && !this.peek('=='))
        key = { kind: 'literal', value: bare };
      else {
        this.at = save;
        key = this.expression();
      }
      if (!this.eat('=')) this.expect(':');
      entries.push([key, this.expression()]);
      this.eat(',');
    }
    return { kind: 'object', entries };
  }
}

const parsed = new Map<string, Node>();

/** The expression tree of `text`, parsed once per distinct text. */
export function parseExpression(text: string): Node {
  let node = parsed.get(text);
  if (!node) {
    node = new Parser(text).parse();
    parsed.set(text, node);
  }
  return node;
}

// ---------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------

/** Answers the root names of an expression: `var`, `local`, `each`, `count`, resource types… */
export interface Scope {
  /** A root name's value: `var` → an object of variables. Undefined: not known here. */
  root(name: string): Value | undefined;
  /** An attribute of a resource instance (its configured value, or an Unknown for a computed one). */
  attribute(handle: ResourceHandle, name: string): Value;
  /** Every instance of a resource, for `aws_subnet.private[*]`. */
  instances(handle: ResourceHandle): ResourceHandle[];
}

const isUnknown = (value: Value): value is Unknown => value instanceof Unknown;
const isObject = (value: Value): value is { [key: string]: Value } =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof Unknown) &&
  !(value instanceof ResourceHandle);

/** A stable text of a value: equal texts mean Terraform sees equal values. */
export function canonical(value: Value): string {
  if (value instanceof Unknown) return `(${value.text})`;
  if (value instanceof ResourceHandle)
    return `${value.type}.${value.name}${value.key === undefined ? '' : `[${JSON.stringify(value.key)}]`}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key]!)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** Every computed reference inside a value. */
export function refsOf(value: Value): ComputedRef[] {
  if (value instanceof Unknown) return [...value.refs];
  if (Array.isArray(value)) return value.flatMap(refsOf);
  if (isObject(value)) return Object.values(value).flatMap(refsOf);
  return [];
}

const unknownOf = (text: string, ...operands: Value[]) => new Unknown(text, operands.flatMap(refsOf));
const anyUnknown = (values: Value[]): boolean =>
  values.some((value) => isUnknown(value) || (Array.isArray(value) && anyUnknown(value)));

const toText = (value: Value): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : canonical(value);

/** `format` with the verbs our generators use: %s, %d with zero padding and width, %%. */
function format(spec: string, args: Value[]): string {
  let next = 0;
  return spec.replace(/%(-?0?)(\d*)([sdv%])/g, (_match, flags: string, width: string, verb: string) => {
    if (verb === '%') return '%';
    const text = toText(args[next++] ?? null);
    const size = Number(width || 0);
    if (flags.includes('-')) return text.padEnd(size);
    return text.padStart(size, flags.includes('0') ? '0' : ' ');
  });
}

/** cidrsubnet for IPv4 prefixes. */
function cidrsubnet(prefix: string, newBits: number, netNum: number): string {
  const [address, length] = prefix.split('/');
  const base = address!.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);
  const newLength = Number(length) + newBits;
  const value = base + netNum * 2 ** (32 - newLength);
  const octets = [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256);
  return `${octets.join('.')}/${newLength}`;
}

const sortedUnique = (items: Value[]) => {
  const byText = new Map(items.map((item) => [canonical(item), item]));
  return [...byText.keys()].sort().map((key) => byText.get(key)!);
};

const FUNCTIONS: Record<string, (args: Value[]) => Value> = {
  toset: ([list]) => sortedUnique(list as Value[]),
  tolist: ([list]) => list!,
  tomap: ([map]) => map!,
  tostring: ([value]) => toText(value!),
  tonumber: ([value]) => Number(value),
  length: ([value]) =>
    Array.isArray(value) ? value.length : isObject(value!) ? Object.keys(value).length : String(value).length,
  range: (args) => {
    const [start, end, step] =
      args.length === 1
        ? [0, args[0] as number, 1]
        : [args[0] as number, args[1] as number, (args[2] as number | undefined) ?? 1];
    const out: number[] = [];
    for (let value = start; step > 0 ? value < end : value > end; value += step) out.push(value);
    return out;
  },
  setproduct: (lists) =>
    (lists as Value[][]).reduce<Value[][]>(
      (products, list) => products.flatMap((product) => list.map((item) => [...product, item])),
      [[]],
    ),
  format: ([spec, ...args]) => format(spec as string, args),
  flatten: function flatten([list]): Value {
    return (list as Value[]).flatMap((item) => (Array.isArray(item) ? (flatten([item]) as Value[]) : [item]));
  },
  concat: (lists) => (lists as Value[][]).flat(),
  coalesce: (args) => args.find((value) => value !== null && value !== '') ?? null,
  merge: (maps) => Object.assign({}, ...maps.filter((map) => map !== null)) as Value,
  keys: ([map]) => Object.keys(map as object).sort(),
  values: ([map]) =>
    Object.keys(map as object)
      .sort()
      .map((key) => (map as Record<string, Value>)[key]!),
  lookup: ([map, key, fallback]) => (map as Record<string, Value>)[key as string] ?? fallback ?? null,
  contains: ([list, item]) =>
    (list as Value[]).some((candidate) => canonical(candidate) === canonical(item!)),
  join: ([separator, list]) => (list as Value[]).map(toText).join(separator as string),
  lower: ([text]) => (text as string).toLowerCase(),
  upper: ([text]) => (text as string).toUpperCase(),
  cidrsubnet: ([prefix, bits, num]) => cidrsubnet(prefix as string, bits as number, num as number),
  min: (numbers) => Math.min(...(numbers as number[])),
  max: (numbers) => Math.max(...(numbers as number[])),
  floor: ([value]) => Math.floor(value as number),
};

function binary(op: string, left: Value, right: Value): Value {
  if (op === '==') return canonical(left) === canonical(right);
  if (op === '!=') return canonical(left) !== canonical(right);
  if (op === '&&') return left === true && right === true;
  if (op === '||') return left === true || right === true;
  const [a, b] = [left as number, right as number];
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    default:
      return a >= b;
  }
}

type Bindings = ReadonlyMap<string, Value>;

/** A collection's entries for a for expression: index → item for lists, key → value for maps. */
const entriesOf = (collection: Value): [Value, Value][] =>
  Array.isArray(collection)
    ? collection.map((item, index) => [index, item])
    : Object.keys(collection as object)
        .sort()
        .map((key) => [key, (collection as Record<string, Value>)[key]!]);

function access(target: Value, key: Value, text: () => string): Value {
  if (target instanceof KeyedUnknown && !isUnknown(key) && target.changedKeys.has(String(key)))
    return unknownOf(`${text()} (changed)`, target);
  if (isUnknown(target) || isUnknown(key)) return unknownOf(text(), target, key);
  if (target instanceof ResourceHandle)
    return new ResourceHandle(target.type, target.name, key as string | number);
  // A null element or attribute is a value (a variable whose default is null), not a missing one.
  const found = Array.isArray(target)
    ? target[key as number]
    : isObject(target)
      ? target[key as string]
      : undefined;
  return found === undefined ? unknownOf(text()) : found;
}

/** Evaluates a parsed expression; never throws for an unknown name (it becomes an Unknown). */
export function evaluate(node: Node, scope: Scope, bindings: Bindings = new Map()): Value {
  const run = (inner: Node, extra?: Bindings) => evaluate(inner, scope, extra ?? bindings);
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'template': {
      const parts = node.parts.map((part) => (typeof part === 'string' ? part : run(part)));
      if (anyUnknown(parts))
        return unknownOf(
          parts.map((part) => (typeof part === 'string' ? part : `\${${canonical(part)}}`)).join(''),
          ...parts,
        );
      return parts.map(toText).join('');
    }
    case 'name':
      return bindings.get(node.name) ?? scope.root(node.name) ?? new Unknown(node.name);
    case 'get': {
      const target = run(node.target);
      if (target instanceof ResourceHandle) return scope.attribute(target, node.name);
      if (
        node.target.kind === 'name' &&
        !bindings.has(node.target.name) &&
        scope.root(node.target.name) === undefined
      )
        return new ResourceHandle(node.target.name, node.name);
      return access(target, node.name, () => `${canonical(target)}.${node.name}`);
    }
    case 'index': {
      const target = run(node.target);
      const key = run(node.key);
      return access(target, key, () => `${canonical(target)}[${canonical(key)}]`);
    }
    case 'splat': {
      const target = run(node.target);
      if (isUnknown(target)) return unknownOf(`${target.text}[*]`, target);
      const items =
        target instanceof ResourceHandle
          ? scope.instances(target)
          : Array.isArray(target)
            ? target
            : target === null
              ? []
              : [target];
      return items.map((item) => run(node.each, new Map([...bindings, [SPLAT_ITEM, item]])));
    }
    case 'call': {
      let args = node.args.map((arg) => run(arg));
      if (node.expand) args = [...args.slice(0, -1), ...((args.at(-1) as Value[]) ?? [])];
      const implementation = FUNCTIONS[node.name];
      if (!implementation || anyUnknown(args))
        return unknownOf(`${node.name}(${args.map(canonical).join(',')})`, ...args);
      return implementation(args);
    }
    case 'unary': {
      const operand = run(node.operand);
      if (isUnknown(operand)) return unknownOf(`${node.op}${operand.text}`, operand);
      return node.op === '!' ? !operand : -(operand as number);
    }
    case 'binary': {
      const [left, right] = [run(node.left), run(node.right)];
      if (isUnknown(left) || isUnknown(right))
        return unknownOf(`(${canonical(left)}${node.op}${canonical(right)})`, left, right);
      return binary(node.op, left, right);
    }
    case 'conditional': {
      const test = run(node.test);
      if (isUnknown(test)) return unknownOf(`${test.text}?`, test);
      return test ? run(node.then) : run(node.otherwise);
    }
    case 'list':
      return node.items.map((item) => run(item));
    case 'object':
      return Object.fromEntries(node.entries.map(([key, value]) => [toText(run(key)), run(value)]));
    case 'for': {
      const collection = run(node.collection);
      if (isUnknown(collection)) return unknownOf(`for(${collection.text})`, collection);
      const results: [Value, Value][] = [];
      for (const [key, item] of entriesOf(collection)) {
        const inner = new Map(bindings);
        if (node.keyVar) inner.set(node.keyVar, key);
        inner.set(node.valueVar, item);
        if (node.condition && run(node.condition, inner) !== true) continue;
        results.push([node.key ? run(node.key, inner) : key, run(node.value, inner)]);
      }
      if (!node.object) return results.map(([, value]) => value);
      const object: Record<string, Value> = {};
      for (const [key, value] of results) {
        const name = toText(key);
        object[name] = node.group ? [...((object[name] as Value[] | undefined) ?? []), value] : value;
      }
      return object;
    }
  }
}
