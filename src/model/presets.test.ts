import { describe, expect, it } from 'vitest';
import { BURSTABLE_FAMILIES, findNodeType, parameterFamily } from './catalog';
import { designSchema, type Cache, type Design, type ReplicationGroup } from './design';
import { PRESETS, findPreset, type Preset } from './presets';
import { checkDesign, errorsOf } from './rules';
import { SEED_IDS } from '@/testing/seed-ids';

/** Guide presets whose example had a mistake the preset corrects. */
const UNCORRECTED = new Set(['seed-simple', 'seed-configurable', 'seed-debug-cluster', 'seed-debug-backup']);
const CORRECTED_IDS = SEED_IDS.filter((id) => !UNCORRECTED.has(id));

function presetOf(id: string): Preset {
  const preset = findPreset(id);
  if (!preset) throw new Error(`No preset "${id}"`);
  return preset;
}

function onlyCache(design: Design): Cache {
  expect(design.caches).toHaveLength(1);
  return design.caches[0]!;
}

function replicationGroupOf(id: string): ReplicationGroup {
  const cache = onlyCache(presetOf(id).design);
  if (cache.kind !== 'replication-group') throw new Error(`${id} is not a replication group`);
  return cache;
}

describe('preset catalogue', () => {
  it('has unique ids, every guide example and at least four presets of our own', () => {
    const ids = PRESETS.map((preset) => preset.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of SEED_IDS) expect(ids, id).toContain(id);
    expect(
      PRESETS.filter((preset) => preset.fromGuide)
        .map((preset) => preset.id)
        .sort(),
    ).toEqual([...SEED_IDS].sort());
    expect(PRESETS.filter((preset) => !preset.fromGuide).length).toBeGreaterThanOrEqual(4);
    for (const id of ['dev-cache', 'ha-valkey', 'serverless-valkey', 'global-valkey'])
      expect(presetOf(id).fromGuide, id).toBe(false);
  });

  it('finds presets by id and returns undefined for unknown ids', () => {
    expect(findPreset('seed-basic-redis')?.title).toBeTruthy();
    expect(findPreset('no-such-preset')).toBeUndefined();
  });

  it('gives every preset a title and a description that is also the design description', () => {
    for (const preset of PRESETS) {
      expect(preset.title, preset.id).not.toBe('');
      expect(preset.description, preset.id).not.toBe('');
      expect(preset.design.description, preset.id).toBe(preset.description);
      expect(preset.design.notes, preset.id).toBe(preset.notes);
    }
  });

  it("keeps the guide's description free of our corrections: those are the notes", () => {
    for (const preset of PRESETS.filter((candidate) => candidate.fromGuide)) {
      expect(preset.description, preset.id).not.toMatch(/Corrected|Added|Changed|Not kept|redis7\.x/);
      expect(preset.notes, preset.id).toMatch(/^- /);
    }
  });
});

describe.each(PRESETS.map((preset) => [preset.id, preset] as const))('preset %s', (_id, preset) => {
  it('is a valid design that survives a JSON round trip', () => {
    expect(designSchema.parse(preset.design)).toEqual(preset.design);
    expect(designSchema.parse(JSON.parse(JSON.stringify(preset.design)))).toEqual(preset.design);
  });

  it('breaks no rule with severity error', () => {
    const errors = errorsOf(checkDesign(preset.design));
    expect(errors, JSON.stringify(errors, null, 2)).toEqual([]);
  });
});

