import { describe, expect, it } from 'vitest';
import type { BodyItem, Expr, HclFile } from './ast';
import { attr, blank, block, bool, call, comment, file, list, nul, num, obj, raw, str, tpl } from './build';
import { renderExpr, renderFile } from './layout';

const locals = (...items: BodyItem[]): HclFile => file(block('locals', [], items));
const multilineObj = (entries: Record<string, Expr>) => obj(entries, { multiline: true });

/**
 * Cases from /work/shared/reference/terraform-fmt-rules.md: each `expected` is the doc's *after* block
 * (output of real `terraform fmt`). Where the doc's input holds syntax our tree cannot express, the case
 * keeps only the expressible lines, and the note says which were left out.
 */
const docCases: { name: string; tree: HclFile; expected: string }[] = [
  {
    name: 'case 01: nested blocks are indented two spaces per level',
    tree: file(
      block(
        'resource',
        ['aws_elasticache_replication_group', 'this'],
        [
          attr('replication_group_id', str('redis')),
          attr('description', str('tab-indented line')),
          attr('engine', str('redis')),
          block(
            'log_delivery_configuration',
            [],
            [attr('destination', str('x')), attr('destination_type', str('cloudwatch-logs'))],
          ),
        ],
      ),
    ),
    expected: `resource "aws_elasticache_replication_group" "this" {
  replication_group_id = "redis"
  description          = "tab-indented line"
  engine               = "redis"
  log_delivery_configuration {
    destination      = "x"
    destination_type = "cloudwatch-logs"
  }
}
`,
  },
  {
    name: 'case 02: a basic run',
    tree: file(
      block(
        'resource',
        ['aws_elasticache_cluster', 'example'],
        [
          attr('cluster_id', str('cluster-example')),
          attr('engine', str('memcached')),
          attr('node_type', str('cache.m4.large')),
          attr('num_cache_nodes', num(2)),
          attr('parameter_group_name', str('default.memcached1.4')),
          attr('port', num(11211)),
        ],
      ),
    ),
    expected: `resource "aws_elasticache_cluster" "example" {
  cluster_id           = "cluster-example"
  engine               = "memcached"
  node_type            = "cache.m4.large"
  num_cache_nodes      = 2
  parameter_group_name = "default.memcached1.4"
  port                 = 11211
}
`,
  },
  {
    name: 'case 03: a blank line breaks the run',
    tree: file(
      block(
        'resource',
        ['aws_elasticache_cluster', 'example'],
        [
          attr('cluster_id', str('cluster-example')),
          attr('engine', str('redis')),
          blank(),
          attr('node_type', str('cache.m4.large')),
          attr('num_cache_nodes', num(1)),
        ],
      ),
    ),
    expected: `resource "aws_elasticache_cluster" "example" {
  cluster_id = "cluster-example"
  engine     = "redis"

  node_type       = "cache.m4.large"
  num_cache_nodes = 1
}
`,
  },
  {
    name: 'case 04: a nested block breaks the run before and after it',
    tree: file(
      block(
        'resource',
        ['aws_elasticache_replication_group', 'rg'],
        [
          attr('replication_group_id', str('rg')),
          attr('engine', str('redis')),
          block(
            'log_delivery_configuration',
            [],
            [
              attr('destination', str('log-group')),
              attr('destination_type', str('cloudwatch-logs')),
              attr('log_format', str('json')),
              attr('log_type', str('slow-log')),
            ],
          ),
          attr('num_cache_clusters', num(2)),
          attr('port', num(6379)),
        ],
      ),
    ),
    expected: `resource "aws_elasticache_replication_group" "rg" {
  replication_group_id = "rg"
  engine               = "redis"
  log_delivery_configuration {
    destination      = "log-group"
    destination_type = "cloudwatch-logs"
    log_format       = "json"
    log_type         = "slow-log"
  }
  num_cache_clusters = 2
  port               = 6379
}
`,
  },
  {
    name: 'case 24: block then attributes; top-level blocks without blank lines',
    tree: file(
      block(
        'resource',
        ['aws_elasticache_replication_group', 'rg'],
        [
          attr('replication_group_id', str('rg')),
          block('timeouts', [], [attr('create', str('60m'))]),
          attr('at_rest_encryption_enabled', bool(true)),
          attr('port', num(6379)),
          block('lifecycle', [], [attr('ignore_changes', list([raw('num_cache_clusters')]))]),
        ],
      ),
      block(
        'output',
        ['id'],
        [
          attr('value', raw('aws_elasticache_replication_group.rg.id')),
          attr('description', str('id')),
          attr('sensitive', bool(false)),
        ],
      ),
    ),
    expected: `resource "aws_elasticache_replication_group" "rg" {
  replication_group_id = "rg"
  timeouts {
    create = "60m"
  }
  at_rest_encryption_enabled = true
  port                       = 6379
  lifecycle {
    ignore_changes = [num_cache_clusters]
  }
}
output "id" {
  value       = aws_elasticache_replication_group.rg.id
  description = "id"
  sensitive   = false
}
`,
  },
  {
    name: 'case 05: a multi-line map breaks the run; its entries form their own run',
    tree: file(
      block(
        'resource',
        ['aws_elasticache_replication_group', 'rg'],
        [
          attr('replication_group_id', str('rg')),
          attr('engine', str('redis')),
          attr('tags', multilineObj({ Name: str('rg'), Environment: str('prod') })),
          attr('num_cache_clusters', num(2)),
          attr('port', num(6379)),
        ],
      ),
    ),
    expected: `resource "aws_elasticache_replication_group" "rg" {
  replication_group_id = "rg"
  engine               = "redis"
  tags = {
    Name        = "rg"
    Environment = "prod"
  }
  num_cache_clusters = 2
  port               = 6379
}
`,
  },
  {
    name: 'case 06: comment lines break the run (only the # style: we never write // or /* */)',
    tree: file(
      block(
        'resource',
        ['aws_elasticache_cluster', 'c'],
        [
          attr('cluster_id', str('c')),
          attr('engine', str('redis')),
          comment('sizing'),
          attr('node_type', str('cache.t3.micro')),
          attr('num_cache_nodes', num(1)),
          comment('another style'),
          attr('port', num(6379)),
          comment('block comment'),
          attr('apply_immediately', bool(true)),
        ],
      ),
    ),
    expected: `resource "aws_elasticache_cluster" "c" {
  cluster_id = "c"
  engine     = "redis"
  # sizing
  node_type       = "cache.t3.micro"
  num_cache_nodes = 1
  # another style
  port = 6379
  # block comment
  apply_immediately = true
}
`,
  },
  {
    name: 'case 25: single-line object, list and call stay in the run; a multi-line call breaks it',
    tree: locals(
      attr('a', obj({ x: num(1) })),
      attr('bungle', list([num(1), num(2)])),
      attr('cc', call('merge', raw('var.tags'), obj({ Name: str('x') }))),
      attr('ddddd', call('jsonencode', multilineObj({ a: num(1) }))),
      attr('e', num(5)),
      attr('ff', num(6)),
    ),
    expected: `locals {
  a      = { x = 1 }
  bungle = [1, 2]
  cc     = merge(var.tags, { Name = "x" })
  ddddd = jsonencode({
    a = 1
  })
  e  = 5
  ff = 6
}
`,
  },
  {
    name: 'case 37: top level of a .tfvars file',
    tree: file(
      attr('region', str('us-east-1')),
      attr('node_type', str('cache.r6g.large')),
      attr('tags', multilineObj({ Team: str('platform') })),
      attr('replicas', num(2)),
    ),
    expected: `region    = "us-east-1"
node_type = "cache.r6g.large"
tags = {
  Team = "platform"
}
replicas = 2
`,
  },
  {
    // The doc quotes "kebab-key", which we write bare; "kebab:key" needs the quotes and has its width.
    name: 'case 08: object constructors — quoted keys, inline, empty and nested objects',
    tree: locals(
      attr(
        'tags',
        multilineObj({
          Name: str('redis'),
          Environment: str('prod'),
          'kebab:key': str('v'),
          CostCenter: num(42),
        }),
      ),
      attr('inline', obj({ a: num(1), b: str('two') })),
      attr('inline_spaced', obj({ a: num(1), b: num(2) })),
      attr('empty', obj({})),
      attr('empty_list', list([])),
      attr(
        'nested',
        multilineObj({ inner: multilineObj({ deep_key: num(1), k: num(2) }), other_key: num(3), z: num(4) }),
      ),
    ),
    expected: `locals {
  tags = {
    Name        = "redis"
    Environment = "prod"
    "kebab:key" = "v"
    CostCenter  = 42
  }
  inline        = { a = 1, b = "two" }
  inline_spaced = { a = 1, b = 2 }
  empty         = {}
  empty_list    = []
  nested = {
    inner = {
      deep_key = 1
      k        = 2
    }
    other_key = 3
    z         = 4
  }
}
`,
  },
  {
    name: 'case 35: for_each map of single-line objects',
    tree: file(
      block(
        'resource',
        ['aws_elasticache_user', 'users'],
        [
          attr(
            'for_each',
            multilineObj({
              app: obj({ access: str('on ~app:* +@all'), engine: str('REDIS') }),
              readonly_user: obj({ access: str('on ~* +@read'), engine: str('REDIS') }),
            }),
          ),
          attr('user_id', raw('each.key')),
          attr('user_name', raw('each.key')),
          attr('access_string', raw('each.value.access')),
          attr('engine', raw('each.value.engine')),
          block('authentication_mode', [], [attr('type', str('iam'))]),
        ],
      ),
    ),
    expected: `resource "aws_elasticache_user" "users" {
  for_each = {
    app           = { access = "on ~app:* +@all", engine = "REDIS" }
    readonly_user = { access = "on ~* +@read", engine = "REDIS" }
  }
  user_id       = each.key
  user_name     = each.key
  access_string = each.value.access
  engine        = each.value.engine
  authentication_mode {
    type = "iam"
  }
}
`,
  },
  {
    name: 'case 39: single-line objects in a multi-line list are not aligned',
    tree: locals(
      attr(
        'objs',
        list([obj({ name: str('a'), value: num(1) }), obj({ name: str('bb'), value: num(2) })], {
          multiline: true,
        }),
      ),
      attr(
        'parameters',
        list([obj({ name: str('maxmemory-policy'), value: str('allkeys-lru') })], { multiline: true }),
      ),
    ),
    expected: `locals {
  objs = [
    { name = "a", value = 1 },
    { name = "bb", value = 2 },
  ]
  parameters = [
    { name = "maxmemory-policy", value = "allkeys-lru" },
  ]
}
`,
  },
  {
    name: 'case 09: single-line lists (without e = ["x", ]: we never write a trailing comma on one line)',
    tree: locals(
      attr('a', list([str('a'), str('b'), str('c')])),
      attr('b', list([num(1), num(2), num(3)])),
      attr('c', list([list([]), list([num(1)])])),
      attr('d', list([obj({ a: num(1) }), obj({ b: num(2) })])),
    ),
    expected: `locals {
  a = ["a", "b", "c"]
  b = [1, 2, 3]
  c = [[], [1]]
  d = [{ a = 1 }, { b = 2 }]
}
`,
  },
  {
    name: 'case 10: multi-line lists, objects inside them, and [{ hugging (without security_group_ids: no trailing comma)',
    tree: file(
      block(
        'resource',
        ['aws_elasticache_replication_group', 'rg'],
        [
          attr('subnets', list([str('subnet-1'), str('subnet-2')], { multiline: true })),
          attr(
            'objs',
            list(
              [
                multilineObj({ name: str('a'), value: num(1) }),
                multilineObj({ name: str('bb'), value: num(2) }),
              ],
              { multiline: true },
            ),
          ),
          attr('compact', list([multilineObj({ k: str('v'), kk: str('vv') })])),
        ],
      ),
    ),
    expected: `resource "aws_elasticache_replication_group" "rg" {
  subnets = [
    "subnet-1",
    "subnet-2",
  ]
  objs = [
    {
      name  = "a"
      value = 1
    },
    {
      name  = "bb"
      value = 2
    },
  ]
  compact = [{
    k  = "v"
    kk = "vv"
  }]
}
`,
  },
  {
    name: 'case 26: multi-line call argument with a hugged list of objects (without the one-arg-per-line join)',
    tree: locals(
      attr(
        'policy',
        call(
          'jsonencode',
          multilineObj({
            Version: str('2012-10-17'),
            Statement: list([
              multilineObj({
                Effect: str('Allow'),
                Action: list([str('elasticache:*')]),
                Resource: str('*'),
              }),
            ]),
          }),
        ),
      ),
    ),
    expected: `locals {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["elasticache:*"]
      Resource = "*"
    }]
  })
}
`,
  },
  {
    name: 'case 42: deep nesting (dynamic / content)',
    tree: file(
      block(
        'resource',
        ['aws_elasticache_replication_group', 'rg'],
        [
          block(
            'dynamic',
            ['log_delivery_configuration'],
            [
              attr('for_each', raw('var.logs')),
              block(
                'content',
                [],
                [
                  attr('destination', raw('log_delivery_configuration.value.dest')),
                  attr('destination_type', str('cloudwatch-logs')),
                ],
              ),
            ],
          ),
        ],
      ),
    ),
    expected: `resource "aws_elasticache_replication_group" "rg" {
  dynamic "log_delivery_configuration" {
    for_each = var.logs
    content {
      destination      = log_delivery_configuration.value.dest
      destination_type = "cloudwatch-logs"
    }
  }
}
`,
  },
  {
    name: 'case 13: templates; a lone interpolation is unwrapped (without in_list / in_map / multi)',
    tree: file(
      block(
        'resource',
        ['aws_elasticache_cluster', 'c'],
        [
          attr('cluster_id', tpl(raw('var.id'))),
          attr('subnet_group_name', tpl(raw('aws_elasticache_subnet_group.sg.name'))),
          attr('keep_suffix', tpl(raw('var.id'), '-suffix')),
          attr('keep_two', tpl(raw('var.a'), raw('var.b'))),
          attr('nested_quotes', tpl(raw('lower("ABC")'))),
        ],
      ),
    ),
    expected: `resource "aws_elasticache_cluster" "c" {
  cluster_id        = var.id
  subnet_group_name = aws_elasticache_subnet_group.sg.name
  keep_suffix       = "\${var.id}-suffix"
  keep_two          = "\${var.a}\${var.b}"
  nested_quotes     = lower("ABC")
}
`,
  },
  {
    name: 'case 15: block labels are quoted',
    tree: file(
      block('resource', ['aws_elasticache_cluster', 'c'], [attr('cluster_id', str('c'))]),
      block(
        'resource',
        ['aws_elasticache_replication_group', 'rg'],
        [
          block(
            'dynamic',
            ['log_delivery_configuration'],
            [
              attr('for_each', raw('var.logs')),
              block('content', [], [attr('destination', raw('log_delivery_configuration.value'))]),
            ],
          ),
        ],
      ),
    ),
    expected: `resource "aws_elasticache_cluster" "c" {
  cluster_id = "c"
}
resource "aws_elasticache_replication_group" "rg" {
  dynamic "log_delivery_configuration" {
    for_each = var.logs
    content {
      destination = log_delivery_configuration.value
    }
  }
}
`,
  },
  {
    name: 'case 20: empty blocks print {} (without locals { a = 1 }: we never write one-line bodies)',
    tree: file(block('terraform', [], []), block('resource', ['x', 'y'], [])),
    expected: `terraform {}
resource "x" "y" {}
`,
  },
  {
    name: 'case 32: order is kept, no blank lines are added',
    tree: file(
      block('resource', ['b', 'b'], [attr('z', num(1)), attr('a', num(2))]),
      block('resource', ['a', 'a'], [attr('y', num(1))]),
      block('variable', ['v'], []),
    ),
    expected: `resource "b" "b" {
  z = 1
  a = 2
}
resource "a" "a" {
  y = 1
}
variable "v" {}
`,
  },
  {
    name: 'case 36: bools, null and big integers (without 1.50 and 1e3: numbers print canonically)',
    tree: locals(attr('t', bool(true)), attr('nul', nul()), attr('big', num(10000000000))),
    expected: `locals {
  t   = true
  nul = null
  big = 10000000000
}
`,
  },
  {
    name: 'case 17: long lines are not wrapped',
    tree: locals(
      attr(
        'long',
        list(
          [
            'aaaaaaaaaaaaaaaa',
            'bbbbbbbbbbbbbbbbbbbbbbb',
            'ccccccccccccccccccccccccc',
            'dddddddddddddddddddddd',
            'eeeeeeeeeeeeeeeeeeeeeeeee',
          ].map(str),
        ),
      ),
      attr('x', num(1)),
    ),
    expected: `locals {
  long = ["aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbb", "ccccccccccccccccccccccccc", "dddddddddddddddddddddd", "eeeeeeeeeeeeeeeeeeeeeeeee"]
  x    = 1
}
`,
  },
  {
    name: 'case 21: blank lines are kept as written (the file still ends with one newline)',
    tree: file(
      blank(),
      blank(),
      block('locals', [], [blank(), blank(), attr('a', num(1)), blank(), blank(), attr('b', num(2))]),
    ),
    expected: `

locals {


  a = 1


  b = 2
}
`,
  },
  {
    name: 'case 27: string escapes (without bmp / astral: printable characters are written literally)',
    tree: locals(
      attr('quote', str('say "hi"')),
      attr('backslash', str('C:\\path')),
      attr('controls', str('a\nb\tc\rd')),
      attr('literal_utf8', str('café 😀')),
      attr('dollar', str('${not_interp}')),
      attr('percent', str('%{not_directive}')),
      attr('lone', str('$ and % and $$ and %%')),
    ),
    expected: `locals {
  quote        = "say \\"hi\\""
  backslash    = "C:\\\\path"
  controls     = "a\\nb\\tc\\rd"
  literal_utf8 = "café 😀"
  dollar       = "$\${not_interp}"
  percent      = "%%{not_directive}"
  lone         = "$ and % and $$ and %%"
}
`,
  },
];

