/**
 * Guards: the app's rules on the values a tfvars file can change, as variable validations, so an
 * edited tfvars value that AWS or the provider would reject fails `terraform plan` with the app's own
 * message (built by the same function, src/model/rule-messages.ts). A validation may read other
 * variables (Terraform 1.9+), which the cross-field rules (Multi-AZ needs failover, …) need.
 *
 * `TFVARS_FIELDS` names the model fields a tfvars file exposes; guards.test.ts requires a guard for
 * every error rule that reads one of them.
 */
import { tpl, raw, str, type RawExpr } from '@/hcl/build';
import type { Expr } from '@/hcl/ast';
import {
  DATA_TIERING_FAMILIES,
  ENGINE_LABELS,
  GLOBAL_DATASTORE_FAMILIES,
  GLOBAL_DATASTORE_REGIONS,
  NODE_TYPES,
  RETIRED_FAMILIES,
  compareVersions,
  type Engine,
} from '@/model/catalog';
import type { Cache, Memcached, ReplicationGroup, Serverless } from '@/model/design';
import { clusterNodeLimit } from '@/model/limits';
import { minimumEngineVersion } from '@/model/node-type-fit';
import { atMostCharacters, rangeMessage, RULE_MESSAGES } from '@/model/rule-messages';
import { ID_LIMITS } from '@/model/resolve';
import { fieldLimits, TFVARS_VARIABLES } from '@/model/fields';
import { hasEnvironments, snake, type GeneratorContext, type VariableValidation } from './context';

/**
 * Model fields a tfvars file sets, with the variable that holds each (`<cache>_` prefixed for cache
 * fields), as the field registry declares them. Environment overrides of a field land in the same
 * variable.
 */
export const TFVARS_FIELDS = TFVARS_VARIABLES;

// Rule messages name values; in a guard the value is an HCL expression. The message function is
// called with marked expressions, and the marks split the text into a template.
const MARK = '\u0000';
const value = (expression: string) => `${MARK}${expression}${MARK}`;

/** A guard's message as HCL: a string, or a template where the message names a value. */
export function messageExpr(message: string): Expr {
  if (!message.includes(MARK)) return str(message);
  const parts = message.split(MARK).map((part, index): string | RawExpr => (index % 2 ? raw(part) : part));
  return tpl(...parts);
}

/** The message with its marked expressions replaced, in order, by values: what Terraform prints. */
export function messageFor(message: string, values: readonly string[]): string {
  return message
    .split(MARK)
    .map((part, index) => (index % 2 ? (values[(index - 1) / 2] ?? part) : part))
    .join('');
}

const guard = (rule: string, condition: string, message: string): VariableValidation => ({
  rules: [rule],
  condition,
  message,
});

const variableOf = (cache: Cache, field: string) => `var.${snake(cache.id)}_${field}`;

/** `cond ? true : check`: HCL evaluates both sides of `||`, so a null value needs the conditional. */
const unlessNull = (variable: string, check: string) => `${variable} == null ? true : ${check}`;

export function rangeGuard(
  ruleId: string,
  variable: string,
  [min, max]: readonly [number, number],
  options: { nullable?: boolean } = {},
): VariableValidation {
  const check = `${variable} >= ${min} && ${variable} <= ${max}`;
  return guard(ruleId, options.nullable ? unlessNull(variable, `(${check})`) : check, rangeMessage(min, max));
}

const hclString = (text: string) => JSON.stringify(text);
const hclList = (items: readonly string[]) => `[${items.map(hclString).join(', ')}]`;
/** The node family of a node type variable: `cache.r7g.large` → `r7g` (`""` for a malformed value). */
const familyOf = (variable: string) => `try(split(".", ${variable})[1], "")`;

const engineOf = (cache: ReplicationGroup | Memcached): Engine =>
  cache.kind === 'memcached' ? 'memcached' : cache.engine;

