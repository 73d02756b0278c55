/**
 * The field registry: every field of the design schema declared once — its label and help, the form
 * section that shows it, what changing it does to a running cache, the environment override that may
 * change it, the tfvars variable and Terraform attribute it becomes, and its limits. The form, the
 * update-behaviour badges, `resolve.ts`, the JSON Schema and the bundle's guards read it here;
 * `fields.test.ts` fails when a schema field has no entry.
 *
 * Paths are patterns (`caches.*.backups.window`, `*` is one segment). Free of zod: the generator's
 * README, which the first screen loads, reads the update behaviour.
 *
 * Update behaviour sources: shared/reference/elasticache-rules.md §1.2 (replication group ForceNew /
 * CustomizeDiff, tested with crafted state), §1.3 (Memcached update table), §1.4 (serverless
 * RequiresReplace), §2.6 (encryption) and how the generator maps fields to attributes.
 */
import { compareVersions, versionSupports } from './catalog';
import type { Cache, CacheKind, CacheOverride, Design } from './design';
import { matchesPattern, type CacheSection, type DesignSection } from './field-path';
import { HELP, SCHEMA_HELP, type FieldHelp } from './field-text';
import { AZ_COUNT_LIMITS, PORT_LIMITS, rangeText, SIZING_LIMITS } from './limits';

export type UpdateKind = 'in-place' | 'disruption' | 'replacement';

export interface UpdateBehaviour {
  behaviour: UpdateKind;
  /** One sentence: what happens, and when it differs (upgrade vs downgrade, engine version). */
  note: string;
}

/** Static, or a function of the field's cache (undefined for design fields), the design and the next value. */
export type UpdateRule =
  UpdateBehaviour | ((cache: Cache | undefined, design: Design, next: unknown) => UpdateBehaviour);

/** Where a field lands in the plan: the resource type and attribute that carry its value. */
export interface TerraformMapping {
  /** The cache kind this mapping is for (cache fields shared by several kinds map differently). */
  kind?: CacheKind;
  resource: string;
  /** The attribute, found anywhere in the resource's planned values (nested blocks included). */
  attribute: string;
  /** A value other than the default, for the plan-coverage test … */
  example: unknown;
  /** … what the plan shows for it, when it differs from `example` … */
  planned?: unknown;
  /** … and the other fields (below the cache) that value needs to be valid. */
  requires?: Record<string, unknown>;
}

export interface FieldEntry {
  path: string;
  text: FieldHelp;
  /** False for fields no form control edits (the form names none after them). */
  inForm?: false;
  /** Top-level fields only: the form section showing the field (cache card header when unset). */
  section?: CacheSection | DesignSection;
  /** What changing it does; unset means its nearest ancestor's answer. */
  update?: UpdateRule;
  /** Of a list or record: what changing one of its elements does, when that differs. */
  itemUpdate?: UpdateRule;
  /** The environment override that may change it, for these cache kinds. */
  override?: { key: keyof CacheOverride; kinds: readonly CacheKind[] };
  /** The tfvars variable holding it (`<cache>_` prefixed for cache fields). */
  variable?: string;
  /**
   * What a variable of the field holds, as a noun phrase that reads before "of <cache>" (`Days to
   * keep the automatic backups`); the label when unset. See `variableDescription`.
   */
  variableText?: string;
  terraform?: readonly TerraformMapping[];
  limits?: readonly [number, number];
}

const inPlace = (note: string): UpdateBehaviour => ({ behaviour: 'in-place', note });
const disruption = (note: string): UpdateBehaviour => ({ behaviour: 'disruption', note });
const replacement = (note: string): UpdateBehaviour => ({ behaviour: 'replacement', note });

const TAGS_IN_PLACE = inPlace('Tags are updated in place.');
const DESCRIPTION_IN_PLACE = inPlace('Descriptions are updated in place.');
const README_ONLY = inPlace('Only the README uses it.');
const REPLICAS_IN_PLACE = inPlace('Replicas are added or removed in place.');
const NEW_VPC = replacement('Moving to another VPC recreates the subnet group and every cache.');
const BACKUPS_IN_PLACE = inPlace('Backup settings change in place.');

const RG = 'aws_elasticache_replication_group';
const CLUSTER = 'aws_elasticache_cluster';
const SERVERLESS = 'aws_elasticache_serverless_cache';
const ALARM = 'aws_cloudwatch_metric_alarm';

const versionOf = (cache: Cache | undefined) =>
  cache && 'engineVersion' in cache ? cache.engineVersion : undefined;

/** Redis OSS below 7.0.5 cannot switch TLS in place (provider ForceNewIf, rules §1.2). */
function transitInPlace(cache: Cache | undefined): boolean {
  if (cache?.kind !== 'replication-group') return false;
  return versionSupports('transitEncryptionInPlace', cache.engine, cache.engineVersion);
}

const engineChange: UpdateRule = (cache, _design, next) => {
  if (cache?.kind === 'serverless')
    return replacement('The engine of a serverless cache is RequiresReplace.');
  return cache?.kind === 'replication-group' &&
    (cache.engine === 'redis' || next === 'valkey') &&
    next !== 'redis'
    ? disruption(
        'Redis OSS → Valkey is an in-place engine upgrade (nodes restart one at a time); Valkey → Redis OSS is not possible without recreating the cache.',
      )
    : replacement('AWS cannot move a Valkey cache back to Redis OSS: the cache has to be recreated.');
};