describe('renderFile reproduces terraform fmt', () => {
  it.each(docCases)('$name', ({ tree, expected }) => {
    expect(renderFile(tree)).toBe(expected);
  });
});

describe('renderFile', () => {
  it('writes nothing for an empty file', () => {
    expect(renderFile(file())).toBe('');
    expect(renderFile(file(blank(), blank()))).toBe('');
  });

  it('writes one # line per comment line, a bare # for empty lines, without trailing whitespace', () => {
    expect(renderFile(file(comment('first  \r\n\nthird\rline\t')))).toBe('# first\n#\n# thirdline\n');
  });

  it('spells out invisible and control characters in comments, keeping tabs', () => {
    expect(renderFile(file(comment('nul\u0000 esc\u001b bidi\u202e zwsp\u200b tab\tkept 😀')))).toBe(
      '# nul\\u0000 esc\\u001b bidi\\u202e zwsp\\u200b tab\tkept 😀\n',
    );
  });

  it('indents comments with their block', () => {
    const tree = file(block('locals', [], [comment('why'), attr('a', num(1))]));
    expect(renderFile(tree)).toBe('locals {\n  # why\n  a = 1\n}\n');
  });

  it('hugs a multi-line last argument through nested calls, indenting one level', () => {
    const tree = locals(
      attr(
        'merged',
        call('merge', raw('var.a'), call('tomap', multilineObj({ k: str('v'), long_key: num(1) }))),
      ),
    );
    expect(renderFile(tree)).toBe(`locals {
  merged = merge(var.a, tomap({
    k        = "v"
    long_key = 1
  }))
}
`);
  });

  // Real fmt output: a hug opener whose brackets balance after its first `=` (`merge({ a = 1 }, {`) is an
  // alignable line, so it forms a run with the first lines it hugs. Text before that `=` is kept ASCII.
  it('aligns a hug opener with the lines it hugs when fmt considers it alignable', () => {
    const tree = locals(
      attr(
        'l',
        list(
          [
            call('merge', obj({ a: num(1) }), multilineObj({ bb: num(2), c: num(3) })),
            call('merge', obj({ long_key: num(1) }), multilineObj({ b: num(2) })),
            raw('x'),
            call('f', str('日本'), obj({ a: num(1) }), multilineObj({ b: num(2) })),
          ],
          { multiline: true },
        ),
      ),
    );
    expect(renderFile(tree)).toBe(`locals {
  l = [
    merge({ a = 1 }, {
      bb      = 2
      c       = 3
    }),
    merge({ long_key = 1 }, {
      b              = 2
    }),
    x,
    f("\\u65e5\\u672c", { a = 1 }, {
      b                   = 2
    }),
  ]
}
`);
  });

  it('puts a comma after every element of a multi-line list, including hugged calls', () => {
    const tree = locals(
      attr(
        'l',
        list([call('merge', raw('var.a'), multilineObj({ k: num(1) })), num(2)], { multiline: true }),
      ),
    );
    expect(renderFile(tree)).toBe(`locals {
  l = [
    merge(var.a, {
      k = 1
    }),
    2,
  ]
}
`);
  });

  it('writes empty containers on one line even when asked for multiline', () => {
    const tree = locals(attr('m', obj({}, { multiline: true })), attr('l', list([], { multiline: true })));
    expect(renderFile(tree)).toBe('locals {\n  m = {}\n  l = []\n}\n');
  });

  it('quotes keys that are not ASCII identifiers, and `for`', () => {
    const tree = locals(
      attr('m', multilineObj({ for: num(1), é: num(2), '1abc': num(3), 'a b': num(4), null: num(5) })),
    );
    expect(renderFile(tree)).toBe(`locals {
  m = {
    "for"    = 1
    "\\u00e9" = 2
    "1abc"   = 3
    "a b"    = 4
    null     = 5
  }
}
`);
  });

  it('writes labels NFC-normalized and escaped as fmt re-emits them', () => {
    const tree = file(block('output', ['e\u0301', 'tab\there', 'nb\u00a0sp', '😀'], []));
    expect(renderFile(tree)).toBe('output "é" "tab\\there" "nb\\u00a0sp" "😀" {}\n');
  });

  it.each([
    ['a label with $', file(block('resource', ['a', 'x$y'], []))],
    ['a label with %', file(block('resource', ['a', '100%'], []))],
    ['a legacy variable type string', file(block('variable', ['v'], [attr('type', str('string'))]))],
    ['a legacy variable type keyword', file(block('variable', ['v'], [attr('type', raw('list'))]))],
    ['a legacy variable type as a template', file(block('variable', ['v'], [attr('type', tpl('map'))]))],
    [
      'a multi-line value in a single-line object',
      locals(attr('o', obj({ a: multilineObj({ b: num(1) }) }))),
    ],
    ['a multi-line non-last list item', locals(attr('l', list([multilineObj({ b: num(1) }), num(2)])))],
    [
      'a multi-line non-last call argument',
      locals(attr('c', call('f', multilineObj({ b: num(1) }), num(2)))),
    ],
    ['an attribute set twice in one body', locals(attr('a', num(1)), blank(), attr('a', num(2)))],
    ['an attribute name that is not an identifier', file(attr('a b', num(1)))],
    ['a block type that is not an identifier', file(block('1x', [], []))],
    ['a function name that is not an identifier', locals(attr('c', call('f()', num(1))))],
    ['a raw expression spanning lines', locals(attr('r', raw('a\n+ b')))],
    ['an empty raw expression', locals(attr('r', raw('')))],
    ['NaN', locals(attr('n', num(Number.NaN)))],
    ['Infinity', locals(attr('n', num(Number.POSITIVE_INFINITY)))],
  ])('rejects %s', (_name, tree) => {
    expect(() => renderFile(tree)).toThrow();
  });

  it('accepts a legacy-looking type outside a top-level variable block', () => {
    const tree = file(block('resource', ['r', 'r'], [attr('type', str('string'))]));
    expect(renderFile(tree)).toBe('resource "r" "r" {\n  type = "string"\n}\n');
  });
});

