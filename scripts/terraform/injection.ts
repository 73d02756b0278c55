/**
 * Adversarial user text through real Terraform: a design whose descriptions, tag values, parameter
 * values and access strings hold quotes, backslashes, `${…}`, `%{…}`, newlines, tabs and emoji must
 * plan, and the values in `terraform show -json` must equal the input exactly.
 */
import { defineDesign } from '../../src/model/defaults';
import type { Design } from '../../src/model/design';
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

export function injectionDesign(strings: readonly string[] = ADVERSARIAL_STRINGS): Design {
  const pick = (index: number) => strings[index % strings.length]!;
  return defineDesign({
    name: 'injection',
    description: strings.join(' | '),
    tags: Object.fromEntries(strings.map((value, index) => [`Tag${index}`, value])),
    notes: strings.join('\n'),
    caches: [
      {
        kind: 'replication-group',
        id: 'rg',
        description: pick(0) + pick(2) + pick(3),
        tags: { Note: pick(4), Emoji: pick(6) },
        parameterGroup: { mode: 'custom', parameters: [{ name: 'notify-keyspace-events', value: pick(3) }] },
        auth: {
          mode: 'rbac',
          users: [
            { userId: 'default', userName: 'default', accessString: 'off -@all', authentication: 'none' },
            { userId: 'app', userName: 'app', accessString: `on ~${pick(2)} +@all`, authentication: 'password' },
          ],
        },
      },
      { kind: 'serverless', id: 'sl', description: pick(5) + pick(7) + pick(8), tags: { Quote: pick(1) } },
    ],
  });
}

/** Each planned value that differs from what the design says, as `address.attribute: want … got …`. */
export function plannedValueMismatches(plan: PlanJson, design: Design): string[] {
  const resources = plannedResources(plan);
  const byAddress = new Map(resources.map((resource) => [resource.address, resource.values]));
  const mismatches: string[] = [];
  const expectValue = (address: string, attribute: string, want: unknown, read: (values: Record<string, unknown>) => unknown) => {
    const values = byAddress.get(address);
    const got = values ? read(values) : '(resource not planned)';
    if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${address}.${attribute}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
  };
  const [group, serverless] = design.caches;
  if (group?.kind !== 'replication-group' || serverless?.kind !== 'serverless') throw new Error('unexpected injection design');
  const groupAddress = 'aws_elasticache_replication_group.rg';
  expectValue(groupAddress, 'description', group.description, (values) => values.description);
  for (const [key, value] of Object.entries({ ...design.tags, ...group.tags }))
    expectValue(groupAddress, `tags_all.${key}`, value, (values) => (values.tags_all as Record<string, unknown>)?.[key]);
  expectValue('aws_elasticache_parameter_group.rg', 'parameter', group.parameterGroup.parameters, (values) =>
    (values.parameter as { name: string; value: string }[]).map(({ name, value }) => ({ name, value })),
  );
  const user = group.auth.users[1]!;
  expectValue('aws_elasticache_user.rg_app', 'access_string', user.accessString, (values) => values.access_string);
  const serverlessAddress = 'aws_elasticache_serverless_cache.sl';
  expectValue(serverlessAddress, 'description', serverless.description, (values) => values.description);
  for (const [key, value] of Object.entries(serverless.tags))
    expectValue(serverlessAddress, `tags.${key}`, value, (values) => (values.tags as Record<string, unknown>)?.[key]);
  return mismatches;
}
