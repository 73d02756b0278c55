/**
 * Ready-made designs: one per example of the seed guide (shared/seed/000_3c143461f1e64a88.txt), kept
 * to the example's literal values and names, plus a few starting points of our own.
 *
 * A guide preset's description is the guide's own (what the example is, in its words), and the design
 * description holds it; its notes — the design's notes, which the bundle README repeats — list every
 * correction (what AWS or Terraform would reject), every addition (what we set that the example did
 * not) and what the model cannot hold.
 *
 * Conventions for the guide presets:
 * - what an example leaves out keeps the provider's default: no encryption for Redis OSS, no AUTH
 *   (it needs TLS), no backups (`snapshot_retention_limit` 0), no SNS topic and no alarms — the checks
 *   warn about the risky ones;
 * - `num_cache_clusters = N` is `replicasPerShard: N - 1` with cluster mode disabled;
 * - an example that reused `aws_elasticache_parameter_group.redis`, `aws_elasticache_subnet_group.redis`
 *   and `aws_security_group.redis` keeps their names and `maxmemory-policy`;
 * - resource tags go on the design (shared ones such as `Environment`, through default_tags) or on the
 *   cache (`Name`).
 */
import type { z } from 'zod';
import { STARTER_RBAC_USERS, type Design, type replicationGroupSchema } from './design';
import { defineDesign } from './defaults';

export interface Preset {
  /** Stable identifier, used by the CLI (`render <preset-id>`) and in links. */
  id: string;
  title: string;
  /** What the preset is for; for guide presets the guide's own description (also the design's). */
  description: string;
  /** Guide presets: what was corrected, added or not kept, one line each (also the design's notes). */
  notes: string;
  /** True when the preset reproduces an example of the seed guide. */
  fromGuide: boolean;
  /** Shared by every caller: treat as read-only and clone before editing. */
  design: Design;
}

type ReplicationGroupInput = z.input<typeof replicationGroupSchema>;

// ---------------------------------------------------------------------------------------------
// What the guide's examples leave at the provider defaults
// ---------------------------------------------------------------------------------------------

/** No `at_rest_encryption_enabled` / `transit_encryption_enabled`: both off for Redis OSS; AUTH needs TLS. */
const UNENCRYPTED = {
  atRestEncryption: { enabled: false },
  transitEncryption: { enabled: false },
  auth: { mode: 'none' },
} satisfies Partial<ReplicationGroupInput>;

/** Both encryption flags set to true, and an AUTH token (which TLS makes possible). */
const ENCRYPTED_WITH_TOKEN = {
  atRestEncryption: { enabled: true, kmsKey: { mode: 'aws-managed' } },
  transitEncryption: { enabled: true, mode: 'required' },
  auth: { mode: 'token', tokenUpdateStrategy: 'ROTATE' },
} satisfies Partial<ReplicationGroupInput>;

/** No `snapshot_retention_limit`: the provider default 0 turns automatic backups off. */
const NO_BACKUPS = { retentionDays: 0, window: '03:00-05:00', finalSnapshot: false };

/** No alarms and no `notification_topic_arn` in the example. */
const NO_MONITORING = {
  notifications: false,
  alarms: { enabled: false },
} satisfies Partial<ReplicationGroupInput>;

/** The basic example's `aws_elasticache_parameter_group.redis`, which most examples reuse. */
const REDIS_PARAMETER_GROUP = () => ({
  mode: 'custom' as const,
  name: 'redis-parameter-group',
  parameters: [{ name: 'maxmemory-policy', value: 'allkeys-lru' }],
});

/** The basic example's subnet and security group, which most examples reuse. */
const REDIS_GROUPS = { subnetGroupName: 'redis-subnet-group', securityGroupNamePrefix: 'redis-' } as const;

/** The engine every Redis example of the guide uses. */
const GUIDE_REDIS = { kind: 'replication-group', engine: 'redis', engineVersion: '7.0', port: 6379 } as const;

/**
 * The guide's `aws_elasticache_replication_group.redis_cluster` as most examples write it: one shard
 * with Multi-AZ and automatic failover, no backups and no monitoring; each example sets the rest.
 */
const guideCluster = (fields: Omit<ReplicationGroupInput, 'kind' | 'id'> & { id?: string }) =>
  ({
    ...GUIDE_REDIS,
    id: 'redis-cluster',
    clusterMode: 'disabled',
    replicasPerShard: 1,
    multiAz: true,
    automaticFailover: true,
    backups: NO_BACKUPS,
    ...NO_MONITORING,
    ...fields,
  }) satisfies ReplicationGroupInput;

/** The basic example's cluster: two cache.t3.micro nodes, allkeys-lru, unencrypted. */
const basicCluster = (fields: Omit<ReplicationGroupInput, 'kind' | 'id'> = {}) =>
  guideCluster({
    description: 'Redis cluster for caching',
    tags: { Name: 'Redis Cluster' },
    nodeType: 'cache.t3.micro',
    parameterGroup: REDIS_PARAMETER_GROUP(),
    ...UNENCRYPTED,
    ...fields,
  });

