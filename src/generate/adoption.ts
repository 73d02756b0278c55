/**
 * The README's sections on taking the bundle into an existing repository: which files to copy and which
 * variables to wire (per layout), `import` blocks that bring caches AWS already runs under this
 * configuration, `moved` blocks from the stack layout to the module layout, and the provider versions.
 */
import { attr, block, raw } from '@/hcl/build';
import type { BodyItem, Expr } from '@/hcl/ast';
import type { Cache } from '@/model/design';
import { hcl, type BundleLayout } from './bundle';
import { idExpr, isGlobal, secondaryTarget, snake, type GeneratorContext } from './context';
import { moduleFolder, moduleName } from './layout-module';
import { AWS_PROVIDER_CONSTRAINT } from './providers';

/** The versions every bundle is checked with (scripts/terraform-suite.ts, the mirror in CI). */
export const VERIFIED_WITH = { terraform: '1.11', aws: '5.100.0' } as const;

const RESOURCE_TYPES: Record<Cache['kind'], string> = {
  'replication-group': 'aws_elasticache_replication_group',
  memcached: 'aws_elasticache_cluster',
  serverless: 'aws_elasticache_serverless_cache',
};

/** Which ID AWS (and `terraform import`) knows each cache by. */
const ID_NAMES: Record<Cache['kind'], string> = {
  'replication-group': 'replication group ID',
  memcached: 'cluster ID',
  serverless: 'serverless cache name',
};

const commentedOut = (items: BodyItem[]) =>
  hcl(items)
    .trimEnd()
    .split('\n')
    .map((line) => (line ? `# ${line}` : '#'))
    .join('\n');

interface ImportTarget {
  address: string;
  id: Expr;
  provider?: string;
  /** What the ID is, for the comment above the block. */
  idName: string;
}

function importTargets(context: GeneratorContext, cache: Cache): ImportTarget[] {
  const { design } = context;
  const resource = `${RESOURCE_TYPES[cache.kind]}.${snake(cache.id)}`;
  const idName = ID_NAMES[cache.kind];
  const targets: ImportTarget[] = cache.instances.length
    ? cache.instances.map((instance) => ({
        address: `${resource}[${JSON.stringify(instance)}]`,
        id: idExpr(design, `${instance}-${cache.id}`),
        idName,
      }))
    : [{ address: resource, id: idExpr(design, cache.id), idName }];
  if (isGlobal(cache)) {
    targets.push({
      address: `aws_elasticache_global_replication_group.${snake(cache.id)}`,
      // AWS prefixes the suffix with a code of the primary region, so the full ID is only known once created.
      id: idExpr(design, cache.globalDatastore.suffix, { leading: 'xxxxx-' }),
      idName:
        'full global datastore ID with the prefix AWS added (aws elasticache describe-global-replication-groups)',
    });
    for (const secondary of cache.globalDatastore.secondaries) {
      const target = secondaryTarget(context, secondary.region);
      targets.push({
        address: `aws_elasticache_replication_group.${snake(cache.id)}${target.suffix}`,
        id: idExpr(design, `${cache.id}-${secondary.region}`),
        provider: `aws.${target.alias}`,
        idName: `replication group ID of the ${secondary.region} secondary`,
      });
    }
  }
  return targets;
}

/** One commented-out `import` block per cache (and global datastore member), addressed for the layout. */
export function importBlocks(context: GeneratorContext, layout: BundleLayout): string {
  const prefix = layout === 'module' ? `module.${moduleName(context.design.name)}.` : '';
  return context.design.caches
    .flatMap((cache) => importTargets(context, cache))
    .map((target) =>
      [
        `# ${target.idName}`,
        commentedOut([
          block(
            'import',
            [],
            [
              attr('to', raw(`${prefix}${target.address}`)),
              attr('id', target.id),
              // In the module layout the resource's own provider (passed in by the module call) is used.
              ...(target.provider && layout === 'stack' ? [attr('provider', raw(target.provider))] : []),
            ],
          ),
        ]),
      ].join('\n'),
    )
    .join('\n\n');
}

/** `moved` blocks for a state applied with the stack layout, now planned with the module layout. */
export function movedBlocks(context: GeneratorContext, resources: string[]): string {
  const prefix = `module.${moduleName(context.design.name)}.`;
  return resources
    .map((address) =>
      hcl([block('moved', [], [attr('from', raw(address)), attr('to', raw(`${prefix}${address}`))])]),
    )
    .join('\n')
    .trimEnd();
}

/** Network and access inputs a caller wires to its own VPC. */
const NETWORK_VARIABLE = /^(vpc_id|subnet_ids|vpc_cidr|allowed_cidr_blocks|allowed_security_group_ids)/;

