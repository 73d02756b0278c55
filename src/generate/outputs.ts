/** outputs.tf: every endpoint a client needs, plus ports, ARNs and the security group IDs. */
import { attr, blank, block, raw, str } from '@/hcl/build';
import type { BodyItem } from '@/hcl/ast';
import type { Cache } from '@/model/design';
import { snake, type GeneratorContext } from './context';
import { subnetGroupRef, userGroupRef } from './caches';
import { notificationTopicRef, secondaryTopicRefs } from './monitoring';
import { cachesIn, hasSharedGroup, securityGroupRef } from './security';

interface OutputSpec {
  name: string;
  description: string;
  /** Attribute path below the resource, e.g. `primary_endpoint_address` or `endpoint[0].address`. */
  attribute: string;
}

const RESOURCE_TYPES: Record<Cache['kind'], string> = {
  'replication-group': 'aws_elasticache_replication_group',
  memcached: 'aws_elasticache_cluster',
  serverless: 'aws_elasticache_serverless_cache',
};

const parameterGroupSpec = (label: string): OutputSpec => ({
  name: 'parameter_group_name',
  description: `Parameter group of ${label}.`,
  attribute: 'parameter_group_name',
});

function outputSpecs(cache: Cache): OutputSpec[] {
  const label = cache.id;
  switch (cache.kind) {
    case 'replication-group':
      return [
        ...(cache.clusterMode === 'disabled'
          ? [
              {
                name: 'primary_endpoint',
                description: `Primary (read/write) endpoint of ${label}.`,
                attribute: 'primary_endpoint_address',
              },
              {
                name: 'reader_endpoint',
                description: `Reader endpoint of ${label}: spreads reads over its replicas.`,
                attribute: 'reader_endpoint_address',
              },
            ]
          : [
              {
                name: 'configuration_endpoint',
                description: `Configuration endpoint of ${label}: point cluster-mode-aware clients here.`,
                attribute: 'configuration_endpoint_address',
              },
            ]),
        { name: 'port', description: `Port of ${label}.`, attribute: 'port' },
        { name: 'arn', description: `ARN of the ${label} replication group.`, attribute: 'arn' },
        {
          name: 'member_clusters',
          description: `IDs of the member clusters (nodes) of ${label}: the CloudWatch metric dimension.`,
          attribute: 'member_clusters',
        },
        parameterGroupSpec(label),
      ];
    case 'memcached':
      return [
        {
          name: 'configuration_endpoint',
          description: `Configuration endpoint of ${label}, for Memcached clients with auto discovery.`,
          attribute: 'configuration_endpoint',
        },
        { name: 'port', description: `Port of ${label}.`, attribute: 'port' },
        { name: 'arn', description: `ARN of the ${label} cluster.`, attribute: 'arn' },
        {
          name: 'cluster_id',
          description: `Cluster ID of ${label}: the CloudWatch metric dimension, with each node's ID.`,
          attribute: 'cluster_id',
        },
        parameterGroupSpec(label),
      ];
    case 'serverless':
      return [
        { name: 'endpoint', description: `Endpoint of ${label}.`, attribute: 'endpoint[0].address' },
        {
          name: 'reader_endpoint',
          description: `Reader endpoint of ${label}.`,
          attribute: 'reader_endpoint[0].address',
        },
        { name: 'port', description: `Port of ${label}.`, attribute: 'endpoint[0].port' },
        { name: 'arn', description: `ARN of the ${label} serverless cache.`, attribute: 'arn' },
      ];
  }
}

const output = (name: string, description: string, value: string): BodyItem[] => [
  block('output', [name], [attr('description', str(description)), attr('value', raw(value))]),
  blank(),
];

function cacheOutputs(cache: Cache): BodyItem[] {
  const resource = `${RESOURCE_TYPES[cache.kind]}.${snake(cache.id)}`;
  const items = outputSpecs(cache).flatMap((spec) =>
    cache.instances.length
      ? output(
          `${snake(cache.id)}_${spec.name}s`,
          `${spec.description.replace(/\.$/, '')}, by service.`,
          `{ for service, cache in ${resource} : service => cache.${spec.attribute} }`,
        )
      : output(`${snake(cache.id)}_${spec.name}`, spec.description, `${resource}.${spec.attribute}`),
  );
  if (cache.instances.length)
    items.push(
      ...output(
        `${snake(cache.id)}_security_group_ids`,
        `Security group of each service's ${cache.id}, by service: add that service's clients to it.`,
        `{ for service, group in aws_security_group.${snake(cache.id)} : service => group.id }`,
      ),
    );
  if (cache.kind !== 'memcached' && cache.auth.mode === 'rbac')
    items.push(
      ...(cache.instances.length
        ? output(
            `${snake(cache.id)}_user_group_ids`,
            `RBAC user group of each service's ${cache.id}, by service.`,
            `{ for service, group in aws_elasticache_user_group.${snake(cache.id)} : service => group.user_group_id }`,
          )
        : output(`${snake(cache.id)}_user_group_id`, `RBAC user group of ${cache.id}.`, userGroupRef(cache))),
    );
  if (cache.kind === 'replication-group' && cache.globalDatastore.enabled) {
    items.push(
      ...output(
        `${snake(cache.id)}_global_datastore_id`,
        `ID of the ${cache.id} global datastore (AWS adds a region prefix to the suffix).`,
        `aws_elasticache_global_replication_group.${snake(cache.id)}.global_replication_group_id`,
      ),
    );
    for (const secondary of cache.globalDatastore.secondaries) {
      const member = `aws_elasticache_replication_group.${snake(cache.id)}_${snake(secondary.region)}`;
      const endpoint =
        cache.clusterMode === 'disabled' ? 'primary_endpoint_address' : 'configuration_endpoint_address';
      items.push(
        ...output(
          `${snake(cache.id)}_${snake(secondary.region)}_endpoint`,
          `Read endpoint of ${cache.id} in ${secondary.region} (writes go to the primary region).`,
          `${member}.${endpoint}`,
        ),
      );
    }
  }
  return items;
}

export function outputsFile(context: GeneratorContext): BodyItem[] {
  const items: BodyItem[] = context.design.caches.flatMap(cacheOutputs);
  context.regions.forEach((target) => {
    if (cachesIn(context, target).length === 0) return;
    if (hasSharedGroup(context, target))
      items.push(
        ...output(
          `security_group_id${target.suffix}`,
          `ID of the security group guarding the caches in ${target.region}.`,
          securityGroupRef(target),
        ),
      );
    if (cachesIn(context, target).some((cache) => cache.kind !== 'serverless'))
      items.push(
        ...output(
          `subnet_group_name${target.suffix}`,
          `Subnet group of the node-based caches in ${target.region}.`,
          subnetGroupRef(target),
        ),
      );
  });
  const topic = notificationTopicRef(context);
  if (topic)
    items.push(
      ...output('notification_topic_arn', 'SNS topic that receives ElastiCache events and alarms.', topic),
    );
  for (const { target, ref } of secondaryTopicRefs(context))
    items.push(
      ...output(
        `notification_topic_arn${target.suffix}`,
        `SNS topic that receives the alarms of the caches in ${target.region}.`,
        ref,
      ),
    );
  while (items.at(-1)?.kind === 'blank') items.pop();
  return items;
}
