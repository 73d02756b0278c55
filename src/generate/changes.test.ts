import { describe, expect, it } from 'vitest';
import { canonical, evaluate, parseExpression, Unknown, type Scope } from '@/hcl/evaluate';
import type { Design, ReplicationGroup } from '@/model/design';
import { findPreset } from '@/model/presets';
import { reviewChanges } from './changes';

const preset = (id: string): Design => structuredClone(findPreset(id)!.design);
const firstCache = (design: Design) => design.caches[0] as ReplicationGroup;

const NO_SCOPE: Scope = {
  root: (name) => (name === 'var' ? { shards: 2, replicas: 1, cidr: '10.0.0.0/16' } : undefined),
  attribute: (handle, name) => new Unknown(`${handle.type}.${handle.name}.${name}`),
  instances: () => [],
};
const value = (text: string) => canonical(evaluate(parseExpression(text), NO_SCOPE));

describe('evaluate', () => {
  it('expands the member lists, maps and subnets our generators write', () => {
    expect(
      value(
        '[for pair in setproduct(range(1, var.shards + 1), range(1, var.replicas + 2)) : format("%s-%04d-%03d", "app", pair[0], pair[1])]',
      ),
    ).toBe('["app-0001-001","app-0001-002","app-0002-001","app-0002-002"]');
    expect(
      value('{ for pair in setproduct([6379], ["10.0.0.0/16"]) : "${pair[0]}-${pair[1]}" => pair }'),
    ).toBe('{"6379-10.0.0.0/16":[6379,"10.0.0.0/16"]}');
    expect(value('cidrsubnet(var.cidr, 4, 2)')).toBe('"10.0.32.0/20"');
    expect(value('toset(["b", "a", "b"])')).toBe('["a","b"]');
  });

  it('keeps what only an apply knows as an unknown named after what it read', () => {
    expect(value('"app-final-${formatdate("YYYY", plantimestamp())}"')).toBe(
      '(app-final-${(formatdate("YYYY",(plantimestamp())))})',
    );
    expect(value('[aws_security_group.cache.id]')).toBe('[(aws_security_group.cache.id)]');
  });
});

describe('reviewChanges', () => {
  it('finds nothing to change between a design and itself', () => {
    for (const id of ['ha-valkey', 'seed-microservices', 'global-valkey', 'seed-basic-memcached'])
      expect(reviewChanges(preset(id), preset(id))).toEqual([]);
  });

  it('replaces the parameter group of an upgrade across families and updates the cache in place', () => {
    const before = preset('seed-basic-redis');
    const after = preset('seed-basic-redis');
    firstCache(after).engine = 'valkey';
    firstCache(after).engineVersion = '7.2';
    const changes = reviewChanges(before, after).map(({ address, action, because }) => ({
      address,
      action,
      because,
    }));
    expect(changes).toEqual([
      {
        address: 'aws_elasticache_replication_group.redis_cluster',
        action: 'update',
        because: ['engine', 'engine_version', 'parameter_group_name'],
      },
      {
        address: 'aws_elasticache_parameter_group.redis_cluster',
        action: 'replace',
        because: ['family', 'name'],
      },
    ]);
  });

  it('names for_each instances as terraform plan does, and a removed service destroys its cache', () => {
    const before = preset('seed-microservices');
    const after = preset('seed-microservices');
    after.caches[0]!.instances = after.caches[0]!.instances.filter(
      (service) => service !== 'payment-service',
    );
    const changes = reviewChanges(before, after);
    expect(changes[0]).toMatchObject({
      address: 'aws_elasticache_replication_group.redis_cluster["payment-service"]',
      action: 'destroy',
    });
    expect(changes.every((change) => change.action === 'destroy')).toBe(true);
  });

  it('updates only the service whose AUTH token rotated, or every one when the whole map changed', () => {
    const design = preset('seed-microservices');
    const rotated = (changedSecrets: string[]) =>
      reviewChanges(design, design, { changedSecrets }).map((change) => `${change.address} ${change.action}`);
    expect(rotated(['redis_cluster_auth_tokens["payment-service"]'])).toEqual([
      'aws_elasticache_replication_group.redis_cluster["payment-service"] update',
    ]);
    expect(rotated(['redis_cluster_auth_tokens'])).toHaveLength(design.caches[0]!.instances.length);
  });

  it('propagates a replacement: a replaced security group changes the caches that use its ID', () => {
    const before = preset('ha-valkey');
    const after = preset('ha-valkey');
    after.name = 'ha-valkey-2';
    const byAddress = new Map(reviewChanges(before, after).map((change) => [change.address, change]));
    expect(byAddress.get('aws_security_group.cache')).toMatchObject({
      action: 'replace',
      because: ['description', 'name_prefix'],
    });
    expect(byAddress.get('aws_elasticache_replication_group.app_cache')).toMatchObject({ action: 'replace' });
    expect(byAddress.get('aws_elasticache_replication_group.app_cache')!.because).toContain(
      'subnet_group_name',
    );
  });

  it('replaces a cache only where AWS cannot change it in place, worst first', () => {
    const before = preset('ha-valkey');
    const after = preset('ha-valkey');
    firstCache(after).engineVersion = '7.2';
    const [worst] = reviewChanges(before, after);
    expect(worst).toMatchObject({
      address: 'aws_elasticache_replication_group.app_cache',
      action: 'replace',
      because: ['engine_version'],
    });
    expect(worst!.impact).toMatch(/data is lost unless restored from a snapshot/);
  });
});