/** A regex matching exactly the given node types, grouped by family: `^cache\.(t4g\.(micro|small)|…)$`. */
function nodeTypePattern(types: readonly string[]): string {
  const byFamily = new Map<string, string[]>();
  for (const type of types) {
    const [, family, size] = type.split('.');
    byFamily.set(family!, [...(byFamily.get(family!) ?? []), size!]);
  }
  const families = [...byFamily].map(([family, sizes]) => `${family}\\.(${sizes.join('|')})`);
  return `^cache\\.(${families.join('|')})$`;
}

/** node-type-known, node-type-retired, graviton-min-version, data tiering and global datastore families. */
export function nodeTypeGuards(cache: ReplicationGroup | Memcached): VariableValidation[] {
  const variable = variableOf(cache, 'node_type');
  const engine = engineOf(cache);
  const engineLabel = ENGINE_LABELS[engine];
  const known = NODE_TYPES.map((nodeType) => nodeType.type);
  const forEngine = NODE_TYPES.filter((nodeType) => nodeType.engines.includes(engine)).map(
    (type) => type.type,
  );
  const matches = (types: readonly string[]) =>
    `can(regex(${hclString(nodeTypePattern(types))}, ${variable}))`;
  const family = familyOf(variable);
  const guards = [guard('node-type-known', matches(known), RULE_MESSAGES.nodeTypeUnknown(value(variable)))];
  if (forEngine.length < known.length)
    guards.push(
      guard(
        'node-type-known',
        `!${matches(known)} || ${matches(forEngine)}`,
        RULE_MESSAGES.nodeTypeEngine(value(variable), engineLabel),
      ),
    );
  for (const retired of [...RETIRED_FAMILIES].sort())
    guards.push(
      guard('node-type-retired', `${family} != "${retired}"`, RULE_MESSAGES.nodeTypeRetired(retired)),
    );
  // Families that need a newer engine than this cache runs, grouped by the version they need.
  const tooOld = new Map<string, string[]>();
  for (const candidate of new Set(NODE_TYPES.map((nodeType) => nodeType.family))) {
    const minimum = minimumEngineVersion(engine, candidate);
    if (minimum && compareVersions(cache.engineVersion, minimum) < 0)
      tooOld.set(minimum, [...(tooOld.get(minimum) ?? []), candidate]);
  }
  for (const [minimum, families] of [...tooOld].sort(([a], [b]) => compareVersions(a, b)))
    guards.push(
      guard(
        'graviton-min-version',
        `!contains(${hclList(families.sort())}, ${family})`,
        RULE_MESSAGES.gravitonVersion(value(variable), engineLabel, minimum),
      ),
    );
  if (cache.kind === 'replication-group') {
    const tiered = `contains(${hclList([...DATA_TIERING_FAMILIES].sort())}, ${family})`;
    guards.push(
      cache.dataTiering
        ? guard('data-tiering-node-type', tiered, RULE_MESSAGES.dataTieringNeedsTieredNode)
        : guard('data-tiering-node-type', `!${tiered}`, RULE_MESSAGES.tieredNodeNeedsDataTiering),
    );
    if (cache.globalDatastore.enabled)
      guards.push(
        guard(
          'global-node-type',
          `contains(${hclList([...GLOBAL_DATASTORE_FAMILIES].sort())}, ${family})`,
          RULE_MESSAGES.globalNodeType,
        ),
      );
  }
  return guards;
}

/** AWS places node n in the n-th listed zone: the bundle's zone list needs one zone per node. */
function preferredAzGuards(cache: ReplicationGroup | Memcached, nodes: string): VariableValidation[] {
  const listed = cache.preferredAzs.length;
  if (listed === 0) return [];
  return [
    guard(
      'preferred-azs-count',
      `${nodes} == ${listed}`,
      RULE_MESSAGES.preferredAzCount(value(nodes), listed),
    ),
  ];
}