const engineVersionChange: UpdateRule = (cache, _design, next) => {
  const current = versionOf(cache);
  const downgrade = typeof next === 'string' && current !== undefined && compareVersions(next, current) < 0;
  if (downgrade && cache?.kind === 'replication-group' && cache.globalDatastore.enabled)
    return replacement(
      'A global datastore cannot be downgraded: the provider refuses the plan until the global datastore and every member are replaced (terraform apply -replace).',
    );
  if (downgrade) return replacement('Engine versions cannot be downgraded: the provider replaces the cache.');
  return cache?.kind === 'memcached'
    ? disruption('An upgrade replaces the nodes one by one and empties them; a downgrade forces replacement.')
    : disruption(
        'An upgrade is applied in place, restarting nodes one at a time (a custom parameter group of a new family is created beside the old one first); a downgrade forces replacement.',
      );
};

const transitChange: UpdateRule = (cache) =>
  transitInPlace(cache)
    ? disruption(
        'In place on Valkey and Redis OSS 7.0.5+: go through mode "preferred" while clients move to TLS, then "required".',
      )
    : replacement(
        cache?.kind === 'memcached'
          ? 'Memcached TLS is chosen at creation (ForceNew).'
          : 'Below Redis OSS 7.0.5 the provider replaces the cache to switch TLS (ForceNewIf).',
      );

const designNameChange: UpdateRule = (_cache, design) =>
  design.subnetGroupName
    ? disruption(
        'The subnet group keeps its own name; the security group, SNS topic and KMS alias named after the design are recreated and the caches switch to them in place.',
      )
    : replacement(
        'The design name names the subnet group (ForceNew), which the caches cannot leave: every cache is recreated.',
      );

const PARAMETERS_CHANGE = disruption('Parameters change in place; some apply only after a reboot.');
const USER_RECREATED = (attribute: string) =>
  disruption(`${attribute} is ForceNew: the user is recreated and its clients must log in again.`);

/** A log stream's fields (slow log and engine log alike). */
const logStream = (stream: 'slowLog' | 'engineLog', label: string): FieldEntry[] => [
  { path: `caches.*.logs.${stream}`, text: { ...HELP.logEnabled, label } },
  {
    // The form's switch for the stream is this field.
    path: `caches.*.logs.${stream}.enabled`,
    text: { ...HELP.logEnabled, label },
    terraform: [
      {
        kind: 'replication-group',
        resource: RG,
        attribute: 'log_type',
        example: true,
        planned: stream === 'slowLog' ? 'slow-log' : 'engine-log',
      },
    ],
  },
  { path: `caches.*.logs.${stream}.destination`, text: HELP.logDestination },
  {
    path: `caches.*.logs.${stream}.format`,
    text: HELP.logFormat,
    terraform: [
      {
        kind: 'replication-group',
        resource: RG,
        attribute: 'log_format',
        example: 'text',
        requires: { [`logs.${stream}.enabled`]: true },
      },
    ],
  },
  {
    path: `caches.*.logs.${stream}.retentionDays`,
    text: HELP.logRetention,
    terraform: [
      {
        kind: 'replication-group',
        resource: 'aws_cloudwatch_log_group',
        attribute: 'retention_in_days',
        example: 90,
        requires: { [`logs.${stream}.enabled`]: true },
      },
    ],
  },
  { path: `caches.*.logs.${stream}.firehoseStream`, text: HELP.firehoseStream },
];

/**
 * An alarm threshold mapped to the `threshold` of a metric alarm, for the kinds whose alarm takes the
 * value as it is (a serverless cache's thresholds are fractions of its limits).
 */
const alarmThreshold = (
  field: string,
  text: FieldHelp,
  example: number,
  kinds: readonly CacheKind[],
): FieldEntry => ({
  path: `caches.*.alarms.${field}`,
  text,
  terraform: kinds.map((kind) => ({ kind, resource: ALARM, attribute: 'threshold', example })),
});