function layoutSection(context: GeneratorContext, layout: BundleLayout): string {
  const { design } = context;
  const folder = moduleFolder(design.name);
  const network = context.variables.filter((variable) => NETWORK_VARIABLE.test(variable.name));
  const networkList = network
    .map((variable) => `- \`${variable.name}\` — ${variable.description}`)
    .join('\n');
  const aliases = context.regions.filter((target) => target.alias);
  if (layout === 'stack')
    return [
      'This bundle is a **standalone stack**: one root configuration with its own providers, variables and (unless the design uses an existing VPC) network. To add it to an existing repository, copy the whole folder as a directory of its own (for example `infra/elasticache/' +
        design.name +
        '/`), give it a backend (its own state key), and set these variables to your network in the tfvars file:',
      networkList,
      'To call it as a module from an existing root configuration instead, download the **module** layout (Download ▸ Reusable module + root, or `npm run render -- <input> --out <dir> --layout module`).',
    ].join('\n\n');
  return [
    `This bundle is a **reusable module** in \`${folder}/\` (no provider or backend blocks: the caller configures those) and a thin root that calls it: \`main.tf\` (the module call), \`providers.tf\`, \`versions.tf\`, \`backend.tf\` (a commented skeleton), \`variables.tf\`, \`outputs.tf\` (forwarding the module's) and the tfvars.`,
    `To adopt it into an existing repository, copy \`${folder}/\` into your repository's modules folder and the \`module "${moduleName(design.name)}"\` block of \`main.tf\` into your root configuration (adjust \`source\` to where you put the module). Your root keeps its own providers and backend. Wire these inputs to your network (from your VPC module's outputs or your own variables):`,
    networkList,
    ...(aliases.length
      ? [
          `The global datastore needs an aliased AWS provider per secondary region, passed in \`providers\`: ${aliases.map((target) => `\`aws.${target.alias}\` (${target.region})`).join(', ')}. The module declares them in \`configuration_aliases\`.`,
        ]
      : []),
    "Every other input has the design's value as its default; the module's outputs (endpoints, ports, ARNs, member cluster IDs, parameter and subnet group names, security group IDs, user group IDs, the SNS topic) are forwarded by `outputs.tf`.",
  ].join('\n\n');
}

export function adoptionSections(
  context: GeneratorContext,
  layout: BundleLayout,
  resources: string[],
): string[] {
  const { design } = context;
  const sections = ['## Adopting into an existing repository', layoutSection(context, layout)];
  if (design.caches.length) {
    sections.push(
      '## Bringing existing caches under this configuration',
      [
        'A cache that AWS already runs can be imported instead of created: copy its block below into a `.tf` file of the root, uncomment it, check the ID, and `terraform plan` shows the import (and any difference between the running cache and this configuration) before `apply`. `import` blocks need Terraform 1.5' +
          (design.environments.length ? ' (1.6 for the `var.environment` in the ID)' : '') +
          '; `terraform import <address> <id>` does the same from the command line.',
        '```hcl\n' + importBlocks(context, layout) + '\n```',
        ...(layout === 'module'
          ? [
              'A state already applied with the **stack** layout of this design moves into the module without replacing anything: add these `moved` blocks to the root, plan (it must show only moves), apply, then delete them.',
              '```hcl\n' + movedBlocks(context, resources) + '\n```',
            ]
          : []),
      ].join('\n\n'),
    );
  }
  sections.push(
    '## Provider versions',
    [
      `Verified with Terraform ${VERIFIED_WITH.terraform} and hashicorp/aws ${VERIFIED_WITH.aws} (\`terraform fmt -check\`, \`validate\` and \`plan\`). \`versions.tf\` asks for \`${AWS_PROVIDER_CONSTRAINT}\`.`,
      "The upper bound stays below 6.0 because this configuration has not been run against a 6.x provider, not because of a known incompatibility. The provider's version 6 upgrade guide (`website/docs/guides/version-6-upgrade.html.markdown`, read section by section against every resource type the generator writes) lists these changes to them, none of which touches what the bundle writes:",
      [
        '- *Enhanced Region Support*: most resources gain an optional `region` argument; the bundle keeps using one aliased provider per region, which 6.x still supports.',
        '- `aws_elasticache_replication_group`: `auth_token_update_strategy` no longer has a default — the bundle always sets it next to `auth_token`; an upper-case `engine` is deprecated — the bundle writes `valkey` or `redis`.',
        '- *Nullable boolean validation*: `at_rest_encryption_enabled` and `auto_minor_version_upgrade` (replication group, cluster) no longer accept `0`/`1` — the bundle writes `true`/`false`.',
        '- `aws_elasticache_user`, `aws_elasticache_user_group`: an upper-case `engine` is deprecated — the bundle writes lower case.',
        '- No section names `aws_elasticache_subnet_group`, `_parameter_group`, `_serverless_cache`, `_global_replication_group`, `aws_cloudwatch_log_group`, `aws_cloudwatch_metric_alarm`, `aws_sns_topic`, `aws_sns_topic_subscription`, `aws_security_group`, `aws_vpc_security_group_ingress_rule`, `aws_vpc`, `aws_subnet` or `aws_kms_key`/`aws_kms_alias`.',
      ].join('\n'),
      'To use this bundle in a repository pinned to hashicorp/aws 6.x, widen the constraint to `< 7.0.0` and run `terraform init -upgrade` and `terraform plan`: the plan should show no changes for caches already applied.',
    ].join('\n\n'),
  );
  return sections;
}
