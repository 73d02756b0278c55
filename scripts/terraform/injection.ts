/**
 * Adversarial user text through real Terraform: a design whose descriptions, tag values, parameter
 * values and access strings hold quotes, backslashes, `${…}`, `%{…}`, newlines, tabs and emoji must
 * plan, and the values in `terraform show -json` must equal the input exactly.
 */
import fc from 'fast-check';
import { defineDesign } from '../../src/model/defaults';
import { designSchema, type Design } from '../../src/model/design';
import { checkDesign } from '../../src/model/rules';
import { plannedResources, type PlanJson } from './verify';

export const ADVERSARIAL_STRINGS = [
  'say "hi" and \\"escaped\\"',
  'C:\\path\\to\\file \\n not a newline',
  'interpolation ${var.region} and ${ nope }',
  'directive %{if true}yes%{endif} and %%{ and $${x}',
  'line one\nline two\r\nline three',
  'tab\there\tand\tthere',
  'emoji 🚀 family 👨‍👩‍👧 flag 🇪🇺 combining é',
  'bidi \u202Eevil\u202C zero-width\u200Bjoin',
  'lone $ and % and $$ and %% and trailing $',
  '<<EOT\nheredoc marker\nEOT',
];

export function injectionDesign(
  strings: readonly string[] = ADVERSARIAL_STRINGS,
  name = 'injection',
): Design {
  const pick = (index: number) => strings[index % strings.length]!;
  return defineDesign({
    name,
    description: strings.join(' | '),
    tags: Object.fromEntries(strings.map((value, index) => [`Tag${index}`, value])),
    notes: strings.join('\n'),
    caches: [
      {
        kind: 'replication-group',
        id: 'rg',
        description: pick(1),
        tags: { Note: pick(5), Emoji: pick(6) },
        parameterGroup: {
          mode: 'custom',
          parameters: [{ name: 'notify-keyspace-events', value: pick(3) || 'x' }],
        },
        auth: {
          mode: 'rbac',
          users: [
            { userId: 'default', userName: 'default', accessString: 'off -@all', authentication: 'none' },
            {
              userId: 'app',
              userName: 'app',
              accessString: `on ~${pick(4)} +@all`,
              authentication: 'password',
            },
          ],
        },
      },
      { kind: 'serverless', id: 'sl', description: pick(2), tags: { Quote: pick(7) } },
    ],
  });
}

/** Each planned value that differs from what the design says, as `address.attribute: want … got …`. */
export function plannedValueMismatches(plan: PlanJson, design: Design): string[] {
  const resources = plannedResources(plan);
  const byAddress = new Map(resources.map((resource) => [resource.address, resource.values]));
  const mismatches: string[] = [];
  const expectValue = (
    address: string,
    attribute: string,
    want: unknown,
    read: (values: Record<string, unknown>) => unknown,
  ) => {
    const values = byAddress.get(address);
    const got = values ? read(values) : '(resource not planned)';
    if (JSON.stringify(got) !== JSON.stringify(want))
      mismatches.push(`${address}.${attribute}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
  };
  const [group, serverless] = design.caches;
  if (group?.kind !== 'replication-group' || serverless?.kind !== 'serverless')
    throw new Error('unexpected injection design');
  const groupAddress = 'aws_elasticache_replication_group.rg';
  expectValue(groupAddress, 'description', group.description, (values) => values.description);
  for (const [key, value] of Object.entries({ ...design.tags, ...group.tags }))
    expectValue(
      groupAddress,
      `tags_all.${key}`,
      value,
      (values) => (values.tags_all as Record<string, unknown>)?.[key],
    );
  expectValue('aws_elasticache_parameter_group.rg', 'parameter', group.parameterGroup.parameters, (values) =>
    (values.parameter as { name: string; value: string }[]).map(({ name, value }) => ({ name, value })),
  );
  const user = group.auth.users[1]!;
  expectValue(
    'aws_elasticache_user.rg_app',
    'access_string',
    user.accessString,
    (values) => values.access_string,
  );
  const serverlessAddress = 'aws_elasticache_serverless_cache.sl';
  expectValue(serverlessAddress, 'description', serverless.description, (values) => values.description);
  for (const [key, value] of Object.entries(serverless.tags))
    expectValue(
      serverlessAddress,
      `tags.${key}`,
      value,
      (values) => (values.tags as Record<string, unknown>)?.[key],
    );
  return mismatches;
}

/** Pieces that have broken HCL writers: quotes, escapes, template openers, heredoc markers, controls, bidi, marks, emoji. */
const HOSTILE_PIECES = [
  '"',
  '\\',
  '\\"',
  '${',
  '%{',
  '$${',
  '%%{',
  '}',
  '~}',
  '<<EOT',
  '<<-EOT',
  'EOT',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\u0301',
  'e\u0301',
  '\u1100\u1161',
  '🚀',
  '👨‍👩‍👧',
  '🇪🇺',
  '\ufeff',
  '\ufffd',
  '$',
  '%',
  '$$',
  '%%',
  '#',
  '//',
  '/*',
  '*/',
  ' ',
  '=',
  ',',
];

/** Adversarial strings: hostile pieces mixed with random Unicode, seeded. NFC like the model stores them. */
export function adversarialStrings(count: number, seed: number): string[] {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  );
  const sampled = fc.sample(
    fc.array(piece, { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join('')),
    { numRuns: count, seed },
  );
  return [...ADVERSARIAL_STRINGS, ...sampled].map((value) => value.normalize('NFC'));
}

/**
 * Splits the strings over designs that pass our rules (each string lands in a tag value, a description,
 * a parameter value or an access string). Strings our schema refuses (too long, lone surrogates) must be
 * refused by it — returned separately so the caller can check that they never reach Terraform.
 */
export function injectionFuzzDesigns(
  strings: readonly string[],
  perDesign = 40,
): { designs: Design[]; refused: string[] } {
  const refused = strings.filter(
    (value) =>
      !designSchema.shape.description.safeParse(value).success || value.length > 255 || value.length === 0,
  );
  const usable = strings.filter((value) => !refused.includes(value));
  const designs: Design[] = [];
  for (let start = 0; start < usable.length; start += perDesign) {
    const design = injectionDesign(usable.slice(start, start + perDesign), `injection-${designs.length + 1}`);
    const errors = checkDesign(design).filter((finding) => finding.severity === 'error');
    if (errors.length)
      throw new Error(
        `injection design ${design.name} breaks rules: ${errors.map((error) => error.message).join('; ')}`,
      );
    designs.push(design);
  }
  return { designs, refused };
}
