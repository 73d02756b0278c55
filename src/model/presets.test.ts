import { describe, expect, it } from 'vitest';
import { BURSTABLE_FAMILIES, findNodeType, parameterFamily } from './catalog';
import { designSchema, type Cache, type Design, type ReplicationGroup } from './design';
import { PRESETS, findPreset, type Preset } from './presets';
import { checkDesign, errorsOf } from './rules';
import { SEED_IDS } from '@/testing/seed-ids';

/** Guide presets whose example had a mistake the preset corrects. */
const CORRECTED_IDS = SEED_IDS.filter((id) => id !== 'seed-simple' && id !== 'seed-configurable');

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
      expect(presetOf(id).description, id).toContain('Added: an AUTH token');
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
    expect(presetOf('seed-monitoring').description).toMatch(/metric filter was dropped/);
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
    expect(presetOf(id).description).toContain('Corrected');
  });

  it("names the guide's network mistake where the example used aws_vpc.main / aws_subnet.private", () => {
    for (const id of ['seed-basic-redis', 'seed-basic-memcached', 'seed-secure'])
      expect(presetOf(id).description, id).toContain('aws_vpc.main');
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
