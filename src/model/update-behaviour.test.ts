import { describe, expect, it } from 'vitest';
import { defineDesign } from './defaults';
import { replacingFields, updateBehaviour, updateBehaviourKey } from './update-behaviour';

const design = defineDesign({
  name: 'updates',
  caches: [
    { kind: 'replication-group', id: 'valkey', engine: 'valkey', engineVersion: '8.0' },
    { kind: 'replication-group', id: 'redis62', engine: 'redis', engineVersion: '6.2' },
    { kind: 'replication-group', id: 'redis71', engine: 'redis', engineVersion: '7.1' },
    { kind: 'memcached', id: 'mc' },
    { kind: 'serverless', id: 'sl' },
  ],
  environments: [
    { name: 'dev', overrides: { mc: { nodeType: 'cache.t4g.micro' }, valkey: { replicasPerShard: 0 } } },
  ],
});
const kindOf = (path: string, next?: unknown) => updateBehaviour(design, path, next)?.behaviour;

describe('update behaviour', () => {
  it('forces replacement where the provider marks ForceNew (rules §1.2)', () => {
    for (const path of [
      'caches.0.id',
      'caches.0.port',
      'caches.0.atRestEncryption.enabled',
      'caches.0.atRestEncryption.kmsKey.mode',
      'caches.0.networkType',
      'caches.0.dataTiering',
      'caches.0.backups.restoreFromSnapshot',
      'caches.0.globalDatastore.suffix',
      'caches.4.kmsKey.keyArn',
      'caches.4.majorVersion',
      'caches.4.engine',
      'name',
      'region',
      'network.vpcCidr',
    ])
      expect(kindOf(path), path).toBe('replacement');
  });

  it('node type: online scaling for Valkey and Redis OSS, replacement for Memcached', () => {
    expect(kindOf('caches.0.nodeType')).toBe('disruption');
    expect(kindOf('caches.3.nodeType')).toBe('replacement');
    expect(updateBehaviour(design, ['caches', 3, 'nodeType'])?.note).toMatch(/Memcached/);
  });

  it('engine version: upgrade in place, downgrade replaces', () => {
    expect(kindOf('caches.2.engineVersion', '7.1')).toBe('disruption');
    expect(kindOf('caches.1.engineVersion', '7.0')).toBe('disruption');
    expect(kindOf('caches.2.engineVersion', '6.2')).toBe('replacement');
    expect(kindOf('caches.3.engineVersion', '1.6.12')).toBe('replacement');
    expect(kindOf('caches.3.engineVersion', '1.6.22')).toBe('disruption');
  });

  it('engine: Redis OSS → Valkey in place, back to Redis OSS only by recreating', () => {
    expect(kindOf('caches.1.engine', 'valkey')).toBe('disruption');
    expect(kindOf('caches.0.engine', 'redis')).toBe('replacement');
  });

  it('encryption in transit: in place from Redis OSS 7.0.5 and on Valkey, replacement below and on Memcached', () => {
    expect(kindOf('caches.0.transitEncryption.enabled')).toBe('disruption');
    expect(kindOf('caches.2.transitEncryption.enabled')).toBe('disruption');
    expect(kindOf('caches.1.transitEncryption.enabled')).toBe('replacement');
    expect(kindOf('caches.3.transitEncryption.enabled')).toBe('replacement');
    expect(kindOf('caches.0.transitEncryption.mode')).toBe('disruption');
  });

  it('sizing, backups, maintenance, alarms and client access change in place', () => {
    for (const path of [
      'caches.0.replicasPerShard',
      'caches.0.multiAz',
      'caches.0.automaticFailover',
      'caches.0.backups.retentionDays',
      'caches.0.backups.window',
      'caches.0.maintenance.window',
      'caches.0.logs.slowLog.enabled',
      'caches.0.alarms.cpuPercent',
      'caches.3.azMode',
      'caches.4.limits.ecpuPerSecondMax',
      'caches.4.snapshots.retentionDays',
      'clients.cidrBlocks',
      'clients.cidrBlocks.0',
      'notifications.topic',
      'tags.Team',
    ])
      expect(kindOf(path), path).toBe('in-place');
    expect(kindOf('caches.0.shards')).toBe('disruption');
    expect(kindOf('caches.3.nodeCount')).toBe('disruption');
  });

  it('environment overrides behave like the field they override', () => {
    expect(kindOf('environments.0.overrides.mc.nodeType')).toBe('replacement');
    expect(kindOf('environments.0.overrides.valkey.nodeType')).toBe('disruption');
    expect(kindOf('environments.0.overrides.valkey.replicasPerShard')).toBe('in-place');
    expect(kindOf('environments.0.overrides.sl.backupRetentionDays')).toBe('in-place');
    expect(updateBehaviour(design, 'environments.0.overrides.mc.nodeType')?.note).toMatch(
      /^In this environment/,
    );
  });

  it('has a note for every answer and nothing for unknown paths', () => {
    expect(updateBehaviour(design, 'caches.0.noSuchField')).toBeUndefined();
    expect(updateBehaviour(design, 'nothing.here')).toBeUndefined();
    expect(updateBehaviour(design, 'caches.0.port')?.note.length).toBeGreaterThan(10);
  });

  it('keys every answer by what it reads: the kind, engine and version of the field’s cache', () => {
    const edited = structuredClone(design);
    edited.caches[0]!.description = 'another description';
    edited.name = 'renamed';
    for (const path of ['caches.0.nodeType', 'environments.0.overrides.valkey.nodeType', 'region'])
      expect(updateBehaviourKey(edited, path), path).toBe(updateBehaviourKey(design, path));

    // Redis OSS 6.2 switches TLS only by replacement; after an upgrade to 7.1 it switches in place.
    const upgraded = structuredClone(design);
    if (upgraded.caches[1]!.kind === 'replication-group') upgraded.caches[1]!.engineVersion = '7.1';
    const tls = 'caches.1.transitEncryption.enabled';
    expect(updateBehaviourKey(upgraded, tls)).not.toBe(updateBehaviourKey(design, tls));
    expect(updateBehaviour(upgraded, tls)?.behaviour).not.toBe(updateBehaviour(design, tls)?.behaviour);
    expect(updateBehaviourKey(design, 'environments.0.overrides.mc.nodeType')).toBe(
      updateBehaviourKey(design, 'caches.3.nodeType'),
    );
  });

  it('lists the fields whose change recreates a cache as it stands, for the README', () => {
    const paths = (index: number) => replacingFields(design, index).map(({ path }) => path);
    expect(paths(0)).toEqual(
      expect.arrayContaining(['id', 'engine', 'port', 'atRestEncryption.enabled', 'networkType']),
    );
    // Redis OSS moves to Valkey in place; 6.2 switches TLS only by replacement, 7.1 in place.
    expect(paths(1)).not.toContain('engine');
    expect(paths(1)).toContain('transitEncryption.enabled');
    expect(paths(2)).not.toContain('transitEncryption.enabled');
    expect(paths(3)).toEqual(expect.arrayContaining(['nodeType', 'port', 'transitEncryption.enabled']));
    expect(paths(4)).toEqual(expect.arrayContaining(['engine', 'majorVersion', 'kmsKey']));
    // Only a global datastore has a suffix to change.
    expect(paths(0)).not.toContain('globalDatastore.suffix');
    for (const index of [0, 1, 2, 3, 4])
      for (const { path } of replacingFields(design, index))
        expect(kindOf(`caches.${index}.${path}`), path).toBe('replacement');
    expect(replacingFields(design, 9)).toEqual([]);
  });

  it('a global datastore refuses a downgrade at plan time, and says how to replace it', () => {
    const global = structuredClone(design);
    const cache = global.caches[0]!;
    if (cache.kind === 'replication-group') cache.globalDatastore.enabled = true;
    expect(updateBehaviour(global, 'caches.0.engineVersion', '7.2')?.note).toMatch(/-replace/);
    expect(replacingFields(global, 0).map(({ path }) => path)).toContain('globalDatastore.suffix');
  });
});