/** Tag limits of AWS on the tags every resource gets (provider default_tags). */
export function tagGuards(): VariableValidation[] {
  const [key, text] = [128, 256];
  return [
    guard('tag-limits', 'length(var.tags) <= 50', RULE_MESSAGES.tooManyTags),
    guard(
      'tag-limits',
      `alltrue([for key in keys(var.tags) : !startswith(lower(key), "aws:")])`,
      RULE_MESSAGES.reservedTagKey,
    ),
    guard(
      'tag-limits',
      `alltrue([for key in keys(var.tags) : length(key) <= ${key}])`,
      atMostCharacters(key),
    ),
    guard(
      'tag-limits',
      `alltrue([for text in values(var.tags) : length(text) <= ${text}])`,
      atMostCharacters(text),
    ),
  ];
}

/** multi-az-needs-failover and cluster-mode-needs-failover, on the failover variable. */
export function failoverGuards(cache: ReplicationGroup): VariableValidation[] {
  const failover = variableOf(cache, 'automatic_failover_enabled');
  const multiAz = variableOf(cache, 'multi_az_enabled');
  return [
    guard('multi-az-needs-failover', `${failover} || !${multiAz}`, RULE_MESSAGES.multiAzNeedsFailover),
    ...(cache.clusterMode !== 'disabled'
      ? [guard('cluster-mode-needs-failover', failover, RULE_MESSAGES.clusterModeNeedsFailover)]
      : []),
  ];
}

/** The replica range, and the replica the failover (cluster mode disabled) or Multi-AZ needs. */
export function replicaGuards(cache: ReplicationGroup): VariableValidation[] {
  const replicas = variableOf(cache, 'replicas_per_shard');
  const needsReplica = (ruleId: string, setting: string, message: string) =>
    guard(ruleId, `!${variableOf(cache, setting)} || ${replicas} >= 1`, message);
  return [
    rangeGuard('replicas-range', replicas, fieldLimits('caches.*.replicasPerShard')),
    cache.clusterMode === 'disabled'
      ? needsReplica(
          'failover-needs-replica',
          'automatic_failover_enabled',
          RULE_MESSAGES.failoverNeedsReplica,
        )
      : needsReplica('multi-az-needs-replica', 'multi_az_enabled', RULE_MESSAGES.multiAzNeedsReplica),
    ...(cache.clusterMode === 'disabled' ? preferredAzGuards(cache, `${replicas} + 1`) : []),
  ];
}

/** The shard range and the node quota of one cluster. */
export function shardGuards(cache: ReplicationGroup): VariableValidation[] {
  const shards = variableOf(cache, 'shards');
  const nodes = `${shards} * (${variableOf(cache, 'replicas_per_shard')} + 1)`;
  const limit = clusterNodeLimit(cache);
  return [
    rangeGuard('shards-range', shards, fieldLimits('caches.*.shards')),
    guard('cluster-node-quota', `${nodes} <= ${limit}`, RULE_MESSAGES.clusterNodeQuota(value(nodes), limit)),
  ];
}

/** A global datastore secondary inherits automatic failover, which needs a replica (cluster mode disabled). */
export function secondaryReplicaGuards(cache: ReplicationGroup, variable: string, region: string) {
  return [
    rangeGuard(
      'replicas-range',
      variable,
      fieldLimits('caches.*.globalDatastore.secondaries.*.replicasPerShard'),
    ),
    ...(cache.clusterMode === 'disabled'
      ? [
          guard(
            'global-secondary-replicas',
            `!${variableOf(cache, 'automatic_failover_enabled')} || ${variable} >= 1`,
            RULE_MESSAGES.globalSecondaryReplica(region),
          ),
        ]
      : []),
  ];
}

export function nodeCountGuards(cache: Memcached): VariableValidation[] {
  const nodes = variableOf(cache, 'num_cache_nodes');
  return [
    rangeGuard('memcached-node-count-range', nodes, fieldLimits('caches.*.nodeCount')),
    ...(cache.azMode === 'cross-az'
      ? [guard('memcached-cross-az-nodes', `${nodes} >= 2`, RULE_MESSAGES.crossAzNodes)]
      : []),
    ...preferredAzGuards(cache, nodes),
  ];
}

