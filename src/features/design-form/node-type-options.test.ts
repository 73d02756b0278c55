import { describe, expect, it } from 'vitest';
import { nodeTypeOptions, priceNote } from './node-type-options';

const valkey = {
  engine: 'valkey',
  engineVersion: '8.0',
  dataTiering: false,
  globalDatastore: false,
} as const;

describe('node type options', () => {
  it('lists current-generation Graviton families first, previous generations last, retired not at all', () => {
    const groups = [...new Set(nodeTypeOptions(valkey).map((option) => option.group))];
    expect(groups[0]).toBe('Memory optimized — R7g (Graviton3)');
    expect(groups[1]).toBe('General purpose — M7g (Graviton3)');
    expect(groups.at(-1)).toBe('General purpose — M4 (Intel, previous generation)');
    expect(groups.some((group) => group.includes('T2'))).toBe(false);
  });

  it('shows memory, vCPUs and the hourly price, with the Valkey discount', () => {
    const large = nodeTypeOptions(valkey).find((option) => option.value === 'cache.r7g.large')!;
    const redisLarge = nodeTypeOptions({ ...valkey, engine: 'redis' }).find(
      (option) => option.value === 'cache.r7g.large',
    )!;
    expect(large.detail).toMatch(/^13\.07 GiB · 2 vCPU · \$0\.\d{4}\/h$/);
    const price = (detail: string) => Number(/\$([\d.]+)\/h/.exec(detail)![1]);
    expect(price(large.detail)).toBeCloseTo(price(redisLarge.detail) * 0.8, 3);
  });

  it('offers only r6gd with data tiering, and no r6gd without it', () => {
    const tiered = nodeTypeOptions({ ...valkey, dataTiering: true });
    expect(tiered.length).toBeGreaterThan(0);
    expect(tiered.every((option) => option.value!.startsWith('cache.r6gd.'))).toBe(true);
    expect(nodeTypeOptions(valkey).some((option) => option.value!.startsWith('cache.r6gd.'))).toBe(false);
  });

  it('offers no burstable or previous-generation types to a global datastore', () => {
    const families = new Set(
      nodeTypeOptions({ ...valkey, globalDatastore: true }).map((option) => option.value!.split('.')[1]),
    );
    expect([...families].sort()).toEqual(['c7gn', 'm5', 'm6g', 'm7g', 'r5', 'r6g', 'r7g']);
  });

  it('lists Memcached types only for Memcached', () => {
    const memcached = nodeTypeOptions({ ...valkey, engine: 'memcached', engineVersion: '1.6.22' });
    expect(memcached.some((option) => option.value === 'cache.c7gn.large')).toBe(true);
    expect(memcached.some((option) => option.value!.startsWith('cache.r6gd.'))).toBe(false);
  });

  it('disables Graviton3 types for Redis OSS older than 6.2, saying why', () => {
    const options = nodeTypeOptions({ ...valkey, engine: 'redis', engineVersion: '6.0' });
    expect(options.find((option) => option.value === 'cache.r7g.large')!.disabledReason).toBe(
      'needs version 6.2 or later',
    );
    expect(options.find((option) => option.value === 'cache.r6g.large')!.disabledReason).toBeUndefined();
  });

  it('keeps the current value listed (disabled) when it does not fit or is unknown', () => {
    const retired = nodeTypeOptions(valkey, 'cache.t2.micro').find(
      (option) => option.value === 'cache.t2.micro',
    );
    expect(retired?.disabledReason).toBe('does not fit this cache');
    expect(nodeTypeOptions(valkey, 'cache.x9.huge')[0]).toMatchObject({
      value: 'cache.x9.huge',
      disabledReason: 'unknown node type',
    });
  });

  it('says which region the prices are for', () => {
    expect(priceNote('us-east-1')).toMatch(
      /^Hourly on-demand prices\. Prices are estimates for us-east-1 .*other regions differ\.$/,
    );
    expect(priceNote('eu-west-1')).toMatch(
      /estimates for us-east-1 .*this design is in eu-west-1, where prices differ/,
    );
  });
});
