/**
 * elasticache.tf: subnet groups, parameter groups, RBAC users and user groups, the caches themselves
 * (replication groups, Memcached clusters, serverless caches) and global datastores with their
 * secondary members. Sizing fields are variables so each environment can set them in its tfvars.
 */
import { attr, blank, block, bool, call, comment, list, num, obj, raw, str } from '@/hcl/build';
import { renderExpr } from '@/hcl/layout';
import type { BodyItem, Expr, TemplatePart } from '@/hcl/ast';
import { parameterFamily } from '@/model/catalog';
import type {
  Cache,
  Memcached,
  ParameterGroup,
  RbacUser,
  ReplicationGroup,
  Serverless,
} from '@/model/design';
import { timeOfDayPattern, timeWindowPattern, weeklyWindowPattern } from '@/model/windows';
import { parameterGroupNameBase, resolveCache, secondaryIdBase, subnetGroupNameBase } from '@/model/resolve';
import { registeredField, variableDescription } from '@/model/fields';
import {
  declareVariable,
  idExpr,
  providerAttr,
  secondaryTarget,
  snake,
  type GeneratorContext,
  type RegionTarget,
  type Variable,
} from './context';
import {
  failoverGuards,
  instanceGuards,
  nodeCountGuards,
  nodeTypeGuards,
  replicaGuards,
  retentionGuards,
  secondaryReplicaGuards,
  shardGuards,
  usageLimitGuards,
} from './guards';
import { kmsKeyRef, securityGroupRef, serviceSecurityGroupRef } from './security';
import { networkRefs } from './network';
import { logGroupRef, notificationTopicRef } from './monitoring';
import { portExpr, replicationGroupSettings } from './settings-variables';

export const subnetGroupRef = (target: RegionTarget) =>
  `aws_elasticache_subnet_group.this${target.suffix}.name`;

/**
 * Declares the variable of a cache field (its registry path) whose value may differ per environment:
 * named and described by the field registry, the generator adding a remark where it has one.
 */
function sizingVariable<T>(
  context: GeneratorContext,
  cache: Cache,
  path: string,
  definition: Omit<Variable, 'name' | 'description' | 'default' | 'tfvarsValue'> & {
    remark?: string;
    valueOf: (resolved: Cache) => T;
    toExpr: (value: T) => Expr;
  },
): string {
  const { design } = context;
  const { remark, valueOf, toExpr, ...rest } = definition;
  const valueFor = (environment: string | undefined) => valueOf(resolveCache(design, cache, environment));
  return declareVariable(context, {
    ...rest,
    name: `${snake(cache.id)}_${registeredField(path).variable!}`,
    description: variableDescription(path, cache.id, remark),
    default: toExpr(valueFor(undefined)),
    tfvarsValue: (environment) => toExpr(valueFor(environment)),
  });
}

const nodeTypeVariable = (context: GeneratorContext, cache: ReplicationGroup | Memcached) =>
  sizingVariable(context, cache, 'caches.*.nodeType', {
    type: 'string',
    remark: 'Node types are named like cache.r7g.large.',
    validations: nodeTypeGuards(cache),
    valueOf: (resolved) => (resolved as ReplicationGroup | Memcached).nodeType,
    toExpr: str,
  });

/** The schedules AWS changes in place: their field, and the format each takes. */
const WINDOWS = {
  snapshot_window: { path: 'caches.*.backups.window', pattern: timeWindowPattern, format: 'hh24:mi-hh24:mi' },
  maintenance_window: {
    path: 'caches.*.maintenance.window',
    pattern: weeklyWindowPattern,
    format: 'ddd:hh24:mi-ddd:hh24:mi',
  },
  daily_snapshot_time: { path: 'caches.*.snapshots.dailyTime', pattern: timeOfDayPattern, format: 'hh24:mi' },
} as const;

/** A schedule users tune per environment: a variable with the design's value as its default. */
function windowVariable(
  context: GeneratorContext,
  cache: Cache,
  field: keyof typeof WINDOWS,
  value: string,
): string {
  const name = `${snake(cache.id)}_${field}`;
  const { path, pattern, format } = WINDOWS[field];
  return declareVariable(context, {
    name,
    type: 'string',
    description: variableDescription(path, cache.id, `Format ${format}, in UTC.`),
    default: str(value),
    validations: [
      {
        condition: `can(regex(${JSON.stringify(pattern.source)}, var.${name}))`,
        message: `Format ${format} (UTC), e.g. ${value}.`,
      },
    ],
  });
}