describe("guide presets keep the examples' values", () => {
  it('seed-basic-redis: cache.t3.micro, 2 nodes, Redis OSS 7.0, allkeys-lru in family redis7', () => {
    const cache = replicationGroupOf('seed-basic-redis');
    expect(cache.id).toBe('redis-cluster');
    expect(cache.engine).toBe('redis');
    expect(cache.nodeType).toBe('cache.t3.micro');
    expect(cache.clusterMode).toBe('disabled');
    expect(cache.replicasPerShard + 1).toBe(2);
    expect(cache.multiAz).toBe(true);
    expect(cache.automaticFailover).toBe(true);
    expect(cache.engineVersion).toBe('7.0');
    expect(parameterFamily(cache.engine, cache.engineVersion)).toBe('redis7');
    expect(cache.parameterGroup).toEqual({
      mode: 'custom',
      name: 'redis-parameter-group',
      parameters: [{ name: 'maxmemory-policy', value: 'allkeys-lru' }],
    });
    // Not set in the example: the provider defaults (off) apply, and auth needs TLS.
    expect(cache.atRestEncryption.enabled).toBe(false);
    expect(cache.transitEncryption.enabled).toBe(false);
    expect(cache.auth.mode).toBe('none');
    expect(cache.backups.retentionDays).toBe(0);
    expect(presetOf('seed-basic-redis').design.tags).toEqual({ Environment: 'production' });
  });

  it('seed-basic-memcached: two cache.t3.micro nodes on port 11211', () => {
    const cache = onlyCache(presetOf('seed-basic-memcached').design);
    if (cache.kind !== 'memcached') throw new Error('not memcached');
    expect(cache.id).toBe('memcached-cluster');
    expect(cache.nodeType).toBe('cache.t3.micro');
    expect(cache.nodeCount).toBe(2);
    expect(cache.port).toBe(11211);
    expect(parameterFamily('memcached', cache.engineVersion)).toBe('memcached1.6');
  });

  it('seed-redis-backup: 5 days of backups 03:00-05:00, maintenance sun:05:00-sun:07:00', () => {
    const cache = replicationGroupOf('seed-redis-backup');
    expect(cache.id).toBe('redis-backup-cluster');
    expect(cache.backups.retentionDays).toBe(5);
    expect(cache.backups.window).toBe('03:00-05:00');
    expect(cache.maintenance.window).toBe('sun:05:00-sun:07:00');
  });

  it('seed-redis-encrypted, seed-production, seed-ecommerce, seed-secure: encryption on with an AUTH token', () => {
    for (const id of ['seed-redis-encrypted', 'seed-production', 'seed-ecommerce', 'seed-secure']) {
      const cache = replicationGroupOf(id);
      expect(cache.atRestEncryption.enabled, id).toBe(true);
      expect(cache.transitEncryption.enabled, id).toBe(true);
      expect(cache.auth.mode, id).toBe('token');
      expect(presetOf(id).notes, id).toContain('Added: an AUTH token');
    }
    for (const id of ['seed-production', 'seed-ecommerce']) {
      const cache = replicationGroupOf(id);
      expect(cache.backups.retentionDays, id).toBe(7);
      expect(cache.nodeType, id).toBe('cache.t3.small');
      expect(cache.replicasPerShard + 1, id).toBe(3);
    }
    expect(replicationGroupOf('seed-secure').id).toBe('secure-redis-cluster');
  });

  it('seed-global-datastore: a secondary in us-west-2 and a node type a global datastore accepts', () => {
    const { design } = presetOf('seed-global-datastore');
    const cache = replicationGroupOf('seed-global-datastore');
    expect(design.region).toBe('us-east-1');
    expect(cache.globalDatastore.enabled).toBe(true);
    expect(cache.globalDatastore.secondaries.map((secondary) => secondary.region)).toContain('us-west-2');
    const family = findNodeType(cache.nodeType)?.family;
    expect(family).toBeDefined();
    expect(BURSTABLE_FAMILIES.has(family!)).toBe(false);
    expect(cache.nodeType).not.toMatch(/^cache\.t/);
  });

  it('seed-advanced: slow log as text to CloudWatch Logs kept 30 days, 3 cache.t3.small nodes', () => {
    const cache = replicationGroupOf('seed-advanced');
    expect(cache.nodeType).toBe('cache.t3.small');
    expect(cache.replicasPerShard + 1).toBe(3);
    expect(cache.backups.retentionDays).toBe(7);
    expect(cache.atRestEncryption.enabled && cache.transitEncryption.enabled).toBe(true);
    expect(cache.logs.slowLog).toMatchObject({
      enabled: true,
      destination: 'cloudwatch-logs',
      format: 'text',
      retentionDays: 30,
    });
  });

  it('seed-simple and seed-cost-optimized: one node, no failover, no Multi-AZ', () => {
    for (const id of ['seed-simple', 'seed-cost-optimized']) {
      const cache = replicationGroupOf(id);
      expect(cache.nodeType, id).toBe('cache.t3.micro');
      expect(cache.replicasPerShard, id).toBe(0);
      expect(cache.automaticFailover, id).toBe(false);
      expect(cache.multiAz, id).toBe(false);
    }
  });

  it("seed-multi-environment: dev, staging and prod with the example's sizes", () => {
    const { design } = presetOf('seed-multi-environment');
    const cache = replicationGroupOf('seed-multi-environment');
    expect(cache.id).toBe('redis-cluster');
    expect(design.environments.map((environment) => environment.name)).toEqual(['dev', 'staging', 'prod']);
    const overrides = Object.fromEntries(
      design.environments.map((environment) => [environment.name, environment.overrides[cache.id]]),
    );
    expect(overrides).toEqual({
      dev: { nodeType: 'cache.t3.micro', replicasPerShard: 0, multiAz: false, automaticFailover: false },
      staging: { nodeType: 'cache.t3.small', replicasPerShard: 1, multiAz: true, automaticFailover: true },
      prod: { nodeType: 'cache.t3.medium', replicasPerShard: 2, multiAz: true, automaticFailover: true },
    });
  });

  it('seed-monitoring: slow log to a 30-day log group, CPU 80% and memory 85% alarms over 2 periods', () => {
    const cache = replicationGroupOf('seed-monitoring');
    expect(cache.nodeType).toBe('cache.t3.micro');
    expect(cache.replicasPerShard + 1).toBe(2);
    expect(cache.engineVersion).toBe('7.0');
    expect(cache.logs.slowLog).toMatchObject({
      enabled: true,
      destination: 'cloudwatch-logs',
      retentionDays: 30,
    });
    expect(cache.alarms).toMatchObject({
      enabled: true,
      cpuPercent: 80,
      memoryPercent: 85,
      evaluationPeriods: 2,
    });
    expect(presetOf('seed-monitoring').notes).toMatch(/metric filter was dropped/);
    // Only the two alarms of the example: no connection or replication lag alarm is added.
    expect(cache.alarms).toMatchObject({ evictions: 0, connections: 0, replicationLagSeconds: 0 });
    expect(presetOf('seed-monitoring').notes).toMatch(/EngineCPUUtilization.*host CPUUtilization alarm/);
  });

  it('seed-microservices: one cache stamped for the 4 services', () => {
    const cache = replicationGroupOf('seed-microservices');
    expect(cache.id).toBe('redis-cluster');
    expect(cache.instances).toEqual(['user-service', 'product-service', 'order-service', 'payment-service']);
  });

  it('every Redis guide preset keeps engine redis 7.0', () => {
    for (const preset of PRESETS.filter((candidate) => candidate.fromGuide)) {
      for (const cache of preset.design.caches) {
        if (cache.kind !== 'replication-group') continue;
        expect(cache.engine, preset.id).toBe('redis');
        expect(cache.engineVersion, preset.id).toBe('7.0');
      }
    }
  });

  it.each(CORRECTED_IDS)('%s says what it corrected', (id) => {
    expect(presetOf(id).notes).toContain('Corrected');
  });

  it("names the guide's network mistake where the example used aws_vpc.main / aws_subnet.private", () => {
    for (const id of ['seed-basic-redis', 'seed-basic-memcached', 'seed-secure'])
      expect(presetOf(id).notes, id).toContain('aws_vpc.main');
  });
});

