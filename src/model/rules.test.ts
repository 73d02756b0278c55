import { describe, expect, it } from 'vitest';
import { existingNetwork } from '@/testing/existing-network';
import { compareVersions, parameterFamily } from './catalog';
import { CACHE_RULES } from './rule-cache';
import { cacheRule, type CacheRule } from './rule-kit';
import { defineDesign } from './defaults';
import { SCHEMA_VERSION, type Design, type DesignInput } from './design';
import { PRESETS } from './presets';
import {
  RULES,
  checkDesign,
  errorsOf,
  matchesPattern,
  ruleById,
  schemaFindings,
  sortFindings,
  validateDesign,
  windowsOverlap,
  type Finding,
} from './rules';

type CacheInput = NonNullable<DesignInput['caches']>[number];
type DesignExtras = Partial<Omit<DesignInput, 'caches' | 'schemaVersion'>>;

/** The rule IDs of a one-cache design's errors (warnings left out). */
function errorsFor(cache: CacheInput, design: DesignExtras = {}): string[] {
  const findings = checkDesign(defineDesign({ name: 'rules', ...design, caches: [cache] }));
  return errorsOf(findings).map((finding) => finding.ruleId);
}
/** The rule IDs of a one-cache design's warnings. */
function warningsFor(cache: CacheInput, design: DesignExtras = {}): string[] {
  return checkDesign(defineDesign({ name: 'rules', ...design, caches: [cache] }))
    .filter((finding) => finding.severity === 'warning')
    .map((finding) => finding.ruleId);
}
/** Rule IDs of schema issues and rule errors for raw input (the schema is not applied first). */
function rejectionsOf(cache: CacheInput, design: DesignExtras = {}): string[] {
  const input = { schemaVersion: SCHEMA_VERSION, name: 'rules', ...design, caches: [cache] };
  return errorsOf(validateDesign(input).findings).map((finding) => finding.ruleId);
}
const rg = (fields: Partial<Extract<CacheInput, { kind: 'replication-group' }>> = {}): CacheInput => ({
  kind: 'replication-group',
  id: 'app',
  ...fields,
});
const memcached = (fields: Partial<Extract<CacheInput, { kind: 'memcached' }>> = {}): CacheInput => ({
  kind: 'memcached',
  id: 'mc',
  ...fields,
});
const serverless = (fields: Partial<Extract<CacheInput, { kind: 'serverless' }>> = {}): CacheInput => ({
  kind: 'serverless',
  id: 'sl',
  ...fields,
});
const PRODUCTION = { tags: { Environment: 'production' } };

describe('AWS names the user chooses', () => {
  it('refuses a secondary ID another replication group of the bundle has', () => {
    const global = (replicationGroupId: string) =>
      rg({
        id: 'orders',
        nodeType: 'cache.r7g.large',
        globalDatastore: { enabled: true, secondaries: [{ region: 'us-west-2', replicationGroupId }] },
      });
    expect(errorsFor(global('orders'))).toContain('unique-replication-group-ids');
    expect(errorsFor(global('orders-west'))).not.toContain('unique-replication-group-ids');
  });

  it('refuses two caches creating parameter groups of one name, derived or chosen', () => {
    const custom = (id: string, name?: string): CacheInput => ({
      kind: 'replication-group',
      id,
      parameterGroup: { mode: 'custom', parameters: [], ...(name ? { name } : {}) },
    });
    const idsOf = (caches: CacheInput[]) =>
      errorsOf(checkDesign(defineDesign({ name: 'rules', caches }))).map((finding) => finding.ruleId);
    expect(idsOf([custom('a', 'shared'), custom('b', 'shared')])).toContain('unique-parameter-group-names');
    expect(idsOf([custom('a', 'b-params'), custom('b')])).toContain('unique-parameter-group-names');
    expect(idsOf([custom('a', 'shared'), custom('b')])).not.toContain('unique-parameter-group-names');
  });

  it('checks the names against AWS naming rules', () => {
    const parse = (design: DesignExtras) =>
      validateDesign({ schemaVersion: SCHEMA_VERSION, name: 'rules', ...design }).findings.length;
    expect(parse({ subnetGroupName: 'redis-subnet-group', securityGroupNamePrefix: 'redis-' })).toBe(0);
    expect(parse({ subnetGroupName: 'Redis_Group' })).toBeGreaterThan(0);
    expect(parse({ subnetGroupName: 'default' })).toBeGreaterThan(0);
    expect(parse({ securityGroupNamePrefix: 'sg-cache' })).toBeGreaterThan(0);
  });
});