const forEachInstances = (context: GeneratorContext, cache: Cache): BodyItem[] => {
  if (cache.instances.length === 0) return [];
  const instances = declareVariable(context, {
    name: `${snake(cache.id)}_instances`,
    type: 'list(string)',
    description: variableDescription('caches.*.instances', cache.id),
    default: list(cache.instances.map((instance) => str(instance))),
    validations: instanceGuards(context, cache),
  });
  return [attr('for_each', call('toset', raw(instances))), blank()];
};

/** The cache's tags (a `Name` from its AWS ID unless set), `overrides` replacing those of the same key. */
function cacheTags(context: GeneratorContext, cache: Cache, overrides: Record<string, string> = {}): Expr {
  const tags = { ...cache.tags, ...overrides };
  const entries: { key: string; value: Expr }[] = Object.entries(tags).map(([key, value]) => ({
    key,
    value: str(value),
  }));
  const stamped = cache.instances.length > 0;
  if (stamped && cache.instanceTagKey && !(cache.instanceTagKey in tags))
    entries.push({ key: cache.instanceTagKey, value: raw('each.key') });
  const name = { key: 'Name', value: idExpr(context.design, cache.id, { instance: stamped }) };
  return obj('Name' in tags ? entries : [name, ...entries], { multiline: true });
}

const descriptionOf = (cache: Cache) => cache.description || `${cache.id} cache`;

// ---------------------------------------------------------------------------------------------
// Parameter groups
// ---------------------------------------------------------------------------------------------

/**
 * The cache's parameter group family; undefined for a version the catalogue does not know (the
 * engine-version-known rule refuses the design). The bundle then names no parameter group, and AWS
 * picks the version's default, rather than a made-up `default.undefined`.
 */
const familyOf = (cache: ReplicationGroup | Memcached): string | undefined =>
  parameterFamily(cache.kind === 'memcached' ? 'memcached' : cache.engine, cache.engineVersion);

function parameterGroupAttribute(cache: ReplicationGroup | Memcached): BodyItem[] {
  const family = familyOf(cache);
  if (family === undefined) return [];
  if (cache.parameterGroup.mode === 'custom')
    return [attr('parameter_group_name', raw(`aws_elasticache_parameter_group.${snake(cache.id)}.name`))];
  const clustered = cache.kind === 'replication-group' && cache.clusterMode !== 'disabled';
  return [attr('parameter_group_name', str(`default.${family}${clustered ? '.cluster.on' : ''}`))];
}

/**
 * `<base>-<family without dots>` (`orders-params-valkey8`, `redis-parameter-group-redis7`, `-memcached16`;
 * the base is the design's name for the group, else `<id>-params`): the family
 * forces a new group, and the provider has no name_prefix here, so the name changes with it — the new
 * group is created beside the old one, which the cache still uses until it moves over in place.
 * Letters, digits and single hyphens only, as AWS requires of parameter group names.
 */
const customParameterGroupName = (cache: ReplicationGroup | Memcached, family: string) =>
  `${parameterGroupNameBase(cache)}-${family.replace(/\./g, '')}`;

function parameterGroup(context: GeneratorContext, cache: ReplicationGroup | Memcached): BodyItem[] {
  const group: ParameterGroup = cache.parameterGroup;
  const family = familyOf(cache);
  if (group.mode !== 'custom' || family === undefined) return [];
  const clustered = cache.kind === 'replication-group' && cache.clusterMode !== 'disabled';
  const parameters = [...group.parameters];
  const needsClusterFlag = clustered && !parameters.some((parameter) => parameter.name === 'cluster-enabled');
  const parameterBlocks = parameters.flatMap((parameter) => [
    blank(),
    block('parameter', [], [attr('name', str(parameter.name)), attr('value', str(parameter.value))]),
  ]);
  return [
    block(
      'resource',
      ['aws_elasticache_parameter_group', snake(cache.id)],
      [
        attr('name', idExpr(context.design, customParameterGroupName(cache, family))),
        attr('family', str(family)),
        attr('description', str(`Parameters of ${cache.id}`)),
        ...parameterBlocks,
        ...(needsClusterFlag
          ? [
              blank(),
              comment(
                'Cluster mode needs a parameter group with cluster-enabled set, or AWS rejects the group.',
              ),
              block('parameter', [], [attr('name', str('cluster-enabled')), attr('value', str('yes'))]),
            ]
          : []),
        blank(),
        comment('The cache still uses the old group while the new one is created (its name differs).'),
        block('lifecycle', [], [attr('create_before_destroy', raw('true'))]),
      ],
    ),
    blank(),
  ];
}

// ---------------------------------------------------------------------------------------------
// Users and user groups (RBAC)
// ---------------------------------------------------------------------------------------------