/** What each guide example writes, literally: its names, description, tags and windows. */
interface GuideExample {
  /** `replication_group_id` / `cluster_id` (the microservices' `${each.value}-` part is the instances). */
  id: string;
  /** The cache's `description` (Memcached clusters have none). */
  description: string;
  /** The cache's `Name` tag; undefined where the example names it after its ID (the configurable one). */
  nameTag: string | undefined;
  /** Tags besides Name: Environment, Project. */
  tags: Record<string, string>;
  subnetGroup?: string;
  parameterGroup?: string;
  securityGroupPrefix?: string;
  /** `snapshot_window` / `maintenance_window` when the example sets them. */
  snapshotWindow?: string;
  maintenanceWindow?: string;
  retentionDays: number;
}

const SHARED = {
  subnetGroup: 'redis-subnet-group',
  parameterGroup: 'redis-parameter-group',
  securityGroupPrefix: 'redis-',
} as const;
const PRODUCTION = { Environment: 'production' };
const WINDOWS = { snapshotWindow: '03:00-05:00', maintenanceWindow: 'sun:05:00-sun:07:00' } as const;

const GUIDE: Record<string, GuideExample> = {
  'seed-basic-redis': {
    id: 'redis-cluster',
    description: 'Redis cluster for caching',
    nameTag: 'Redis Cluster',
    tags: PRODUCTION,
    ...SHARED,
    retentionDays: 0,
  },
  'seed-basic-memcached': {
    id: 'memcached-cluster',
    description: '',
    nameTag: 'Memcached Cluster',
    tags: PRODUCTION,
    subnetGroup: 'memcached-subnet-group',
    parameterGroup: 'memcached-parameter-group',
    securityGroupPrefix: 'memcached-',
    retentionDays: 0,
  },
  'seed-redis-backup': {
    id: 'redis-backup-cluster',
    description: 'Redis cluster with backup',
    nameTag: 'Redis Backup Cluster',
    tags: PRODUCTION,
    ...SHARED,
    ...WINDOWS,
    retentionDays: 5,
  },
  'seed-redis-encrypted': {
    id: 'redis-encrypted-cluster',
    description: 'Redis cluster with encryption',
    nameTag: 'Redis Encrypted Cluster',
    tags: PRODUCTION,
    ...SHARED,
    retentionDays: 0,
  },
  'seed-global-datastore': {
    id: 'redis-primary-cluster',
    description: 'Primary Redis cluster',
    nameTag: 'Redis Primary Cluster',
    tags: PRODUCTION,
    ...SHARED,
    retentionDays: 0,
  },
  'seed-configurable': {
    id: 'redis-cluster',
    description: 'Configurable Redis cluster',
    nameTag: undefined,
    tags: { ManagedBy: 'terraform' },
    ...WINDOWS,
    retentionDays: 7,
  },
  'seed-advanced': {
    id: 'advanced-redis-cluster',
    description: 'Advanced Redis cluster with comprehensive configuration',
    nameTag: 'Advanced Redis Cluster',
    tags: PRODUCTION,
    ...SHARED,
    ...WINDOWS,
    retentionDays: 7,
  },
  'seed-simple': {
    id: 'simple-redis-cluster',
    description: 'Simple Redis cluster',
    nameTag: 'Simple Redis Cluster',
    tags: {},
    retentionDays: 0,
  },
  'seed-production': {
    id: 'production-redis-cluster',
    description: 'Production Redis cluster',
    nameTag: 'Production Redis Cluster',
    tags: { ...PRODUCTION, Project: 'web-app' },
    ...SHARED,
    ...WINDOWS,
    retentionDays: 7,
  },
  'seed-multi-environment': {
    id: 'redis-cluster',
    description: 'Redis cluster',
    nameTag: undefined,
    tags: { Project: 'multi-env-app' },
    ...SHARED,
    retentionDays: 0,
  },
  'seed-monitoring': {
    id: 'redis-cluster',
    description: 'Redis cluster for caching',
    nameTag: 'Redis Cluster',
    tags: PRODUCTION,
    ...SHARED,
    retentionDays: 0,
  },
  'seed-secure': {
    id: 'secure-redis-cluster',
    description: 'Secure Redis cluster with encryption',
    nameTag: 'Secure Redis Cluster',
    tags: PRODUCTION,
    subnetGroup: 'secure-elasticache-subnet-group',
    parameterGroup: 'redis-parameter-group',
    securityGroupPrefix: 'elasticache-secure-',
    retentionDays: 0,
  },
  'seed-cost-optimized': {
    id: 'cost-optimized-redis-cluster',
    description: 'Cost-optimized Redis cluster',
    nameTag: 'Cost Optimized Redis Cluster',
    tags: PRODUCTION,
    ...SHARED,
    retentionDays: 0,
  },
  'seed-backup-optimized': {
    id: 'backup-optimized-redis-cluster',
    description: 'Redis cluster with optimized backup',
    nameTag: 'Backup Optimized Redis Cluster',
    tags: PRODUCTION,
    ...SHARED,
    ...WINDOWS,
    retentionDays: 3,
  },
  'seed-debug-cluster': {
    id: 'debug-redis-cluster',
    description: 'Debug Redis cluster',
    nameTag: 'Debug Redis Cluster',
    tags: PRODUCTION,
    retentionDays: 0,
  },
  'seed-debug-backup': {
    id: 'debug-backup-redis-cluster',
    description: 'Debug Redis cluster with backup',
    nameTag: 'Debug Backup Redis Cluster',
    tags: PRODUCTION,
    snapshotWindow: '03:00-05:00',
    retentionDays: 1,
  },
  'seed-ecommerce': {
    id: 'ecommerce-redis-cluster',
    description: 'E-commerce Redis cluster',
    nameTag: 'E-commerce Redis Cluster',
    tags: { ...PRODUCTION, Project: 'ecommerce' },
    ...SHARED,
    ...WINDOWS,
    retentionDays: 7,
  },
  'seed-microservices': {
    id: 'redis-cluster',
    description: 'Microservices Redis cluster',
    nameTag: undefined,
    tags: { ...PRODUCTION, Project: 'microservices' },
    ...SHARED,
    retentionDays: 0,
  },
};

