import { describe, expect, it } from 'vitest';
import { defineDesign } from './defaults';
import type { DesignInput } from './design';
import { checkDesign, windowsOverlap } from './rules';

type CacheInput = NonNullable<DesignInput['caches']>[number];

/** The rule IDs of a one-cache design's errors (warnings left out). */
function errorsFor(cache: CacheInput, design: Partial<DesignInput> = {}): string[] {
  const findings = checkDesign(defineDesign({ name: 'rules', ...design, caches: [cache] }));
  return findings.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId);
}
const rg = (fields: Partial<Extract<CacheInput, { kind: 'replication-group' }>> = {}): CacheInput => ({
  kind: 'replication-group',
  id: 'app',
  ...fields,
});

describe('rules at their boundaries', () => {
  it('accepts the secure default design', () => {
    expect(errorsFor(rg())).toEqual([]);
  });

  it('engine versions: no Redis OSS 7.2 or 8.x, Valkey from 7.2', () => {
    expect(errorsFor(rg({ engine: 'redis', engineVersion: '7.1', nodeType: 'cache.r7g.large' }))).toEqual([]);
    expect(errorsFor(rg({ engine: 'redis', engineVersion: '7.2' }))).toContain('engine-version-known');
    expect(errorsFor(rg({ engine: 'redis', engineVersion: '8.0' }))).toContain('engine-version-known');
    expect(errorsFor(rg({ engine: 'valkey', engineVersion: '7.2' }))).toEqual([]);
    expect(errorsFor(rg({ engine: 'valkey', engineVersion: '7.1' }))).toContain('engine-version-known');
  });

  it('node types: known, engine-capable, no T2, Graviton minimums', () => {
    expect(errorsFor(rg({ nodeType: 'cache.t3.micro' }))).toEqual([]);
    expect(errorsFor(rg({ nodeType: 'cache.t2.micro' }))).toContain('node-type-known');
    expect(errorsFor(rg({ nodeType: 'cache.x9.large' }))).toContain('node-type-known');
    expect(errorsFor(rg({ engine: 'redis', engineVersion: '6.2', nodeType: 'cache.r7g.large' }))).toEqual([]);
    expect(errorsFor(rg({ engine: 'redis', engineVersion: '6.0', nodeType: 'cache.r7g.large' }))).toContain('graviton-min-version');
  });

  it('failover: Multi-AZ needs it, it needs a replica, cluster mode needs it', () => {
    expect(errorsFor(rg({ multiAz: true, automaticFailover: true, replicasPerShard: 1 }))).toEqual([]);
    expect(errorsFor(rg({ multiAz: true, automaticFailover: false }))).toContain('multi-az-needs-failover');
    expect(errorsFor(rg({ multiAz: false, automaticFailover: true, replicasPerShard: 0 }))).toContain('failover-needs-replica');
    expect(errorsFor(rg({ multiAz: false, automaticFailover: false, replicasPerShard: 0 }))).toEqual([]);
    expect(errorsFor(rg({ clusterMode: 'enabled', multiAz: false, automaticFailover: false }))).toContain('cluster-mode-needs-failover');
  });

  it('cluster size: at most 500 nodes', () => {
    expect(errorsFor(rg({ clusterMode: 'enabled', shards: 250, replicasPerShard: 1 }))).toEqual([]);
    expect(errorsFor(rg({ clusterMode: 'enabled', shards: 251, replicasPerShard: 1 }))).toContain('cluster-node-quota');
  });

  it('data tiering: only and always on r6gd', () => {
    expect(errorsFor(rg({ nodeType: 'cache.r6gd.xlarge', dataTiering: true }))).toEqual([]);
    expect(errorsFor(rg({ nodeType: 'cache.r6gd.xlarge', dataTiering: false }))).toContain('data-tiering-node-type');
    expect(errorsFor(rg({ nodeType: 'cache.r7g.large', dataTiering: true }))).toContain('data-tiering-node-type');
  });

  it('auth needs encryption in transit; RBAC needs a default user', () => {
    expect(errorsFor(rg({ auth: { mode: 'token' }, transitEncryption: { enabled: false } }))).toContain('auth-needs-tls');
    expect(errorsFor(rg({ auth: { mode: 'none' }, transitEncryption: { enabled: false } }))).toEqual([]);
    const users = [{ userId: 'app', userName: 'app', accessString: 'on ~* +@all' }];
    expect(errorsFor(rg({ auth: { mode: 'rbac', users } }))).toContain('rbac-users');
    expect(errorsFor(rg({ auth: { mode: 'rbac', users: [...users, { userId: 'd', userName: 'default', accessString: 'off -@all' }] } }))).toEqual([]);
  });

  it('windows: 60 minutes at least, no overlap', () => {
    expect(errorsFor(rg({ backups: { window: '03:00-04:00' } }))).toEqual([]);
    expect(errorsFor(rg({ backups: { window: '03:00-03:59' } }))).toContain('window-length');
    expect(errorsFor(rg({ maintenance: { window: 'sun:05:00-sun:05:59' } }))).toContain('window-length');
    expect(errorsFor(rg({ backups: { window: '04:00-06:00' }, maintenance: { window: 'sun:05:00-sun:07:00' } }))).toContain('windows-overlap');
  });

  it('windows overlap across midnight and the end of the week', () => {
    expect(windowsOverlap('23:30-00:30', 'mon:00:00-mon:01:00')).toBe(true);
    expect(windowsOverlap('23:30-00:30', 'sat:23:00-sun:00:15')).toBe(true);
    expect(windowsOverlap('03:00-05:00', 'sun:05:00-sun:07:00')).toBe(false);
    expect(windowsOverlap('01:00-02:00', 'wed:02:00-wed:03:00')).toBe(false);
  });

  it('Memcached: cross-AZ needs two nodes, TLS needs 1.6.12', () => {
    const memcached = (fields: object): CacheInput => ({ kind: 'memcached', id: 'mc', ...fields });
    expect(errorsFor(memcached({ nodeCount: 2, azMode: 'cross-az' }))).toEqual([]);
    expect(errorsFor(memcached({ nodeCount: 1, azMode: 'cross-az' }))).toContain('memcached-cross-az-nodes');
    expect(errorsFor(memcached({ engineVersion: '1.6.12' }))).toEqual([]);
    expect(errorsFor(memcached({ engineVersion: '1.6.6' }))).toContain('memcached-tls-version');
  });

  it('serverless: major versions, minimum not above maximum, no AUTH token', () => {
    const serverless = (fields: object): CacheInput => ({ kind: 'serverless', id: 'sl', ...fields });
    expect(errorsFor(serverless({ limits: { ecpuPerSecondMin: 1000, ecpuPerSecondMax: 1000 } }))).toEqual([]);
    expect(errorsFor(serverless({ limits: { ecpuPerSecondMin: 1001, ecpuPerSecondMax: 1000 } }))).toContain('serverless-limits-order');
    expect(errorsFor(serverless({ engine: 'redis', majorVersion: '8' }))).toContain('serverless-major-version');
    expect(errorsFor(serverless({ auth: { mode: 'token' } }))).toContain('serverless-auth-mode');
  });

  it('global datastore: node family, distinct regions', () => {
    const global = (nodeType: string, regions: ('us-west-2' | 'us-east-1')[]) =>
      rg({ nodeType, globalDatastore: { enabled: true, secondaries: regions.map((region) => ({ region })) } });
    expect(errorsFor(global('cache.r7g.large', ['us-west-2']))).toEqual([]);
    expect(errorsFor(global('cache.t3.micro', ['us-west-2']))).toContain('global-datastore');
    expect(errorsFor(global('cache.r7g.large', ['us-east-1']))).toContain('global-datastore');
  });

  it('IDs with environment and instance prefixes stay within 40 characters', () => {
    const id = 'a'.repeat(35);
    expect(errorsFor(rg({ id }))).toEqual([]);
    expect(errorsFor(rg({ id }), { environments: [{ name: 'staging' }] })).toContain('cache-id-length');
  });

  it('environment overrides are checked too, naming the environment', () => {
    const findings = checkDesign(
      defineDesign({
        name: 'envs',
        caches: [rg({ id: 'app' })],
        environments: [{ name: 'dev', overrides: { app: { replicasPerShard: 0 } } }],
      }),
    );
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'failover-needs-replica', environment: 'dev' }));
  });

  it('warns, without blocking, about insecure or fragile settings', () => {
    const findings = checkDesign(
      defineDesign({
        name: 'warn',
        tags: { Environment: 'production' },
        caches: [rg({ nodeType: 'cache.t3.micro', atRestEncryption: { enabled: false }, backups: { retentionDays: 0 } })],
      }),
    );
    const warnings = findings.filter((finding) => finding.severity === 'warning').map((finding) => finding.ruleId);
    expect(warnings).toEqual(expect.arrayContaining(['encryption-at-rest-off', 'backups-off', 'burstable-nodes']));
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