/** A single cache.t3.micro node without failover: the simple, cost-optimized and debug examples. */
const singleNode = (fields: Omit<ReplicationGroupInput, 'kind'> & { id: string }) =>
  ({
    ...GUIDE_REDIS,
    nodeType: 'cache.t3.micro',
    clusterMode: 'disabled',
    replicasPerShard: 0,
    multiAz: false,
    automaticFailover: false,
    parameterGroup: { mode: 'default', parameters: [] },
    ...UNENCRYPTED,
    backups: NO_BACKUPS,
    ...NO_MONITORING,
    ...fields,
  }) satisfies ReplicationGroupInput;

// ---------------------------------------------------------------------------------------------
// Lines the notes share
// ---------------------------------------------------------------------------------------------

const FAMILY =
  'Corrected: the parameter group family "redis7.x" does not exist; Redis OSS 7.0 uses "redis7", derived from the engine version.';
const REUSED_FAMILY =
  'Corrected: the shared parameter group redis-parameter-group (maxmemory-policy allkeys-lru) named family "redis7.x", which does not exist; Redis OSS 7.0 uses "redis7".';
const NETWORK =
  'Corrected: the subnet and security groups used aws_vpc.main and aws_subnet.private, which the guide never defines; this bundle creates its own VPC and subnets (or takes existing IDs as variables).';
const REUSED_NETWORK =
  'Corrected: the shared subnet group redis-subnet-group and security group redis- sat on aws_vpc.main and aws_subnet.private, which the guide never defines; this bundle creates its own network.';
const NO_EGRESS =
  'Changed: the security group has no allow-all egress rule (ElastiCache nodes open no connections), and admits clients through one rule resource per port and source.';
const SIDE_NAME_TAGS =
  'Not kept: the Name tags of the subnet, parameter and security groups (the model tags only the caches); Environment goes on every resource through the provider default_tags.';
const DEFAULT_VPC =
  'Changed: the example names no subnet or security group, so it would land in the default VPC with its default security group; this bundle creates its own VPC, subnet group and security group.';
const AUTH_ADDED =
  'Added: an AUTH token, since encryption in transit makes it possible and an open cache is a risk (the guide had none).';
const FINAL_SNAPSHOT_ADDED =
  'Added: a final snapshot when the replication group is destroyed, so its backups outlive it (the guide took none).';
const MAINTENANCE_ADDED =
  'Added: the maintenance window sun:05:00-sun:07:00 UTC (the example set none, so AWS would pick one).';
const WINDOWS_ADDED =
  'Added: the backup window 03:00-05:00 UTC and the maintenance window sun:05:00-sun:07:00 UTC (the example set neither, so AWS would pick them); backups themselves stay off.';
const ENCRYPTION_LEFT_OFF =
  'Encryption, AUTH and backups stay off as in the example; the checks warn about each.';

const noteLines = (...lines: string[]) => lines.map((line) => `- ${line}`).join('\n');

/**
 * The guide's production and e-commerce examples share one shape (a locals block with enable_backup and
 * enable_encryption on): three cache.t3.small nodes, Multi-AZ, backups kept 7 days, encryption.
 */
const productionStyleCluster = (id: string, description: string, name: string) =>
  ({
    ...GUIDE_REDIS,
    id,
    description,
    tags: { Name: name },
    nodeType: 'cache.t3.small',
    clusterMode: 'disabled',
    replicasPerShard: 2,
    multiAz: true,
    automaticFailover: true,
    parameterGroup: REDIS_PARAMETER_GROUP(),
    ...ENCRYPTED_WITH_TOKEN,
    backups: { retentionDays: 7, window: '03:00-05:00', finalSnapshot: true },
    maintenance: { window: 'sun:05:00-sun:07:00' },
    ...NO_MONITORING,
  }) as const;

const PRODUCTION_STYLE_NOTES = noteLines(
  AUTH_ADDED,
  FINAL_SNAPSHOT_ADDED,
  "T-class nodes in production draw a warning; the example's cache.t3.small is kept.",
  REUSED_FAMILY,
  REUSED_NETWORK,
  NO_EGRESS,
  SIDE_NAME_TAGS,
);

function preset(id: string, title: string, fromGuide: boolean, design: Design): Preset {
  return { id, title, description: design.description, notes: design.notes, fromGuide, design };
}

// ---------------------------------------------------------------------------------------------
// The guide's examples
// ---------------------------------------------------------------------------------------------