const userResourceName = (cache: Cache, user: RbacUser) => `${snake(cache.id)}_${snake(user.userId)}`;
/** A stamped cache's users and user group are per service (`[each.key]`), like the cache itself. */
const perService = (cache: Cache) => (cache.instances.length ? '[each.key]' : '');
export const userGroupRef = (cache: Cache) =>
  `aws_elasticache_user_group.${snake(cache.id)}${perService(cache)}.user_group_id`;

const PASSWORD_LENGTH = (password: string) => `length(${password}) >= 16 && length(${password}) <= 128`;

/**
 * The password of an RBAC user. A stamped cache's users are per service, and so are their passwords
 * (a map of maps, by service then user ID): one service's secret does not open another's data.
 */
function userPasswordExpr(context: GeneratorContext, cache: Cache, user: RbacUser): string {
  const id = snake(cache.id);
  const name = `${id}_user_passwords`;
  const stamped = cache.instances.length > 0;
  const passwords = declareVariable(context, {
    name,
    type: stamped ? 'map(map(string))' : 'map(string)',
    description: stamped
      ? `Passwords of each service's ${cache.id} users that log in with one, keyed by service, then user ID (16–128 characters, a different set per service). Set it with TF_VAR_${name} (a JSON object); never commit it.`
      : `Passwords of the ${cache.id} users that log in with one, keyed by user ID (16–128 characters). Set it with TF_VAR_${name}; never commit it.`,
    sensitive: true,
    validations: stamped
      ? [
          {
            condition: `alltrue([for service in var.${id}_instances : contains(keys(var.${name}), service)])`,
            message: `Every service in ${id}_instances needs its own passwords.`,
          },
          {
            condition: `alltrue(flatten([for passwords in values(var.${name}) : [for password in values(passwords) : ${PASSWORD_LENGTH('password')}]]))`,
            message: 'Each password must be 16 to 128 characters long.',
          },
        ]
      : [
          {
            condition: `alltrue([for password in values(var.${name}) : ${PASSWORD_LENGTH('password')}])`,
            message: 'Each password must be 16 to 128 characters long.',
          },
        ],
  });
  return `${passwords}${perService(cache)}[${JSON.stringify(user.userId)}]`;
}

function authenticationMode(context: GeneratorContext, cache: Cache, user: RbacUser): BodyItem {
  if (user.authentication === 'iam') return block('authentication_mode', [], [attr('type', str('iam'))]);
  if (user.authentication === 'none')
    return block('authentication_mode', [], [attr('type', str('no-password-required'))]);
  return block(
    'authentication_mode',
    [],
    [attr('type', str('password')), attr('passwords', list([raw(userPasswordExpr(context, cache, user))]))],
  );
}

function rbacResources(context: GeneratorContext, cache: ReplicationGroup | Serverless): BodyItem[] {
  if (cache.auth.mode !== 'rbac') return [];
  const engine = cache.engine === 'valkey' ? 'valkey' : 'redis';
  const instance = cache.instances.length > 0;
  const users = cache.auth.users.flatMap((user) => {
    const userId = idExpr(context.design, `${cache.id}-${user.userId}`.toLowerCase(), { instance });
    // AWS: an IAM-authenticated user connects as its user ID, so its user name must equal the ID.
    return [
      block(
        'resource',
        ['aws_elasticache_user', userResourceName(cache, user)],
        [
          ...forEachInstances(context, cache),
          attr('user_id', userId),
          attr('user_name', user.authentication === 'iam' ? userId : str(user.userName)),
          attr('access_string', str(user.accessString)),
          attr('engine', str(engine)),
          blank(),
          authenticationMode(context, cache, user),
        ],
      ),
      blank(),
    ];
  });
  return [
    ...users,
    block(
      'resource',
      ['aws_elasticache_user_group', snake(cache.id)],
      [
        ...forEachInstances(context, cache),
        attr('user_group_id', idExpr(context.design, `${cache.id}-users`, { instance })),
        attr('engine', str(engine)),
        attr(
          'user_ids',
          list(
            cache.auth.users.map((user) =>
              raw(`aws_elasticache_user.${userResourceName(cache, user)}${perService(cache)}.user_id`),
            ),
            { multiline: cache.auth.users.length > 1 },
          ),
        ),
      ],
    ),
    blank(),
  ];
}

// ---------------------------------------------------------------------------------------------
// Replication groups (Valkey, Redis OSS) and global datastores
// ---------------------------------------------------------------------------------------------

const cacheSecurityGroupRef = (cache: Cache, primary: RegionTarget) =>
  cache.instances.length ? serviceSecurityGroupRef(cache) : securityGroupRef(primary);

const AUTH_TOKEN_PATTERN = '^[A-Za-z0-9!&#$^<>-]{16,128}$';
const AUTH_TOKEN_MESSAGE = 'Use 16 to 128 letters, digits or ! & # $ ^ < > -.';

