/**
 * Day-2 safety of the generated bundle, as far as the text shows it (the change suite in
 * scripts/terraform plans real changes against synthesized state): names that change with what forces
 * a replacement, final snapshots named per cache lifetime, global datastore properties owned by the
 * global datastore, and one guarded state per environment.
 */
import { describe, expect, it } from 'vitest';
import { defineDesign } from '@/model/defaults';
import type { Design } from '@/model/design';
import { findPreset } from '@/model/presets';
import { replacingFields } from '@/model/update-behaviour';
import { replicationGroupBlock } from '@/testing/global-secondary';
import { generate } from './index';

const fileOf = (design: Design, path: string) => {
  const file = generate(design).find((candidate) => candidate.path === path);
  if (!file) throw new Error(`${path} is not in the bundle`);
  return file.content;
};

/** The body of `resource "<type>" "<name>"` in a file's text. */
const resourceBlock = (text: string, type: string, name: string) => {
  const match = new RegExp(`^resource "${type}" "${name}" \\{\\n[\\s\\S]*?\\n\\}`, 'm').exec(text);
  if (!match) throw new Error(`no ${type}.${name}`);
  return match[0];
};

const customGroupDesign = (engine: 'valkey' | 'redis', engineVersion: string) =>
  defineDesign({
    name: 'upgrade',
    caches: [
      {
        kind: 'replication-group',
        id: 'orders',
        engine,
        engineVersion,
        parameterGroup: { mode: 'custom', parameters: [{ name: 'maxmemory-policy', value: 'allkeys-lru' }] },
      },
    ],
  });

const parameterGroupName = (design: Design) =>
  /resource "aws_elasticache_parameter_group" "orders" \{\n\s+name\s+= "([^"]+)"/.exec(
    fileOf(design, 'elasticache.tf'),
  )?.[1];

describe('parameter groups', () => {
  it('change their name with the family, so the new group is created beside the one still in use', () => {
    const upgrades: [Design, Design][] = [
      [customGroupDesign('redis', '7.0'), customGroupDesign('valkey', '7.2')],
      [customGroupDesign('valkey', '7.2'), customGroupDesign('valkey', '8.0')],
      [customGroupDesign('redis', '6.2'), customGroupDesign('redis', '7.1')],
    ];
    for (const [before, after] of upgrades) {
      expect(parameterGroupName(after)).not.toBe(parameterGroupName(before));
      expect(fileOf(after, 'elasticache.tf')).toMatch(/create_before_destroy = true/);
    }
    expect(parameterGroupName(customGroupDesign('redis', '6.2'))).toBe('orders-params-redis6x');
    expect(parameterGroupName(customGroupDesign('valkey', '8.0'))).toBe('orders-params-valkey8');
    // A minor upgrade within a family keeps the group (its parameters change in place).
    expect(parameterGroupName(customGroupDesign('valkey', '8.1'))).toBe('orders-params-valkey8');
  });

  it('follow the AWS naming rule: a letter first, letters, digits and single hyphens, at most 255', () => {
    const memcached = findPreset('seed-basic-memcached')!.design;
    const names = [
      parameterGroupName(customGroupDesign('redis', '7.1'))!,
      /"aws_elasticache_parameter_group" "\w+" \{\s+name\s+= "([^"]+)"/.exec(
        fileOf(memcached, 'elasticache.tf'),
      )![1]!,
    ];
    expect(names[1]).toMatch(/-memcached1\d$/);
    for (const name of names) expect(name).toMatch(/^[a-z](?:-?[a-z0-9])*$/);
  });

  it('move the replication group over in place: it names the group by reference', () => {
    const tf = fileOf(customGroupDesign('valkey', '8.0'), 'elasticache.tf');
    expect(replicationGroupBlock(tf, 'orders')).toContain(
      'parameter_group_name = aws_elasticache_parameter_group.orders.name',
    );
  });
});

describe('final snapshots', () => {
  it('are named once per cache, at the plan that creates it, and kept in the state', () => {
    const design = customGroupDesign('valkey', '8.0');
    const block = replicationGroupBlock(fileOf(design, 'elasticache.tf'), 'orders');
    expect(block).toMatch(
      /final_snapshot_identifier\s+= "orders-final-\$\{formatdate\("YYYYMMDDhhmmss", plantimestamp\(\)\)\}"\n/,
    );
    expect(block).toMatch(/ignore_changes = \[final_snapshot_identifier\]/);
    // The text itself stays deterministic.
    expect(fileOf(design, 'elasticache.tf')).toBe(fileOf(structuredClone(design), 'elasticache.tf'));
  });

  it('carry the environment and instance prefixes, and are left out when no final snapshot is wanted', () => {
    const environments = fileOf(
      defineDesign({
        name: 'staged',
        caches: [{ kind: 'replication-group', id: 'redis-cluster' }],
        environments: [{ name: 'dev' }, { name: 'prod' }],
      }),
      'elasticache.tf',
    );
    expect(environments).toContain(
      '"${var.environment}-redis-cluster-final-${formatdate("YYYYMMDDhhmmss", plantimestamp())}"',
    );
    const instances = fileOf(
      defineDesign({
        name: 'stamped',
        caches: [{ kind: 'replication-group', id: 'redis-cluster', instances: ['orders', 'carts'] }],
      }),
      'elasticache.tf',
    );
    expect(instances).toContain('"${each.key}-redis-cluster-final-${formatdate(');
    const without = customGroupDesign('valkey', '8.0');
    if (without.caches[0]!.kind === 'replication-group') without.caches[0]!.backups.finalSnapshot = false;
    const tf = fileOf(without, 'elasticache.tf');
    expect(tf).not.toContain('final_snapshot_identifier');
    expect(tf).not.toContain('lifecycle {\n    # The final snapshot');
  });
});

