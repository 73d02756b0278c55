/**
 * Limits the zod schema (design.ts) enforces, as rules: a value outside them never parses, so the
 * form shows the schema's message inline. Here each limit gets its id, source and why, and
 * `schemaFindings` turns schema issues into findings attributed to these rules.
 */
import type { CacheKind, Design } from './design';
import { designSchema } from './design';
import { AZ_COUNT_LIMITS, PORT_LIMITS, rangeText } from './limits';
import { cacheIndexOf, matchesPattern, schemaRule, type Finding, type SchemaRule } from './rule-kit';

interface KindedSchemaRule extends SchemaRule {
  /** Only issues on caches of these kinds are attributed to the rule (all kinds when absent). */
  kinds?: readonly CacheKind[];
}

const limit = (
  definition: Omit<SchemaRule, 'scope' | 'severity'> & { kinds?: readonly CacheKind[] },
): KindedSchemaRule => ({
  ...schemaRule({ ...definition, severity: 'error' }),
  ...(definition.kinds && { kinds: definition.kinds }),
});

export const SCHEMA_RULES: readonly KindedSchemaRule[] = [
  limit({
    id: 'cache-id-format',
    source: {
      kind: 'provider',
      reference:
        'rules §1.1/§1.3: replication_group_id 1–40 and cluster_id 1–50 characters of letters, digits and hyphens, starting with a letter, no "--", no trailing "-" (validate time)',
    },
    why: 'Cache IDs become AWS IDs, which allow letters, digits and single hyphens, start with a letter and are stored lowercase.',
    kinds: ['replication-group', 'memcached'],
    fields: ['caches.*.id', 'caches.*.instances', 'caches.*.instances.*'],
  }),
  limit({
    id: 'serverless-name-format',
    source: {
      kind: 'aws-api',
      reference:
        'rules §2.14: serverless cache names are stored lowercase; the console applies the replication group ID rules (the provider does not check)',
    },
    why: 'Serverless cache names follow the replication group ID rules: at most 40 letters, digits and single hyphens, starting with a letter.',
    kinds: ['serverless'],
    fields: ['caches.*.id', 'caches.*.instances', 'caches.*.instances.*'],
  }),
  limit({
    id: 'design-name-format',
    source: {
      kind: 'aws-api',
      reference: 'rules §2.14: subnet group names are letters, digits and hyphens, stored lowercase',
    },
    why: 'The design name names the bundle folder, the subnet group and other resources, so it is a lowercase slug.',
    fields: ['name'],
  }),
  limit({
    id: 'replicas-range',
    source: {
      // AWS, not the provider: it checks replicas_per_node_group (cluster mode) but accepts any
      // num_cache_clusters (cluster mode disabled), e.g. 7.
      kind: 'aws-api',
      reference:
        'rules §1.1/§2.3: AWS: 0–5 replicas, num_cache_clusters 1–6; the provider checks only replicas_per_node_group IntBetween(0, 5)',
    },
    why: 'A shard has a primary and at most five replicas.',
    fields: [
      'caches.*.replicasPerShard',
      'caches.*.globalDatastore.secondaries.*.replicasPerShard',
      'environments.*.overrides.*.replicasPerShard',
    ],
  }),
  limit({
    id: 'shards-range',
    source: { kind: 'aws-api', reference: 'rules §2.3: 1–500 shards (the provider accepts 0 and 501)' },
    why: 'A cluster-mode cluster has between 1 and 500 shards.',
    fields: ['caches.*.shards', 'environments.*.overrides.*.shards'],
  }),
  limit({
    id: 'memcached-node-count-range',
    source: {
      kind: 'aws-api',
      reference: 'rules §2.3: NumCacheNodes 1–40 for Memcached (the provider accepts 0 and 100)',
    },
    why: 'A Memcached cluster has between 1 and 40 nodes (more needs a quota increase).',
    fields: ['caches.*.nodeCount', 'environments.*.overrides.*.nodeCount'],
  }),
  limit({
    id: 'retention-range',
    source: {
      // AWS, not the provider: it checks the maximum only and accepts negative values.
      kind: 'aws-api',
      reference:
        'rules §1.1/§1.4: AWS: 0–35 days; the provider checks only snapshot_retention_limit at most 35',
    },
    why: 'Automatic backups are kept between 0 (off) and 35 days.',
    fields: [
      'caches.*.backups.retentionDays',
      'caches.*.snapshots.retentionDays',
      'environments.*.overrides.*.backupRetentionDays',
    ],
  }),
  limit({
    id: 'window-format',
    source: {
      kind: 'provider',
      reference:
        'rules §1.1: snapshot_window "hh24:mi-hh24:mi", maintenance_window "ddd:hh24:mi-ddd:hh24:mi" (validate time)',
    },
    why: 'Windows are written in UTC as hh24:mi-hh24:mi (daily backups) or ddd:hh24:mi-ddd:hh24:mi (weekly maintenance).',
    fields: ['caches.*.backups.window', 'caches.*.maintenance.window'],
  }),
  limit({
    id: 'snapshot-time-format',
    source: {
      kind: 'aws-api',
      reference: 'rules §1.4/§2.12: DailySnapshotTime is hh24:mi in UTC (the provider does not check)',
    },
    why: 'The daily snapshot time is an hour and minute in UTC.',
    fields: ['caches.*.snapshots.dailyTime'],
  }),
  limit({
    id: 'serverless-storage-range',
    source: {
      kind: 'aws-api',
      reference: 'rules §2.12: data storage 1–5,000 GB (the provider accepts 0 and 6,000)',
    },
    why: 'A serverless cache’s data storage limits lie between 1 and 5,000 GB.',
    fields: [
      'caches.*.limits.dataStorageMaxGb',
      'caches.*.limits.dataStorageMinGb',
      'environments.*.overrides.*.dataStorageMaxGb',
    ],
  }),
  limit({
    id: 'serverless-ecpu-range',
    source: {
      kind: 'provider',
      reference: 'rules §1.4: ecpu_per_second maximum/minimum Between(1000, 15000000)',
    },
    why: 'A serverless cache’s ECPU limits lie between 1,000 and 15,000,000 per second.',
    fields: [
      'caches.*.limits.ecpuPerSecondMax',
      'caches.*.limits.ecpuPerSecondMin',
      'environments.*.overrides.*.ecpuPerSecondMax',
    ],
  }),
  limit({
    id: 'allowed-values',
    source: {
      kind: 'provider',
      reference:
        'rules §1.1/§1.3: enum validators of engine, cluster_mode, transit_encryption_mode, auth_token_update_strategy, network_type, az_mode, log delivery (validate time)',
    },
    why: 'These settings take one of a fixed set of values, spelled exactly.',
    kinds: ['replication-group', 'memcached'],
    fields: [
      'caches.*.engine',
      'caches.*.clusterMode',
      'caches.*.transitEncryption.mode',
      'caches.*.auth.tokenUpdateStrategy',
      'caches.*.networkType',
      'caches.*.azMode',
      'caches.*.logs.*.destination',
      'caches.*.logs.*.format',
    ],
  }),
  limit({
    id: 'serverless-engine',
    source: {
      kind: 'aws-api',
      reference: 'rules §2.12: serverless engines valkey, redis, memcached (the provider does not check)',
    },
    why: 'Serverless caches run Valkey, Redis OSS or Memcached.',
    kinds: ['serverless'],
    fields: ['caches.*.engine'],
  }),
  limit({
    id: 'log-retention-value',
    source: {
      kind: 'provider',
      reference:
        'aws_cloudwatch_log_group retention_in_days: one of CloudWatch’s retention periods (validate time)',
    },
    why: 'CloudWatch Logs keeps log groups for one of a fixed list of periods (1, 3, 5, 7, 14, 30 … 3653 days).',
    fields: ['caches.*.logs.*.retentionDays'],
  }),
  limit({
    id: 'port-range',
    source: {
      kind: 'provider',
      reference: `aws_vpc_security_group_ingress_rule from_port/to_port at most ${PORT_LIMITS[1]} (plan time); ports below ${PORT_LIMITS[0]} are reserved here`,
    },
    why: `The cache port is a TCP port the security group opens: ${rangeText(PORT_LIMITS)}.`,
    fields: ['caches.*.port'],
  }),
  limit({
    id: 'ipv4-cidr-format',
    source: { kind: 'provider', reference: 'aws_vpc cidr_block and the generated cidrnetmask() validations' },
    why: 'Networks and client ranges are IPv4 CIDR blocks such as 10.0.0.0/16.',
    fields: ['network.vpcCidr', 'clients.cidrBlocks', 'clients.cidrBlocks.*'],
  }),
  limit({
    id: 'az-count-range',
    source: {
      kind: 'aws-api',
      reference: `The bundle spreads the created VPC over ${rangeText(AZ_COUNT_LIMITS)} Availability Zones (Multi-AZ needs two)`,
    },
    why: `A created VPC spans ${rangeText(AZ_COUNT_LIMITS)} Availability Zones, so Multi-AZ and cross-AZ placement have somewhere to go.`,
    fields: ['network.azCount'],
  }),
  limit({
    id: 'aws-resource-id-format',
    source: { kind: 'aws-api', reference: 'EC2 resource IDs: vpc-…, subnet-…, sg-… (8 or 17 hex digits)' },
    why: 'Existing VPCs, subnets and security groups are named by their AWS IDs.',
    fields: [
      'network.vpcId',
      'network.subnetIds',
      'network.subnetIds.*',
      'clients.securityGroupIds',
      'clients.securityGroupIds.*',
    ],
  }),
  limit({
    id: 'global-secondary-count',
    source: { kind: 'aws-api', reference: 'rules §2.11: up to two secondary regions' },
    why: 'A global datastore replicates to at most two secondary regions.',
    fields: ['caches.*.globalDatastore.secondaries'],
  }),
  limit({
    id: 'global-suffix-format',
    source: {
      kind: 'aws-api',
      reference:
        'rules §2.11/§2.14: the suffix becomes part of the global datastore ID (rules unverified; kept to ID characters)',
    },
    why: 'The suffix becomes part of the global datastore ID, so it uses ID characters.',
    fields: ['caches.*.globalDatastore.suffix'],
  }),
  limit({
    id: 'rbac-user-format',
    source: {
      kind: 'aws-api',
      reference:
        'rules §2.5: UserId ^[a-zA-Z][a-zA-Z0-9-]*$, user name and access string non-empty, ≤ 100 users per group',
    },
    why: 'User IDs start with a letter and hold letters, digits and hyphens; every user needs a name and an access string.',
    fields: [
      'caches.*.auth.users',
      'caches.*.auth.users.*.userId',
      'caches.*.auth.users.*.userName',
      'caches.*.auth.users.*.accessString',
    ],
  }),
  limit({
    id: 'parameter-format',
    source: {
      kind: 'aws-api',
      reference: 'AWS API: ParameterNameValues (names are lowercase engine parameters)',
    },
    why: 'Engine parameters are lowercase names with non-empty values.',
    fields: [
      'caches.*.parameterGroup.parameters',
      'caches.*.parameterGroup.parameters.*.name',
      'caches.*.parameterGroup.parameters.*.value',
    ],
  }),
  limit({
    id: 'arn-format',
    source: { kind: 'aws-api', reference: 'AWS ARNs: arn:partition:service:region:account:resource' },
    why: 'KMS keys and SNS topics that already exist are named by their ARNs.',
    fields: ['caches.*.atRestEncryption.kmsKey.keyArn', 'caches.*.kmsKey.keyArn', 'notifications.topicArn'],
  }),
  limit({
    id: 'tag-limits',
    source: {
      kind: 'aws-api',
      reference: 'AWS tagging: keys ≤ 128 characters, values ≤ 256, "aws:" reserved',
    },
    why: 'AWS tag keys have at most 128 characters, values at most 256, and keys starting with "aws:" are reserved.',
    fields: ['tags.*', 'caches.*.tags.*', 'environments.*.tags.*'],
  }),
  limit({
    id: 'description-length',
    source: { kind: 'aws-api', reference: 'rules §2.14: descriptions at most 255 characters' },
    why: 'AWS keeps descriptions of at most 255 characters.',
    fields: ['caches.*.description'],
  }),
  limit({
    id: 'environment-name-format',
    source: { kind: 'aws-api', reference: 'Environment names prefix AWS IDs, so they use ID characters' },
    why: 'Environment names prefix every AWS ID, so they are short lowercase words.',
    fields: ['environments.*.name'],
  }),
  limit({
    id: 'az-name-format',
    source: { kind: 'aws-api', reference: 'AWS Availability Zone names, e.g. us-east-1a' },
    why: 'Availability Zones are named like us-east-1a.',
    fields: ['caches.*.preferredAzs.*'],
  }),
  limit({
    id: 'firehose-stream-format',
    source: {
      kind: 'aws-api',
      reference: 'Kinesis Data Firehose delivery stream names: 1–64 of letters, digits, "_", "." and "-"',
    },
    why: 'Firehose delivery streams are named with letters, digits, "_", "." and "-".',
    fields: ['caches.*.logs.*.firehoseStream'],
  }),
  limit({
    id: 'snapshot-name-format',
    source: {
      kind: 'aws-api',
      reference: 'AWS API: snapshot names start with a letter; letters, digits and hyphens',
    },
    why: 'Snapshot names start with a letter and hold letters, digits and hyphens.',
    fields: ['caches.*.backups.restoreFromSnapshot'],
  }),
];