const GUIDE_PRESETS: Preset[] = [
  preset(
    'seed-basic-redis',
    'Basic Redis',
    true,
    defineDesign({
      name: 'basic-redis',
      description:
        'Basic Redis setup: a Redis cluster for caching (Redis 7.0, two cache.t3.micro nodes with automatic failover and Multi-AZ) with its subnet group, a parameter group setting maxmemory-policy to allkeys-lru, and a security group admitting port 6379 from the VPC.',
      notes: noteLines(FAMILY, NETWORK, NO_EGRESS, WINDOWS_ADDED, ENCRYPTION_LEFT_OFF, SIDE_NAME_TAGS),
      tags: { Environment: 'production' },
      ...REDIS_GROUPS,
      notifications: { topic: 'none' },
      caches: [basicCluster()],
    }),
  ),
  preset(
    'seed-basic-memcached',
    'Basic Memcached',
    true,
    defineDesign({
      name: 'basic-memcached',
      description:
        'Basic Memcached setup: a Memcached cluster of two cache.t3.micro nodes on port 11211, with its subnet group, a memcached1.6 parameter group and a security group admitting port 11211 from the VPC.',
      notes: noteLines(
        NETWORK,
        NO_EGRESS,
        'Added: engine version 1.6.22, the newest Memcached 1.6 (the example set none, so AWS would pick its current default).',
        MAINTENANCE_ADDED,
        'Kept at the provider defaults, as the example sets none: single-AZ placement and no encryption in transit; the checks warn about both.',
        SIDE_NAME_TAGS,
      ),
      tags: { Environment: 'production' },
      subnetGroupName: 'memcached-subnet-group',
      securityGroupNamePrefix: 'memcached-',
      notifications: { topic: 'none' },
      caches: [
        {
          kind: 'memcached',
          id: 'memcached-cluster',
          tags: { Name: 'Memcached Cluster' },
          engineVersion: '1.6.22',
          nodeType: 'cache.t3.micro',
          nodeCount: 2,
          azMode: 'single-az',
          port: 11211,
          parameterGroup: { mode: 'custom', name: 'memcached-parameter-group', parameters: [] },
          transitEncryption: { enabled: false },
          notifications: false,
          alarms: { enabled: false },
        },
      ],
    }),
  ),
  preset(
    'seed-redis-backup',
    'Redis with backups',
    true,
    defineDesign({
      name: 'redis-backup',
      description:
        'Redis with backup and restore: a Redis cluster with backup (Redis 7.0, two cache.t3.micro nodes, Multi-AZ), snapshots kept 5 days and taken 03:00-05:00, maintenance on Sundays 05:00-07:00.',
      notes: noteLines(
        FINAL_SNAPSHOT_ADDED,
        'Encryption and AUTH stay off as in the example; the checks warn about both.',
        REUSED_FAMILY,
        REUSED_NETWORK,
        NO_EGRESS,
        SIDE_NAME_TAGS,
      ),
      tags: { Environment: 'production' },
      ...REDIS_GROUPS,
      notifications: { topic: 'none' },
      caches: [
        guideCluster({
          id: 'redis-backup-cluster',
          description: 'Redis cluster with backup',
          tags: { Name: 'Redis Backup Cluster' },
          nodeType: 'cache.t3.micro',
          parameterGroup: REDIS_PARAMETER_GROUP(),
          ...UNENCRYPTED,
          backups: { retentionDays: 5, window: '03:00-05:00', finalSnapshot: true },
          maintenance: { window: 'sun:05:00-sun:07:00' },
        }),
      ],
    }),
  ),
  preset(
    'seed-redis-encrypted',
    'Redis with encryption',
    true,
    defineDesign({
      name: 'redis-encrypted',
      description:
        'Redis with encryption: a Redis cluster with encryption at rest and in transit (Redis 7.0, two cache.t3.micro nodes with automatic failover and Multi-AZ).',
      notes: noteLines(AUTH_ADDED, WINDOWS_ADDED, REUSED_FAMILY, REUSED_NETWORK, NO_EGRESS, SIDE_NAME_TAGS),
      tags: { Environment: 'production' },
      ...REDIS_GROUPS,
      notifications: { topic: 'none' },
      caches: [
        guideCluster({
          id: 'redis-encrypted-cluster',
          description: 'Redis cluster with encryption',
          tags: { Name: 'Redis Encrypted Cluster' },
          nodeType: 'cache.t3.micro',
          parameterGroup: REDIS_PARAMETER_GROUP(),
          ...ENCRYPTED_WITH_TOKEN,
        }),
      ],
    }),
  ),
  preset(
    'seed-global-datastore',
    'Redis global datastore',
    true,
    defineDesign({
      name: 'global-datastore',
      description:
        'Redis with a global datastore: a primary Redis cluster in us-east-1 and a secondary Redis cluster in us-west-2 (Redis 7.0, two nodes each with automatic failover and Multi-AZ), joined by the global datastore "global".',
      notes: noteLines(
        "Corrected: global datastores take no T-class nodes, so cache.t3.micro became cache.r6g.large, the smallest R6g on AWS's documented list (R5, R6g, R6gd, M5, M6g): an r5.large's memory for less.",
        'Corrected: a secondary inherits engine, version, node type, parameter group and encryption, and the provider rejects them there; the generator omits them and gives us-west-2 its own network, subnet group and security group of the same names.',
        'Corrected: the global group takes no tags (its Name "Redis Global Datastore" is dropped) and the aws.us_east_1 / aws.us_west_2 providers were never declared.',
        'Added: the global datastore description "Primary Redis cluster", the primary\'s.',
        WINDOWS_ADDED,
        'Encryption, AUTH and backups stay off as in the example; the checks warn about each.',
        REUSED_FAMILY,
        REUSED_NETWORK,
        NO_EGRESS,
        SIDE_NAME_TAGS,
      ),
      region: 'us-east-1',
      tags: { Environment: 'production' },
      ...REDIS_GROUPS,
      notifications: { topic: 'none' },
      caches: [
        guideCluster({
          id: 'redis-primary-cluster',
          description: 'Primary Redis cluster',
          tags: { Name: 'Redis Primary Cluster' },
          nodeType: 'cache.r6g.large',
          parameterGroup: REDIS_PARAMETER_GROUP(),
          ...UNENCRYPTED,
          globalDatastore: {
            enabled: true,
            suffix: 'global',
            secondaries: [
              {
                region: 'us-west-2',
                replicationGroupId: 'redis-secondary-cluster',
                description: 'Secondary Redis cluster',
                tags: { Name: 'Redis Secondary Cluster' },
                replicasPerShard: 1,
              },
            ],
          },
        }),
      ],
    }),
  ),
  preset(
    'seed-configurable',
    'Configurable Redis',
    true,
    defineDesign({
      name: 'configurable',
      description:
        'ElastiCache configuration: a Redis replication group whose every setting is a variable — sizing, automatic failover and Multi-AZ, engine version, port, backups and their windows, and encryption at rest and in transit — tagged with common tags and its ID as Name.',
      notes: noteLines(
        'Kept as variables: node type, replicas, automatic failover, Multi-AZ, backup retention, engine version, port, both encryption flags and both windows; each validated as the app checks it.',
        'Filled in, as the guide gives no values: Redis OSS 7.0 on two cache.t3.small nodes with Multi-AZ, backups kept 7 days 03:00-05:00, maintenance sun:05:00-sun:07:00, encryption on, the description "Configurable Redis cluster", the AWS default parameter group and the common tag ManagedBy = terraform.',
        'Not variables here: the replication group ID, description, parameter group, subnet group and security group, which the bundle creates or derives itself.',
        AUTH_ADDED,
        FINAL_SNAPSHOT_ADDED,
      ),
      tags: { ManagedBy: 'terraform' },
      notifications: { topic: 'none' },
      caches: [
        guideCluster({
          description: 'Configurable Redis cluster',
          nodeType: 'cache.t3.small',
          ...ENCRYPTED_WITH_TOKEN,
          settingsAsVariables: true,
          backups: { retentionDays: 7, window: '03:00-05:00', finalSnapshot: true },
          maintenance: { window: 'sun:05:00-sun:07:00' },
        }),
      ],
    }),
  ),
  preset(
    'seed-advanced',
    'Advanced Redis with slow log',
    true,
    defineDesign({
      name: 'advanced',
      description:
        'Advanced ElastiCache configuration: an advanced Redis cluster with comprehensive configuration (Redis 7.0, three cache.t3.small nodes, Multi-AZ, backups kept 7 days 03:00-05:00, maintenance on Sundays 05:00-07:00, encryption at rest and in transit), its slow log delivered as text to a CloudWatch log group kept 30 days.',
      notes: noteLines(
        AUTH_ADDED,
        FINAL_SNAPSHOT_ADDED,
        'Not kept: the log group name /aws/elasticache/redis and its Name tag "Redis Logs"; the bundle names it /aws/elasticache/advanced-redis-cluster/slow-log.',
        REUSED_FAMILY,
        REUSED_NETWORK,
        NO_EGRESS,
        SIDE_NAME_TAGS,
      ),
      tags: { Environment: 'production' },
      ...REDIS_GROUPS,
      notifications: { topic: 'none' },
      caches: [
        guideCluster({
          id: 'advanced-redis-cluster',
          description: 'Advanced Redis cluster with comprehensive configuration',
          tags: { Name: 'Advanced Redis Cluster' },
          nodeType: 'cache.t3.small',
          replicasPerShard: 2,
          parameterGroup: REDIS_PARAMETER_GROUP(),
          ...ENCRYPTED_WITH_TOKEN,
          backups: { retentionDays: 7, window: '03:00-05:00', finalSnapshot: true },
          maintenance: { window: 'sun:05:00-sun:07:00' },
          logs: {
            slowLog: { enabled: true, destination: 'cloudwatch-logs', format: 'text', retentionDays: 30 },
          },
        }),
      ],
    }),
  ),
  preset(
    'seed-simple',
    'Simple Redis',
    true,
    defineDesign({
      name: 'simple',
      description:
        'Basic deployment: a simple Redis cluster of one cache.t3.micro node (Redis 7.0) without automatic failover or Multi-AZ.',
      notes: noteLines(DEFAULT_VPC, WINDOWS_ADDED, ENCRYPTION_LEFT_OFF),
      notifications: { topic: 'none' },
      caches: [
        singleNode({
          id: 'simple-redis-cluster',
          description: 'Simple Redis cluster',
          tags: { Name: 'Simple Redis Cluster' },
        }),
      ],
    }),
  ),
  preset(
    'seed-production',
    'Production Redis',
    true,
    defineDesign({
      name: 'production',
      description:
        'Production deployment: the production Redis cluster (Redis 7.0, three cache.t3.small nodes with automatic failover and Multi-AZ), backups kept 7 days 03:00-05:00, maintenance on Sundays 05:00-07:00, encryption at rest and in transit, for the project web-app.',
      notes: PRODUCTION_STYLE_NOTES,
      tags: { Environment: 'production', Project: 'web-app' },
      ...REDIS_GROUPS,
      notifications: { topic: 'none' },
      caches: [
        productionStyleCluster(
          'production-redis-cluster',
          'Production Redis cluster',
          'Production Redis Cluster',
        ),
      ],
    }),
  ),
  preset(
    'seed-multi-environment',
    'Multi-environment Redis',
    true,
    defineDesign({
      name: 'multi-environment',
      description:
        'Multi-environment deployment: a Redis cluster per environment (Redis 7.0) for the project multi-env-app — dev one cache.t3.micro node without failover, staging two cache.t3.small nodes and prod three cache.t3.medium nodes, both with automatic failover and Multi-AZ.',
      notes: noteLines(
        'Corrected: the example created all environments with for_each in one state, so a change meant for dev plans against prod; here each environment is a tfvars file with its own state, and the AWS IDs stay dev-redis-cluster, staging-redis-cluster and prod-redis-cluster.',
        'Changed: each environment has its own subnet group dev-redis-subnet-group, staging-… and prod-… (one state each) instead of one shared redis-subnet-group.',
        'Not kept: the per-environment description "<env> Redis cluster" and Name tag "<Env> Redis Cluster"; the description is "Redis cluster" and the Name the AWS ID.',
        WINDOWS_ADDED,
        ENCRYPTION_LEFT_OFF,
        REUSED_FAMILY,
        REUSED_NETWORK,
        NO_EGRESS,
        SIDE_NAME_TAGS,
      ),
      tags: { Project: 'multi-env-app' },
      ...REDIS_GROUPS,
      notifications: { topic: 'none' },
      caches: [
        guideCluster({
          description: 'Redis cluster',
          nodeType: 'cache.t3.medium',
          replicasPerShard: 2,
          parameterGroup: REDIS_PARAMETER_GROUP(),
          ...UNENCRYPTED,
        }),
      ],
      environments: [
        {
          name: 'dev',
          tags: { Environment: 'dev' },
          overrides: {
            'redis-cluster': {
              nodeType: 'cache.t3.micro',
              replicasPerShard: 0,
              multiAz: false,
              automaticFailover: false,
            },
          },
        },
        {
          name: 'staging',
          tags: { Environment: 'staging' },
          overrides: {
            'redis-cluster': {
              nodeType: 'cache.t3.small',
              replicasPerShard: 1,
              multiAz: true,
              automaticFailover: true,
            },
          },
        },
        {
          name: 'prod',
          tags: { Environment: 'prod' },
          overrides: {
            'redis-cluster': {
              nodeType: 'cache.t3.medium',
              replicasPerShard: 2,
              multiAz: true,
              automaticFailover: true,
            },
          },
        },
      ],
    }),
  ),
  preset(
    'seed-monitoring',
    'Redis with CloudWatch monitoring',
    true,
    defineDesign({
      name: 'monitoring',
      description:
        'CloudWatch integration: a log group for ElastiCache kept 30 days, and alarms on CPU utilization above 80% and on memory usage (DatabaseMemoryUsagePercentage) above 85%, averaged over two 5-minute periods, for the basic Redis cluster (Redis 7.0, two cache.t3.micro nodes).',
      notes: noteLines(
        'Corrected: the alarms used CacheClusterId = <replication group ID>, which matches no metric; metrics are per member cluster, so the bundle alarms per node.',
        'Changed: the CPU alarm watches EngineCPUUtilization (the Redis thread, which saturates first), and a host CPUUtilization alarm at 90% ÷ vCPUs (45% on the 2-vCPU cache.t3.micro) sits beside it.',
        'Corrected: the log metric filter was dropped, because its pattern [timestamp, request_id, level="ERROR", ...] matches no slow-log entry (they have no level field).',
        'Added: the slow log delivered as JSON to the log group, which nothing wrote to, and an SNS topic for the alarms, which had no actions.',
        'Not kept: the alarm names ElastiCacheAlarm / ElastiCacheMemoryAlarm, the log group name /aws/elasticache/clusters and their Name tags; the bundle names them after the cache.',
        WINDOWS_ADDED,
        ENCRYPTION_LEFT_OFF,
        REUSED_FAMILY,
        REUSED_NETWORK,
        NO_EGRESS,
        SIDE_NAME_TAGS,
      ),
      tags: { Environment: 'production' },
      ...REDIS_GROUPS,
      notifications: { topic: 'create' },
      caches: [
        basicCluster({
          notifications: true,
          logs: {
            slowLog: { enabled: true, destination: 'cloudwatch-logs', format: 'json', retentionDays: 30 },
          },
          alarms: {
            enabled: true,
            cpuPercent: 80,
            memoryPercent: 85,
            evictions: 0,
            connections: 0,
            replicationLagSeconds: 0,
            evaluationPeriods: 2,
          },
        }),
      ],
    }),
  ),
  preset(
    'seed-secure',
    'Secure Redis',
    true,
    defineDesign({
      name: 'secure',
      description:
        'Security best practices: a security group for ElastiCache admitting port 6379 from the VPC only, a subnet group of private subnets, and a secure Redis cluster with encryption at rest and in transit (Redis 7.0, two cache.t3.micro nodes with automatic failover and Multi-AZ).',
      notes: noteLines(
        "Corrected: the cluster named the basic example's subnet group while the example defined secure-elasticache-subnet-group, which nothing used; here the cluster uses secure-elasticache-subnet-group.",
        AUTH_ADDED,
        WINDOWS_ADDED,
        'Backups stay off as in the example; the checks warn about it.',
        NETWORK,
        NO_EGRESS,
        REUSED_FAMILY,
        SIDE_NAME_TAGS,
      ),
      tags: { Environment: 'production' },
      subnetGroupName: 'secure-elasticache-subnet-group',
      securityGroupNamePrefix: 'elasticache-secure-',
      notifications: { topic: 'none' },
      clients: { cidrBlocks: [], securityGroupIds: [] },
      caches: [
        guideCluster({
          id: 'secure-redis-cluster',
          description: 'Secure Redis cluster with encryption',
          tags: { Name: 'Secure Redis Cluster' },
          nodeType: 'cache.t3.micro',
          parameterGroup: REDIS_PARAMETER_GROUP(),
          ...ENCRYPTED_WITH_TOKEN,
        }),
      ],
    }),
  ),
  preset(
    'seed-cost-optimized',
    'Cost-optimized Redis',
    true,
    defineDesign({
      name: 'cost-optimized',
      description:
        'Node type optimization: a cost-optimized Redis cluster of one cache.t3.micro node (Redis 7.0) without automatic failover or Multi-AZ.',
      notes: noteLines(
        WINDOWS_ADDED,
        ENCRYPTION_LEFT_OFF,
        REUSED_FAMILY,
        REUSED_NETWORK,
        NO_EGRESS,
        SIDE_NAME_TAGS,
      ),
      tags: { Environment: 'production' },
      ...REDIS_GROUPS,
      notifications: { topic: 'none' },
      caches: [
        singleNode({
          id: 'cost-optimized-redis-cluster',
          description: 'Cost-optimized Redis cluster',
          tags: { Name: 'Cost Optimized Redis Cluster' },
          parameterGroup: REDIS_PARAMETER_GROUP(),
        }),
      ],
    }),
  ),
  preset(
    'seed-backup-optimized',
    'Backup-optimized Redis',
    true,
    defineDesign({
      name: 'backup-optimized',
      description:
        'Backup optimization: a Redis cluster with optimized backup (Redis 7.0, two cache.t3.micro nodes, Multi-AZ), snapshots kept 3 days and taken 03:00-05:00, maintenance on Sundays 05:00-07:00.',
      notes: noteLines(
        FINAL_SNAPSHOT_ADDED,
        'Encryption and AUTH stay off as in the example; the checks warn about both.',
        REUSED_FAMILY,
        REUSED_NETWORK,
        NO_EGRESS,
        SIDE_NAME_TAGS,
      ),
      tags: { Environment: 'production' },
      ...REDIS_GROUPS,
      notifications: { topic: 'none' },
      caches: [
        guideCluster({
          id: 'backup-optimized-redis-cluster',
          description: 'Redis cluster with optimized backup',
          tags: { Name: 'Backup Optimized Redis Cluster' },
          nodeType: 'cache.t3.micro',
          parameterGroup: REDIS_PARAMETER_GROUP(),
          ...UNENCRYPTED,
          backups: { retentionDays: 3, window: '03:00-05:00', finalSnapshot: true },
          maintenance: { window: 'sun:05:00-sun:07:00' },
        }),
      ],
    }),
  ),
  preset(
    'seed-debug-cluster',
    'Debug Redis',
    true,
    defineDesign({
      name: 'debug-cluster',
      description:
        'Troubleshooting, cluster not accessible: a debug Redis cluster of one cache.t3.micro node (Redis 7.0) without automatic failover or Multi-AZ.',
      notes: noteLines(DEFAULT_VPC, WINDOWS_ADDED, ENCRYPTION_LEFT_OFF),
      tags: { Environment: 'production' },
      notifications: { topic: 'none' },
      caches: [
        singleNode({
          id: 'debug-redis-cluster',
          description: 'Debug Redis cluster',
          tags: { Name: 'Debug Redis Cluster' },
        }),
      ],
    }),
  ),
  preset(
    'seed-debug-backup',
    'Debug Redis with backups',
    true,
    defineDesign({
      name: 'debug-backup',
      description:
        'Troubleshooting, backup problems: a debug Redis cluster with backup of one cache.t3.micro node (Redis 7.0), snapshots kept 1 day and taken 03:00-05:00.',
      notes: noteLines(
        DEFAULT_VPC,
        FINAL_SNAPSHOT_ADDED,
        MAINTENANCE_ADDED,
        'Encryption and AUTH stay off as in the example; the checks warn about both.',
      ),
      tags: { Environment: 'production' },
      notifications: { topic: 'none' },
      caches: [
        singleNode({
          id: 'debug-backup-redis-cluster',
          description: 'Debug Redis cluster with backup',
          tags: { Name: 'Debug Backup Redis Cluster' },
          backups: { retentionDays: 1, window: '03:00-05:00', finalSnapshot: true },
        }),
      ],
    }),
  ),
  preset(
    'seed-ecommerce',
    'E-commerce Redis',
    true,
    defineDesign({
      name: 'ecommerce',
      description:
        'E-commerce ElastiCache setup: the e-commerce Redis cluster (Redis 7.0, three cache.t3.small nodes with automatic failover and Multi-AZ), backups kept 7 days 03:00-05:00, maintenance on Sundays 05:00-07:00, encryption at rest and in transit, for the project ecommerce.',
      notes: PRODUCTION_STYLE_NOTES,
      tags: { Environment: 'production', Project: 'ecommerce' },
      ...REDIS_GROUPS,
      notifications: { topic: 'none' },
      caches: [
        productionStyleCluster(
          'ecommerce-redis-cluster',
          'E-commerce Redis cluster',
          'E-commerce Redis Cluster',
        ),
      ],
    }),
  ),
  preset(
    'seed-microservices',
    'Microservices Redis',
    true,
    defineDesign({
      name: 'microservices',
      description:
        'Microservices ElastiCache setup: a Redis cluster per service — user-service, product-service, order-service and payment-service — each two cache.t3.micro nodes (Redis 7.0) with automatic failover, Multi-AZ and encryption at rest and in transit, tagged with its Service, for the project microservices.',
      notes: noteLines(
        AUTH_ADDED,
        WINDOWS_ADDED,
        'Backups stay off as in the example; the checks warn about it.',
        'Not kept: the per-service description "Microservices <service> Redis cluster" and Name tag "Microservices <Service> Redis Cluster"; the description is "Microservices Redis cluster" and the Name the AWS ID <service>-redis-cluster.',
        REUSED_FAMILY,
        REUSED_NETWORK,
        NO_EGRESS,
        SIDE_NAME_TAGS,
      ),
      tags: { Environment: 'production', Project: 'microservices' },
      ...REDIS_GROUPS,
      notifications: { topic: 'none' },
      caches: [
        guideCluster({
          description: 'Microservices Redis cluster',
          instances: ['user-service', 'product-service', 'order-service', 'payment-service'],
          instanceTagKey: 'Service',
          nodeType: 'cache.t3.micro',
          parameterGroup: REDIS_PARAMETER_GROUP(),
          ...ENCRYPTED_WITH_TOKEN,
        }),
      ],
    }),
  ),
];