const DESIGN_FIELDS: FieldEntry[] = [
  { path: 'schemaVersion', text: SCHEMA_HELP.schemaVersion, inForm: false },
  { path: 'name', text: HELP.name, update: designNameChange },
  { path: 'description', text: HELP.description, update: README_ONLY },
  {
    path: 'region',
    text: HELP.region,
    update: replacement('Everything is recreated in the new region.'),
    variable: 'region',
    variableText: 'AWS region of the caches (the primary region of a global datastore)',
  },
  {
    path: 'tags',
    text: HELP.tags,
    update: TAGS_IN_PLACE,
    itemUpdate: TAGS_IN_PLACE,
    variable: 'tags',
    variableText: 'Tags of every resource, applied through the provider default_tags',
  },
  { path: 'network', text: SCHEMA_HELP.network, section: 'network' },
  { path: 'network.mode', text: HELP.networkMode, update: NEW_VPC },
  {
    path: 'network.vpcCidr',
    text: HELP.vpcCidr,
    update: replacement('A new VPC block replaces the VPC and subnets, and with them every cache.'),
  },
  {
    path: 'network.azCount',
    text: HELP.azCount,
    update: inPlace('Subnets are added to or removed from the subnet group in place.'),
    limits: AZ_COUNT_LIMITS,
  },
  { path: 'network.vpcId', text: HELP.vpcId, update: NEW_VPC },
  {
    path: 'network.subnetIds',
    text: HELP.subnetIds,
    update: inPlace('The subnet group is updated in place.'),
  },
  {
    path: 'subnetGroupName',
    text: HELP.subnetGroupName,
    section: 'network',
    update: replacement(
      'A subnet group name is ForceNew, and the caches cannot leave their subnet group: every cache is recreated.',
    ),
  },
  {
    path: 'securityGroupNamePrefix',
    text: HELP.securityGroupNamePrefix,
    section: 'network',
    update: inPlace(
      'A security group name is ForceNew: a new group is created first and the caches switch to it in place.',
    ),
  },
  {
    path: 'clients',
    text: SCHEMA_HELP.clients,
    section: 'network',
    update: inPlace('Security group rules change in place.'),
  },
  { path: 'clients.cidrBlocks', text: HELP.clientCidrs },
  { path: 'clients.securityGroupIds', text: HELP.clientSecurityGroups },
  {
    path: 'notifications',
    text: SCHEMA_HELP.notifications,
    section: 'network',
    update: inPlace('The SNS topic and its subscription change in place.'),
  },
  { path: 'notifications.topic', text: HELP.topic },
  { path: 'notifications.topicArn', text: HELP.topicArn },
  { path: 'notifications.email', text: HELP.email },
  { path: 'caches', text: SCHEMA_HELP.caches },
  {
    path: 'environments',
    text: HELP.environments,
    update: inPlace('Each environment is its own state; adding one creates new caches there.'),
  },
  {
    path: 'environments.*.name',
    text: HELP.environmentName,
    update: replacement('The environment name prefixes every AWS ID of that environment.'),
    variable: 'environment',
    variableText: 'Environment this configuration is applied for',
  },
  { path: 'environments.*.overrides', text: SCHEMA_HELP.overrides },
  {
    path: 'environments.*.tags',
    text: HELP.environmentTags,
    update: TAGS_IN_PLACE,
    itemUpdate: TAGS_IN_PLACE,
    variable: 'tags',
  },
  { path: 'notes', text: HELP.notes, update: README_ONLY },
];

/**
 * Cache fields. Their order is the order in which the bundle README lists the fields that recreate a
 * cache.
 */
