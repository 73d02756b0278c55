import { describe, expect, it } from 'vitest';
import { costReport, estimateCost, priceRegionNote, serverlessCannotReplace, type CacheCost } from './cost';
import { defineDesign } from './defaults';
import type { DesignInput } from './design';

type CacheInput = NonNullable<DesignInput['caches']>[number];

const costOf = (cache: CacheInput, extra: Partial<Omit<DesignInput, 'schemaVersion'>> = {}): CacheCost =>
  estimateCost(defineDesign({ name: 'costed', caches: [cache], ...extra }))[0]!.caches[0]!;

const redis = (more: Partial<CacheInput> = {}) =>
  ({
    kind: 'replication-group',
    id: 'orders',
    description: 'orders',
    engine: 'redis',
    engineVersion: '7.1',
    nodeType: 'cache.r7g.large',
    replicasPerShard: 1,
    expectedUsage: { dataGb: 10, requestsPerSecond: 1000 },
    ...more,
  }) as CacheInput;

describe('node-based cost lines', () => {
  it('prices node-hours: nodes × hours × the hourly price', () => {
    const cost = costOf(redis({ backups: { retentionDays: 1 } } as Partial<CacheInput>));
    // 2 nodes × 730 h × $0.219.
    expect(cost.lines).toEqual([{ label: '2 × cache.r7g.large × 730 h at $0.2190/h', monthlyUsd: 319.74 }]);
    expect(cost.monthlyUsd).toBe(319.74);
  });

  it('counts every shard, replica and global secondary node', () => {
    const sharded = costOf(
      redis({ clusterMode: 'enabled', shards: 3, replicasPerShard: 2 } as Partial<CacheInput>),
    );
    expect(sharded.lines[0]!.label).toMatch(/^9 × cache\.r7g\.large/);
    const global = costOf(
      redis({
        globalDatastore: { enabled: true, secondaries: [{ region: 'eu-west-1', replicasPerShard: 0 }] },
      } as Partial<CacheInput>),
    );
    expect(global.lines[0]!.label).toMatch(/^3 × cache\.r7g\.large/);
  });

  it('takes a fifth off for Valkey', () => {
    const cost = costOf(redis({ engine: 'valkey', engineVersion: '8.0' } as Partial<CacheInput>));
    expect(cost.lines[0]).toEqual({ label: '2 × cache.r7g.large × 730 h at $0.1752/h', monthlyUsd: 255.79 });
  });

  it('prices backups beyond the free snapshot per GB-month', () => {
    const cost = costOf(redis({ backups: { retentionDays: 7 } } as Partial<CacheInput>));
    // 6 snapshots × 10 GB × $0.085.
    expect(cost.lines[1]).toEqual({
      label: 'Backups: 6 snapshot(s) of 10 GB beyond the free one',
      monthlyUsd: 5.1,
    });
    expect(cost.monthlyUsd).toBe(324.84);
  });

  it('multiplies every line by the services stamped from the cache', () => {
    const cost = costOf(
      redis({ instances: ['a', 'b', 'c'], backups: { retentionDays: 1 } } as Partial<CacheInput>),
    );
    expect(cost.lines).toEqual([
      { label: '2 × cache.r7g.large × 730 h at $0.2190/h (× 3 services)', monthlyUsd: 959.22 },
    ]);
  });

  it('says when the catalogue has no price, and the total is then unknown', () => {
    const cost = costOf({
      kind: 'memcached',
      id: 'sessions',
      description: 's',
      nodeType: 'cache.x9.huge',
    } as CacheInput);
    expect(cost.lines[0]!.label).toContain('(no price in the catalogue)');
    expect(cost.monthlyUsd).toBeNull();
  });
});

