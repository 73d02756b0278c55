/**
 * Day-2 change scenarios: a deployed baseline (a preset, or a design built with the model's helpers),
 * one change a team makes to it, and what Terraform should plan — the way AWS takes the change.
 * `cacheChangesInPlace` says whether AWS changes the cache in place (then replacing it is unsafe).
 */
import type { Cache, Design, ReplicationGroup, Serverless } from '../../src/model/design';
import { createCache, defineDesign } from '../../src/model/defaults';
import { findPreset } from '../../src/model/presets';
import type { Expectation } from './change-verdict';
import type { TerraformState } from './state-synth';

export interface Baseline {
  id: string;
  design: Design;
  /** The environment whose tfvars (and workspace) were applied. */
  environment?: string;
}

export interface Scenario {
  name: string;
  baseline: string;
  /** Edits a copy of the baseline design. */
  change?: (design: Design) => void;
  /** Edits the synthesized state, as AWS would report it after an event outside Terraform. */
  editState?: (state: TerraformState) => void;
  /** Plan this environment's tfvars (in the baseline's workspace). */
  planEnvironment?: string;
  /** TF_VAR_* values that differ from the baseline's (a rotated secret). */
  env?: Record<string, string>;
  cacheChangesInPlace: boolean;
  expect: Expectation;
  /** Print the before/after of the changed ElastiCache resources. */
  showDetail?: boolean;
}

const presetDesign = (id: string): Design => {
  const preset = findPreset(id);
  if (!preset) throw new Error(`No preset "${id}"`);
  return structuredClone(preset.design);
};

/** Four cache kinds in one deployment, each at the version a scenario upgrades from. */
const fleet = defineDesign({
  name: 'day2-fleet',
  description:
    'Day-2 baseline: custom parameter groups on Valkey 7.2 and Redis OSS 6.2, Memcached, serverless Valkey 7.',
  tags: { Environment: 'production' },
  caches: [
    {
      kind: 'replication-group',
      id: 'vk72',
      engine: 'valkey',
      engineVersion: '7.2',
      nodeType: 'cache.r7g.large',
      parameterGroup: { mode: 'custom', parameters: [{ name: 'maxmemory-policy', value: 'allkeys-lru' }] },
    },
    {
      kind: 'replication-group',
      id: 'rd62',
      engine: 'redis',
      engineVersion: '6.2',
      nodeType: 'cache.r6g.large',
      parameterGroup: { mode: 'custom', parameters: [{ name: 'maxmemory-policy', value: 'volatile-lru' }] },
    },
    { kind: 'memcached', id: 'mc', engineVersion: '1.6.17', nodeCount: 2 },
    {
      kind: 'serverless',
      id: 'sl',
      engine: 'valkey',
      majorVersion: '7',
      limits: { dataStorageMaxGb: 10, ecpuPerSecondMax: 5000 },
    },
  ],
});

/** global-valkey with one secondary, so that one can be added. */
const globalOneSecondary = (() => {
  const design = presetDesign('global-valkey');
  const cache = design.caches[0] as ReplicationGroup;
  cache.globalDatastore.secondaries = [{ region: 'us-west-2', replicasPerShard: 1 }];
  return design;
})();

export const BASELINES: Baseline[] = [
  { id: 'ha-valkey', design: presetDesign('ha-valkey') },
  { id: 'fleet', design: fleet },
  { id: 'seed-basic-redis', design: presetDesign('seed-basic-redis') },
  { id: 'global', design: globalOneSecondary },
  { id: 'multi-env:dev', design: presetDesign('seed-multi-environment'), environment: 'dev' },
  { id: 'microservices', design: presetDesign('seed-microservices') },
];