const CACHE_FIELDS: FieldEntry[] = [
  { path: 'caches.*.kind', text: SCHEMA_HELP.kind, inForm: false },
  {
    path: 'caches.*.id',
    text: HELP.cacheId,
    update: replacement('The ID is the AWS identifier (ForceNew): a new ID is a new cache.'),
    terraform: [
      { kind: 'replication-group', resource: RG, attribute: 'replication_group_id', example: 'coverage' },
      { kind: 'memcached', resource: CLUSTER, attribute: 'cluster_id', example: 'coverage' },
      { kind: 'serverless', resource: SERVERLESS, attribute: 'name', example: 'coverage' },
    ],
  },
  {
    path: 'caches.*.instances',
    text: HELP.instances,
    section: 'topology',
    update: replacement('Adding an instance creates a cache; removing one destroys it.'),
    itemUpdate: replacement('Renaming an instance destroys its cache and creates another.'),
    variable: 'instances',
    variableText: 'Services that each get their own copy',
  },
  {
    path: 'caches.*.description',
    text: HELP.cacheDescription,
    update: DESCRIPTION_IN_PLACE,
    terraform: [
      {
        kind: 'replication-group',
        resource: RG,
        attribute: 'description',
        example: 'Coverage of the description',
      },
      {
        kind: 'serverless',
        resource: SERVERLESS,
        attribute: 'description',
        example: 'Coverage of the description',
      },
    ],
  },
  { path: 'caches.*.tags', text: HELP.cacheTags, update: TAGS_IN_PLACE, itemUpdate: TAGS_IN_PLACE },
  {
    path: 'caches.*.expectedUsage',
    text: SCHEMA_HELP.expectedUsage,
    section: 'capacity',
    update: inPlace('Only the cost estimate uses it.'),
  },
  { path: 'caches.*.expectedUsage.dataGb', text: HELP.expectedDataGb },
  { path: 'caches.*.expectedUsage.requestsPerSecond', text: HELP.expectedRequests },
  {
    path: 'caches.*.engine',
    text: HELP.engine,
    section: 'topology',
    update: engineChange,
    terraform: [
      {
        kind: 'replication-group',
        resource: RG,
        attribute: 'engine',
        example: 'redis',
        requires: { engineVersion: '7.1' },
      },
      {
        kind: 'serverless',
        resource: SERVERLESS,
        attribute: 'engine',
        example: 'redis',
        requires: { majorVersion: '7' },
      },
    ],
  },
  {
    path: 'caches.*.engineVersion',
    text: HELP.engineVersion,
    section: 'topology',
    update: engineVersionChange,
    terraform: [
      { kind: 'replication-group', resource: RG, attribute: 'engine_version', example: '7.2' },
      { kind: 'memcached', resource: CLUSTER, attribute: 'engine_version', example: '1.6.17' },
    ],
  },
  {
    path: 'caches.*.majorVersion',
    text: HELP.majorVersion,
    section: 'topology',
    update: replacement('major_engine_version is RequiresReplace in provider 5.100.'),
    terraform: [
      { kind: 'serverless', resource: SERVERLESS, attribute: 'major_engine_version', example: '7' },
    ],
  },
  {
    path: 'caches.*.nodeType',
    text: HELP.nodeType,
    section: 'capacity',
    update: (cache) =>
      cache?.kind === 'memcached'
        ? replacement(
            'Memcached cannot change node type in place (clusterForceNewOnMemcachedNodeTypeChange).',
          )
        : disruption(
            'Online vertical scaling: new nodes are synced, then a brief failover switches to them.',
          ),
    override: { key: 'nodeType', kinds: ['replication-group', 'memcached'] },
    variable: 'node_type',
    terraform: [
      { kind: 'replication-group', resource: RG, attribute: 'node_type', example: 'cache.r6g.xlarge' },
      { kind: 'memcached', resource: CLUSTER, attribute: 'node_type', example: 'cache.m6g.large' },
    ],
  },
  {
    path: 'caches.*.port',
    text: HELP.port,
    section: 'topology',
    update: replacement('The port is fixed at creation (ForceNew).'),
    limits: PORT_LIMITS,
    terraform: [
      { kind: 'replication-group', resource: RG, attribute: 'port', example: 6380 },
      { kind: 'memcached', resource: CLUSTER, attribute: 'port', example: 11212 },
    ],
  },
  {
    path: 'caches.*.clusterMode',
    text: HELP.clusterMode,
    section: 'topology',
    update: disruption(
      'Disabled → compatible → enabled migrates online; going back to disabled needs a new cache.',
    ),
    terraform: [{ kind: 'replication-group', resource: RG, attribute: 'cluster_mode', example: 'enabled' }],
  },
  {
    path: 'caches.*.shards',
    text: HELP.shards,
    section: 'topology',
    update: disruption('Online resharding moves slots between shards; throughput dips while it runs.'),
    override: { key: 'shards', kinds: ['replication-group'] },
    variable: 'shards',
    limits: SIZING_LIMITS.shards,
    terraform: [
      {
        kind: 'replication-group',
        resource: RG,
        attribute: 'num_node_groups',
        example: 3,
        requires: { clusterMode: 'enabled' },
      },
    ],
  },
  {
    path: 'caches.*.replicasPerShard',
    text: HELP.replicasPerShard,
    section: 'topology',
    update: REPLICAS_IN_PLACE,
    override: { key: 'replicasPerShard', kinds: ['replication-group'] },
    variable: 'replicas_per_shard',
    variableText: 'Read replicas in each shard',
    limits: SIZING_LIMITS.replicasPerShard,
    // Cluster mode disabled: the primary and its replicas.
    terraform: [
      {
        kind: 'replication-group',
        resource: RG,
        attribute: 'num_cache_clusters',
        example: 2,
        planned: 3,
        requires: { clusterMode: 'disabled' },
      },
    ],
  },
  {
    path: 'caches.*.multiAz',
    text: HELP.multiAz,
    section: 'topology',
    update: inPlace('Multi-AZ is switched in place.'),
    override: { key: 'multiAz', kinds: ['replication-group'] },
    variable: 'multi_az_enabled',
    variableText: 'Multi-AZ placement',
    terraform: [{ kind: 'replication-group', resource: RG, attribute: 'multi_az_enabled', example: false }],
  },
  {
    path: 'caches.*.automaticFailover',
    text: HELP.automaticFailover,
    section: 'topology',
    update: inPlace('Automatic failover is switched in place.'),
    override: { key: 'automaticFailover', kinds: ['replication-group'] },
    variable: 'automatic_failover_enabled',
    terraform: [
      {
        kind: 'replication-group',
        resource: RG,
        attribute: 'automatic_failover_enabled',
        example: false,
        requires: { multiAz: false },
      },
    ],
  },
  {
    path: 'caches.*.preferredAzs',
    text: HELP.preferredAzs,
    section: 'topology',
    update: inPlace('Used when nodes are created; existing nodes stay in their zones.'),
  },
  {
    path: 'caches.*.dataTiering',
    text: HELP.dataTiering,
    section: 'capacity',
    update: replacement('data_tiering_enabled is ForceNew.'),
    terraform: [
      {
        kind: 'replication-group',
        resource: RG,
        attribute: 'data_tiering_enabled',
        example: true,
        requires: { nodeType: 'cache.r6gd.xlarge' },
      },
    ],
  },
  {
    path: 'caches.*.nodeCount',
    text: HELP.nodeCount,
    section: 'capacity',
    update: disruption('Nodes are added or removed in place; keys on removed nodes are lost.'),
    override: { key: 'nodeCount', kinds: ['memcached'] },
    variable: 'num_cache_nodes',
    variableText: 'Number of Memcached nodes',
    limits: SIZING_LIMITS.nodeCount,
    terraform: [{ kind: 'memcached', resource: CLUSTER, attribute: 'num_cache_nodes', example: 3 }],
  },
  {
    path: 'caches.*.azMode',
    text: HELP.azMode,
    section: 'topology',
    update: inPlace('az_mode changes in place (affects nodes added later).'),
    terraform: [{ kind: 'memcached', resource: CLUSTER, attribute: 'az_mode', example: 'single-az' }],
  },
  { path: 'caches.*.parameterGroup', text: SCHEMA_HELP.parameterGroup, section: 'parameters' },
  {
    path: 'caches.*.parameterGroup.mode',
    text: HELP.parameterGroupMode,
    update: disruption('Switching parameter groups is in place; some parameters apply only after a reboot.'),
  },
  {
    path: 'caches.*.parameterGroup.name',
    text: HELP.parameterGroupName,
    update: disruption(
      'A parameter group name is ForceNew: a group of the new name is created first and the cache switches to it in place; some parameters apply only after a reboot.',
    ),
    terraform: [
      {
        kind: 'replication-group',
        resource: 'aws_elasticache_parameter_group',
        attribute: 'name',
        example: 'coverage-group',
        // The family is appended to the name.
        planned: 'coverage-group-valkey8',
        requires: { 'parameterGroup.mode': 'custom', engine: 'valkey', engineVersion: '8.0' },
      },
    ],
  },
  { path: 'caches.*.parameterGroup.parameters', text: HELP.parameters, update: PARAMETERS_CHANGE },
  { path: 'caches.*.parameterGroup.parameters.*.name', text: HELP.parameterName },
  { path: 'caches.*.parameterGroup.parameters.*.value', text: HELP.parameterValue },
  { path: 'caches.*.atRestEncryption', text: SCHEMA_HELP.atRest, section: 'security' },
  {
    path: 'caches.*.atRestEncryption.enabled',
    text: HELP.atRestEncryption,
    update: replacement('Encryption at rest is chosen at creation (ForceNew).'),
    terraform: [
      {
        kind: 'replication-group',
        resource: RG,
        attribute: 'at_rest_encryption_enabled',
        example: false,
        planned: 'false',
      },
    ],
  },
  {
    path: 'caches.*.atRestEncryption.kmsKey',
    text: HELP.kmsKeyMode,
    update: replacement('The KMS key is chosen at creation (kms_key_id is ForceNew).'),
  },
  { path: 'caches.*.atRestEncryption.kmsKey.mode', text: HELP.kmsKeyMode },
  { path: 'caches.*.atRestEncryption.kmsKey.keyArn', text: HELP.kmsKeyArn },
  {
    path: 'caches.*.kmsKey',
    text: HELP.kmsKeyMode,
    section: 'security',
    update: replacement('kms_key_id of a serverless cache is RequiresReplace.'),
  },
  { path: 'caches.*.kmsKey.mode', text: HELP.kmsKeyMode },
  { path: 'caches.*.kmsKey.keyArn', text: HELP.kmsKeyArn },
  { path: 'caches.*.transitEncryption', text: SCHEMA_HELP.transit, section: 'security' },
  {
    path: 'caches.*.transitEncryption.enabled',
    text: HELP.transitEncryption,
    update: transitChange,
    terraform: [
      { kind: 'memcached', resource: CLUSTER, attribute: 'transit_encryption_enabled', example: false },
    ],
  },
  {
    path: 'caches.*.transitEncryption.mode',
    text: HELP.transitMode,
    update: disruption('Changed in place; "required" disconnects clients that do not use TLS.'),
    terraform: [
      { kind: 'replication-group', resource: RG, attribute: 'transit_encryption_mode', example: 'preferred' },
    ],
  },
  { path: 'caches.*.auth', text: SCHEMA_HELP.auth, section: 'security' },
  {
    path: 'caches.*.auth.mode',
    text: HELP.authMode,
    update: disruption('Changed in place; clients must switch credentials at the same time.'),
  },
  {
    path: 'caches.*.auth.tokenUpdateStrategy',
    text: HELP.tokenUpdateStrategy,
    update: inPlace('Applies to the next token change.'),
  },
  {
    path: 'caches.*.auth.users',
    text: HELP.rbacUsers,
    update: inPlace('Users are separate resources; the user group is updated in place.'),
  },
  { path: 'caches.*.auth.users.*.userId', text: HELP.userId, update: USER_RECREATED('user_id') },
  { path: 'caches.*.auth.users.*.userName', text: HELP.userName, update: USER_RECREATED('user_name') },
  {
    path: 'caches.*.auth.users.*.accessString',
    text: HELP.accessString,
    update: inPlace('Access strings change in place.'),
  },
  {
    path: 'caches.*.auth.users.*.authentication',
    text: HELP.authentication,
    update: inPlace('The authentication mode of a user changes in place.'),
  },
  {
    path: 'caches.*.settingsAsVariables',
    text: HELP.settingsAsVariables,
    section: 'topology',
    update: inPlace('Only how the bundle is written changes: the same values, now as variables.'),
  },
  {
    path: 'caches.*.limits',
    text: SCHEMA_HELP.limits,
    section: 'capacity',
    update: inPlace('Usage limits change in place.'),
  },
  {
    path: 'caches.*.limits.ecpuPerSecondMax',
    text: HELP.ecpuPerSecondMax,
    override: { key: 'ecpuPerSecondMax', kinds: ['serverless'] },
    variable: 'max_ecpu_per_second',
    limits: SIZING_LIMITS.ecpuPerSecond,
    terraform: [{ kind: 'serverless', resource: SERVERLESS, attribute: 'maximum', example: 20_000 }],
  },
  {
    path: 'caches.*.limits.ecpuPerSecondMin',
    text: HELP.ecpuPerSecondMin,
    limits: SIZING_LIMITS.ecpuPerSecond,
    terraform: [{ kind: 'serverless', resource: SERVERLESS, attribute: 'minimum', example: 2000 }],
  },
  {
    path: 'caches.*.limits.dataStorageMaxGb',
    text: HELP.dataStorageMaxGb,
    override: { key: 'dataStorageMaxGb', kinds: ['serverless'] },
    variable: 'max_data_storage_gb',
    variableText: 'Maximum data storage in GB',
    limits: SIZING_LIMITS.dataStorageGb,
    terraform: [{ kind: 'serverless', resource: SERVERLESS, attribute: 'maximum', example: 42 }],
  },
  {
    path: 'caches.*.limits.dataStorageMinGb',
    text: HELP.dataStorageMinGb,
    limits: SIZING_LIMITS.dataStorageGb,
    terraform: [{ kind: 'serverless', resource: SERVERLESS, attribute: 'minimum', example: 3 }],
  },
  { path: 'caches.*.backups', text: SCHEMA_HELP.backups, section: 'backup' },
  {
    path: 'caches.*.backups.retentionDays',
    text: HELP.backupRetention,
    update: BACKUPS_IN_PLACE,
    override: { key: 'backupRetentionDays', kinds: ['replication-group'] },
    variable: 'snapshot_retention_limit',
    variableText: 'Days to keep the automatic backups',
    limits: SIZING_LIMITS.retentionDays,
    terraform: [
      { kind: 'replication-group', resource: RG, attribute: 'snapshot_retention_limit', example: 14 },
    ],
  },
  {
    path: 'caches.*.backups.window',
    text: HELP.backupWindow,
    update: BACKUPS_IN_PLACE,
    terraform: [
      { kind: 'replication-group', resource: RG, attribute: 'snapshot_window', example: '01:00-02:00' },
    ],
  },
  {
    path: 'caches.*.backups.finalSnapshot',
    text: HELP.finalSnapshot,
    update: inPlace(
      'Settled when a cache is created: its final snapshot name is kept in the state (each cache gets one of its own), so switching this applies to caches created afterwards — take a manual snapshot before destroying a running one.',
    ),
  },
  {
    path: 'caches.*.backups.restoreFromSnapshot',
    text: HELP.restoreFromSnapshot,
    update: replacement('snapshot_name is ForceNew: a cache is seeded only when it is created.'),
    terraform: [
      { kind: 'replication-group', resource: RG, attribute: 'snapshot_name', example: 'coverage-snapshot' },
    ],
  },
  {
    path: 'caches.*.snapshots',
    text: SCHEMA_HELP.snapshots,
    section: 'backup',
    update: inPlace('Snapshot settings change in place.'),
  },
  {
    path: 'caches.*.snapshots.retentionDays',
    text: HELP.snapshotRetention,
    override: { key: 'backupRetentionDays', kinds: ['serverless'] },
    variable: 'snapshot_retention_limit',
    variableText: 'Days to keep the daily snapshots',
    limits: SIZING_LIMITS.retentionDays,
    terraform: [
      { kind: 'serverless', resource: SERVERLESS, attribute: 'snapshot_retention_limit', example: 14 },
    ],
  },
  {
    path: 'caches.*.snapshots.dailyTime',
    text: HELP.dailySnapshotTime,
    terraform: [
      { kind: 'serverless', resource: SERVERLESS, attribute: 'daily_snapshot_time', example: '01:30' },
    ],
  },
  {
    path: 'caches.*.maintenance',
    text: SCHEMA_HELP.maintenance,
    section: 'backup',
    update: inPlace('Maintenance settings change in place.'),
  },
  {
    path: 'caches.*.maintenance.window',
    text: HELP.maintenanceWindow,
    terraform: [
      {
        kind: 'replication-group',
        resource: RG,
        attribute: 'maintenance_window',
        example: 'mon:06:00-mon:07:00',
      },
      {
        kind: 'memcached',
        resource: CLUSTER,
        attribute: 'maintenance_window',
        example: 'mon:06:00-mon:07:00',
      },
    ],
  },
  {
    path: 'caches.*.maintenance.autoMinorVersionUpgrade',
    text: HELP.autoMinorVersionUpgrade,
    terraform: [
      {
        kind: 'replication-group',
        resource: RG,
        attribute: 'auto_minor_version_upgrade',
        example: false,
        planned: 'false',
      },
    ],
  },
  {
    path: 'caches.*.maintenance.applyImmediately',
    text: HELP.applyImmediately,
    terraform: [
      { kind: 'replication-group', resource: RG, attribute: 'apply_immediately', example: true },
      { kind: 'memcached', resource: CLUSTER, attribute: 'apply_immediately', example: true },
    ],
  },
  {
    path: 'caches.*.notifications',
    text: HELP.notifications,
    section: 'monitoring',
    update: inPlace('The notification topic changes in place.'),
  },
  {
    path: 'caches.*.logs',
    text: SCHEMA_HELP.logs,
    section: 'monitoring',
    update: inPlace('Log delivery is changed in place.'),
  },
  ...logStream('slowLog', 'Slow log'),
  ...logStream('engineLog', 'Engine log'),
  {
    path: 'caches.*.alarms',
    text: SCHEMA_HELP.alarms,
    section: 'monitoring',
    update: inPlace('Alarms are CloudWatch resources; the cache is untouched.'),
  },
  { path: 'caches.*.alarms.enabled', text: HELP.alarmsEnabled },
  alarmThreshold('cpuPercent', HELP.cpuPercent, 71, ['replication-group', 'memcached']),
  alarmThreshold('memoryPercent', HELP.memoryPercent, 72, ['replication-group']),
  alarmThreshold('evictions', HELP.evictions, 1234, ['replication-group', 'memcached']),
  alarmThreshold('connections', HELP.connections, 4321, ['replication-group', 'memcached']),
  alarmThreshold('replicationLagSeconds', HELP.replicationLag, 45, ['replication-group']),
  {
    path: 'caches.*.alarms.evaluationPeriods',
    text: HELP.evaluationPeriods,
    terraform: [{ resource: ALARM, attribute: 'evaluation_periods', example: 4 }],
  },
  {
    path: 'caches.*.alarms.treatMissingData',
    text: HELP.treatMissingData,
    terraform: [{ resource: ALARM, attribute: 'treat_missing_data', example: 'breaching' }],
  },
  {
    path: 'caches.*.networkType',
    text: HELP.networkType,
    section: 'topology',
    update: replacement('network_type is ForceNew.'),
    terraform: [
      { kind: 'replication-group', resource: RG, attribute: 'network_type', example: 'dual_stack' },
      { kind: 'memcached', resource: CLUSTER, attribute: 'network_type', example: 'dual_stack' },
    ],
  },
  {
    path: 'caches.*.ipDiscovery',
    text: HELP.ipDiscovery,
    section: 'topology',
    update: disruption('Changed in place; clients discover the other address family from then on.'),
    terraform: [
      {
        kind: 'replication-group',
        resource: RG,
        attribute: 'ip_discovery',
        example: 'ipv6',
        requires: { networkType: 'dual_stack' },
      },
    ],
  },
  { path: 'caches.*.globalDatastore', text: HELP.globalEnabled, section: 'global' },
  {
    path: 'caches.*.globalDatastore.enabled',
    text: HELP.globalEnabled,
    update: disruption(
      'Turning it on makes this cache the primary of a new global datastore and creates the secondaries; turning it off destroys them.',
    ),
  },
  {
    path: 'caches.*.globalDatastore.suffix',
    text: HELP.globalSuffix,
    update: replacement('The suffix is ForceNew: the global datastore and its secondaries are recreated.'),
    terraform: [
      {
        kind: 'replication-group',
        resource: 'aws_elasticache_global_replication_group',
        attribute: 'global_replication_group_id_suffix',
        example: 'coverage',
        requires: {
          'globalDatastore.enabled': true,
          'globalDatastore.secondaries': [{ region: 'us-west-2' }],
        },
      },
    ],
  },
  {
    path: 'caches.*.globalDatastore.secondaries',
    text: HELP.secondaries,
    update: inPlace('Adding a region creates a secondary; removing one destroys it.'),
  },
  {
    path: 'caches.*.globalDatastore.secondaries.*.region',
    text: HELP.secondaryRegion,
    update: replacement('The secondary in the old region is destroyed and one in the new region created.'),
  },
  {
    path: 'caches.*.globalDatastore.secondaries.*.replicasPerShard',
    text: HELP.secondaryReplicas,
    update: REPLICAS_IN_PLACE,
    variable: 'replicas_per_shard_<region>',
    variableText: 'Read replicas in each shard',
    limits: SIZING_LIMITS.replicasPerShard,
  },
  {
    path: 'caches.*.globalDatastore.secondaries.*.replicationGroupId',
    text: HELP.secondaryId,
    update: replacement(
      'The ID is the secondary’s AWS identifier (ForceNew): it is recreated and copies the primary again.',
    ),
  },
  {
    path: 'caches.*.globalDatastore.secondaries.*.description',
    text: HELP.secondaryDescription,
    update: DESCRIPTION_IN_PLACE,
  },
  {
    path: 'caches.*.globalDatastore.secondaries.*.tags',
    text: HELP.secondaryTags,
    update: TAGS_IN_PLACE,
    itemUpdate: TAGS_IN_PLACE,
  },
  { path: 'caches.*.instanceTagKey', text: HELP.instanceTagKey, section: 'topology', update: TAGS_IN_PLACE },
];