describe("guide presets keep the examples' names, tags and descriptions", () => {
  it('has an entry here for every guide preset', () => {
    expect(Object.keys(GUIDE).sort()).toEqual([...SEED_IDS].sort());
  });

  it.each(SEED_IDS)('%s', (id) => {
    const example = GUIDE[id]!;
    const { design } = presetOf(id);
    const cache = onlyCache(design);
    expect(cache.id).toBe(example.id);
    expect(cache.description).toBe(example.description);
    expect(cache.tags.Name).toBe(example.nameTag);
    // Environment-specific tags of the multi-environment example live on the environments.
    expect(design.tags).toEqual(example.tags);
    expect(design.subnetGroupName).toBe(example.subnetGroup);
    expect(design.securityGroupNamePrefix).toBe(example.securityGroupPrefix);
    if (cache.kind === 'serverless') throw new Error('no guide example is serverless');
    expect(cache.parameterGroup.mode === 'custom' ? cache.parameterGroup.name : undefined).toBe(
      example.parameterGroup,
    );
    if (cache.kind === 'replication-group') {
      expect(cache.backups.retentionDays).toBe(example.retentionDays);
      if (example.snapshotWindow) expect(cache.backups.window).toBe(example.snapshotWindow);
      if (example.maintenanceWindow) expect(cache.maintenance.window).toBe(example.maintenanceWindow);
    }
  });

  it("seed-global-datastore: the secondary keeps the guide's ID, description and Name tag", () => {
    const [secondary] = replicationGroupOf('seed-global-datastore').globalDatastore.secondaries;
    expect(secondary).toMatchObject({
      region: 'us-west-2',
      replicationGroupId: 'redis-secondary-cluster',
      description: 'Secondary Redis cluster',
      tags: { Name: 'Redis Secondary Cluster' },
    });
  });

  it('seed-microservices: each service is tagged Service = its name', () => {
    expect(replicationGroupOf('seed-microservices').instanceTagKey).toBe('Service');
  });

  it('seed-configurable: engine version, port, encryption and windows are variables', () => {
    expect(replicationGroupOf('seed-configurable').settingsAsVariables).toBe(true);
  });
});