describe('rules at their boundaries', () => {
  it('accepts the secure default design', () => {
    expect(errorsFor(rg())).toEqual([]);
    expect(errorsFor(memcached())).toEqual([]);
    expect(errorsFor(serverless())).toEqual([]);
  });

  it('engine versions: no Redis OSS 7.2 or 8.x, Valkey from 7.2, Memcached x.y.z', () => {
    expect(errorsFor(rg({ engine: 'redis', engineVersion: '7.1', nodeType: 'cache.r7g.large' }))).toEqual([]);
    expect(errorsFor(rg({ engine: 'redis', engineVersion: '7.2' }))).toContain('engine-version-known');
    expect(errorsFor(rg({ engine: 'redis', engineVersion: '8.0' }))).toContain('engine-version-known');
    expect(errorsFor(rg({ engine: 'valkey', engineVersion: '7.2' }))).toEqual([]);
    expect(errorsFor(rg({ engine: 'valkey', engineVersion: '7.1' }))).toContain('engine-version-known');
    expect(errorsFor(rg({ engine: 'valkey', engineVersion: '7.x' }))).toContain('engine-version-known');
    expect(errorsFor(rg({ engine: 'redis', engineVersion: '5.0.6', nodeType: 'cache.m5.large' }))).toEqual(
      [],
    );
    expect(errorsFor(rg({ engine: 'redis', engineVersion: '5.0', nodeType: 'cache.m5.large' }))).toContain(
      'engine-version-known',
    );
    expect(errorsFor(memcached({ engineVersion: '1.6.17' }))).toEqual([]);
    expect(errorsFor(memcached({ engineVersion: '1.6' }))).toContain('engine-version-known');
  });

  it('parameter families follow the engine version: redis7 (never redis7.x), redis6.x, valkey7/8', () => {
    expect(parameterFamily('redis', '7.0')).toBe('redis7');
    expect(parameterFamily('redis', '6.2')).toBe('redis6.x');
    expect(parameterFamily('valkey', '7.2')).toBe('valkey7');
    expect(parameterFamily('valkey', '8.1')).toBe('valkey8');
    expect(parameterFamily('memcached', '1.6.12')).toBe('memcached1.6');
    expect(parameterFamily('redis', '7.2')).toBeUndefined();
    expect(parameterFamily('redis', '6.x')).toBe('redis6.x');
  });

  it('Redis OSS 6.x (the minor left to AWS, which creates the newest 6) is accepted, 7.x is not', () => {
    expect(errorsFor(rg({ engine: 'redis', engineVersion: '6.x', nodeType: 'cache.r7g.large' }))).toEqual([]);
    expect(errorsFor(rg({ engine: 'redis', engineVersion: '7.x' }))).toContain('engine-version-known');
    expect(errorsFor(rg({ engine: 'valkey', engineVersion: '6.x' }))).toContain('engine-version-known');
    expect(compareVersions('6.x', '6.2')).toBeGreaterThan(0);
    expect(compareVersions('6.x', '7.0')).toBeLessThan(0);
    expect(compareVersions('6.x', '6.x')).toBe(0);
  });

  it('a rule that throws on a valid design fails loudly; on malformed input the schema speaks instead', () => {
    const buggy = cacheRule({
      id: 'buggy',
      severity: 'error',
      source: { kind: 'aws-api', reference: 'test' },
      why: 'A rule with a bug.',
      fields: ['caches.*.id'],
      kinds: ['replication-group'],
      check: () => {
        throw new TypeError('bug in a rule');
      },
    });
    const rules = CACHE_RULES as CacheRule[];
    rules.push(buggy);
    try {
      const valid = defineDesign({ name: 'rules', caches: [rg()] });
      expect(() => checkDesign(valid)).toThrow('bug in a rule');
      expect(() => validateDesign(valid)).toThrow('bug in a rule');
      const malformed = { ...valid, caches: [{ ...valid.caches[0], shards: 'many' }] };
      expect(validateDesign(malformed).findings.some((finding) => finding.ruleId !== 'buggy')).toBe(true);
    } finally {
      rules.pop();
    }
  });

  it('node types: known, engine-capable, no T2, Graviton minimums', () => {
    expect(errorsFor(rg({ nodeType: 'cache.t3.micro' }))).toEqual([]);
    expect(errorsFor(rg({ nodeType: 'cache.t2.micro' }))).toContain('node-type-retired');
    expect(errorsFor(rg({ nodeType: 'cache.x9.large' }))).toContain('node-type-known');
    expect(errorsFor(memcached({ nodeType: 'cache.r6gd.xlarge' }))).toContain('node-type-known');
    expect(errorsFor(rg({ engine: 'redis', engineVersion: '6.2', nodeType: 'cache.r7g.large' }))).toEqual([]);
    expect(errorsFor(rg({ engine: 'redis', engineVersion: '6.0', nodeType: 'cache.r7g.large' }))).toContain(
      'graviton-min-version',
    );
    expect(
      errorsFor(
        memcached({
          engineVersion: '1.5.16',
          nodeType: 'cache.t4g.small',
          transitEncryption: { enabled: false },
        }),
      ),
    ).toEqual([]);
    expect(
      errorsFor(
        memcached({
          engineVersion: '1.5.10',
          nodeType: 'cache.t4g.small',
          transitEncryption: { enabled: false },
        }),
      ),
    ).toContain('graviton-min-version');
  });

  it('IDs: 40 characters for replication groups, 50 for Memcached, letters first, no "--" or trailing "-"', () => {
    expect(rejectionsOf(rg({ id: 'a'.repeat(40) }))).toEqual([]);
    expect(rejectionsOf(rg({ id: 'a'.repeat(41) }))).toEqual(['cache-id-format']);
    expect(rejectionsOf(memcached({ id: 'a'.repeat(50) }))).toEqual([]);
    expect(rejectionsOf(memcached({ id: 'a'.repeat(51) }))).toEqual(['cache-id-format']);
    for (const id of ['1app', 'ab--cd', 'abc-', 'ab_cd', 'App'])
      expect(rejectionsOf(rg({ id })), id).toContain('cache-id-format');
    expect(rejectionsOf(serverless({ id: 'a'.repeat(41) }))).toEqual(['serverless-name-format']);
  });

  it('IDs with environment, instance and region parts stay within the limits', () => {
    const id = 'a'.repeat(35);
    expect(errorsFor(rg({ id }))).toEqual([]);
    expect(errorsFor(rg({ id }), { environments: [{ name: 'staging' }] })).toContain('cache-id-length');
    expect(errorsFor(rg({ id: 'a'.repeat(36), instances: ['abc'] }))).toEqual([]);
    expect(errorsFor(rg({ id: 'a'.repeat(37), instances: ['abc'] }))).toContain('cache-id-length');
    expect(errorsFor(memcached({ id: 'a'.repeat(46) }), { environments: [{ name: 'dev' }] })).toEqual([]);
    expect(errorsFor(memcached({ id: 'a'.repeat(47) }), { environments: [{ name: 'dev' }] })).toContain(
      'cache-id-length',
    );
    expect(errorsFor(serverless({ id: 'a'.repeat(36) }), { environments: [{ name: 'dev' }] })).toEqual([]);
    expect(errorsFor(serverless({ id: 'a'.repeat(37) }), { environments: [{ name: 'dev' }] })).toContain(
      'serverless-name-length',
    );
    // A secondary is `<id>-<region>`: 30 + "-us-west-2" = 40 fits, 31 does not.
    const global = (length: number) =>
      rg({
        id: 'a'.repeat(length),
        globalDatastore: { enabled: true, secondaries: [{ region: 'us-west-2' }] },
      });
    expect(errorsFor(global(30))).toEqual([]);
    expect(errorsFor(global(31))).toContain('cache-id-length');
  });

  it('global datastore suffix: 34 characters with the region prefix, ID characters only', () => {
    const global = (suffix: string) =>
      rg({ globalDatastore: { enabled: true, suffix, secondaries: [{ region: 'us-west-2' }] } });
    expect(errorsFor(global('a'.repeat(34)))).toEqual([]);
    expect(errorsFor(global('a'.repeat(35)))).toContain('global-suffix');
    expect(errorsFor(global('ab--c'))).toContain('global-suffix');
    expect(errorsFor(global('abc-'))).toContain('global-suffix');
  });

  it('failover: Multi-AZ needs it, it needs a replica, cluster mode needs it, Multi-AZ needs a replica per shard', () => {
    expect(errorsFor(rg({ multiAz: true, automaticFailover: true, replicasPerShard: 1 }))).toEqual([]);
    expect(errorsFor(rg({ multiAz: true, automaticFailover: false }))).toContain('multi-az-needs-failover');
    expect(errorsFor(rg({ multiAz: false, automaticFailover: true, replicasPerShard: 0 }))).toContain(
      'failover-needs-replica',
    );
    expect(errorsFor(rg({ multiAz: false, automaticFailover: false, replicasPerShard: 0 }))).toEqual([]);
    expect(errorsFor(rg({ clusterMode: 'enabled', multiAz: false, automaticFailover: false }))).toContain(
      'cluster-mode-needs-failover',
    );
    expect(
      errorsFor(rg({ clusterMode: 'enabled', multiAz: false, automaticFailover: true, replicasPerShard: 0 })),
    ).toEqual([]);
    expect(errorsFor(rg({ clusterMode: 'enabled', multiAz: true, replicasPerShard: 0 }))).toContain(
      'multi-az-needs-replica',
    );
  });

  it('topology limits: replicas 0–5, shards 1–500, 500 nodes, Memcached nodes 1–40', () => {
    expect(rejectionsOf(rg({ replicasPerShard: 5 }))).toEqual([]);
    expect(rejectionsOf(rg({ replicasPerShard: 6 }))).toEqual(['replicas-range']);
    expect(rejectionsOf(rg({ multiAz: false, automaticFailover: false, replicasPerShard: 0 }))).toEqual([]);
    expect(rejectionsOf(rg({ replicasPerShard: -1 }))).toContain('replicas-range');
    expect(rejectionsOf(rg({ clusterMode: 'enabled', shards: 250, replicasPerShard: 1 }))).toEqual([]);
    expect(rejectionsOf(rg({ clusterMode: 'enabled', shards: 251, replicasPerShard: 1 }))).toContain(
      'cluster-node-quota',
    );
    expect(
      rejectionsOf(rg({ clusterMode: 'enabled', shards: 500, replicasPerShard: 0, multiAz: false })),
    ).toEqual([]);
    expect(
      rejectionsOf(rg({ clusterMode: 'enabled', shards: 501, replicasPerShard: 0, multiAz: false })),
    ).toContain('shards-range');
    expect(rejectionsOf(rg({ clusterMode: 'enabled', shards: 0 }))).toContain('shards-range');
    expect(rejectionsOf(memcached({ nodeCount: 40 }))).toEqual([]);
    expect(rejectionsOf(memcached({ nodeCount: 41 }))).toEqual(['memcached-node-count-range']);
    expect(rejectionsOf(memcached({ nodeCount: 0 }))).toContain('memcached-node-count-range');
  });

  it('cross-AZ placement needs 2 nodes; AZ lists name one zone per node, in the design’s subnets', () => {
    expect(errorsFor(memcached({ nodeCount: 2, azMode: 'cross-az' }))).toEqual([]);
    expect(errorsFor(memcached({ nodeCount: 1, azMode: 'cross-az' }))).toContain('memcached-cross-az-nodes');
    expect(errorsFor(memcached({ nodeCount: 1, azMode: 'single-az' }))).toEqual([]);
    expect(errorsFor(rg({ replicasPerShard: 1, preferredAzs: ['us-east-1a', 'us-east-1b'] }))).toEqual([]);
    expect(errorsFor(rg({ replicasPerShard: 1, preferredAzs: ['us-east-1a'] }))).toContain(
      'preferred-azs-count',
    );
    expect(errorsFor(rg({ replicasPerShard: 1, preferredAzs: ['us-east-1a', 'us-east-1f'] }))).toContain(
      'preferred-azs-count',
    );
    expect(errorsFor(rg({ replicasPerShard: 1, preferredAzs: ['us-east-1a', 'eu-west-1a'] }))).toContain(
      'preferred-azs-count',
    );
  });

  it('data tiering: only and always on r6gd, Redis OSS 6.2+', () => {
    expect(errorsFor(rg({ nodeType: 'cache.r6gd.xlarge', dataTiering: true }))).toEqual([]);
    expect(errorsFor(rg({ nodeType: 'cache.r6gd.xlarge', dataTiering: false }))).toContain(
      'data-tiering-node-type',
    );
    expect(errorsFor(rg({ nodeType: 'cache.r7g.large', dataTiering: true }))).toContain(
      'data-tiering-node-type',
    );
    expect(
      errorsFor(
        rg({ engine: 'redis', engineVersion: '6.2', nodeType: 'cache.r6gd.xlarge', dataTiering: true }),
      ),
    ).toEqual([]);
    expect(
      errorsFor(
        rg({ engine: 'redis', engineVersion: '6.0', nodeType: 'cache.r6gd.xlarge', dataTiering: true }),
      ),
    ).toContain('data-tiering-node-type');
  });

  it('auth: a token or RBAC needs encryption in transit; RBAC needs a default user, Redis OSS 6.0+, IAM 7.0+', () => {
    expect(errorsFor(rg({ auth: { mode: 'token' }, transitEncryption: { enabled: false } }))).toContain(
      'auth-needs-tls',
    );
    expect(errorsFor(rg({ auth: { mode: 'none' }, transitEncryption: { enabled: false } }))).toEqual([]);
    const users = [{ userId: 'app', userName: 'app', accessString: 'on ~* +@all' }];
    const withDefault = [...users, { userId: 'd', userName: 'default', accessString: 'off -@all' }];
    expect(errorsFor(rg({ auth: { mode: 'rbac', users } }))).toContain('rbac-users');
    expect(errorsFor(rg({ auth: { mode: 'rbac', users: withDefault } }))).toEqual([]);
    expect(
      errorsFor(
        rg({
          auth: {
            mode: 'rbac',
            users: [...withDefault, { userId: 'App', userName: 'x', accessString: 'on' }],
          },
        }),
      ),
    ).toContain('rbac-users');
    const redis = (engineVersion: string, authentication: 'password' | 'iam') =>
      rg({
        engine: 'redis',
        engineVersion,
        nodeType: 'cache.m5.large',
        auth: {
          mode: 'rbac',
          users: [...withDefault, { userId: 'svc', userName: 'svc', accessString: 'on', authentication }],
        },
      });
    expect(errorsFor(redis('6.0', 'password'))).toEqual([]);
    expect(errorsFor(redis('5.0.6', 'password'))).toContain('rbac-engine-version');
    expect(errorsFor(redis('7.0', 'iam'))).toEqual([]);
    expect(errorsFor(redis('6.2', 'iam'))).toContain('rbac-iam-version');
  });

  it('windows: the schema checks the format; at least 60 minutes, maintenance at most 24 hours, no overlap', () => {
    expect(rejectionsOf(rg({ backups: { window: '5:00-6:00' } }))).toEqual(['window-format']);
    expect(rejectionsOf(rg({ maintenance: { window: 'sunday:05:00-sunday:06:00' } }))).toEqual([
      'window-format',
    ]);
    expect(errorsFor(rg({ backups: { window: '03:00-04:00' } }))).toEqual([]);
    expect(errorsFor(rg({ backups: { window: '03:00-03:59' } }))).toContain('window-length');
    expect(errorsFor(rg({ maintenance: { window: 'sun:05:00-sun:06:00' } }))).toEqual([]);
    expect(errorsFor(rg({ maintenance: { window: 'sun:05:00-sun:05:59' } }))).toContain('window-length');
    const noBackups = { retentionDays: 0 };
    expect(errorsFor(rg({ backups: noBackups, maintenance: { window: 'sun:05:00-mon:05:00' } }))).toEqual([]);
    expect(errorsFor(rg({ backups: noBackups, maintenance: { window: 'sun:05:00-mon:05:01' } }))).toContain(
      'window-length',
    );
    expect(errorsFor(memcached({ maintenance: { window: 'sun:05:00-sun:05:30' } }))).toContain(
      'window-length',
    );
    expect(
      errorsFor(rg({ backups: { window: '04:00-06:00' }, maintenance: { window: 'sun:05:00-sun:07:00' } })),
    ).toContain('windows-overlap');
    expect(
      errorsFor(rg({ backups: { window: '04:00-05:00' }, maintenance: { window: 'sun:05:00-sun:07:00' } })),
    ).toEqual([]);
  });

  it('windows overlap across midnight and the end of the week', () => {
    expect(windowsOverlap('23:30-00:30', 'mon:00:00-mon:01:00')).toBe(true);
    expect(windowsOverlap('23:30-00:30', 'sat:23:00-sun:00:15')).toBe(true);
    expect(windowsOverlap('03:00-05:00', 'sun:05:00-sun:07:00')).toBe(false);
    expect(windowsOverlap('01:00-02:00', 'wed:02:00-wed:03:00')).toBe(false);
  });

  it('backup retention: 0–35 days', () => {
    expect(rejectionsOf(rg({ backups: { retentionDays: 35 } }))).toEqual([]);
    expect(rejectionsOf(rg({ backups: { retentionDays: 36 } }))).toEqual(['retention-range']);
    expect(rejectionsOf(rg({ backups: { retentionDays: -1 } }))).toEqual(['retention-range']);
    expect(rejectionsOf(serverless({ snapshots: { retentionDays: 35 } }))).toEqual([]);
    expect(rejectionsOf(serverless({ snapshots: { retentionDays: 36 } }))).toEqual(['retention-range']);
  });

  it('Memcached: TLS needs 1.6.12', () => {
    expect(errorsFor(memcached({ engineVersion: '1.6.12' }))).toEqual([]);
    expect(errorsFor(memcached({ engineVersion: '1.6.6' }))).toContain('memcached-tls-version');
    expect(errorsFor(memcached({ engineVersion: '1.6.6', transitEncryption: { enabled: false } }))).toEqual(
      [],
    );
  });

  it('IPv6 and dual stack: engine versions, Nitro nodes and subnets with IPv6', () => {
    const existing = { network: existingNetwork() };
    expect(errorsFor(rg({ networkType: 'dual_stack' }), existing)).toEqual([]);
    expect(errorsFor(rg({ networkType: 'dual_stack' }))).toContain('ip-network-type');
    expect(errorsFor(rg({ engine: 'redis', engineVersion: '6.2', networkType: 'ipv6' }), existing)).toEqual(
      [],
    );
    expect(
      errorsFor(
        rg({ engine: 'redis', engineVersion: '6.0', nodeType: 'cache.m5.large', networkType: 'ipv6' }),
        existing,
      ),
    ).toContain('ip-network-type');
    expect(errorsFor(rg({ nodeType: 'cache.m4.large', networkType: 'ipv6' }), existing)).toContain(
      'ip-network-type',
    );
    expect(
      errorsFor(
        memcached({ engineVersion: '1.6.6', networkType: 'ipv6', transitEncryption: { enabled: false } }),
        existing,
      ),
    ).toEqual([]);
    expect(
      errorsFor(
        memcached({
          engineVersion: '1.5.16',
          nodeType: 'cache.m5.large',
          networkType: 'ipv6',
          transitEncryption: { enabled: false },
        }),
        existing,
      ),
    ).toContain('ip-network-type');
  });

  it('serverless: storage 1–5,000 GB, ECPU/s 1,000–15,000,000, minimum ≤ maximum, major versions, no AUTH token', () => {
    expect(rejectionsOf(serverless({ limits: { dataStorageMaxGb: 5000, dataStorageMinGb: 1 } }))).toEqual([]);
    expect(rejectionsOf(serverless({ limits: { dataStorageMaxGb: 5001 } }))).toEqual([
      'serverless-storage-range',
    ]);
    expect(rejectionsOf(serverless({ limits: { dataStorageMinGb: 0 } }))).toEqual([
      'serverless-storage-range',
    ]);
    expect(
      rejectionsOf(serverless({ limits: { ecpuPerSecondMin: 1000, ecpuPerSecondMax: 15_000_000 } })),
    ).toEqual([]);
    expect(rejectionsOf(serverless({ limits: { ecpuPerSecondMin: 999 } }))).toEqual([
      'serverless-ecpu-range',
    ]);
    expect(rejectionsOf(serverless({ limits: { ecpuPerSecondMax: 15_000_001 } }))).toEqual([
      'serverless-ecpu-range',
    ]);
    expect(errorsFor(serverless({ limits: { ecpuPerSecondMin: 1000, ecpuPerSecondMax: 1000 } }))).toEqual([]);
    expect(errorsFor(serverless({ limits: { ecpuPerSecondMin: 1001, ecpuPerSecondMax: 1000 } }))).toContain(
      'serverless-limits-order',
    );
    expect(errorsFor(serverless({ limits: { dataStorageMinGb: 11, dataStorageMaxGb: 10 } }))).toContain(
      'serverless-limits-order',
    );
    expect(errorsFor(serverless({ engine: 'redis', majorVersion: '7' }))).toEqual([]);
    expect(errorsFor(serverless({ engine: 'redis', majorVersion: '8' }))).toContain(
      'serverless-major-version',
    );
    expect(errorsFor(serverless({ auth: { mode: 'token' } }))).toContain('serverless-auth-mode');
    expect(
      errorsFor(serverless({ engine: 'memcached', majorVersion: '1.6', auth: { mode: 'rbac' } })),
    ).toContain('serverless-auth-mode');
  });

  it('global datastore: node families, distinct regions, at most two secondaries, region-bound keys, no RBAC', () => {
    const global = (
      fields: Partial<Extract<CacheInput, { kind: 'replication-group' }>>,
      regions: string[] = ['us-west-2'],
    ) =>
      rg({
        nodeType: 'cache.r7g.large',
        ...fields,
        globalDatastore: {
          enabled: true,
          secondaries: regions.map((region) => ({ region: region as 'us-west-2' })),
        },
      });
    expect(errorsFor(global({}))).toEqual([]);
    expect(errorsFor(global({ nodeType: 'cache.c7gn.large' }))).toEqual([]);
    expect(errorsFor(global({ nodeType: 'cache.t3.micro' }))).toContain('global-node-type');
    expect(errorsFor(global({}, ['us-east-1']))).toContain('global-regions');
    expect(errorsFor(global({}, ['us-west-2', 'us-west-2']))).toContain('global-regions');
    expect(errorsFor(global({}, []))).toContain('global-regions');
    expect(rejectionsOf(global({}, ['us-west-2', 'eu-west-1']))).toEqual([]);
    expect(rejectionsOf(global({}, ['us-west-2', 'eu-west-1', 'ap-south-1']))).toEqual([
      'global-secondary-count',
    ]);
    expect(
      errorsFor(global({ engine: 'redis', engineVersion: '5.0.6', nodeType: 'cache.m5.large' })),
    ).toEqual([]);
    expect(
      errorsFor(global({ engine: 'redis', engineVersion: '4.0.10', nodeType: 'cache.m5.large' })),
    ).toContain('global-engine-version');
    const keyArn = 'arn:aws:kms:us-east-1:123456789012:key/abc';
    expect(errorsFor(global({ atRestEncryption: { enabled: true, kmsKey: { mode: 'create' } } }))).toEqual(
      [],
    );
    expect(
      errorsFor(global({ atRestEncryption: { enabled: true, kmsKey: { mode: 'existing', keyArn } } })),
    ).toContain('global-kms-existing-key');
    expect(
      errorsFor(
        global({
          auth: { mode: 'rbac', users: [{ userId: 'd', userName: 'default', accessString: 'off' }] },
        }),
      ),
    ).toContain('global-rbac');
    expect(errorsFor(global({ instances: ['svc'] }))).toContain('global-instances');
    expect(errorsFor(global({ backups: { restoreFromSnapshot: 'seed' } }))).toContain(
      'global-restore-snapshot',
    );
  });

  it('log delivery: destinations, formats and CloudWatch retention periods are fixed sets', () => {
    expect(
      rejectionsOf(
        rg({
          logs: {
            slowLog: { enabled: true, destination: 'cloudwatch-logs', format: 'text', retentionDays: 7 },
          },
        }),
      ),
    ).toEqual([]);
    const log = (fields: object) => rg({ logs: { slowLog: { enabled: true, ...fields } as never } });
    expect(rejectionsOf(log({ destination: 's3' }))).toEqual(['allowed-values']);
    expect(rejectionsOf(log({ format: 'xml' }))).toEqual(['allowed-values']);
    expect(rejectionsOf(log({ retentionDays: 2 }))).toEqual(['log-retention-value']);
    expect(rejectionsOf(log({ destination: 'kinesis-firehose', firehoseStream: 'logs' }))).toEqual([]);
    expect(rejectionsOf(log({ destination: 'kinesis-firehose' }))).toEqual(['log-firehose-stream']);
  });

  it('network: a created VPC is a /16–/24 network address in a region with enough zones', () => {
    const network = (vpcCidr: string, azCount = 3, region: DesignInput['region'] = 'us-east-1') => ({
      region,
      network: { mode: 'create' as const, vpcCidr, azCount },
    });
    expect(errorsFor(rg(), network('10.0.0.0/16'))).toEqual([]);
    expect(errorsFor(rg(), network('10.0.0.0/24'))).toEqual([]);
    expect(errorsFor(rg(), network('10.0.0.0/25'))).toContain('vpc-cidr-subnet-room');
    expect(errorsFor(rg(), network('10.0.0.0/15'))).toContain('vpc-cidr-range');
    expect(errorsFor(rg(), network('10.0.0.0/29'))).toContain('vpc-cidr-range');
    expect(errorsFor(rg(), network('10.0.0.1/16'))).toContain('vpc-cidr-range');
    expect(errorsFor(rg(), network('10.0.0.0/16', 2, 'us-west-1'))).toEqual([]);
    expect(errorsFor(rg(), network('10.0.0.0/16', 3, 'us-west-1'))).toContain('az-count-region');
    expect(errorsFor(rg(), { clients: { cidrBlocks: ['10.1.0.0/16'] } })).toEqual([]);
    expect(errorsFor(rg(), { clients: { cidrBlocks: ['10.1.2.3/16'] } })).toContain(
      'client-cidr-network-address',
    );
    expect(errorsFor(rg(), { network: { mode: 'existing', vpcCidr: '10.0.0.1/16' } })).toContain(
      'client-cidr-network-address',
    );
  });

  it('an existing network needs real VPC and subnet IDs: none missing, none of our examples', () => {
    const findingsOf = (network: NonNullable<DesignExtras['network']>, clients?: DesignExtras['clients']) =>
      checkDesign(
        defineDesign({ name: 'rules', network, ...(clients && { clients }), caches: [rg()] }),
      ).filter((finding) => finding.ruleId === 'existing-network-ids');
    const messagesAt = (findings: Finding[]) =>
      findings.map((finding) => [finding.path.join('.'), finding.message, finding.severity]);

    expect(findingsOf(existingNetwork())).toEqual([]);
    expect(findingsOf({ mode: 'create' })).toEqual([]);
    // Switching to an existing network starts with no IDs at all: the design is incomplete.
    expect(messagesAt(findingsOf({ mode: 'existing' }))).toEqual([
      ['network.vpcId', 'Enter the ID of the existing VPC the caches go in (vpc-…).', 'error'],
      [
        'network.subnetIds',
        'Enter at least one subnet ID of the existing VPC, ideally one per Availability Zone.',
        'error',
      ],
    ]);
    // The example IDs earlier versions filled in (still in old design files and links) are not real.
    expect(
      messagesAt(
        findingsOf({
          mode: 'existing',
          vpcId: 'vpc-0123456789abcdef0',
          subnetIds: ['subnet-0123456789abcdef0', 'subnet-04e1b7a9c3d5f2e61', 'subnet-0123456789abcdef1'],
        }),
      ),
    ).toEqual([
      [
        'network.vpcId',
        'vpc-0123456789abcdef0 is an example ID, not a real one: enter the ID from your AWS account.',
        'error',
      ],
      [
        'network.subnetIds.0',
        'subnet-0123456789abcdef0 is an example ID, not a real one: enter the ID from your AWS account.',
        'error',
      ],
      [
        'network.subnetIds.2',
        'subnet-0123456789abcdef1 is an example ID, not a real one: enter the ID from your AWS account.',
        'error',
      ],
    ]);
    // The security group hint is not a value either, in either network mode.
    expect(
      messagesAt(
        findingsOf({ mode: 'create' }, { securityGroupIds: ['sg-0a1b2c3d', 'sg-0123456789abcdef0'] }),
      ),
    ).toEqual([
      [
        'clients.securityGroupIds.1',
        'sg-0123456789abcdef0 is an example ID, not a real one: enter the ID from your AWS account.',
        'error',
      ],
    ]);
  });

  it('a design with missing network IDs is refused by validateDesign', () => {
    const input = {
      schemaVersion: SCHEMA_VERSION,
      name: 'rules',
      network: { mode: 'existing' },
      caches: [rg()],
    };
    const { findings } = validateDesign(input);
    expect(errorsOf(findings).map((finding) => finding.ruleId)).toEqual([
      'existing-network-ids',
      'existing-network-ids',
    ]);
  });

  it('a global datastore on an existing network warns that its secondary regions need their own IDs', () => {
    const global = rg({
      nodeType: 'cache.r7g.large',
      globalDatastore: { enabled: true, secondaries: [{ region: 'us-west-2' }] },
    });
    expect(warningsFor(global, { network: existingNetwork() })).toContain('secondary-network-ids');
    expect(warningsFor(global)).not.toContain('secondary-network-ids');
  });

  it('an existing SNS topic needs its ARN', () => {
    expect(
      errorsFor(rg(), {
        notifications: { topic: 'existing', topicArn: 'arn:aws:sns:us-east-1:123456789012:alerts' },
      }),
    ).toEqual([]);
    expect(errorsFor(rg(), { notifications: { topic: 'existing' } })).toContain('sns-topic-arn');
  });

  it('environment overrides are checked too, naming the environment', () => {
    const findings = checkDesign(
      defineDesign({
        name: 'envs',
        caches: [rg({ id: 'app' })],
        environments: [{ name: 'dev', overrides: { app: { replicasPerShard: 0 } } }],
      }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ ruleId: 'failover-needs-replica', environment: 'dev', cacheIndex: 0 }),
    );
  });
});

