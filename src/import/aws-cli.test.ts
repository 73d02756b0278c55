import { describe, expect, it } from 'vitest';
import { generate } from '@/generate';
import { checkDesign } from '@/model/rules';
import { formatReport, importText } from '.';
import describeCacheClusters from './__fixtures__/aws-cli/describe-cache-clusters.json';
import describeCacheParameters from './__fixtures__/aws-cli/describe-cache-parameters.json';
import describeGlobalReplicationGroups from './__fixtures__/aws-cli/describe-global-replication-groups.json';
import describeReplicationGroups from './__fixtures__/aws-cli/describe-replication-groups.json';
import describeServerlessCaches from './__fixtures__/aws-cli/describe-serverless-caches.json';

/** Each file as the AWS CLI prints it (JSON, 4-space indent). */
const FIXTURES: Record<string, unknown> = {
  'describe-cache-clusters': describeCacheClusters,
  'describe-cache-parameters': describeCacheParameters,
  'describe-global-replication-groups': describeGlobalReplicationGroups,
  'describe-replication-groups': describeReplicationGroups,
  'describe-serverless-caches': describeServerlessCaches,
};
const fixture = (name: string) => JSON.stringify(FIXTURES[name], null, 4);

const imported = async (text: string) => {
  const result = await importText(text);
  if (!result.ok)
    throw new Error(`${result.error.message}\n${result.report ? formatReport(result.report) : ''}`);
  return result;
};

describe('import of AWS CLI describe output', () => {
  it('a replication group, completed by its member clusters and parameters (pasted together)', async () => {
    const { design, report } = await imported(
      ['describe-replication-groups', 'describe-cache-clusters', 'describe-cache-parameters']
        .map(fixture)
        .join('\n'),
    );
    expect(report.source).toBe('AWS CLI describe output');
    const cache = design.caches.find((entry) => entry.id === 'orders-cache');
    expect(cache).toMatchObject({
      kind: 'replication-group',
      engine: 'valkey',
      engineVersion: '8.0',
      nodeType: 'cache.r7g.large',
      replicasPerShard: 1,
      multiAz: true,
      automaticFailover: true,
      parameterGroup: {
        mode: 'custom',
        name: 'orders-params',
        parameters: [
          { name: 'maxmemory-policy', value: 'allkeys-lru' },
          { name: 'timeout', value: '300' },
        ],
      },
      atRestEncryption: { enabled: true, kmsKey: { mode: 'existing' } },
      auth: { mode: 'token' },
      backups: { retentionDays: 7, window: '03:00-04:00' },
      maintenance: { window: 'sun:05:00-sun:06:00' },
      logs: { slowLog: { enabled: true, format: 'json' } },
    });
    expect(design).toMatchObject({
      region: 'us-east-1',
      subnetGroupName: 'orders',
      notifications: { topic: 'existing' },
    });
    expect(report.mapped).toContainEqual({
      field: 'caches.orders-cache.engineVersion',
      from: 'CacheCluster.EngineVersion',
    });
    expect(report.dropped).toContainEqual({
      attribute: 'CacheCluster orders-cache: SecurityGroups',
      reason: expect.stringContaining('does not hold'),
    });
    expect(report.defaulted.map((entry) => entry.field)).toEqual(
      expect.arrayContaining(['network', 'tags', 'clients']),
    );
    expect(generate(design).length).toBeGreaterThan(5);
  });

  it('a replication group alone says where the rest lives', async () => {
    const { report } = await imported(fixture('describe-replication-groups'));
    expect(report.defaulted).toContainEqual({
      field: 'caches.orders-cache.engineVersion',
      reason: expect.stringContaining('describe-cache-clusters --show-cache-node-info'),
    });
  });

  it('a Memcached cluster', async () => {
    const { design, report } = await imported(fixture('describe-cache-clusters'));
    expect(design.caches.map((cache) => cache.id)).toEqual(['sessions-memcached']);
    expect(design.caches[0]).toMatchObject({
      kind: 'memcached',
      engineVersion: '1.6.22',
      nodeType: 'cache.t4g.medium',
      nodeCount: 3,
      azMode: 'cross-az',
      port: 11211,
      parameterGroup: { mode: 'default' },
      transitEncryption: { enabled: true },
      maintenance: { window: 'sat:04:00-sat:05:00' },
    });
    expect(report.dropped).toContainEqual({
      attribute: 'CacheCluster orders-cache-001',
      reason: expect.stringContaining('which these outputs do not describe'),
    });
  });

  it('a serverless cache', async () => {
    const { design, report } = await imported(fixture('describe-serverless-caches'));
    expect(design.caches[0]).toMatchObject({
      kind: 'serverless',
      id: 'catalog-cache',
      engine: 'valkey',
      majorVersion: '8',
      limits: { dataStorageMaxGb: 50, ecpuPerSecondMax: 20000 },
      snapshots: { retentionDays: 3, dailyTime: '04:00' },
      auth: { mode: 'rbac' },
    });
    expect(design.network).toMatchObject({
      mode: 'existing',
      subnetIds: ['subnet-0a1b2c3d4e5f60718', 'subnet-0f1e2d3c4b5a69788'],
    });
    expect(report.defaulted).toContainEqual({
      field: 'caches.catalog-cache.auth.users',
      reason: expect.stringContaining('starter users'),
    });
    // describe-serverless-caches names the subnets but not their VPC: the one error left asks for it.
    expect(
      checkDesign(design)
        .filter((finding) => finding.severity === 'error')
        .map((finding) => [finding.ruleId, finding.path.join('.')]),
    ).toEqual([['existing-network-ids', 'network.vpcId']]);
  });

  it('a global datastore joins its primary', async () => {
    const { design, report } = await imported(
      [fixture('describe-global-replication-groups'), fixture('describe-replication-groups')].join(''),
    );
    expect(design.caches[0]).toMatchObject({
      id: 'orders-cache',
      globalDatastore: { enabled: true, suffix: 'orders-global', secondaries: [{ region: 'us-west-2' }] },
    });
    expect(report.defaulted.map((entry) => entry.field)).toContain(
      'caches.orders-cache.globalDatastore.secondaries.replicasPerShard',
    );
    const alone = await importText(fixture('describe-global-replication-groups'));
    expect(alone.ok).toBe(false);
    expect(alone.report?.dropped).toContainEqual({
      attribute: 'GlobalReplicationGroup ldgnf-orders-global',
      reason: expect.stringContaining('primary replication group is not in these outputs'),
    });
  });
});