/** Attributed to schema issues no other rule claims. */
export const GENERIC_SCHEMA_RULE: SchemaRule = schemaRule({
  id: 'design-schema',
  severity: 'error',
  source: { kind: 'aws-api', reference: 'The design schema (src/model/design.ts)' },
  why: 'The design file must match the published design schema.',
  fields: [],
});

function kindAt(input: unknown, path: readonly PropertyKey[]): CacheKind | undefined {
  if (path[0] !== 'caches' || typeof path[1] !== 'number') return undefined;
  const caches = (input as { caches?: unknown })?.caches;
  const cache = Array.isArray(caches) ? (caches[path[1]] as { kind?: unknown } | undefined) : undefined;
  return typeof cache?.kind === 'string' ? (cache.kind as CacheKind) : undefined;
}

/** The schema rule a schema issue at `path` belongs to. */
export function schemaRuleFor(input: unknown, path: readonly (string | number)[]): SchemaRule {
  const kind = kindAt(input, path);
  return (
    SCHEMA_RULES.find(
      (candidate) =>
        candidate.fields.some((pattern) => matchesPattern(pattern, path)) &&
        (!candidate.kinds || !kind || candidate.kinds.includes(kind)),
    ) ?? GENERIC_SCHEMA_RULE
  );
}

/** The design schema's issues with `input` as findings (empty when it parses). */
export function schemaFindings(input: unknown): Finding[] {
  const parsed = designSchema.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
    const found = schemaRuleFor(input, path);
    const cacheIndex = cacheIndexOf(input as Design, path);
    return {
      ruleId: found.id,
      severity: found.severity,
      path,
      message: issue.message,
      why: found.why,
      source: found.source,
      ...(cacheIndex !== undefined && { cacheIndex }),
    };
  });
}