describe('best-practice warnings', () => {
  it('warn, without blocking, about insecure or fragile settings, with their checkov / tfsec IDs', () => {
    const findings = checkDesign(
      defineDesign({
        name: 'warn',
        ...PRODUCTION,
        clients: { cidrBlocks: ['0.0.0.0/0'] },
        caches: [
          rg({
            nodeType: 'cache.t3.micro',
            atRestEncryption: { enabled: false },
            transitEncryption: { enabled: false },
            auth: { mode: 'none' },
            backups: { retentionDays: 0 },
            replicasPerShard: 0,
            multiAz: false,
            automaticFailover: false,
            alarms: { enabled: false },
          }),
        ],
      }),
    );
    expect(errorsOf(findings)).toEqual([]);
    const warnings = findings.map((finding) => finding.ruleId);
    expect(warnings).toEqual(
      expect.arrayContaining([
        'encryption-at-rest-off',
        'encryption-in-transit-off',
        'no-auth',
        'backups-off',
        'burstable-nodes',
        'single-node-production',
        'single-az-production',
        'ingress-open-to-world',
        'no-log-delivery',
        'no-alarms',
      ]),
    );
    const byId = (id: string) => findings.find((finding) => finding.ruleId === id)!;
    expect(byId('encryption-at-rest-off').source).toMatchObject({
      kind: 'best-practice',
      checkov: 'CKV_AWS_29',
      tfsec: 'aws-elasticache-enable-at-rest-encryption',
    });
    expect(byId('encryption-in-transit-off').source).toMatchObject({
      checkov: 'CKV_AWS_30',
      tfsec: 'aws-elasticache-enable-in-transit-encryption',
    });
    expect(byId('no-auth').source.checkov).toBe('CKV_AWS_31');
    expect(byId('backups-off').source.tfsec).toBe('aws-elasticache-enable-backup-retention');
    expect(byId('ingress-open-to-world').source.tfsec).toBe('aws-ec2-no-public-ingress-sgr');
  });

  it('production-only warnings stay quiet outside production', () => {
    const fragile = rg({
      nodeType: 'cache.t3.micro',
      replicasPerShard: 0,
      multiAz: false,
      automaticFailover: false,
      backups: { retentionDays: 1 },
    });
    for (const id of [
      'burstable-nodes',
      'single-node-production',
      'single-az-production',
      'backups-short-production',
    ])
      expect(warningsFor(fragile), id).not.toContain(id);
    expect(warningsFor(fragile, PRODUCTION)).toEqual(
      expect.arrayContaining([
        'burstable-nodes',
        'single-node-production',
        'single-az-production',
        'backups-short-production',
      ]),
    );
    expect(warningsFor(fragile, { environments: [{ name: 'prod' }] })).toContain('single-node-production');
  });

  it('backups: under 7 days warns in production, 7 does not', () => {
    expect(warningsFor(rg({ backups: { retentionDays: 6 } }), PRODUCTION)).toContain(
      'backups-short-production',
    );
    expect(warningsFor(rg({ backups: { retentionDays: 7 } }), PRODUCTION)).not.toContain(
      'backups-short-production',
    );
    expect(warningsFor(memcached({ nodeCount: 1, azMode: 'single-az' }), PRODUCTION)).toEqual(
      expect.arrayContaining(['single-node-production', 'single-az-production']),
    );
  });

  it('end-of-life versions, log delivery and alarms', () => {
    expect(
      warningsFor(rg({ engine: 'redis', engineVersion: '5.0.6', nodeType: 'cache.m5.large' })),
    ).toContain('end-of-life-version');
    expect(
      warningsFor(rg({ engine: 'redis', engineVersion: '6.0', nodeType: 'cache.m5.large' })),
    ).not.toContain('end-of-life-version');
    const logged = rg({ logs: { slowLog: { enabled: true } } });
    expect(warningsFor(rg())).toContain('no-log-delivery');
    expect(warningsFor(logged)).not.toContain('no-log-delivery');
    expect(warningsFor(rg({ alarms: { enabled: false } }))).toContain('no-alarms');
    expect(warningsFor(rg(), { notifications: { topic: 'none' } })).toContain('alarms-without-topic');
    expect(warningsFor(rg(), { notifications: { topic: 'create' } })).not.toContain('alarms-without-topic');
  });
});

