/** README.md of the bundle: what was generated and why, how to apply it, and the topology as Mermaid. */
import { ENGINE_LABELS } from '@/model/catalog';
import { costReport } from '@/model/cost';
import { adoptionSections } from './adoption';
import { connectionGuideMarkdown } from './connection-guide';
import type { Cache, Design } from '@/model/design';
import type { BundleLayout } from './bundle';
import { isDeclared, isGlobal, snake, type GeneratorContext } from './context';
import { ALARM_EMAILS_VARIABLE } from './monitoring';
import { selectWorkspaceCommand } from './environment';
import { replacingFields } from '@/model/update-behaviour';

/** Mermaid labels are quoted; quotes and angle brackets inside them would end or break the label. */
const label = (text: string) => `"${text.replace(/["<>]/g, (char) => `#${char.charCodeAt(0)};`)}"`;

function cacheSummary(cache: Cache): string {
  switch (cache.kind) {
    case 'replication-group': {
      const topology =
        cache.clusterMode === 'disabled'
          ? `1 primary + ${cache.replicasPerShard} replica(s)`
          : `${cache.shards} shard(s) × (1 primary + ${cache.replicasPerShard} replica(s)), cluster mode ${cache.clusterMode}`;
      return `${ENGINE_LABELS[cache.engine]} ${cache.engineVersion} on ${cache.nodeType}: ${topology}`;
    }
    case 'memcached':
      return `Memcached ${cache.engineVersion} on ${cache.nodeType}: ${cache.nodeCount} node(s), ${cache.azMode}`;
    case 'serverless':
      return `Serverless ${ENGINE_LABELS[cache.engine]} ${cache.majorVersion}`;
  }
}

function cacheNodes(cache: Cache, indent: string): string[] {
  const id = snake(cache.id);
  switch (cache.kind) {
    case 'replication-group': {
      const shards = cache.clusterMode === 'disabled' ? 1 : cache.shards;
      const shown = Math.min(shards, 3);
      const lines: string[] = [];
      for (let shard = 1; shard <= shown; shard++) {
        const prefix = cache.clusterMode === 'disabled' ? `${id}` : `${id}_s${shard}`;
        if (cache.clusterMode !== 'disabled')
          lines.push(`${indent}subgraph ${prefix}[${label(`Shard ${shard}`)}]`);
        const inner = cache.clusterMode === 'disabled' ? indent : `${indent}  `;
        lines.push(`${inner}${prefix}_primary[${label('Primary')}]`);
        for (let replica = 1; replica <= cache.replicasPerShard; replica++)
          lines.push(
            `${inner}${prefix}_primary --> ${prefix}_replica${replica}[${label(`Replica ${replica}`)}]`,
          );
        if (cache.clusterMode !== 'disabled') lines.push(`${indent}end`);
      }
      if (shards > shown) lines.push(`${indent}${id}_more[${label(`… ${shards - shown} more shard(s)`)}]`);
      return lines;
    }
    case 'memcached':
      return Array.from(
        { length: cache.nodeCount },
        (_, node) => `${indent}${id}_node${node + 1}[${label(`Node ${node + 1}`)}]`,
      );
    case 'serverless':
      return [`${indent}${id}_service[${label('Serverless endpoint')}]`];
  }
}

export function topologyMermaid(design: Design): string {
  const lines = ['flowchart LR', `  clients([${label('Clients')}]) --> sg{{${label('Security group')}}}`];
  const network =
    design.network.mode === 'create' ? `new VPC ${design.network.vpcCidr}` : `VPC ${design.network.vpcId}`;
  lines.push(`  subgraph vpc[${label(`${design.region} · ${network}`)}]`);
  for (const cache of design.caches) {
    lines.push(`    subgraph ${snake(cache.id)}[${label(`${cache.id} · ${cacheSummary(cache)}`)}]`);
    lines.push(...cacheNodes(cache, '      '));
    lines.push('    end');
  }
  lines.push('  end');
  for (const cache of design.caches) {
    lines.push(`  sg --> ${snake(cache.id)}`);
    if (cache.kind === 'replication-group' && cache.globalDatastore.enabled)
      cache.globalDatastore.secondaries.forEach((secondary) => {
        const node = `${snake(cache.id)}_${snake(secondary.region)}`;
        lines.push(
          `  ${snake(cache.id)} -. ${label('replicates to')} .-> ${node}[(${label(`${cache.id} · ${secondary.region} secondary`)})]`,
        );
      });
  }
  return lines.join('\n');
}