export interface OverrideTarget {
  /** The cache field, below the cache (`backups.retentionDays`). */
  path: string;
  kinds: readonly CacheKind[];
}

/** One override key: the cache fields it stands for, per kind, with the first target's text and limits. */
export interface OverrideField {
  key: keyof CacheOverride;
  targets: OverrideTarget[];
  text: FieldHelp;
  limits?: readonly [number, number];
  variable?: string;
}

const CACHE_PREFIX = 'caches.*.';

/** The override table: every environment override key and the cache fields it changes. */
export const OVERRIDE_FIELDS: readonly OverrideField[] = CACHE_FIELDS.reduce<OverrideField[]>(
  (table, entry) => {
    if (!entry.override) return table;
    const target = { path: entry.path.slice(CACHE_PREFIX.length), kinds: entry.override.kinds };
    const known = table.find((field) => field.key === entry.override!.key);
    if (known) known.targets.push(target);
    else
      table.push({
        key: entry.override.key,
        targets: [target],
        text: entry.text,
        ...(entry.limits ? { limits: entry.limits } : {}),
        ...(entry.variable ? { variable: entry.variable } : {}),
      });
    return table;
  },
  [],
);

/** The cache field (below the cache) an override key changes on a cache of `kind`. */
export const overrideTarget = (key: string, kind: CacheKind): string | undefined =>
  OVERRIDE_FIELDS.find((field) => field.key === key)?.targets.find((target) => target.kinds.includes(kind))
    ?.path;

