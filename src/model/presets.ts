/**
 * Ready-made designs: one per example of the seed guide (shared/seed/000_3c143461f1e64a88.txt), kept
 * to the example's intent and literal values but corrected where AWS or Terraform would reject it, plus
 * a few starting points of our own. A guide preset's description says what was corrected and why; the
 * same text is the design's description, so the bundle README repeats it.
 *
 * Conventions for the guide presets:
 * - what an example leaves out keeps the provider's default: no encryption for Redis OSS, no AUTH
 *   (it needs TLS), no backups (`snapshot_retention_limit` 0), no final snapshot, no SNS topic and no
 *   alarms — the checks warn about the risky ones;
 * - `num_cache_clusters = N` is `replicasPerShard: N - 1` with cluster mode disabled;
 * - an example that reused `aws_elasticache_parameter_group.redis` keeps its `maxmemory-policy`;
 * - resource tags go on the design (shared ones such as `Environment`) or on the cache (`Name`).
 */
import type { z } from 'zod';
import { STARTER_RBAC_USERS, type Design, type replicationGroupSchema } from './design';
import { defineDesign } from './defaults';

export interface Preset {
  /** Stable identifier, used by the CLI (`render <preset-id>`) and in links. */
  id: string;
  title: string;
  /** What the preset is for; for guide presets also what was corrected, and why. */
  description: string;
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
const ALLKEYS_LRU = () => ({
  mode: 'custom' as const,
  parameters: [{ name: 'maxmemory-policy', value: 'allkeys-lru' }],
});

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
    parameterGroup: ALLKEYS_LRU(),
    ...UNENCRYPTED,
    ...fields,
  });

// ---------------------------------------------------------------------------------------------
// Sentences the descriptions share
// ---------------------------------------------------------------------------------------------

const FAMILY =
  'Corrected: the parameter group family "redis7.x" does not exist; Redis OSS 7.0 uses "redis7", derived from the engine version.';
const REUSED_FAMILY =
  'Corrected: the shared parameter group (maxmemory-policy allkeys-lru) named family "redis7.x", which does not exist; Redis OSS 7.0 uses "redis7".';
const NETWORK =
  'Corrected: the subnet and security groups used aws_vpc.main and aws_subnet.private, which the guide never defines; this bundle creates its own VPC and subnets (or takes existing IDs as variables).';
const REUSED_NETWORK =
  'Corrected: the shared subnet and security groups sat on aws_vpc.main and aws_subnet.private, which the guide never defines; this bundle creates its own network.';
const LEFT_OFF = 'Encryption, AUTH and backups stay off as in the example; the checks warn about each.';
const AUTH_ADDED =
  'Added: an AUTH token, since encryption in transit makes it possible and an open cache is a risk (the guide had none).';

const sentences = (...parts: string[]) => parts.join(' ');

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
    parameterGroup: ALLKEYS_LRU(),
    ...ENCRYPTED_WITH_TOKEN,
    backups: { retentionDays: 7, window: '03:00-05:00', finalSnapshot: true },
    maintenance: { window: 'sun:05:00-sun:07:00' },
    ...NO_MONITORING,
  }) as const;