/** The apply section's warning: which changes to each cache make Terraform destroy and recreate it. */
function replacementWarning(design: Design): string {
  const caches = design.caches.flatMap((cache, index) => {
    const fields = replacingFields(design, index);
    return fields.length
      ? [`- **${cache.id}**: ${fields.map(({ path, note }) => `\`${path}\` (${note})`).join('; ')}`]
      : [];
  });
  if (caches.length === 0) return '';
  return [
    '',
    'Read every plan before you apply it. `# forces replacement` on a cache means Terraform destroys it and creates it again: its data is lost unless you restore a snapshot. Changing these fields of the design does that:',
    '',
    ...caches,
    '',
    'Other changes are made to the running caches in place, some with a brief failover or restart (the badge beside each field of the form says which).',
    ...(design.caches.some(isGlobal)
      ? [
          '',
          'A global datastore takes its engine version, node type and shard count through `aws_elasticache_global_replication_group`, which changes every member at once; the members ignore their own values for these, and promoting a secondary does not make the next plan replace anything.',
        ]
      : []),
  ].join('\n');
}

/**
 * `resources`: the address of every resource block (`aws_vpc.this`, …), for the module layout's
 * `moved` blocks.
 */
export function readmeFile(
  context: GeneratorContext,
  files: string[],
  layout: BundleLayout,
  resources: string[],
  shareFragment?: (design: Design) => string,
): string {
  const { design } = context;
  const secrets = context.variables.filter((variable) => variable.sensitive);
  const environments = design.environments.map((env) => env.name);
  const varFileHint = environments.length ? `-var-file=${environments[0]}.tfvars` : '';
  const sections = [
    `# ${design.name}`,
    design.description,
    'Terraform for an Amazon ElastiCache deployment, generated by ElastiCache Configurator. Every file is formatted as `terraform fmt` writes it and was designed to pass `terraform validate` and `terraform plan` unchanged.',
    '## Caches',
    design.caches
      .map(
        (cache) =>
          `- **${cache.id}** — ${cacheSummary(cache)}${cache.instances.length ? ` (one per service: ${cache.instances.join(', ')})` : ''}`,
      )
      .join('\n') || '_No caches yet._',
    '## Topology',
    '```mermaid\n' + topologyMermaid(design) + '\n```',
    '## Files',
    files.map((file) => `- \`${file}\``).join('\n'),
    '## Apply',
    [
      secrets.length
        ? 'Secrets are never written to these files. Set them in your shell (or your CI secret store) first:\n\n```sh\n' +
          secrets.map((secret) => `export TF_VAR_${secret.name}='…'`).join('\n') +
          '\n```\n'
        : '',
      environments.length
        ? `Each environment (${environments.join(', ')}) has its own \`<env>.tfvars\` and its own state: a Terraform workspace named after it. Workspaces work with whichever backend you add (the local default keeps each state under \`terraform.tfstate.d/<env>/\`; S3 under \`env:/<env>/\`). \`environment.tf\` records in each state the environment it belongs to, so a plan with another environment's tfvars, or in another environment's workspace, stops with an error instead of replacing that environment's caches. For ${environments[0]}:\n`
        : 'Copy `terraform.tfvars.example` to `terraform.tfvars` and adjust the values.\n',
      '```sh\nterraform init\n' +
        (environments.length ? `${selectWorkspaceCommand(environments[0]!)}\n` : '') +
        `terraform plan ${varFileHint} -out=tfplan`.replace('  ', ' ') +
        '\nterraform apply tfplan\n```',
      replacementWarning(design),
      ...(isDeclared(context, ALARM_EMAILS_VARIABLE)
        ? [
            `\nAlarms and ElastiCache events go to the SNS topic this bundle creates (output \`notification_topic_arn\`). Each address in \`${ALARM_EMAILS_VARIABLE}\` first receives a mail from AWS Notifications: nothing is delivered to it until someone follows the \`Confirm subscription\` link in that mail. Subscribe other endpoints (chat, paging) to the topic's ARN.`,
          ]
        : []),
    ].join('\n'),
  ];
  sections.push(...adoptionSections(context, layout, resources));
  if (design.caches.length) sections.push('## Connecting', connectionGuideMarkdown(design.caches));
  sections.push('## Cost estimate', '```text\n' + costReport(design).join('\n') + '\n```');
  if (shareFragment)
    sections.push(
      '## Reopen this design',
      `Append this fragment to the address of ElastiCache Configurator to open the design again (it holds no secrets):\n\n\`\`\`text\n${shareFragment(design)}\n\`\`\``,
    );
  if (design.notes) sections.push('## Notes', design.notes);
  return sections.filter(Boolean).join('\n\n') + '\n';
}