/**
 * The AUTH token of a cache, or of the current service's copy of a stamped cache: each service has
 * its own (a map keyed by service), so one service's secret does not open another's data.
 */
function authTokenExpr(context: GeneratorContext, cache: ReplicationGroup): string {
  const id = snake(cache.id);
  if (cache.instances.length === 0) {
    const name = `${id}_auth_token`;
    return declareVariable(context, {
      name,
      type: 'string',
      description: `AUTH token of ${cache.id}: 16–128 letters, digits or ! & # $ ^ < > -. Set it with TF_VAR_${name}; never commit it.`,
      sensitive: true,
      validations: [
        {
          condition: `can(regex(${JSON.stringify(AUTH_TOKEN_PATTERN)}, var.${name}))`,
          message: AUTH_TOKEN_MESSAGE,
        },
      ],
    });
  }
  const name = `${id}_auth_tokens`;
  const tokens = declareVariable(context, {
    name,
    type: 'map(string)',
    description: `AUTH token of each service's ${cache.id}, keyed by service: 16–128 letters, digits or ! & # $ ^ < > -, a different one each. Set it with TF_VAR_${name} (a JSON object); never commit it.`,
    sensitive: true,
    validations: [
      {
        condition: `alltrue([for service in var.${id}_instances : contains(keys(var.${name}), service)])`,
        message: `Every service in ${id}_instances needs its own token.`,
      },
      {
        condition: `alltrue([for token in values(var.${name}) : can(regex(${JSON.stringify(AUTH_TOKEN_PATTERN)}, token))])`,
        message: AUTH_TOKEN_MESSAGE,
      },
    ],
  });
  return `${tokens}[each.key]`;
}

const shardsVariable = (context: GeneratorContext, cache: ReplicationGroup) =>
  sizingVariable(context, cache, 'caches.*.shards', {
    type: 'number',
    validations: shardGuards(cache),
    valueOf: (resolved) => (resolved as ReplicationGroup).shards,
    toExpr: num,
  });

function topologyAttributes(
  context: GeneratorContext,
  cache: ReplicationGroup,
  replicas: string,
  options: { secondary: boolean },
): BodyItem[] {
  const failover = sizingVariable(context, cache, 'caches.*.automaticFailover', {
    type: 'bool',
    remark: 'A replica is promoted when its primary fails.',
    validations: failoverGuards(cache),
    valueOf: (resolved) => (resolved as ReplicationGroup).automaticFailover,
    toExpr: bool,
  });
  const multiAz = sizingVariable(context, cache, 'caches.*.multiAz', {
    type: 'bool',
    remark: 'Replicas go to other Availability Zones than their primary.',
    valueOf: (resolved) => (resolved as ReplicationGroup).multiAz,
    toExpr: bool,
  });
  if (cache.clusterMode === 'disabled')
    return [
      attr('cluster_mode', str('disabled')),
      attr('num_cache_clusters', raw(`${replicas} + 1`)),
      attr(
        'automatic_failover_enabled',
        raw(options.secondary ? `${failover} && ${replicas} > 0` : failover),
      ),
      attr('multi_az_enabled', raw(options.secondary ? `${multiAz} && ${replicas} > 0` : multiAz)),
      ...(cache.preferredAzs.length && !options.secondary
        ? [attr('preferred_cache_cluster_azs', list(cache.preferredAzs.map((zone) => str(zone))))]
        : []),
    ];
  const shards = options.secondary ? undefined : shardsVariable(context, cache);
  return [
    attr('cluster_mode', str(cache.clusterMode)),
    ...(shards ? [attr('num_node_groups', raw(shards))] : []),
    attr('replicas_per_node_group', raw(replicas)),
    attr('automatic_failover_enabled', raw(failover)),
    attr('multi_az_enabled', raw(options.secondary ? `${multiAz} && ${replicas} > 0` : multiAz)),
  ];
}

function logDelivery(cache: ReplicationGroup, target: RegionTarget): BodyItem[] {
  return (['slowLog', 'engineLog'] as const).flatMap((stream) => {
    const settings = cache.logs[stream];
    if (!settings.enabled) return [];
    const cloudwatch = settings.destination === 'cloudwatch-logs';
    return [
      blank(),
      block(
        'log_delivery_configuration',
        [],
        [
          attr(
            'destination',
            cloudwatch ? raw(logGroupRef(cache, stream, target)) : str(settings.firehoseStream ?? ''),
          ),
          attr('destination_type', str(settings.destination)),
          attr('log_format', str(settings.format)),
          attr('log_type', str(stream === 'slowLog' ? 'slow-log' : 'engine-log')),
        ],
      ),
    ];
  });
}

