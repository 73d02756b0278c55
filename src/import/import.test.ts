import { describe, expect, it } from 'vitest';
import { terraformFiles } from '@/generate';
import { findPreset } from '@/model/presets';
import { formatReport, importText, importValue } from '.';
import basicRedisPlan from './__fixtures__/seed-basic-redis.plan.json';
import { readDeployment } from './terraform-json';

/** `terraform show -json` of the seed-basic-redis preset's plan (terraform 1.11, aws 5.100.0). */
const planText = JSON.stringify(basicRedisPlan, null, 2);
const plan = () => JSON.parse(planText) as Record<string, unknown>;

/** The same plan as a state shows it: the planned values, no variables and no configuration. */
const stateOf = (document: Record<string, unknown>) => ({
  format_version: '1.0',
  terraform_version: document.terraform_version,
  values: document.planned_values,
});

describe('import of terraform show -json', () => {
  it('imports a plan back into the design that rendered it, byte for byte', async () => {
    const result = await importText(planText);
    if (!result.ok) throw new Error(result.error.message);
    expect(terraformFiles(result.design)).toEqual(terraformFiles(findPreset('seed-basic-redis')!.design));
    expect(result.report.source).toBe('terraform show -json (plan)');
    expect(result.report.dropped).toEqual([]);
    expect(result.report.defaulted.map((entry) => entry.field)).toEqual(
      expect.arrayContaining(['description', 'notes', 'caches.redis-cluster.expectedUsage']),
    );
    expect(result.report.mapped).toContainEqual({
      field: 'caches.redis-cluster.nodeType',
      from: 'aws_elasticache_replication_group.redis_cluster.node_type',
    });
  });

  it("reads the region of a resource's aliased provider from a plan's configuration", () => {
    const secondary = { type: 'aws_elasticache_replication_group', name: 'copy' };
    const deployment = readDeployment({
      planned_values: {
        root_module: {
          resources: [{ ...secondary, mode: 'managed', address: 'aws_elasticache_replication_group.copy' }],
        },
      },
      configuration: {
        provider_config: {
          aws: { name: 'aws', expressions: { region: { constant_value: 'us-east-1' } } },
          'aws.replica': {
            name: 'aws',
            alias: 'replica',
            expressions: { region: { constant_value: 'eu-west-1' } },
          },
        },
        root_module: { resources: [{ ...secondary, provider_config_key: 'aws.replica' }] },
      },
    });
    expect(deployment.resources.map((resource) => resource.region)).toEqual(['eu-west-1']);
  });

  it("reads clients from a state's inline ingress rules when no rule resources admit them", () => {
    const state = stateOf(plan()) as { values: { root_module: { resources: Record<string, unknown>[] } } };
    const resources = state.values.root_module.resources.filter(
      (resource) => resource.type !== 'aws_vpc_security_group_ingress_rule',
    );
    const group = resources.find((resource) => resource.type === 'aws_security_group')!;
    group.values = {
      ...(group.values as object),
      ingress: [
        {
          from_port: 6379,
          to_port: 6379,
          protocol: 'tcp',
          cidr_blocks: ['10.9.0.0/16'],
          security_groups: ['sg-0123456789abcdef0'],
        },
      ],
    };
    state.values.root_module.resources = resources;
    const result = importValue(state);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.design.clients).toEqual({
      cidrBlocks: ['10.9.0.0/16'],
      securityGroupIds: ['sg-0123456789abcdef0'],
    });
  });

  it('imports a state, reporting what only the configuration knows as defaulted', () => {
    const result = importValue(stateOf(plan()));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.report.source).toBe('terraform show -json (state)');
    const preset = findPreset('seed-basic-redis')!.design;
    expect(result.design.caches[0]).toMatchObject({
      id: 'redis-cluster',
      nodeType: 'cache.t3.micro',
      replicasPerShard: 1,
    });
    expect(terraformFiles(result.design)).toEqual(terraformFiles(preset));
    expect(result.report.defaulted).toContainEqual({
      field: 'caches.redis-cluster.settingsAsVariables',
      reason: expect.stringContaining('a state does not hold'),
    });
  });

  it('names every attribute and resource the design does not hold', () => {
    const document = plan();
    const resources = (document.planned_values as { root_module: { resources: Record<string, unknown>[] } })
      .root_module.resources;
    const vpc = resources.find((resource) => resource.address === 'aws_vpc.this')!;
    (vpc.values as Record<string, unknown>).assign_generated_ipv6_cidr_block = true;
    resources.push({
      address: 'aws_instance.bastion',
      mode: 'managed',
      type: 'aws_instance',
      name: 'bastion',
      values: { ami: 'ami-1' },
    });
    const result = importValue(document);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.report.dropped).toEqual([
      {
        attribute: 'aws_vpc.this.assign_generated_ipv6_cidr_block',
        reason: expect.stringContaining('does not hold'),
      },
      { attribute: 'aws_instance.bastion', reason: 'a resource type the design does not hold' },
    ]);
    expect(formatReport(result.report)).toMatch(
      /^Imported from terraform show -json \(plan\): \d+ fields mapped, \d+ defaulted, 2 dropped\./,
    );
  });

  it('still reads design files, and says what it cannot read', async () => {
    const design = findPreset('dev-cache')!.design;
    const read = await importText(JSON.stringify(design));
    expect(read.ok && read.design).toEqual(design);
    const foreign = await importText('{"hello": "world"}');
    expect(foreign.ok).toBe(false);
    expect(!foreign.ok && foreign.error.message).toMatch(/not `terraform show -json` output/);
    expect(importValue({ format_version: '1.0', values: null }).ok).toBe(false);
  });
});