describe('serverless cost lines', () => {
  const serverless = (engine: 'valkey' | 'redis', dataGb: number, requestsPerSecond: number) =>
    costOf({
      kind: 'serverless',
      id: 'sessions',
      description: 's',
      engine,
      majorVersion: engine === 'valkey' ? '8' : '7',
      expectedUsage: { dataGb, requestsPerSecond },
      snapshots: { retentionDays: 0 },
    } as CacheInput);

  it('prices data stored by the GB-hour and ECPUs by the million, at the expected usage', () => {
    const cost = serverless('valkey', 10, 1000);
    // 10 GB × 730 h × $0.084 = 613.20; 1000/s × 3600 × 730 = 2,628 million ECPUs × $0.0023 = 6.04.
    expect(cost.lines).toEqual([
      { label: 'Data stored: 10 GB × 730 h at $0.084/GB-hour', monthlyUsd: 613.2 },
      { label: 'ECPUs: 1,000/s ≈ 2,628 million at $0.0023/million', monthlyUsd: 6.04 },
    ]);
  });

  it('meters at least the minimum data (1 GB for Redis OSS)', () => {
    expect(serverless('redis', 0.2, 0).lines[0]).toEqual({
      label: 'Data stored: 1 GB × 730 h at $0.125/GB-hour',
      monthlyUsd: 91.25,
    });
  });

  it('compares with the smallest node-based pair that holds the data with headroom', () => {
    const { comparison } = serverless('valkey', 10, 1000);
    expect(comparison).toEqual({
      available: true,
      asServerlessUsd: 619.24,
      // 12.5 GB needed: cache.r7g.large (13.07 GiB), primary and replica, at the Valkey price.
      asNodeBasedUsd: 255.79,
      nodeBasedShape: '2 × cache.r7g.large (1 primary + 1 replica)',
    });
  });
});

describe('the serverless comparison', () => {
  it('prices a node-based design as serverless at its expected usage', () => {
    const low = costOf(redis()).comparison;
    const high = costOf(
      redis({ expectedUsage: { dataGb: 10, requestsPerSecond: 100_000 } } as Partial<CacheInput>),
    ).comparison;
    expect(low).toMatchObject({ available: true, asServerlessUsd: 921.44, asNodeBasedUsd: 319.74 });
    // 10 GB × 730 h × $0.125 = 912.50, plus 262,800 million ECPUs × $0.0034 = 893.52.
    expect(high).toMatchObject({ available: true, asServerlessUsd: 1806.02 });
  });

  it('is not offered for a global datastore, nor for more data than serverless holds', () => {
    const global = redis({
      globalDatastore: { enabled: true, secondaries: [{ region: 'eu-west-1' }] },
    } as Partial<CacheInput>);
    expect(costOf(global).comparison).toEqual({
      available: false,
      reason: 'It is part of a global datastore, which serverless caches cannot join.',
    });
    const huge = redis({
      nodeType: 'cache.r7g.16xlarge',
      expectedUsage: { dataGb: 6000, requestsPerSecond: 1 },
    } as Partial<CacheInput>);
    expect(costOf(huge).comparison).toMatchObject({
      available: false,
      reason: expect.stringContaining('5,000 GB'),
    });
    expect(
      serverlessCannotReplace(defineDesign({ name: 'x', caches: [redis()] }).caches[0]!),
    ).toBeUndefined();
  });
});

describe('the price region', () => {
  it('names the region the prices are for, and the design region when it is another', () => {
    expect(priceRegionNote('us-east-1')).toBe(
      'Prices are estimates for us-east-1 (as of 2025-06); other regions differ.',
    );
    expect(priceRegionNote('eu-west-1')).toBe(
      'Prices are estimates for us-east-1 (as of 2025-06); this design is in eu-west-1, where prices differ.',
    );
    const report = costReport(defineDesign({ name: 'x', region: 'eu-west-1', caches: [redis()] }));
    expect(report[0]).toContain('this design is in eu-west-1, where prices differ');
  });

  it('reports the missing comparison in the text report', () => {
    const global = redis({
      globalDatastore: { enabled: true, secondaries: [{ region: 'eu-west-1' }] },
    } as Partial<CacheInput>);
    expect(costReport(defineDesign({ name: 'x', caches: [global] }))).toContain(
      '    No serverless comparison: It is part of a global datastore, which serverless caches cannot join.',
    );
  });
});