function kmsKeyExpr(
  target: RegionTarget,
  key: { mode: string; keyArn?: string | undefined },
): Expr | undefined {
  if (key.mode === 'create') return raw(kmsKeyRef(target));
  if (key.mode === 'existing' && key.keyArn) return str(key.keyArn);
  return undefined;
}

/** The group's choice, else IPv6 for an IPv6 network and IPv4 for dual stack. */
const ipDiscoveryOf = (cache: ReplicationGroup | Memcached) =>
  (cache.kind === 'replication-group' ? cache.ipDiscovery : undefined) ??
  (cache.networkType === 'ipv6' ? 'ipv6' : 'ipv4');

function networkTypeAttributes(cache: ReplicationGroup | Memcached): BodyItem[] {
  if (cache.networkType === 'ipv4') return [];
  return [attr('network_type', str(cache.networkType)), attr('ip_discovery', str(ipDiscoveryOf(cache)))];
}

function replicationGroup(context: GeneratorContext, cache: ReplicationGroup): BodyItem[] {
  const { design } = context;
  const primary = context.regions[0]!;
  const id = snake(cache.id);
  const instance = cache.instances.length > 0;
  const replicas = sizingVariable(context, cache, 'caches.*.replicasPerShard', {
    type: 'number',
    ...(cache.clusterMode === 'disabled'
      ? { remark: 'Cluster mode is disabled: its one shard is the primary and these replicas.' }
      : {}),
    validations: replicaGuards(cache),
    valueOf: (resolved) => (resolved as ReplicationGroup).replicasPerShard,
    toExpr: num,
  });
  const retention = sizingVariable(context, cache, 'caches.*.backups.retentionDays', {
    type: 'number',
    remark: '0 turns backups off.',
    validations: retentionGuards(cache),
    valueOf: (resolved) => (resolved as ReplicationGroup).backups.retentionDays,
    toExpr: num,
  });
  const settings = replicationGroupSettings(context, cache);
  const kmsKey = cache.atRestEncryption.enabled
    ? kmsKeyExpr(primary, cache.atRestEncryption.kmsKey)
    : undefined;
  const topic = cache.notifications ? notificationTopicRef(context) : undefined;
  // A variable may turn encryption off: the key and the TLS mode then go with it.
  const whenOn = (flag: Expr, value: Expr) =>
    flag.kind === 'bool' ? value : raw(`${renderExpr(flag)} ? ${renderExpr(value)} : null`);
  const security: BodyItem[] = [
    attr('at_rest_encryption_enabled', settings.atRestEncryption),
    ...(kmsKey ? [attr('kms_key_id', whenOn(settings.atRestEncryption, kmsKey))] : []),
    attr('transit_encryption_enabled', settings.transitEncryption),
    ...(cache.transitEncryption.enabled
      ? [
          attr(
            'transit_encryption_mode',
            whenOn(settings.transitEncryption, str(cache.transitEncryption.mode)),
          ),
        ]
      : []),
    ...(cache.auth.mode === 'token'
      ? [
          attr('auth_token', raw(authTokenExpr(context, cache))),
          attr('auth_token_update_strategy', str(cache.auth.tokenUpdateStrategy)),
        ]
      : []),
    ...(cache.auth.mode === 'rbac' ? [attr('user_group_ids', list([raw(userGroupRef(cache))]))] : []),
  ];
  return [
    block(
      'resource',
      ['aws_elasticache_replication_group', id],
      [
        ...forEachInstances(context, cache),
        attr('replication_group_id', idExpr(design, cache.id, { instance })),
        attr('description', str(descriptionOf(cache))),
        attr('engine', str(cache.engine)),
        attr('engine_version', settings.engineVersion),
        attr('node_type', raw(nodeTypeVariable(context, cache))),
        attr('port', settings.port),
        ...parameterGroupAttribute(cache),
        ...(cache.dataTiering ? [attr('data_tiering_enabled', raw('true'))] : []),
        blank(),
        ...topologyAttributes(context, cache, replicas, { secondary: false }),
        blank(),
        attr('subnet_group_name', raw(subnetGroupRef(primary))),
        attr('security_group_ids', list([raw(cacheSecurityGroupRef(cache, primary))])),
        ...networkTypeAttributes(cache),
        blank(),
        ...security,
        blank(),
        attr('snapshot_retention_limit', raw(retention)),
        attr('snapshot_window', raw(windowVariable(context, cache, 'snapshot_window', cache.backups.window))),
        ...(cache.backups.finalSnapshot
          ? [attr('final_snapshot_identifier', finalSnapshotName(context, cache))]
          : []),
        ...(cache.backups.restoreFromSnapshot
          ? [attr('snapshot_name', str(cache.backups.restoreFromSnapshot))]
          : []),
        blank(),
        attr(
          'maintenance_window',
          raw(windowVariable(context, cache, 'maintenance_window', cache.maintenance.window)),
        ),
        attr('auto_minor_version_upgrade', bool(cache.maintenance.autoMinorVersionUpgrade)),
        attr('apply_immediately', bool(cache.maintenance.applyImmediately)),
        ...(topic ? [attr('notification_topic_arn', raw(topic))] : []),
        ...logDelivery(cache, primary),
        blank(),
        attr('tags', cacheTags(context, cache)),
        ...replicationGroupLifecycle(cache),
      ],
    ),
    blank(),
    ...globalDatastore(context, cache),
  ];
}