describe('global datastores', () => {
  for (const id of ['seed-global-datastore', 'global-valkey']) {
    it(`${id}: version, node type, shards and parameter group are set on the global datastore`, () => {
      const design = findPreset(id)!.design;
      const cache = design.caches[0]!;
      if (cache.kind !== 'replication-group') throw new Error('not a replication group');
      const tf = fileOf(design, 'elasticache.tf');
      const name = cache.id.replace(/-/g, '_');
      const global = resourceBlock(tf, 'aws_elasticache_global_replication_group', name);
      expect(global).toContain(`engine_version       = "${cache.engineVersion}"`);
      expect(global).toMatch(new RegExp(`cache_node_type\\s+= var\\.${name}_node_type`));
      expect(global).toMatch(/parameter_group_name\s+= /);
      if (cache.clusterMode === 'disabled') expect(global).not.toContain('num_node_groups');
      else expect(global).toMatch(new RegExp(`num_node_groups\\s+= var\\.${name}_shards`));
      // A promoted secondary becomes the primary AWS reports: that must not replace the global datastore.
      expect(global).toMatch(/ignore_changes = \[primary_replication_group_id\]/);

      const owned = [
        'engine_version',
        'node_type',
        ...(cache.clusterMode === 'disabled' ? [] : ['num_node_groups']),
        'parameter_group_name',
      ];
      const primary = replicationGroupBlock(tf, name);
      const ignored = /ignore_changes = \[([^\]]*)\]/.exec(primary)?.[1]?.split(', ') ?? [];
      expect(ignored).toEqual(expect.arrayContaining(owned));
      for (const secondary of cache.globalDatastore.secondaries) {
        const block = replicationGroupBlock(tf, `${name}_${secondary.region.replace(/-/g, '_')}`);
        expect(/ignore_changes = \[([^\]]*)\]/.exec(block)?.[1]?.split(', ')).toEqual(owned);
      }
    });
  }

  it('adding a secondary region leaves the other regions’ VPC ranges where they are', () => {
    const design = findPreset('global-valkey')!.design;
    const cidrs = (candidate: Design) =>
      Object.fromEntries(
        [
          ...fileOf(candidate, 'variables.tf').matchAll(
            /variable "(vpc_cidr\w*)" \{[^}]*?default\s+= "([^"]+)"/g,
          ),
        ].map((match) => [match[1], match[2]]),
      );
    const before = cidrs(design);
    const grown = structuredClone(design);
    const cache = grown.caches[0]!;
    if (cache.kind === 'replication-group')
      cache.globalDatastore.secondaries.push({ region: 'ap-southeast-1', replicasPerShard: 1 });
    const after = cidrs(grown);
    expect(after).toMatchObject(before);
    expect(Object.keys(after).length).toBe(Object.keys(before).length + 1);
    expect(new Set(Object.values(after)).size).toBe(Object.keys(after).length);
  });

  it('a cache without a global datastore keeps its own version and node type', () => {
    const block = replicationGroupBlock(
      fileOf(customGroupDesign('valkey', '8.0'), 'elasticache.tf'),
      'orders',
    );
    expect(block).not.toMatch(/ignore_changes = \[[^\]]*engine_version/);
  });
});

describe('one state per environment', () => {
  const design = findPreset('seed-multi-environment')!.design;

  it('records the environment in the state and refuses another environment’s tfvars or workspace', () => {
    const guard = resourceBlock(fileOf(design, 'environment.tf'), 'terraform_data', 'environment');
    expect(guard).toContain('input = var.environment');
    expect(guard).toContain('ignore_changes = [input]');
    expect(guard).toContain('condition     = self.output == var.environment');
    expect(guard).toContain(
      'This state belongs to environment \\"${self.output}\\", not \\"${var.environment}\\"',
    );
    expect(guard).toContain('contains(["default", var.environment], terraform.workspace)');
  });

  it('tells how to select each environment’s workspace, in its tfvars and the README', () => {
    expect(fileOf(design, 'prod.tfvars')).toContain('terraform workspace select -or-create prod');
    const readme = fileOf(design, 'README.md');
    expect(readme).toContain(
      'terraform workspace select -or-create dev\nterraform plan -var-file=dev.tfvars',
    );
    expect(readme).toContain('`environment.tf`');
  });

  it('has no guard without environments', () => {
    const paths = generate(customGroupDesign('valkey', '8.0')).map((file) => file.path);
    expect(paths).not.toContain('environment.tf');
  });
});

describe('the README’s apply section', () => {
  it('warns which changes recreate each cache, from the update-behaviour data', () => {
    const valkey = customGroupDesign('valkey', '8.0');
    const readme = fileOf(valkey, 'README.md');
    expect(readme).toContain('`# forces replacement`');
    for (const { path } of replacingFields(valkey, 0)) expect(readme).toContain(`\`${path}\``);
    // Valkey cannot go back to Redis OSS; Redis OSS moves to Valkey in place.
    expect(replacingFields(valkey, 0).map(({ path }) => path)).toContain('engine');
    const redis = customGroupDesign('redis', '7.1');
    expect(replacingFields(redis, 0).map(({ path }) => path)).not.toContain('engine');
    expect(replacingFields(redis, 0).map(({ path }) => path)).toEqual(
      expect.arrayContaining(['id', 'port', 'atRestEncryption.enabled', 'networkType', 'dataTiering']),
    );
  });

  it('lists the global datastore suffix only for a global datastore', () => {
    expect(fileOf(customGroupDesign('valkey', '8.0'), 'README.md')).not.toContain('globalDatastore.suffix');
    expect(fileOf(findPreset('global-valkey')!.design, 'README.md')).toContain('`globalDatastore.suffix`');
  });
});