describe('renderExpr', () => {
  it.each<[string, Expr, string]>([
    ['integer', num(42), '42'],
    ['negative integer', num(-7), '-7'],
    ['negative zero', num(-0), '0'],
    ['integer beyond 1e21, digit by digit', num(1e21), '1000000000000000000000'],
    ['fraction', num(0.1), '0.1'],
    ['tiny fraction', num(1.5e-7), '1.5e-7'],
    ['bool', bool(false), 'false'],
    ['null', nul(), 'null'],
    ['list', list([num(-1), str('a')]), '[-1, "a"]'],
    ['list of empty object', list([obj({})]), '[{}]'],
    ['call without arguments', call('timestamp'), 'timestamp()'],
    ['provider function', call('provider::aws::arn_parse', str('x')), 'provider::aws::arn_parse("x")'],
    ['template', tpl(raw('var.name'), '-', raw('var.env')), '"${var.name}-${var.env}"'],
    ['lone interpolation unwrapped, also inside a list', list([tpl(raw('var.id'))]), '[var.id]'],
    ['lone interpolation between empty literals', tpl('', raw('var.id'), ''), 'var.id'],
    ['adjacent literals merged', tpl('a', '$', '{b}'), '"a$${b}"'],
    ['empty template', tpl(), '""'],
    ['literal escaped inside a template', tpl('"${x}"', raw('var.y')), '"\\"$${x}\\"${var.y}"'],
    ['a $ right before an interpolation', tpl('cost: $', raw('var.price')), '"cost: \\u0024${var.price}"'],
    ['a $$ right before an interpolation', tpl('$$', raw('var.x')), '"$\\u0024${var.x}"'],
    ['a % right before an interpolation stays', tpl('100%', raw('var.x')), '"100%${var.x}"'],
  ])('%s', (_name, expr, expected) => {
    expect(renderExpr(expr)).toBe(expected);
  });

  it('throws for a multi-line expression', () => {
    expect(() => renderExpr(obj({ a: num(1) }, { multiline: true }))).toThrow(/spans several lines/);
  });
});