/**
 * `<id>-final-<UTC time of the plan that created the cache>`: a fixed name would exist after the first
 * replacement or destroy, and AWS refuses a second snapshot under it. The state keeps the name chosen
 * at creation (ignore_changes), which is what the provider reads when it deletes the cache, so a plan
 * of an unchanged design stays empty while each new cache gets a name of its own.
 */
function finalSnapshotName(context: GeneratorContext, cache: ReplicationGroup): Expr {
  const base = idExpr(context.design, `${cache.id}-final-`, { instance: cache.instances.length > 0 });
  const parts: TemplatePart[] = base.kind === 'template' ? base.parts : [{ literal: `${cache.id}-final-` }];
  return {
    kind: 'template',
    parts: [...parts, { interpolate: 'formatdate("YYYYMMDDhhmmss", plantimestamp())' }],
  };
}

/** What a global datastore sets for all its members: a member's own value is only its starting point. */
function globallyOwnedAttributes(cache: ReplicationGroup): string[] {
  return [
    'engine_version',
    'node_type',
    ...(cache.clusterMode === 'disabled' ? [] : ['num_node_groups']),
    'parameter_group_name',
  ];
}

function replicationGroupLifecycle(cache: ReplicationGroup): BodyItem[] {
  const global = cache.globalDatastore.enabled;
  const ignored = [
    ...(cache.backups.finalSnapshot ? ['final_snapshot_identifier'] : []),
    ...(global ? globallyOwnedAttributes(cache) : []),
  ];
  if (ignored.length === 0) return [];
  const why = [
    ...(cache.backups.finalSnapshot
      ? ['The final snapshot keeps the name chosen when the cache was created.']
      : []),
    ...(global
      ? [
          'Version, node type, shards and parameter group go through the global datastore, which changes',
          'every member together (AWS refuses them on a member); these are only its starting values.',
        ]
      : []),
  ];
  return [
    blank(),
    block(
      'lifecycle',
      [],
      [comment(why.join('\n')), attr('ignore_changes', list(ignored.map((name) => raw(name))))],
    ),
  ];
}