const OVERRIDE_ENTRIES: FieldEntry[] = OVERRIDE_FIELDS.map((field) => ({
  path: `environments.*.overrides.*.${field.key}`,
  text: { ...field.text, help: `In this environment: ${field.text.help}` },
  ...(field.limits ? { limits: field.limits } : {}),
  ...(field.variable ? { variable: field.variable } : {}),
}));

/** Every registered field, design fields first. */
export const FIELDS: readonly FieldEntry[] = [...DESIGN_FIELDS, ...CACHE_FIELDS, ...OVERRIDE_ENTRIES];

const byPath = new Map(FIELDS.map((entry) => [entry.path, entry]));

/** The entry of a path pattern (`caches.*.port`), or of a concrete path (`caches.0.port`). */
export function fieldEntry(path: string | readonly (string | number)[]): FieldEntry | undefined {
  const segments = typeof path === 'string' ? path.split('.') : path;
  const pattern = segments.map((segment) =>
    typeof segment === 'number' || /^\d+$/.test(segment) ? '*' : segment,
  );
  return (
    byPath.get(pattern.join('.')) ??
    FIELDS.find((entry) => matchesPattern(entry.path, segments as (string | number)[]))
  );
}

/** The entry of a path the code names itself: a path without one is a typo, caught at once. */
export function registeredField(path: string): FieldEntry {
  const entry = byPath.get(path);
  if (!entry) throw new Error(`No field is registered at ${path}`);
  return entry;
}