const cache = <T extends Cache = ReplicationGroup>(design: Design, id: string) => {
  const found = design.caches.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No cache "${id}"`);
  return found as T;
};

const RG = 'aws_elasticache_replication_group';
const PG = 'aws_elasticache_parameter_group';
const ALARM = 'aws_cloudwatch_metric_alarm';
const LOG_GROUP = 'aws_cloudwatch_log_group';
const USER = 'aws_elasticache_user';
const USER_GROUP = 'aws_elasticache_user_group';
const MEMCACHED = 'aws_elasticache_cluster';
const SERVERLESS = 'aws_elasticache_serverless_cache';
const GLOBAL = 'aws_elasticache_global_replication_group';
const SUBSCRIPTION = 'aws_sns_topic_subscription';

const ha = (
  name: string,
  change: (cache: ReplicationGroup, design: Design) => void,
  expect: Expectation,
  cacheChangesInPlace = true,
): Scenario => ({
  name: `ha-valkey: ${name}`,
  baseline: 'ha-valkey',
  change: (design) => change(cache(design, 'app-cache'), design),
  cacheChangesInPlace,
  expect,
});
const onFleet = <T extends Cache>(
  name: string,
  id: string,
  change: (cache: T, design: Design) => void,
  expect: Expectation,
  extra: Partial<Scenario> = {},
): Scenario => ({
  name: `fleet: ${name}`,
  baseline: 'fleet',
  change: (design) => change(cache<T>(design, id), design),
  cacheChangesInPlace: true,
  expect,
  ...extra,
});
const onGlobal = (
  name: string,
  change: ((cache: ReplicationGroup) => void) | undefined,
  expect: Expectation,
  extra: Partial<Scenario> = {},
): Scenario => ({
  name: `global: ${name}`,
  baseline: 'global',
  change: change && ((design) => change(cache(design, 'global-cache'))),
  cacheChangesInPlace: true,
  expect,
  ...extra,
});

const HA_RG = `${RG}.app_cache`;

export const SCENARIOS: Scenario[] = [
  // --- Replication group, cluster mode enabled (ha-valkey) ---
  ha('node resize r7g.large → r7g.xlarge', (c) => (c.nodeType = 'cache.r7g.xlarge'), {
    // The host-CPU alarm is only for nodes of 2 vCPUs or fewer.
    actions: { [HA_RG]: 'update', [ALARM]: ['destroy', 'update', 'no-op'] },
  }),
  ha('replicas per shard 2 → 3', (c) => (c.replicasPerShard = 3), {
    actions: { [HA_RG]: 'update', [ALARM]: 'create' },
  }),
  ha('replicas per shard 2 → 1', (c) => (c.replicasPerShard = 1), {
    actions: { [HA_RG]: 'update', [ALARM]: 'destroy' },
  }),
  ha('reshard 3 → 4 shards', (c) => (c.shards = 4), { actions: { [HA_RG]: 'update', [ALARM]: 'create' } }),
  ha('reshard 3 → 2 shards', (c) => (c.shards = 2), { actions: { [HA_RG]: 'update', [ALARM]: 'destroy' } }),
  ha('engine Valkey 8.0 → 8.1', (c) => (c.engineVersion = '8.1'), { actions: { [HA_RG]: 'update' } }),
  ha(
    'custom parameter group added',
    (c) =>
      (c.parameterGroup = {
        mode: 'custom',
        parameters: [{ name: 'maxmemory-policy', value: 'allkeys-lfu' }],
      }),
    { actions: { [HA_RG]: 'update', [PG]: 'create' } },
  ),
  ha('cache tag added', (c) => (c.tags = { ...c.tags, Team: 'payments' }), {
    actions: {
      [HA_RG]: 'update',
      [USER]: ['update', 'no-op'],
      [USER_GROUP]: ['update', 'no-op'],
      [LOG_GROUP]: ['update', 'no-op'],
      [ALARM]: ['update', 'no-op'],
    },
  }),
  ha(
    'design tag added (default_tags)',
    (_c, design) => (design.tags = { ...design.tags, CostCenter: 'cc-42' }),
    {
      actions: { '*': ['update', 'no-op'] },
    },
  ),
  ha('description changed', (c) => (c.description = 'HA Valkey for checkout'), {
    actions: { [HA_RG]: 'update' },
  }),
  ha('maintenance window moved', (c) => (c.maintenance.window = 'mon:03:00-mon:05:00'), {
    actions: { [HA_RG]: 'update' },
  }),
  ha('backup window moved', (c) => (c.backups.window = '01:00-02:00'), { actions: { [HA_RG]: 'update' } }),
  ha('backup retention 7 → 14 days', (c) => (c.backups.retentionDays = 14), {
    actions: { [HA_RG]: 'update' },
  }),
  ha('slow log turned off', (c) => (c.logs.slowLog.enabled = false), {
    actions: { [HA_RG]: 'update', [LOG_GROUP]: 'destroy' },
  }),
  ha('engine log as text', (c) => (c.logs.engineLog.format = 'text'), { actions: { [HA_RG]: 'update' } }),
  ha('log retention 30 → 90 days', (c) => (c.logs.slowLog.retentionDays = 90), {
    actions: { [LOG_GROUP]: 'update' },
  }),
  ha('CPU alarm threshold 80 → 70 %', (c) => (c.alarms.cpuPercent = 70), { actions: { [ALARM]: 'update' } }),
  ha('alarms turned off', (c) => (c.alarms.enabled = false), { actions: { [ALARM]: 'destroy' } }),
  ha(
    'RBAC user added',
    (c) =>
      c.auth.users.push({
        userId: 'reader',
        userName: 'reader',
        accessString: 'on ~* +@read',
        authentication: 'password',
      }),
    { actions: { [USER]: 'create', [USER_GROUP]: 'update' } },
  ),
  ha('RBAC user removed', (c) => (c.auth.users = c.auth.users.filter((user) => user.userId !== 'app')), {
    actions: { [USER]: 'destroy', [USER_GROUP]: 'update' },
  }),
  ha(
    'RBAC access string changed',
    (c) => {
      const app = c.auth.users.find((user) => user.userId === 'app');
      if (app) app.accessString = 'on ~app:* +@all -@dangerous';
    },
    { actions: { [USER]: 'update' } },
  ),
  ha('alarm email subscribed', (_c, design) => (design.notifications.email = 'oncall@example.com'), {
    actions: { [`${SUBSCRIPTION}.alerts_email["oncall@example.com"]`]: 'create' },
  }),
  ha('cache added (Memcached)', (_c, design) => design.caches.push(createCache('memcached', 'sessions')), {
    actions: { [MEMCACHED]: 'create', [ALARM]: 'create', '*': ['create', 'update', 'no-op'] },
  }),

  // --- Upgrades with a custom parameter group: the family changes, so does the group's name ---
  {
    name: 'redis: Redis OSS 7.0 → Valkey 7.2, custom parameter group',
    baseline: 'seed-basic-redis',
    change: (design) => {
      const c = cache(design, 'redis-cluster');
      c.engine = 'valkey';
      c.engineVersion = '7.2';
    },
    cacheChangesInPlace: true,
    expect: { actions: { [RG]: 'update', [PG]: 'replace' } },
    showDetail: true,
  },
  {
    name: 'redis: Redis OSS 7.0 → 7.1 (same family)',
    baseline: 'seed-basic-redis',
    change: (design) => (cache(design, 'redis-cluster').engineVersion = '7.1'),
    cacheChangesInPlace: true,
    expect: { actions: { [RG]: 'update' } },
  },
  onFleet(
    'Valkey 7.2 → 8.0, custom parameter group',
    'vk72',
    (c: ReplicationGroup) => (c.engineVersion = '8.0'),
    {
      actions: { [`${RG}.vk72`]: 'update', [`${PG}.vk72`]: 'replace' },
    },
    { showDetail: true },
  ),
  onFleet(
    'Redis OSS 6.2 → 7.1, custom parameter group',
    'rd62',
    (c: ReplicationGroup) => (c.engineVersion = '7.1'),
    {
      actions: { [`${RG}.rd62`]: 'update', [`${PG}.rd62`]: 'replace' },
    },
    { showDetail: true },
  ),
  onFleet(
    'parameter value changed',
    'vk72',
    (c: ReplicationGroup) =>
      (c.parameterGroup.parameters = [{ name: 'maxmemory-policy', value: 'volatile-lfu' }]),
    {
      actions: { [`${PG}.vk72`]: 'update' },
    },
  ),
  onFleet(
    'node resize r6g.large → r6g.xlarge',
    'rd62',
    (c: ReplicationGroup) => (c.nodeType = 'cache.r6g.xlarge'),
    {
      actions: { [`${RG}.rd62`]: 'update', [ALARM]: ['destroy', 'update', 'no-op'] },
    },
  ),
  onFleet(
    'AUTH token rotated',
    'vk72',
    () => undefined,
    { actions: { [`${RG}.vk72`]: 'update' } },
    {
      env: { TF_VAR_vk72_auth_token: 'RotatedSecret9876543210zyxwvutsrqp' },
    },
  ),
  onFleet('Memcached nodes 2 → 3', 'mc', (c: Extract<Cache, { kind: 'memcached' }>) => (c.nodeCount = 3), {
    actions: { [MEMCACHED]: 'update', [ALARM]: 'create' },
  }),
  onFleet(
    'Memcached 1.6.17 → 1.6.22',
    'mc',
    (c: Extract<Cache, { kind: 'memcached' }>) => (c.engineVersion = '1.6.22'),
    {
      actions: { [MEMCACHED]: 'update' },
    },
  ),
  onFleet(
    'Memcached custom parameters',
    'mc',
    (c: Extract<Cache, { kind: 'memcached' }>) =>
      (c.parameterGroup = { mode: 'custom', parameters: [{ name: 'max_item_size', value: '2097152' }] }),
    { actions: { [MEMCACHED]: 'update', [`${PG}.mc`]: 'create' } },
  ),
  onFleet(
    'serverless limits raised',
    'sl',
    (c: Serverless) => (c.limits = { dataStorageMaxGb: 20, ecpuPerSecondMax: 10_000 }),
    {
      actions: { [SERVERLESS]: 'update', [ALARM]: ['update', 'no-op'] },
    },
  ),
  onFleet('serverless snapshot time moved', 'sl', (c: Serverless) => (c.snapshots.dailyTime = '05:00'), {
    actions: { [SERVERLESS]: 'update' },
  }),
  onFleet(
    'serverless Valkey 7 → 8 (major version)',
    'sl',
    (c: Serverless) => (c.majorVersion = '8'),
    {
      actions: { [SERVERLESS]: 'replace', [ALARM]: ['update', 'no-op'] },
    },
    { cacheChangesInPlace: false },
  ),
  onFleet(
    'serverless RBAC user added',
    'sl',
    (c: Serverless) =>
      c.auth.users.push({
        userId: 'sl-reader',
        userName: 'reader',
        accessString: 'on ~* +@read',
        authentication: 'password',
      }),
    {
      actions: { [USER]: 'create', [USER_GROUP]: 'update' },
    },
  ),
  onFleet(
    'cache removed (Redis OSS 6.2)',
    'rd62',
    (_c, design) => (design.caches = design.caches.filter((c) => c.id !== 'rd62')),
    {
      actions: { '*': ['destroy', 'no-op'], [`${RG}.rd62`]: 'destroy', [`${PG}.rd62`]: 'destroy' },
    },
  ),

  // --- Global datastore: what the global datastore owns goes through it ---
  onGlobal('node resize r7g.large → r7g.xlarge', (c) => (c.nodeType = 'cache.r7g.xlarge'), {
    actions: { [GLOBAL]: 'update', [ALARM]: ['destroy', 'update', 'no-op'] },
  }),
  onGlobal('engine Valkey 8.0 → 8.1', (c) => (c.engineVersion = '8.1'), { actions: { [GLOBAL]: 'update' } }),
  onGlobal(
    'secondary added (eu-west-1)',
    (c) => c.globalDatastore.secondaries.push({ region: 'eu-west-1', replicasPerShard: 1 }),
    {
      actions: { [`${RG}.global_cache_eu_west_1`]: 'create', '*': ['create', 'update', 'no-op'] },
    },
  ),
  onGlobal('secondary replicas 1 → 2', (c) => (c.globalDatastore.secondaries[0]!.replicasPerShard = 2), {
    actions: { [`${RG}.global_cache_us_west_2`]: 'update', [ALARM]: ['create', 'no-op'] },
  }),
  onGlobal(
    'slow log to CloudWatch Logs: a log group in each region',
    (c) =>
      (c.logs.slowLog = { enabled: true, destination: 'cloudwatch-logs', format: 'json', retentionDays: 30 }),
    {
      actions: {
        [`${LOG_GROUP}.global_cache_slow_log`]: 'create',
        [`${LOG_GROUP}.global_cache_us_west_2_slow_log`]: 'create',
        [`${RG}.global_cache`]: 'update',
        [`${RG}.global_cache_us_west_2`]: 'update',
      },
    },
  ),
  onGlobal(
    'failover: us-west-2 promoted',
    undefined,
    { actions: {} },
    {
      editState: (state) => {
        for (const resource of state.resources) {
          if (resource.type !== GLOBAL) continue;
          for (const instance of resource.instances)
            instance.attributes.primary_replication_group_id = 'global-cache-us-west-2';
        }
      },
    },
  ),

  // --- Environments: one state each ---
  {
    name: 'multi-env: prod.tfvars planned against dev’s state',
    baseline: 'multi-env:dev',
    planEnvironment: 'prod',
    cacheChangesInPlace: true,
    expect: { error: /not the workspace of environment prod|environment/i },
    showDetail: true,
  },
  {
    name: 'multi-env: dev node type override changed',
    baseline: 'multi-env:dev',
    change: (design) => {
      const dev = design.environments.find((environment) => environment.name === 'dev');
      const id = design.caches[0]!.id;
      if (dev) dev.overrides[id] = { ...dev.overrides[id], nodeType: 'cache.t3.small' };
    },
    cacheChangesInPlace: true,
    expect: { actions: { [RG]: 'update', [ALARM]: ['update', 'create', 'destroy', 'no-op'] } },
  },

  {
    // dev.tfvars turns the host-CPU alarm off on 4 vCPUs; the other alarms watch every member.
    name: 'multi-env: alarms on, dev resized to cache.r7g.xlarge',
    baseline: 'multi-env:dev',
    change: (design) => {
      const redis = design.caches[0] as ReplicationGroup;
      redis.alarms.enabled = true;
      const dev = design.environments.find((environment) => environment.name === 'dev');
      if (dev) dev.overrides[redis.id] = { ...dev.overrides[redis.id], nodeType: 'cache.r7g.xlarge' };
    },
    cacheChangesInPlace: true,
    expect: {
      actions: { [RG]: 'update', [`${ALARM}.redis_cluster_engine_cpu`]: 'create', [ALARM]: 'create' },
    },
  },

  // --- Services stamped from one design (for_each) ---
  {
    name: 'microservices: one service’s AUTH token rotated',
    baseline: 'microservices',
    env: {
      TF_VAR_redis_cluster_auth_tokens: JSON.stringify({
        'user-service': 'MockSecret0123456789abcdefghijkl-user-service',
        'product-service': 'MockSecret0123456789abcdefghijkl-product-service',
        'order-service': 'MockSecret0123456789abcdefghijkl-order-service',
        'payment-service': 'RotatedSecret9876543210zyxwvutsrqp',
      }),
    },
    cacheChangesInPlace: true,
    expect: { actions: { [`${RG}.redis_cluster["payment-service"]`]: 'update' } },
  },
  {
    name: 'microservices: AUTH token → RBAC users, each service its own',
    baseline: 'microservices',
    change: (design) => {
      const target = cache(design, 'redis-cluster');
      target.auth = {
        ...target.auth,
        mode: 'rbac',
        users: [
          { userId: 'default-off', userName: 'default', accessString: 'off -@all', authentication: 'none' },
          { userId: 'app', userName: 'app', accessString: 'on ~* +@all', authentication: 'password' },
        ],
      };
    },
    cacheChangesInPlace: true,
    expect: {
      actions: { '*': ['create', 'no-op'], [USER]: 'create', [USER_GROUP]: 'create', [RG]: 'update' },
    },
  },
  {
    name: 'microservices: service added',
    baseline: 'microservices',
    change: (design) => design.caches[0]!.instances.push('search-service'),
    cacheChangesInPlace: true,
    expect: { actions: { '*': ['create', 'no-op'], [RG]: 'create' } },
  },
  {
    name: 'microservices: service removed',
    baseline: 'microservices',
    change: (design) =>
      (design.caches[0]!.instances = design.caches[0]!.instances.filter(
        (service) => service !== 'payment-service',
      )),
    cacheChangesInPlace: true,
    expect: { actions: { '*': ['destroy', 'no-op'], [RG]: 'destroy' } },
  },
];