function globalDatastore(context: GeneratorContext, cache: ReplicationGroup): BodyItem[] {
  if (!cache.globalDatastore.enabled) return [];
  const { design } = context;
  const id = snake(cache.id);
  const secondaries = cache.globalDatastore.secondaries.flatMap((secondary) => {
    const target = secondaryTarget(context, secondary.region);
    const replicas = declareVariable(context, {
      name: `${id}_replicas_per_shard${target.suffix}`,
      type: 'number',
      description: variableDescription(
        'caches.*.globalDatastore.secondaries.*.replicasPerShard',
        `${cache.id} in ${secondary.region}`,
      ),
      default: num(secondary.replicasPerShard),
      validations: secondaryReplicaGuards(
        cache,
        `var.${id}_replicas_per_shard${target.suffix}`,
        secondary.region,
      ),
    });
    const kmsKey = cache.atRestEncryption.enabled
      ? kmsKeyExpr(target, cache.atRestEncryption.kmsKey)
      : undefined;
    return [
      block(
        'resource',
        ['aws_elasticache_replication_group', `${id}${target.suffix}`],
        [
          attr('provider', raw(providerAttr(target)!)),
          blank(),
          attr('replication_group_id', idExpr(design, secondaryIdBase(cache, secondary))),
          attr(
            'description',
            str(secondary.description ?? `${descriptionOf(cache)} (${secondary.region} secondary)`),
          ),
          attr(
            'global_replication_group_id',
            raw(`aws_elasticache_global_replication_group.${id}.global_replication_group_id`),
          ),
          blank(),
          comment(
            'Engine, version, node type, parameter group and encryption flags come from the global datastore:\nAWS rejects them on a secondary member.',
          ),
          ...topologyAttributes(context, cache, replicas, { secondary: true }),
          blank(),
          attr('port', portExpr(context, cache)),
          attr('subnet_group_name', raw(subnetGroupRef(target))),
          attr('security_group_ids', list([raw(securityGroupRef(target))])),
          ...(kmsKey ? [attr('kms_key_id', kmsKey)] : []),
          ...(cache.auth.mode === 'token' ? [attr('auth_token', raw(authTokenExpr(context, cache)))] : []),
          ...logDelivery(cache, target),
          blank(),
          attr('tags', cacheTags(context, cache, secondary.tags)),
          blank(),
          block(
            'lifecycle',
            [],
            [
              comment('Set through the global datastore for every member.'),
              attr('ignore_changes', list(globallyOwnedAttributes(cache).map((name) => raw(name)))),
            ],
          ),
        ],
      ),
      blank(),
    ];
  });
  return [
    block(
      'resource',
      ['aws_elasticache_global_replication_group', id],
      [
        comment('AWS prefixes the suffix with a region code, e.g. ldgnf-global.'),
        attr('global_replication_group_id_suffix', idExpr(design, cache.globalDatastore.suffix)),
        attr('global_replication_group_description', str(descriptionOf(cache))),
        attr('primary_replication_group_id', raw(`aws_elasticache_replication_group.${id}.id`)),
        blank(),
        comment(
          'AWS changes the version, node type and shards of a global datastore here, on every member at once.\nA new parameter group is only accepted with a major version upgrade (its family changes with it).',
        ),
        attr('engine_version', str(cache.engineVersion)),
        attr('cache_node_type', raw(nodeTypeVariable(context, cache))),
        ...(cache.clusterMode === 'disabled'
          ? []
          : [attr('num_node_groups', raw(shardsVariable(context, cache)))]),
        ...parameterGroupAttribute(cache),
        blank(),
        block(
          'lifecycle',
          [],
          [
            comment(
              'After a secondary is promoted, AWS reports it as the primary. primary_replication_group_id forces\nreplacement, so without this a failover would plan to rebuild the global datastore.',
            ),
            attr('ignore_changes', list([raw('primary_replication_group_id')])),
          ],
        ),
      ],
    ),
    blank(),
    ...secondaries,
  ];
}

// ---------------------------------------------------------------------------------------------
// Memcached and serverless
// ---------------------------------------------------------------------------------------------

function memcachedCluster(context: GeneratorContext, cache: Memcached): BodyItem[] {
  const { design } = context;
  const primary = context.regions[0]!;
  const id = snake(cache.id);
  const nodes = sizingVariable(context, cache, 'caches.*.nodeCount', {
    type: 'number',
    validations: nodeCountGuards(cache),
    valueOf: (resolved) => (resolved as Memcached).nodeCount,
    toExpr: num,
  });
  const topic = cache.notifications ? notificationTopicRef(context) : undefined;
  return [
    ...(cache.description ? [comment(cache.description)] : []),
    block(
      'resource',
      ['aws_elasticache_cluster', id],
      [
        ...forEachInstances(context, cache),
        attr('cluster_id', idExpr(design, cache.id, { instance: cache.instances.length > 0 })),
        attr('engine', str('memcached')),
        attr('engine_version', str(cache.engineVersion)),
        attr('node_type', raw(nodeTypeVariable(context, cache))),
        attr('num_cache_nodes', raw(nodes)),
        attr('az_mode', str(cache.azMode)),
        ...(cache.preferredAzs.length
          ? [attr('preferred_availability_zones', list(cache.preferredAzs.map((zone) => str(zone))))]
          : []),
        attr('port', num(cache.port)),
        ...parameterGroupAttribute(cache),
        blank(),
        attr('subnet_group_name', raw(subnetGroupRef(primary))),
        attr('security_group_ids', list([raw(cacheSecurityGroupRef(cache, primary))])),
        ...networkTypeAttributes(cache),
        attr('transit_encryption_enabled', bool(cache.transitEncryption.enabled)),
        blank(),
        attr(
          'maintenance_window',
          raw(windowVariable(context, cache, 'maintenance_window', cache.maintenance.window)),
        ),
        attr('apply_immediately', bool(cache.maintenance.applyImmediately)),
        ...(topic ? [attr('notification_topic_arn', raw(topic))] : []),
        blank(),
        attr('tags', cacheTags(context, cache)),
      ],
    ),
    blank(),
  ];
}

