/**
 * Day-2 safety of the generated bundle, as far as the text shows it (the change suite in
 * scripts/terraform plans real changes against synthesized state): names that change with what forces
 * a replacement, final snapshots named per cache lifetime, global datastore properties owned by the
 * global datastore, and one guarded state per environment.
 */
import { describe, expect, it } from 'vitest';
import { defineDesign } from '@/model/defaults';
import type { Design, ReplicationGroup } from '@/model/design';
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

const presetOf = (id: string) => structuredClone(findPreset(id)!.design);

describe('review findings', () => {
  it('subscribes each alarm email address to the topic, validated, and outputs the topic ARN', () => {
    const design = presetOf('ha-valkey');
    design.notifications = { topic: 'create', email: 'oncall@example.com' };
    const variables = fileOf(design, 'variables.tf');
    expect(variables).toMatch(
      /variable "alarm_email_addresses" \{[^}]*type {8}= list\(string\)\n {2}default {5}= \["oncall@example\.com"\]/,
    );
    expect(variables).toContain('can(regex("^[^@\\\\s]+@[^@\\\\s]+\\\\.[^@\\\\s]+$", address))');
    const subscription = resourceBlock(
      fileOf(design, 'monitoring.tf'),
      'aws_sns_topic_subscription',
      'alerts_email',
    );
    expect(subscription).toContain('for_each = toset(var.alarm_email_addresses)');
    expect(subscription).toContain('endpoint  = each.key');
    expect(fileOf(design, 'outputs.tf')).toContain('output "notification_topic_arn"');
    expect(fileOf(design, 'README.md')).toMatch(/`alarm_email_addresses`[^\n]*`Confirm subscription`/);
    // Without an address the subscriptions are empty until the user lists some.
    expect(fileOf(presetOf('ha-valkey'), 'variables.tf')).toMatch(
      /variable "alarm_email_addresses" \{[^}]*default {5}= \[\]/,
    );
  });

  it('watches replication lag on every member: a failover makes the old primary a replica', () => {
    const monitoring = fileOf(presetOf('ha-valkey'), 'monitoring.tf');
    const lag = resourceBlock(monitoring, 'aws_cloudwatch_metric_alarm', 'app_cache_replication_lag');
    expect(lag).toContain('for_each = toset(local.app_cache_members)');
    // The primary of the moment publishes no ReplicationLag: that is not a breach.
    expect(lag).toContain('treat_missing_data  = "notBreaching"');
    expect(monitoring).toMatch(
      /app_cache_members = \[for pair in setproduct\(range\(1, var\.app_cache_shards \+ 1\), range\(1, /,
    );
    expect(monitoring).not.toContain('_replicas =');
  });

  it('sets the host-CPU threshold from each environment’s node type', () => {
    const design = presetOf('seed-multi-environment');
    const redis = design.caches[0] as ReplicationGroup;
    redis.alarms.enabled = true;
    redis.nodeType = 'cache.r7g.xlarge'; // 4 vCPUs: no host-CPU alarm by default
    const prod = design.environments.find((environment) => environment.name === 'prod')!;
    prod.overrides[redis.id] = { ...prod.overrides[redis.id], nodeType: 'cache.r7g.2xlarge' };
    const dev = design.environments.find((environment) => environment.name === 'dev')!;
    dev.overrides[redis.id] = { ...dev.overrides[redis.id], nodeType: 'cache.t3.micro' };
    const threshold = (file: string) =>
      /redis_cluster_host_cpu_threshold\s+= (\d+)/.exec(fileOf(design, file))?.[1];
    expect(threshold('dev.tfvars')).toBe('45'); // 2 vCPUs
    expect(threshold('prod.tfvars')).toBe('0'); // 8 vCPUs: off
    expect(
      resourceBlock(fileOf(design, 'monitoring.tf'), 'aws_cloudwatch_metric_alarm', 'redis_cluster_host_cpu'),
    ).toContain(
      'for_each = var.redis_cluster_host_cpu_threshold > 0 ? toset(local.redis_cluster_members) : toset([])',
    );
    // No environment on a small node: no alarm at all.
    dev.overrides[redis.id] = { ...dev.overrides[redis.id], nodeType: 'cache.r7g.xlarge' };
    const staging = design.environments.find((environment) => environment.name === 'staging')!;
    staging.overrides[redis.id] = { ...staging.overrides[redis.id], nodeType: 'cache.r7g.xlarge' };
    expect(fileOf(design, 'monitoring.tf')).not.toContain('host_cpu');
  });

  it('gives global secondaries their own alarms, topic and log groups in their region', () => {
    const design = presetOf('global-valkey');
    const cache = design.caches[0] as ReplicationGroup;
    cache.logs.slowLog = { enabled: true, destination: 'cloudwatch-logs', format: 'json', retentionDays: 30 };
    const monitoring = fileOf(design, 'monitoring.tf');
    for (const region of cache.globalDatastore.secondaries.map((secondary) =>
      secondary.region.replace(/-/g, '_'),
    )) {
      const alarm = resourceBlock(
        monitoring,
        'aws_cloudwatch_metric_alarm',
        `global_cache_${region}_engine_cpu`,
      );
      expect(alarm).toContain(`provider = aws.${region}`);
      expect(alarm).toContain(`for_each = toset(local.global_cache_${region}_members)`);
      expect(alarm).toContain(`alarm_actions       = [aws_sns_topic.alerts_${region}.arn]`);
      expect(resourceBlock(monitoring, 'aws_sns_topic', `alerts_${region}`)).toContain(
        `provider = aws.${region}`,
      );
      const logGroup = resourceBlock(
        monitoring,
        'aws_cloudwatch_log_group',
        `global_cache_${region}_slow_log`,
      );
      expect(logGroup).toContain(`provider = aws.${region}`);
      expect(replicationGroupBlock(fileOf(design, 'elasticache.tf'), `global_cache_${region}`)).toContain(
        `destination      = aws_cloudwatch_log_group.global_cache_${region}_slow_log.name`,
      );
      expect(fileOf(design, 'outputs.tf')).toContain(`output "notification_topic_arn_${region}"`);
    }
    expect(monitoring).toMatch(
      /global_cache_us_west_2_members = \[for node in range\(1, var\.global_cache_replicas_per_shard_us_west_2 \+ 2\) : format\("%s-%03d", "global-cache-us-west-2", node\)\]/,
    );
  });

  it('gives each stamped service its own AUTH token and security group', () => {
    const design = presetOf('seed-microservices');
    const cache = replicationGroupBlock(fileOf(design, 'elasticache.tf'), 'redis_cluster');
    expect(cache).toContain('auth_token                 = var.redis_cluster_auth_tokens[each.key]');
    expect(cache).toContain('security_group_ids = [aws_security_group.redis_cluster[each.key].id]');
    const variables = fileOf(design, 'variables.tf');
    expect(variables).toMatch(
      /variable "redis_cluster_auth_tokens" \{[^}]*type {8}= map\(string\)\n {2}sensitive {3}= true/,
    );
    expect(variables).not.toContain('variable "redis_cluster_auth_token"');
    expect(fileOf(design, 'terraform.tfvars.example')).not.toMatch(/redis_cluster_auth_tokens\s+=/);
    const security = fileOf(design, 'security.tf');
    expect(resourceBlock(security, 'aws_security_group', 'redis_cluster')).toContain(
      'for_each = toset(var.redis_cluster_instances)',
    );
    expect(
      resourceBlock(security, 'aws_vpc_security_group_ingress_rule', 'redis_cluster_clients_cidr'),
    ).toContain('security_group_id = aws_security_group.redis_cluster[each.value.service].id');
    // No shared group is left that would admit one service's clients to every copy.
    expect(security).not.toContain('resource "aws_security_group" "cache"');
  });

  it('gives each stamped service its own RBAC users, passwords and user group', () => {
    const stamped = presetOf('seed-microservices');
    const design = defineDesign({
      ...stamped,
      caches: stamped.caches.map((cache) =>
        cache.kind === 'replication-group'
          ? {
              ...cache,
              auth: {
                mode: 'rbac',
                users: [
                  {
                    userId: 'default-off',
                    userName: 'default',
                    accessString: 'off -@all',
                    authentication: 'none',
                  },
                  { userId: 'app', userName: 'app', accessString: 'on ~* +@all', authentication: 'password' },
                ],
              },
            }
          : cache,
      ),
    });
    const text = fileOf(design, 'elasticache.tf');
    const user = resourceBlock(text, 'aws_elasticache_user', 'redis_cluster_app');
    expect(user).toContain('for_each = toset(var.redis_cluster_instances)');
    expect(user).toContain('user_id       = "${each.key}-redis-cluster-app"');
    expect(user).toContain('passwords = [var.redis_cluster_user_passwords[each.key]["app"]]');
    const group = resourceBlock(text, 'aws_elasticache_user_group', 'redis_cluster');
    expect(group).toContain('user_group_id = "${each.key}-redis-cluster-users"');
    expect(group).toContain('aws_elasticache_user.redis_cluster_app[each.key].user_id');
    expect(replicationGroupBlock(text, 'redis_cluster')).toMatch(
      /user_group_ids +?= \[aws_elasticache_user_group\.redis_cluster\[each\.key\]\.user_group_id\]/,
    );
    expect(fileOf(design, 'variables.tf')).toMatch(
      /variable "redis_cluster_user_passwords" \{[^}]*type {8}= map\(map\(string\)\)\n {2}sensitive {3}= true/,
    );
    expect(fileOf(design, 'outputs.tf')).toContain('output "redis_cluster_user_group_ids"');
  });
});