function preset(id: string, title: string, fromGuide: boolean, design: Design): Preset {
  return { id, title, description: design.description, fromGuide, design };
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
      description: sentences(
        "The guide's basic Redis OSS 7.0 replication group: a primary and one replica on cache.t3.micro with Multi-AZ and automatic failover, and a parameter group with maxmemory-policy allkeys-lru.",
        LEFT_OFF,
        FAMILY,
        NETWORK,
      ),
      tags: { Environment: 'production' },
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
      description: sentences(
        "The guide's basic Memcached 1.6 cluster: two cache.t3.micro nodes on port 11211 with their own memcached1.6 parameter group. The example sets no version, AZ mode or TLS, so this preset pins 1.6.17 and keeps the provider defaults: single-AZ placement and no encryption in transit.",
        NETWORK,
      ),
      tags: { Environment: 'production' },
      notifications: { topic: 'none' },
      caches: [
        {
          kind: 'memcached',
          id: 'memcached-cluster',
          description: 'Memcached cluster',
          tags: { Name: 'Memcached Cluster' },
          engineVersion: '1.6.17',
          nodeType: 'cache.t3.micro',
          nodeCount: 2,
          azMode: 'single-az',
          port: 11211,
          parameterGroup: { mode: 'custom', parameters: [] },
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
      description: sentences(
        "The guide's Redis OSS 7.0 replication group with automatic backups: two cache.t3.micro nodes, Multi-AZ, snapshots kept 5 days and taken 03:00-05:00 UTC, maintenance on Sundays 05:00-07:00 UTC (the windows touch but do not overlap). Encryption and AUTH stay off as in the example.",
        REUSED_FAMILY,
        REUSED_NETWORK,
      ),
      tags: { Environment: 'production' },
      notifications: { topic: 'none' },
      caches: [
        guideCluster({
          id: 'redis-backup-cluster',
          description: 'Redis cluster with backup',
          tags: { Name: 'Redis Backup Cluster' },
          nodeType: 'cache.t3.micro',
          parameterGroup: ALLKEYS_LRU(),
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
      description: sentences(
        "The guide's Redis OSS 7.0 replication group with encryption at rest and in transit: two cache.t3.micro nodes, Multi-AZ and automatic failover. Backups stay off as in the example.",
        AUTH_ADDED,
        REUSED_FAMILY,
        REUSED_NETWORK,
      ),
      tags: { Environment: 'production' },
      notifications: { topic: 'none' },
      caches: [
        guideCluster({
          id: 'redis-encrypted-cluster',
          description: 'Redis cluster with encryption',
          tags: { Name: 'Redis Encrypted Cluster' },
          nodeType: 'cache.t3.micro',
          parameterGroup: ALLKEYS_LRU(),
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
      description: sentences(
        "The guide's global datastore: a two-node Redis OSS 7.0 primary in us-east-1 and a two-node secondary in us-west-2. Encryption, AUTH and backups stay off as in the example.",
        "Corrected: global datastores take no T-class nodes, so cache.t3.micro became cache.r6g.large, the smallest R6g on AWS's documented list (R5, R6g, R6gd, M5, M6g): an r5.large's memory for less.",
        'Corrected: a secondary inherits engine, version, node type, parameter group and encryption, and the provider rejects them there; the generator omits them and gives us-west-2 its own network.',
        'Corrected: the global group takes no tags and the aws.us_east_1 / aws.us_west_2 providers were never declared.',
        REUSED_FAMILY,
        REUSED_NETWORK,
      ),
      region: 'us-east-1',
      tags: { Environment: 'production' },
      notifications: { topic: 'none' },
      caches: [
        guideCluster({
          id: 'redis-primary-cluster',
          description: 'Primary Redis cluster',
          tags: { Name: 'Redis Primary Cluster' },
          nodeType: 'cache.r6g.large',
          parameterGroup: ALLKEYS_LRU(),
          ...UNENCRYPTED,
          globalDatastore: {
            enabled: true,
            suffix: 'global',
            secondaries: [{ region: 'us-west-2', replicasPerShard: 1 }],
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
      description: sentences(
        'The guide\'s "everything a variable" replication group: cluster mode disabled, automatic backups and encryption at rest and in transit, each setting a variable. This bundle already exposes the sizing, windows and retention as variables, so the preset fills them with sensible values: Redis OSS 7.0 on two cache.t3.small nodes, Multi-AZ, backups kept 7 days.',
        AUTH_ADDED,
      ),
      tags: { ManagedBy: 'terraform' },
      notifications: { topic: 'none' },
      caches: [
        guideCluster({
          description: 'Configurable Redis cluster',
          nodeType: 'cache.t3.small',
          ...ENCRYPTED_WITH_TOKEN,
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
      description: sentences(
        "The guide's advanced Redis OSS 7.0 replication group: three cache.t3.small nodes, Multi-AZ, backups kept 7 days, encryption at rest and in transit, and the slow log delivered to CloudWatch Logs as text into a log group kept 30 days.",
        AUTH_ADDED,
        REUSED_FAMILY,
        REUSED_NETWORK,
      ),
      tags: { Environment: 'production' },
      notifications: { topic: 'none' },
      caches: [
        guideCluster({
          id: 'advanced-redis-cluster',
          description: 'Advanced Redis cluster with comprehensive configuration',
          tags: { Name: 'Advanced Redis Cluster' },
          nodeType: 'cache.t3.small',
          replicasPerShard: 2,
          parameterGroup: ALLKEYS_LRU(),
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
      description: sentences(
        "The guide's simplest Redis OSS 7.0 replication group: one cache.t3.micro node, no replica, no automatic failover, no Multi-AZ, the default parameter group.",
        LEFT_OFF,
        'The example names no subnet group, so it would land in the default VPC; this bundle creates its own VPC and subnets.',
      ),
      notifications: { topic: 'none' },
      caches: [
        {
          ...GUIDE_REDIS,
          id: 'simple-redis-cluster',
          description: 'Simple Redis cluster',
          tags: { Name: 'Simple Redis Cluster' },
          nodeType: 'cache.t3.micro',
          clusterMode: 'disabled',
          replicasPerShard: 0,
          multiAz: false,
          automaticFailover: false,
          parameterGroup: { mode: 'default', parameters: [] },
          ...UNENCRYPTED,
          backups: NO_BACKUPS,
          ...NO_MONITORING,
        },
      ],
    }),
  ),
  preset(
    'seed-production',
    'Production Redis',
    true,
    defineDesign({
      name: 'production',
      description: sentences(
        "The guide's production replication group (enable_backup and enable_encryption on): Redis OSS 7.0 on three cache.t3.small nodes, Multi-AZ with automatic failover, backups kept 7 days, encryption at rest and in transit. T-class nodes in production draw a warning.",
        AUTH_ADDED,
        REUSED_FAMILY,
        REUSED_NETWORK,
      ),
      tags: { Environment: 'production', Project: 'web-app' },
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
      description: sentences(
        "The guide's dev, staging and prod Redis OSS 7.0 replication groups: dev one cache.t3.micro node without failover, staging two cache.t3.small nodes and prod three cache.t3.medium nodes, both with Multi-AZ and automatic failover. Encryption, AUTH and backups stay off as in the example.",
        'Corrected: the example created all environments with for_each in one state, so a change meant for dev plans against prod; here each environment is a tfvars file with its own state, and the AWS IDs become dev-redis-cluster, staging-redis-cluster and prod-redis-cluster.',
        REUSED_FAMILY,
        REUSED_NETWORK,
      ),
      tags: { Project: 'multi-env-app' },
      notifications: { topic: 'none' },
      caches: [
        guideCluster({
          description: 'Redis cluster',
          nodeType: 'cache.t3.medium',
          replicasPerShard: 2,
          parameterGroup: ALLKEYS_LRU(),
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
      description: sentences(
        "The guide's CloudWatch monitoring: a 30-day log group, and alarms on CPU over 80% and memory over 85% for two 5-minute periods on an undefined replication group; here it is the basic one (Redis OSS 7.0, two cache.t3.micro nodes), its slow log sent to the log group.",
        'Corrected: the alarms used CacheClusterId = <replication group ID>, which matches no metric; metrics are per member cluster, so the bundle alarms per node.',
        'Corrected: the log metric filter was dropped, because its pattern [timestamp, request_id, level="ERROR", ...] matches no slow-log entry (they have no level field).',
        'Added: an SNS topic for the alarms, which had no actions.',
        REUSED_FAMILY,
        REUSED_NETWORK,
      ),
      tags: { Environment: 'production' },
      notifications: { topic: 'create' },
      caches: [
        basicCluster({
          notifications: true,
          logs: {
            slowLog: { enabled: true, destination: 'cloudwatch-logs', format: 'json', retentionDays: 30 },
          },
          alarms: { enabled: true, cpuPercent: 80, memoryPercent: 85, evictions: 0, evaluationPeriods: 2 },
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
      description: sentences(
        "The guide's security examples together: a security group that admits port 6379 from the VPC only, a subnet group of private subnets and the secure-redis-cluster replication group (Redis OSS 7.0, two cache.t3.micro nodes, Multi-AZ) with encryption at rest and in transit. Backups stay off as in the example.",
        AUTH_ADDED,
        NETWORK,
        REUSED_FAMILY,
      ),
      tags: { Environment: 'production' },
      notifications: { topic: 'none' },
      clients: { cidrBlocks: [], securityGroupIds: [] },
      caches: [
        guideCluster({
          id: 'secure-redis-cluster',
          description: 'Secure Redis cluster with encryption',
          tags: { Name: 'Secure Redis Cluster' },
          nodeType: 'cache.t3.micro',
          parameterGroup: ALLKEYS_LRU(),
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
      description: sentences(
        "The guide's cost-optimized replication group: one cache.t3.micro node running Redis OSS 7.0, no replica, no automatic failover, no Multi-AZ.",
        LEFT_OFF,
        REUSED_FAMILY,
        REUSED_NETWORK,
      ),
      tags: { Environment: 'production' },
      notifications: { topic: 'none' },
      caches: [
        {
          ...GUIDE_REDIS,
          id: 'cost-optimized-redis-cluster',
          description: 'Cost-optimized Redis cluster',
          tags: { Name: 'Cost Optimized Redis Cluster' },
          nodeType: 'cache.t3.micro',
          clusterMode: 'disabled',
          replicasPerShard: 0,
          multiAz: false,
          automaticFailover: false,
          parameterGroup: ALLKEYS_LRU(),
          ...UNENCRYPTED,
          backups: NO_BACKUPS,
          ...NO_MONITORING,
        },
      ],
    }),
  ),
  preset(
    'seed-backup-optimized',
    'Backup-optimized Redis',
    true,
    defineDesign({
      name: 'backup-optimized',
      description: sentences(
        "The guide's backup-optimized replication group: Redis OSS 7.0 on two cache.t3.micro nodes with Multi-AZ, snapshots kept 3 days and taken 03:00-05:00 UTC, maintenance on Sundays 05:00-07:00 UTC (the windows touch but do not overlap). Encryption and AUTH stay off as in the example.",
        REUSED_FAMILY,
        REUSED_NETWORK,
      ),
      tags: { Environment: 'production' },
      notifications: { topic: 'none' },
      caches: [
        guideCluster({
          id: 'backup-optimized-redis-cluster',
          description: 'Redis cluster with optimized backup',
          tags: { Name: 'Backup Optimized Redis Cluster' },
          nodeType: 'cache.t3.micro',
          parameterGroup: ALLKEYS_LRU(),
          ...UNENCRYPTED,
          backups: { retentionDays: 3, window: '03:00-05:00', finalSnapshot: true },
          maintenance: { window: 'sun:05:00-sun:07:00' },
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
      description: sentences(
        "The guide's e-commerce replication group (enable_backup and enable_encryption on): Redis OSS 7.0 on three cache.t3.small nodes, Multi-AZ with automatic failover, backups kept 7 days, encryption at rest and in transit. T-class nodes in production draw a warning.",
        AUTH_ADDED,
        REUSED_FAMILY,
        REUSED_NETWORK,
      ),
      tags: { Environment: 'production', Project: 'ecommerce' },
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
      description: sentences(
        "The guide's microservices setup: one Redis OSS 7.0 replication group per service (user, product, order and payment), each two cache.t3.micro nodes with Multi-AZ, automatic failover and encryption at rest and in transit; the AWS IDs are <service>-redis-cluster. Backups stay off as in the example.",
        AUTH_ADDED,
        REUSED_FAMILY,
        REUSED_NETWORK,
      ),
      tags: { Environment: 'production', Project: 'microservices' },
      notifications: { topic: 'none' },
      caches: [
        guideCluster({
          description: 'Microservices Redis cluster',
          instances: ['user-service', 'product-service', 'order-service', 'payment-service'],
          nodeType: 'cache.t3.micro',
          parameterGroup: ALLKEYS_LRU(),
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