/** Designs that break many rules, for the fix tests. */
const BROKEN: Design[] = [
  defineDesign({
    name: 'broken',
    ...PRODUCTION,
    notifications: { topic: 'none' },
    clients: { cidrBlocks: ['0.0.0.0/0', '10.1.2.3/16'] },
    caches: [
      rg({
        engine: 'redis',
        engineVersion: '7.2',
        nodeType: 'cache.t2.micro',
        multiAz: true,
        automaticFailover: false,
        dataTiering: true,
        atRestEncryption: { enabled: false, kmsKey: { mode: 'create' } },
        transitEncryption: { enabled: false },
        auth: { mode: 'token' },
        backups: { retentionDays: 0, window: '04:00-04:30' },
        maintenance: { window: 'sun:04:00-sun:04:30' },
        logs: { slowLog: { enabled: true, destination: 'kinesis-firehose' } },
        networkType: 'ipv6',
        preferredAzs: ['us-east-1a'],
        alarms: { enabled: false },
      }),
      memcached({ nodeCount: 1, azMode: 'cross-az', engineVersion: '1.6.6', nodeType: 'cache.t2.small' }),
      serverless({
        auth: { mode: 'token' },
        limits: { ecpuPerSecondMin: 2000, ecpuPerSecondMax: 1000 },
        snapshots: { retentionDays: 0 },
      }),
      serverless({
        id: 'sl2',
        auth: { mode: 'rbac', users: [{ userId: 'app', userName: 'app', accessString: 'on' }] },
      }),
    ],
  }),
  defineDesign({
    name: 'broken-global',
    region: 'us-east-1',
    network: { mode: 'create', vpcCidr: '10.0.0.0/25', azCount: 3 },
    caches: [
      rg({
        clusterMode: 'enabled',
        multiAz: true,
        automaticFailover: false,
        replicasPerShard: 0,
        nodeType: 'cache.t3.medium',
        atRestEncryption: {
          enabled: true,
          kmsKey: { mode: 'existing', keyArn: 'arn:aws:kms:us-east-1:123456789012:key/abc' },
        },
        auth: { mode: 'rbac', users: [{ userId: 'app', userName: 'app', accessString: 'on' }] },
        instances: ['svc'],
        backups: { restoreFromSnapshot: 'seed' },
        globalDatastore: { enabled: true, secondaries: [{ region: 'us-east-1', replicasPerShard: 0 }] },
      }),
    ],
    environments: [
      {
        name: 'dev',
        overrides: { app: { nodeType: 'cache.t2.micro' }, gone: { nodeType: 'cache.t3.micro' } },
      },
    ],
  }),
  defineDesign({
    name: 'broken-network',
    region: 'us-west-1',
    network: { mode: 'create', vpcCidr: '10.0.0.1/16', azCount: 3 },
    notifications: { topic: 'existing' },
    caches: [
      rg({
        replicasPerShard: 0,
        automaticFailover: true,
        multiAz: false,
        auth: {
          mode: 'rbac',
          users: [
            { userId: 'd', userName: 'default', accessString: 'off', authentication: 'none' },
            { userId: 'svc', userName: 'x', accessString: 'on', authentication: 'iam' },
          ],
        },
        engine: 'redis',
        engineVersion: '6.0',
        nodeType: 'cache.r7g.large',
        logs: { engineLog: { enabled: true } },
      }),
    ],
  }),
];