describe('guide presets list each addition in their notes', () => {
  const guidePresets = PRESETS.filter((preset) => preset.fromGuide);

  it('a final snapshot the example did not take', () => {
    for (const preset of guidePresets)
      for (const cache of preset.design.caches)
        if (cache.kind === 'replication-group' && cache.backups.finalSnapshot)
          expect(preset.notes, preset.id).toMatch(/Added: a final snapshot/);
  });

  it('an AUTH token the example did not set', () => {
    for (const preset of guidePresets)
      for (const cache of preset.design.caches)
        if (cache.kind === 'replication-group' && cache.auth.mode !== 'none')
          expect(preset.notes, preset.id).toMatch(/Added: an AUTH token/);
  });

  it('windows where the example set none', () => {
    for (const [id, example] of Object.entries(GUIDE)) {
      const notes = presetOf(id).notes;
      const backups = onlyCache(presetOf(id).design).kind === 'replication-group';
      if (backups && !example.snapshotWindow) expect(notes, id).toMatch(/the backup window 03:00-05:00 UTC/);
      if (!example.maintenanceWindow && id !== 'seed-configurable')
        expect(notes, id).toMatch(/the maintenance window sun:05:00-sun:07:00/);
    }
  });

  it('alarms, an SNS topic and log delivery the example did not have', () => {
    for (const preset of guidePresets)
      for (const cache of preset.design.caches) {
        if (cache.kind === 'serverless') continue;
        if (cache.alarms.enabled) expect(preset.notes, preset.id).toMatch(/host CPUUtilization alarm/);
        if (preset.design.notifications.topic === 'create')
          expect(preset.notes, preset.id).toMatch(/an SNS topic for the alarms/);
      }
  });

  it('the engine version pinned where the example set none', () => {
    expect(presetOf('seed-basic-memcached').notes).toMatch(/Added: engine version 1\.6\.22/);
  });
});

