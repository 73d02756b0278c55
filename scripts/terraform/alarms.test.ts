import { describe, expect, it } from 'vitest';
import { alarmDimensionProblems } from './alarms';
import type { PlanJson } from './verify';

const resource = (type: string, name: string, values: Record<string, unknown>) => ({
  address: `${type}.${name}`,
  mode: 'managed' as const,
  type,
  name,
  provider_name: 'registry.terraform.io/hashicorp/aws',
  values,
});
const plan = (resources: ReturnType<typeof resource>[]): PlanJson => ({
  format_version: '1.2',
  terraform_version: '1.11.4',
  planned_values: { root_module: { resources } },
  configuration: {
    root_module: {
      resources: resources.map((entry) => ({ address: entry.address, provider_config_key: 'aws' })),
    },
  },
});
const group = resource('aws_elasticache_replication_group', 'app', {
  replication_group_id: 'app',
  cluster_mode: 'disabled',
  num_cache_clusters: 2,
});
const alarmOn = (name: string, dimensions: Record<string, string>) =>
  resource('aws_cloudwatch_metric_alarm', name, { dimensions });

describe('alarm dimensions', () => {
  it('accepts alarms on every member cluster', () => {
    expect(
      alarmDimensionProblems(
        plan([
          group,
          alarmOn('a', { CacheClusterId: 'app-001' }),
          alarmOn('b', { CacheClusterId: 'app-002' }),
        ]),
      ),
    ).toEqual([]);
  });

  it('flags the guide’s mistake: an alarm on the replication group ID', () => {
    expect(alarmDimensionProblems(plan([group, alarmOn('cpu', { CacheClusterId: 'app' })]))).toEqual([
      'aws_cloudwatch_metric_alarm.cpu: dimensions {"CacheClusterId":"app"} name nothing the bundle creates',
      'member cluster app-001 has no alarm',
      'member cluster app-002 has no alarm',
    ]);
  });

  it('knows cluster-mode member names and Memcached node IDs', () => {
    const sharded = resource('aws_elasticache_replication_group', 'big', {
      replication_group_id: 'big',
      cluster_mode: 'enabled',
      num_node_groups: 2,
      replicas_per_node_group: 0,
    });
    const memcached = resource('aws_elasticache_cluster', 'mc', { cluster_id: 'mc', num_cache_nodes: 1 });
    expect(
      alarmDimensionProblems(
        plan([
          sharded,
          memcached,
          alarmOn('s1', { CacheClusterId: 'big-0001-001' }),
          alarmOn('s2', { CacheClusterId: 'big-0002-001' }),
          alarmOn('m', { CacheClusterId: 'mc', CacheNodeId: '0002' }),
        ]),
      ),
    ).toEqual([
      'aws_cloudwatch_metric_alarm.m: dimensions {"CacheClusterId":"mc","CacheNodeId":"0002"} name nothing the bundle creates',
    ]);
  });
});
