import { describe, expect, it } from 'vitest';
import { memberClusters, synthesizeState, type ProviderSchemas, type SavedPlan } from './state-synth';

const AWS = 'registry.terraform.io/hashicorp/aws';
const BUILTIN = 'terraform.io/builtin/terraform';

const schemas: ProviderSchemas = {
  [AWS]: {
    aws_vpc: {
      version: 1,
      block: {
        attributes: { id: { type: 'string' }, arn: { type: 'string' }, cidr_block: { type: 'string' } },
      },
    },
    aws_subnet: { version: 1, block: { attributes: { id: { type: 'string' }, vpc_id: { type: 'string' } } } },
    aws_elasticache_subnet_group: {
      version: 0,
      block: {
        attributes: {
          id: { type: 'string' },
          name: { type: 'string' },
          subnet_ids: { type: ['set', 'string'] },
        },
      },
    },
    aws_elasticache_replication_group: {
      version: 2,
      block: {
        attributes: {
          id: { type: 'string' },
          arn: { type: 'string' },
          replication_group_id: { type: 'string' },
          num_cache_clusters: { type: 'number' },
          member_clusters: { type: ['set', 'string'] },
          primary_endpoint_address: { type: 'string' },
          subnet_group_name: { type: 'string' },
          auth_token: { type: 'string' },
        },
      },
    },
  },
  [BUILTIN]: {
    terraform_data: {
      version: 0,
      block: {
        attributes: { id: { type: 'string' }, input: { type: 'dynamic' }, output: { type: 'dynamic' } },
      },
    },
  },
};