function serverlessCache(context: GeneratorContext, cache: Serverless): BodyItem[] {
  const { design } = context;
  const primary = context.regions[0]!;
  const id = snake(cache.id);
  const limitVariable = (
    field: 'max_data_storage_gb' | 'max_ecpu_per_second',
    path: string,
    valueOf: (resolved: Serverless) => number | undefined,
  ) => {
    const everSet = [undefined, ...design.environments.map((env) => env.name)].some(
      (environment) => valueOf(resolveCache(design, cache, environment)) !== undefined,
    );
    if (!everSet) return undefined;
    return sizingVariable(context, cache, path, {
      type: 'number',
      validations: usageLimitGuards(cache, field),
      valueOf: (resolved) => valueOf(resolved as Serverless),
      toExpr: (value) => (value === undefined ? raw('null') : num(value)),
    });
  };
  const maxStorage = limitVariable(
    'max_data_storage_gb',
    'caches.*.limits.dataStorageMaxGb',
    (c) => c.limits.dataStorageMaxGb,
  );
  const maxEcpu = limitVariable(
    'max_ecpu_per_second',
    'caches.*.limits.ecpuPerSecondMax',
    (c) => c.limits.ecpuPerSecondMax,
  );
  const { dataStorageMinGb, ecpuPerSecondMin } = cache.limits;
  const storage = [
    ...(maxStorage ? [attr('maximum', raw(maxStorage))] : []),
    ...(dataStorageMinGb !== undefined ? [attr('minimum', num(dataStorageMinGb))] : []),
  ];
  const ecpu = [
    ...(maxEcpu ? [attr('maximum', raw(maxEcpu))] : []),
    ...(ecpuPerSecondMin !== undefined ? [attr('minimum', num(ecpuPerSecondMin))] : []),
  ];
  const limits = [
    ...(storage.length ? [block('data_storage', [], [...storage, attr('unit', str('GB'))])] : []),
    ...(ecpu.length ? [block('ecpu_per_second', [], ecpu)] : []),
  ];
  const retention = sizingVariable(context, cache, 'caches.*.snapshots.retentionDays', {
    type: 'number',
    remark: '0 turns snapshots off.',
    validations: retentionGuards(cache),
    valueOf: (resolved) => (resolved as Serverless).snapshots.retentionDays,
    toExpr: num,
  });
  const kmsKey = kmsKeyExpr(primary, cache.kmsKey);
  return [
    block(
      'resource',
      ['aws_elasticache_serverless_cache', id],
      [
        ...forEachInstances(context, cache),
        attr('name', idExpr(design, cache.id, { instance: cache.instances.length > 0 })),
        attr('description', str(descriptionOf(cache))),
        attr('engine', str(cache.engine)),
        attr('major_engine_version', str(cache.majorVersion)),
        blank(),
        attr('subnet_ids', raw(networkRefs(context, primary).subnetIds)),
        attr('security_group_ids', list([raw(cacheSecurityGroupRef(cache, primary))])),
        ...(kmsKey ? [attr('kms_key_id', kmsKey)] : []),
        ...(cache.auth.mode === 'rbac' ? [attr('user_group_id', raw(userGroupRef(cache)))] : []),
        blank(),
        attr('snapshot_retention_limit', raw(retention)),
        attr(
          'daily_snapshot_time',
          raw(windowVariable(context, cache, 'daily_snapshot_time', cache.snapshots.dailyTime)),
        ),
        ...(limits.length ? [blank(), block('cache_usage_limits', [], limits)] : []),
        blank(),
        attr('tags', cacheTags(context, cache)),
      ],
    ),
    blank(),
  ];
}

// ---------------------------------------------------------------------------------------------
// The file
// ---------------------------------------------------------------------------------------------

function subnetGroup(context: GeneratorContext, target: RegionTarget): BodyItem[] {
  const provider = providerAttr(target);
  return [
    block(
      'resource',
      ['aws_elasticache_subnet_group', `this${target.suffix}`],
      [
        ...(provider ? [attr('provider', raw(provider)), blank()] : []),
        attr('name', idExpr(context.design, subnetGroupNameBase(context.design))),
        attr('description', str(`Private subnets of ${context.design.name}`)),
        attr('subnet_ids', raw(networkRefs(context, target).subnetIds)),
      ],
    ),
    blank(),
  ];
}

export function elasticacheFile(context: GeneratorContext): BodyItem[] {
  const { design } = context;
  const needsSubnetGroup = (target: RegionTarget) =>
    target.alias ? true : design.caches.some((cache) => cache.kind !== 'serverless');
  const items: BodyItem[] = context.regions
    .filter(needsSubnetGroup)
    .flatMap((target) => subnetGroup(context, target));
  for (const cache of design.caches) {
    if (cache.kind === 'replication-group')
      items.push(
        ...parameterGroup(context, cache),
        ...rbacResources(context, cache),
        ...replicationGroup(context, cache),
      );
    else if (cache.kind === 'memcached')
      items.push(...parameterGroup(context, cache), ...memcachedCluster(context, cache));
    else items.push(...rbacResources(context, cache), ...serverlessCache(context, cache));
  }
  while (items.at(-1)?.kind === 'blank') items.pop();
  return items;
}