/** The limits of a registered field, for the checks that enforce them. */
export function fieldLimits(path: string): readonly [number, number] {
  const { limits } = registeredField(path);
  if (!limits) throw new Error(`The field ${path} has no limits`);
  return limits;
}

/**
 * The description of the tfvars variable holding a field: what it holds, of what (`orders`, `orders
 * in us-west-2`; nothing for design fields, whose text names it) and its limits — "Read replicas in
 * each shard of orders (0–5)." A generator's remark follows as a sentence of its own.
 */
export function variableDescription(path: string, subject?: string, remark?: string): string {
  const entry = registeredField(path);
  const of = subject ? ` of ${subject}` : '';
  const range = entry.limits ? ` (${rangeText(entry.limits)})` : '';
  const description = `${entry.variableText ?? entry.text.label}${of}${range}.`;
  return remark ? `${description} ${remark}` : description;
}

/** The form section of a top-level cache field (undefined: the card's header). */
export const cacheFieldSection = (field: string): CacheSection | undefined =>
  byPath.get(`${CACHE_PREFIX}${field}`)?.section as CacheSection | undefined;

/** The form section of a top-level design field. */
export const designFieldSection = (field: string): DesignSection =>
  byPath.get(field)?.section === 'network' ? 'network' : 'general';

/** Model fields a tfvars file sets, with the variable that holds each (`<cache>_` prefixed for cache fields). */
export const TFVARS_VARIABLES: Readonly<Record<string, string>> = Object.fromEntries(
  FIELDS.flatMap((entry) => {
    if (!entry.variable) return [];
    const own: [string, string] = [entry.path, entry.variable];
    return entry.itemUpdate ? [own, [`${entry.path}.*`, entry.variable] as [string, string]] : [own];
  }),
);

/** The value at a dotted path below `value` (`backups.retentionDays`), or undefined where there is none. */
export const valueAtPath = (value: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (at, key) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined),
      value,
    );

/** A copy of `value` with `next` at a dotted path whose parent objects exist. */
export function withValueAtPath<T>(value: T, path: string, next: unknown): T {
  const [key, ...rest] = path.split('.');
  const record = value as Record<string, unknown>;
  return { ...record, [key!]: rest.length ? withValueAtPath(record[key!], rest.join('.'), next) : next } as T;
}

/** The override fields a cache of `kind` has, each with the cache field it changes. */
export const overridesForKind = (kind: CacheKind) =>
  OVERRIDE_FIELDS.flatMap((field) => {
    const path = overrideTarget(field.key, kind);
    return path === undefined ? [] : [{ ...field, path }];
  });