describe('our own presets', () => {
  it('dev-cache: one cheap Valkey node without failover', () => {
    const cache = replicationGroupOf('dev-cache');
    expect(cache.engine).toBe('valkey');
    expect(cache.nodeType).toBe('cache.t4g.micro');
    expect(cache.replicasPerShard).toBe(0);
    expect(cache.automaticFailover).toBe(false);
    expect(cache.multiAz).toBe(false);
  });

  it('ha-valkey: 3 shards x 2 replicas on r7g.large with RBAC, logs and alarms', () => {
    const cache = replicationGroupOf('ha-valkey');
    expect(cache).toMatchObject({
      engine: 'valkey',
      nodeType: 'cache.r7g.large',
      clusterMode: 'enabled',
      shards: 3,
      replicasPerShard: 2,
      multiAz: true,
      automaticFailover: true,
    });
    expect(cache.auth.mode).toBe('rbac');
    expect(cache.logs.slowLog.enabled && cache.logs.slowLog.destination === 'cloudwatch-logs').toBe(true);
    expect(cache.alarms.enabled).toBe(true);
  });

  it('serverless-valkey: Valkey 8 with ECPU and storage limits', () => {
    const cache = onlyCache(presetOf('serverless-valkey').design);
    if (cache.kind !== 'serverless') throw new Error('not serverless');
    expect(cache.engine).toBe('valkey');
    expect(cache.majorVersion).toBe('8');
    expect(cache.limits.ecpuPerSecondMax).toBeDefined();
    expect(cache.limits.dataStorageMaxGb).toBeDefined();
  });

  it('global-valkey: primary in us-east-1, secondaries in us-west-2 and eu-west-1', () => {
    const { design } = presetOf('global-valkey');
    const cache = replicationGroupOf('global-valkey');
    expect(design.region).toBe('us-east-1');
    expect(cache).toMatchObject({ engine: 'valkey', engineVersion: '8.0', nodeType: 'cache.r7g.large' });
    expect(cache.globalDatastore.secondaries.map((secondary) => secondary.region)).toEqual([
      'us-west-2',
      'eu-west-1',
    ]);
  });
});