// ---------------------------------------------------------------------------------------------
// Our own starting points
// ---------------------------------------------------------------------------------------------

const OWN_PRESETS: Preset[] = [
  preset(
    'dev-cache',
    'Development cache',
    false,
    defineDesign({
      name: 'dev-cache',
      description:
        'A small, cheap Valkey 8.0 cache for development: one cache.t4g.micro node, no replica, no failover, no backups and no alarms. Encryption and an AUTH token stay on, so applications connect the same way as in production.',
      tags: { Environment: 'dev', ManagedBy: 'terraform' },
      network: { mode: 'create', vpcCidr: '10.0.0.0/16', azCount: 2 },
      notifications: { topic: 'none' },
      caches: [
        {
          kind: 'replication-group',
          id: 'dev-cache',
          description: 'Development Valkey cache',
          engine: 'valkey',
          engineVersion: '8.0',
          nodeType: 'cache.t4g.micro',
          clusterMode: 'disabled',
          replicasPerShard: 0,
          multiAz: false,
          automaticFailover: false,
          ...ENCRYPTED_WITH_TOKEN,
          backups: { retentionDays: 0, window: '03:00-05:00', finalSnapshot: false },
          ...NO_MONITORING,
        },
      ],
    }),
  ),
  preset(
    'ha-valkey',
    'Highly available Valkey',
    false,
    defineDesign({
      name: 'ha-valkey',
      description:
        'Production Valkey 8.0 with cluster mode enabled: 3 shards of a primary and 2 replicas each on cache.r7g.large, spread over three Availability Zones with Multi-AZ and automatic failover. Encryption at rest and in transit, RBAC users (the default user disabled, applications log in as "app"), backups kept 7 days, slow and engine logs in CloudWatch Logs, and CPU, memory and eviction alarms to an SNS topic.',
      tags: { Environment: 'production', ManagedBy: 'terraform' },
      network: { mode: 'create', vpcCidr: '10.0.0.0/16', azCount: 3 },
      notifications: { topic: 'create' },
      caches: [
        {
          kind: 'replication-group',
          id: 'app-cache',
          description: 'Highly available Valkey cache',
          engine: 'valkey',
          engineVersion: '8.0',
          nodeType: 'cache.r7g.large',
          clusterMode: 'enabled',
          shards: 3,
          replicasPerShard: 2,
          multiAz: true,
          automaticFailover: true,
          atRestEncryption: { enabled: true, kmsKey: { mode: 'aws-managed' } },
          transitEncryption: { enabled: true, mode: 'required' },
          auth: { mode: 'rbac', users: STARTER_RBAC_USERS },
          backups: { retentionDays: 7, window: '03:00-05:00', finalSnapshot: true },
          maintenance: { window: 'sun:05:00-sun:07:00' },
          notifications: true,
          logs: {
            slowLog: { enabled: true, destination: 'cloudwatch-logs', format: 'json', retentionDays: 30 },
            engineLog: { enabled: true, destination: 'cloudwatch-logs', format: 'json', retentionDays: 30 },
          },
          alarms: { enabled: true, cpuPercent: 80, memoryPercent: 85, evictions: 1000, evaluationPeriods: 2 },
        },
      ],
    }),
  ),
  preset(
    'serverless-valkey',
    'Serverless Valkey',
    false,
    defineDesign({
      name: 'serverless-valkey',
      description:
        'ElastiCache Serverless for Valkey 8: no nodes to size, billed per GB stored and per ECPU. Usage is capped at 10 GB of data and 10,000 ECPU per second so a runaway client cannot run up the bill; daily snapshots are kept 7 days, and RBAC users authenticate clients.',
      tags: { Environment: 'production', ManagedBy: 'terraform' },
      caches: [
        {
          kind: 'serverless',
          id: 'app-cache',
          description: 'Serverless Valkey cache',
          engine: 'valkey',
          majorVersion: '8',
          limits: { dataStorageMaxGb: 10, ecpuPerSecondMax: 10_000 },
          snapshots: { retentionDays: 7, dailyTime: '03:00' },
          kmsKey: { mode: 'aws-managed' },
          auth: { mode: 'rbac', users: STARTER_RBAC_USERS },
          alarms: { enabled: true },
        },
      ],
    }),
  ),
  preset(
    'global-valkey',
    'Global Valkey',
    false,
    defineDesign({
      name: 'global-valkey',
      description:
        'A Valkey 8.0 global datastore for low-latency reads across regions and regional disaster recovery: the primary in us-east-1 and secondaries in us-west-2 and eu-west-1, each a primary and a replica on cache.r7g.large with Multi-AZ. Secondaries inherit engine, version, node type and encryption from the primary; promoting one is a manual step.',
      region: 'us-east-1',
      tags: { Environment: 'production', ManagedBy: 'terraform' },
      notifications: { topic: 'create' },
      caches: [
        {
          kind: 'replication-group',
          id: 'global-cache',
          description: 'Global Valkey cache',
          engine: 'valkey',
          engineVersion: '8.0',
          nodeType: 'cache.r7g.large',
          clusterMode: 'disabled',
          replicasPerShard: 1,
          multiAz: true,
          automaticFailover: true,
          ...ENCRYPTED_WITH_TOKEN,
          backups: { retentionDays: 7, window: '03:00-05:00', finalSnapshot: true },
          maintenance: { window: 'sun:05:00-sun:07:00' },
          globalDatastore: {
            enabled: true,
            suffix: 'global-cache',
            secondaries: [
              { region: 'us-west-2', replicasPerShard: 1 },
              { region: 'eu-west-1', replicasPerShard: 1 },
            ],
          },
        },
      ],
    }),
  ),
];

/** Every preset: the guide's examples first, in the guide's order, then our own. */
export const PRESETS: readonly Preset[] = [...GUIDE_PRESETS, ...OWN_PRESETS];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((candidate) => candidate.id === id);
}