const keyOf = (finding: Finding) =>
  `${finding.ruleId}|${finding.path.join('.')}|${finding.environment ?? ''}`;

describe('fixes', () => {
  const cases = BROKEN.flatMap((design) =>
    checkDesign(design)
      .filter((finding) => finding.fix)
      .map(
        (finding) =>
          [
            `${design.name}: ${finding.ruleId} at ${finding.path.join('.')} (${finding.fix!.label})`,
            design,
            finding,
          ] as const,
      ),
  );

  it('are offered for the obvious remedies', () => {
    const labels = new Set(cases.map(([, , finding]) => finding.fix!.label));
    for (const label of [
      'Enable automatic failover',
      'Turn on encryption in transit',
      'Use Redis OSS 7.1',
      'Use cache.t3.micro',
      'Add a second node',
      'Add a disabled default user',
    ])
      expect(labels, label).toContain(label);
    expect(cases.length).toBeGreaterThan(30);
  });

  it.each(cases)(
    '%s: applying the fix removes the finding and leaves the design untouched',
    (_name, design, finding) => {
      const before = JSON.stringify(design);
      const fixed = finding.fix!.apply(design, finding);
      expect(JSON.stringify(design)).toBe(before);
      expect(fixed).not.toBe(design);
      expect(checkDesign(fixed).map(keyOf)).not.toContain(keyOf(finding));
    },
  );
});