/** The retention range of a replication group's backups, or of a serverless cache's snapshots. */
export const retentionGuards = (cache: Cache) => [
  rangeGuard(
    'retention-range',
    variableOf(cache, 'snapshot_retention_limit'),
    fieldLimits(
      cache.kind === 'serverless' ? 'caches.*.snapshots.retentionDays' : 'caches.*.backups.retentionDays',
    ),
  ),
];

/** A serverless usage limit's maximum: its range, and not below the minimum the bundle sets. */
export function usageLimitGuards(
  cache: Serverless,
  field: 'max_data_storage_gb' | 'max_ecpu_per_second',
): VariableValidation[] {
  const variable = variableOf(cache, field);
  const storage = field === 'max_data_storage_gb';
  const minimum = storage ? cache.limits.dataStorageMinGb : cache.limits.ecpuPerSecondMin;
  return [
    rangeGuard(
      storage ? 'serverless-storage-range' : 'serverless-ecpu-range',
      variable,
      fieldLimits(storage ? 'caches.*.limits.dataStorageMaxGb' : 'caches.*.limits.ecpuPerSecondMax'),
      { nullable: true },
    ),
    ...(minimum !== undefined
      ? [
          guard(
            'serverless-limits-order',
            unlessNull(variable, `${variable} >= ${minimum}`),
            RULE_MESSAGES.limitsOrder(storage ? 'data storage' : 'ECPU/s', String(minimum), value(variable)),
          ),
        ]
      : []),
  ];
}

/**
 * The instance names: slugs (cache-id-format), and the AWS ID each gives with the environment prefix
 * within its limit (cache-id-length, serverless-name-length).
 */
export function instanceGuards(context: GeneratorContext, cache: Cache): VariableValidation[] {
  const variable = variableOf(cache, 'instances');
  const environments = hasEnvironments(context.design);
  const idOf = (instance: string) =>
    `${environments ? '${var.environment}-' : ''}\${${instance}}-${cache.id}`;
  const limit = ID_LIMITS[cache.kind];
  const formatRule = cache.kind === 'serverless' ? 'serverless-name-format' : 'cache-id-format';
  const tooLong = `[for instance in ${variable} : "${idOf('instance')}" if length("${idOf('instance')}") > ${limit}]`;
  // Terraform evaluates the message even when the condition holds: `try` keeps it valid then.
  const firstTooLong = `try(${tooLong}[0], "")`;
  const lengthMessage =
    cache.kind === 'serverless'
      ? RULE_MESSAGES.serverlessNameLength(value(firstTooLong), value(`length(${firstTooLong})`), limit)
      : RULE_MESSAGES.idLength(
          value(firstTooLong),
          value(`length(${firstTooLong})`),
          limit,
          RULE_MESSAGES.shortenHint(environments, true),
        );
  return [
    guard(
      formatRule,
      `alltrue([for instance in ${variable} : can(regex("^[a-z][a-z0-9-]*$", instance))])`,
      RULE_MESSAGES.slugCharacters,
    ),
    guard(
      formatRule,
      `alltrue([for instance in ${variable} : !strcontains(instance, "--") && !endswith(instance, "-")])`,
      RULE_MESSAGES.slugHyphens,
    ),
    guard(
      cache.kind === 'serverless' ? 'serverless-name-length' : 'cache-id-length',
      `length(${tooLong}) == 0`,
      lengthMessage,
    ),
  ];
}

/** The primary region must host global datastores when the design has one. */
export function regionGuards(context: GeneratorContext): VariableValidation[] {
  const global = context.design.caches.some(
    (cache) => cache.kind === 'replication-group' && cache.globalDatastore.enabled,
  );
  return global
    ? [
        guard(
          'global-regions-supported',
          `contains(${hclList(GLOBAL_DATASTORE_REGIONS)}, var.region)`,
          RULE_MESSAGES.regionWithoutGlobalDatastores(value('var.region')),
        ),
      ]
    : [];
}