const create = (
  address: string,
  after: Record<string, unknown>,
  afterUnknown: Record<string, unknown>,
  extra = {},
) => {
  const [type, rest] = address.split(/\.(.*)/s) as [string, string];
  const name = rest.replace(/\[.*$/, '');
  return {
    address,
    mode: 'managed' as const,
    type,
    name,
    provider_name: type === 'terraform_data' ? BUILTIN : AWS,
    change: { actions: ['create'], before: null, after, after_unknown: afterUnknown, after_sensitive: {} },
    ...extra,
  };
};

const plan: SavedPlan = {
  variables: { region: { value: 'eu-west-1' } },
  resource_changes: [
    create('aws_vpc.this', { cidr_block: '10.0.0.0/16' }, { id: true, arn: true }),
    create('aws_subnet.private[1]', {}, { id: true, vpc_id: true }, { index: 1 }),
    create('aws_subnet.private[0]', {}, { id: true, vpc_id: true }, { index: 0 }),
    create('aws_elasticache_subnet_group.this', { name: 'shop' }, { id: true, subnet_ids: true }),
    {
      ...create(
        'aws_elasticache_replication_group.cache',
        { replication_group_id: 'shop-cache', num_cache_clusters: 3, auth_token: 'secret' },
        {
          id: true,
          arn: true,
          member_clusters: true,
          primary_endpoint_address: true,
          subnet_group_name: true,
        },
      ),
      change: {
        actions: ['create'],
        before: null,
        after: { replication_group_id: 'shop-cache', num_cache_clusters: 3, auth_token: 'secret' },
        after_unknown: {
          id: true,
          arn: true,
          member_clusters: true,
          primary_endpoint_address: true,
          subnet_group_name: true,
        },
        after_sensitive: { auth_token: true, member_clusters: [] },
      },
    },
    create('terraform_data.environment', { input: 'dev' }, { id: true, output: true }),
  ],
  output_changes: {
    endpoint: { actions: ['create'], after_unknown: true, after_sensitive: false },
    port: { actions: ['create'], after: 6379, after_unknown: false, after_sensitive: false },
  },
  configuration: {
    provider_config: { aws: { name: 'aws', expressions: { region: { references: ['var.region'] } } } },
    root_module: {
      resources: [
        {
          address: 'aws_vpc.this',
          mode: 'managed',
          type: 'aws_vpc',
          name: 'this',
          provider_config_key: 'aws',
        },
        {
          address: 'aws_subnet.private',
          mode: 'managed',
          type: 'aws_subnet',
          name: 'private',
          provider_config_key: 'aws',
          expressions: { vpc_id: { references: ['aws_vpc.this.id', 'aws_vpc.this'] } },
        },
        {
          address: 'aws_elasticache_subnet_group.this',
          mode: 'managed',
          type: 'aws_elasticache_subnet_group',
          name: 'this',
          provider_config_key: 'aws',
          expressions: { subnet_ids: { references: ['aws_subnet.private'] } },
        },
        {
          address: 'aws_elasticache_replication_group.cache',
          mode: 'managed',
          type: 'aws_elasticache_replication_group',
          name: 'cache',
          provider_config_key: 'aws',
          expressions: {
            subnet_group_name: {
              references: ['aws_elasticache_subnet_group.this.name', 'aws_elasticache_subnet_group.this'],
            },
          },
        },
      ],
      outputs: {
        endpoint: {
          expression: {
            references: [
              'aws_elasticache_replication_group.cache.primary_endpoint_address',
              'aws_elasticache_replication_group.cache',
            ],
          },
        },
      },
    },
  },
};

const synthesize = () =>
  synthesizeState(plan, schemas, { terraformVersion: '1.11.4', lineage: 'l', serial: 1 });
const instance = (address: string) => {
  const [type, name] = address.split('.');
  return synthesize().resources.find((resource) => resource.type === type && resource.name === name)!
    .instances;
};

describe('state synthesis', () => {
  it('writes format 4 with schema versions, providers and index keys', () => {
    const state = synthesize();
    expect(state).toMatchObject({ version: 4, terraform_version: '1.11.4', serial: 1, lineage: 'l' });
    const group = state.resources.find((resource) => resource.type === 'aws_elasticache_replication_group')!;
    expect(group.provider).toBe('provider["registry.terraform.io/hashicorp/aws"]');
    expect(group.instances[0]!.schema_version).toBe(2);
    expect(
      instance('aws_subnet.private')
        .map((subnet) => subnet.index_key)
        .sort(),
    ).toEqual([0, 1]);
    expect(state.resources.find((resource) => resource.type === 'terraform_data')!.provider).toBe(
      'provider["terraform.io/builtin/terraform"]',
    );
  });

  it('mocks IDs the way AWS names them, and ARNs in the mock account and region', () => {
    const [group] = instance('aws_elasticache_replication_group.cache');
    expect(group!.attributes.id).toBe('shop-cache');
    expect(group!.attributes.arn).toBe(
      'arn:aws:elasticache:eu-west-1:123456789012:replicationgroup:shop-cache',
    );
    expect(group!.attributes.member_clusters).toEqual(['shop-cache-001', 'shop-cache-002', 'shop-cache-003']);
    expect(group!.attributes.primary_endpoint_address).toMatch(
      /^master\.shop-cache\.[0-9a-f]{6}\.euw1\.cache\.amazonaws\.com$/,
    );
    expect(instance('aws_vpc.this')[0]!.attributes.id).toMatch(/^vpc-[0-9a-f]{17}$/);
  });

  it('gives a reference the value of what it refers to', () => {
    const vpcId = instance('aws_vpc.this')[0]!.attributes.id;
    for (const subnet of instance('aws_subnet.private')) expect(subnet.attributes.vpc_id).toBe(vpcId);
    const subnetIds = instance('aws_subnet.private')
      .sort((a, b) => Number(a.index_key) - Number(b.index_key))
      .map((subnet) => subnet.attributes.id);
    expect(instance('aws_elasticache_subnet_group.this')[0]!.attributes.subnet_ids).toEqual(subnetIds);
    expect(instance('aws_elasticache_replication_group.cache')[0]!.attributes.subnet_group_name).toBe('shop');
    expect(instance('aws_elasticache_replication_group.cache')[0]!.dependencies).toEqual([
      'aws_elasticache_subnet_group.this',
    ]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(synthesize())).toBe(JSON.stringify(synthesize()));
  });

  it('keeps sensitive values and marks their paths', () => {
    const [group] = instance('aws_elasticache_replication_group.cache');
    expect(group!.attributes.auth_token).toBe('secret');
    expect(group!.sensitive_attributes).toEqual([[{ type: 'get_attr', value: 'auth_token' }]]);
  });

  it('stores dynamic attributes with their type, and outputs from what they read', () => {
    const [data] = instance('terraform_data.environment');
    expect(data!.attributes.input).toEqual({ value: 'dev', type: 'string' });
    expect(data!.attributes.output).toEqual({ value: 'dev', type: 'string' });
    const state = synthesize();
    expect(state.outputs.port).toEqual({ value: 6379, type: 'number' });
    expect(state.outputs.endpoint!.value).toBe(
      instance('aws_elasticache_replication_group.cache')[0]!.attributes.primary_endpoint_address,
    );
  });

  it('keeps a prior instance the next plan does not change', () => {
    const first = synthesize();
    const next: SavedPlan = {
      ...plan,
      resource_changes: plan.resource_changes!.map((change) => ({
        ...change,
        change: { ...change.change, actions: ['no-op'] },
      })),
    };
    const second = synthesizeState(next, schemas, {
      terraformVersion: '1.11.4',
      lineage: 'l',
      serial: 2,
      prior: first,
    });
    expect(second.resources).toEqual(first.resources);
  });

  it('names sharded member clusters per shard', () => {
    expect(
      memberClusters({
        replication_group_id: 'c',
        cluster_mode: 'enabled',
        num_node_groups: 2,
        replicas_per_node_group: 1,
      }),
    ).toEqual(['c-0001-001', 'c-0001-002', 'c-0002-001', 'c-0002-002']);
  });
});