describe('findings', () => {
  it('come sorted: errors first, then design-wide findings, then by cache', () => {
    const findings = checkDesign(BROKEN[0]!);
    const ranks = findings.map((finding) => [finding.severity === 'error' ? 0 : 1, finding.cacheIndex ?? -1]);
    const sorted = [...ranks].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    expect(ranks).toEqual(sorted);
    const resorted = sortFindings([...findings].reverse()).map((finding) => [
      finding.severity === 'error' ? 0 : 1,
      finding.cacheIndex ?? -1,
    ]);
    expect(resorted).toEqual(sorted);
  });

  it('carry the rule’s why and source, and the cache they belong to', () => {
    for (const finding of BROKEN.flatMap(checkDesign)) {
      const rule = ruleById(finding.ruleId)!;
      expect(finding.why).toBe(rule.why);
      expect(finding.source).toBe(rule.source);
      if (finding.path[0] === 'caches') expect(finding.cacheIndex).toBe(finding.path[1]);
      expect(
        rule.fields.some((pattern) => matchesPattern(pattern, finding.path)),
        `${finding.ruleId} marks ${finding.path.join('.')}`,
      ).toBe(true);
    }
  });

  it('schema issues become findings of the limit they break', () => {
    const input = {
      schemaVersion: SCHEMA_VERSION,
      name: 'schema',
      caches: [{ kind: 'replication-group', id: 'app', backups: { retentionDays: 36 } }],
    };
    const [finding] = schemaFindings(input);
    expect(finding).toMatchObject({
      ruleId: 'retention-range',
      severity: 'error',
      path: ['caches', 0, 'backups', 'retentionDays'],
      cacheIndex: 0,
    });
    // AWS: the provider checks the maximum only (it accepts negative values).
    expect(finding!.source.kind).toBe('aws-api');
    expect(schemaFindings({ ...input, caches: [] })).toEqual([]);
    expect(schemaFindings({ ...input, name: 'Bad Name' })[0]!.ruleId).toBe('design-name-format');
  });

  it('validateDesign reports schema issues and rule errors at once', () => {
    const input = {
      schemaVersion: SCHEMA_VERSION,
      name: 'both',
      caches: [
        {
          kind: 'replication-group',
          id: 'app',
          replicasPerShard: 6,
          multiAz: true,
          automaticFailover: false,
        },
      ],
    };
    const { design, findings } = validateDesign(input);
    expect(design).toBeUndefined();
    expect(findings.map((finding) => finding.ruleId)).toEqual(
      expect.arrayContaining(['replicas-range', 'multi-az-needs-failover']),
    );
    expect(validateDesign(defineDesign({ name: 'ok', caches: [rg()] })).design).toBeDefined();
  });

  it('every preset has no error', () => {
    for (const preset of PRESETS) expect(errorsOf(checkDesign(preset.design)), preset.id).toEqual([]);
  });
});

describe('the rules as data', () => {
  it('have unique ids, a one-sentence why, fields, and a source that fits the severity', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id, rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.why, rule.id).toMatch(/^[A-Z].*[.]$/);
      expect(
        rule.why.split(/[.!?](\s|$)/).filter((part) => part.trim().length > 1).length,
        `${rule.id}: one sentence`,
      ).toBe(1);
      expect(rule.source.reference.length, rule.id).toBeGreaterThan(5);
      if (rule.id !== 'design-schema') expect(rule.fields.length, rule.id).toBeGreaterThan(0);
      if (rule.severity === 'warning') expect(rule.source.kind, rule.id).toBe('best-practice');
      else expect(['provider', 'aws-api'], rule.id).toContain(rule.source.kind);
      if (rule.source.checkov) expect(rule.source.checkov).toMatch(/^CKV2?_AWS_\d+$/);
      if (rule.source.tfsec) expect(rule.source.tfsec).toMatch(/^aws-[a-z0-9-]+$/);
    }
  });
});
