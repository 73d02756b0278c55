/**
 * What changing a field does to a cache that is already running: `in-place` (modified live, clients
 * unaffected), `disruption` (modified in place, but nodes restart, fail over or reconnect) or
 * `replacement` (Terraform destroys and recreates the resource: data not in a snapshot is lost).
 *
 * Source: shared/reference/elasticache-rules.md §1.2 (replication group ForceNew / CustomizeDiff,
 * tested with crafted state), §1.3 (Memcached update table), §1.4 (serverless RequiresReplace), §2.6
 * (encryption) and how the generator maps fields to attributes. The UI shows it as a badge per field.
 */
import { compareVersions } from './catalog';
import type { Cache, Design } from './design';
import { matchesPattern, type FieldPath } from './field-path';

export type UpdateKind = 'in-place' | 'disruption' | 'replacement';

export interface UpdateBehaviour {
  behaviour: UpdateKind;
  /** One sentence: what happens, and when it differs (upgrade vs downgrade, engine version). */
  note: string;
}

interface Entry {
  /** Path pattern below `caches.N` (for cache fields) or from the root (design fields). */
  pattern: string;
  /** Restricts the entry to these cache kinds. */
  kinds?: readonly Cache['kind'][];
  behaviour: UpdateBehaviour | ((cache: Cache | undefined, design: Design, next: unknown) => UpdateBehaviour);
}

const inPlace = (note: string): UpdateBehaviour => ({ behaviour: 'in-place', note });
const disruption = (note: string): UpdateBehaviour => ({ behaviour: 'disruption', note });
const replacement = (note: string): UpdateBehaviour => ({ behaviour: 'replacement', note });

const versionOf = (cache: Cache | undefined) =>
  cache && 'engineVersion' in cache ? cache.engineVersion : undefined;

/** Redis OSS below 7.0.5 cannot switch TLS in place (provider ForceNewIf, rules §1.2). */
function transitInPlace(cache: Cache | undefined): boolean {
  if (cache?.kind !== 'replication-group') return false;
  if (cache.engine === 'valkey') return true;
  // "7.0" resolves to the newest 7.0 patch (7.0.7), which is past 7.0.5.
  return compareVersions(cache.engineVersion, '7.0') >= 0;
}

const CACHE_ENTRIES: readonly Entry[] = [
  {
    pattern: 'id',
    behaviour: replacement('The ID is the AWS identifier (ForceNew): a new ID is a new cache.'),
  },
  {
    pattern: 'instances',
    behaviour: replacement('Adding an instance creates a cache; removing one destroys it.'),
  },
  {
    pattern: 'instances.*',
    behaviour: replacement('Renaming an instance destroys its cache and creates another.'),
  },
  { pattern: 'description', behaviour: inPlace('Descriptions are updated in place.') },
  { pattern: 'tags', behaviour: inPlace('Tags are updated in place.') },
  { pattern: 'tags.*', behaviour: inPlace('Tags are updated in place.') },
  { pattern: 'expectedUsage.*', behaviour: inPlace('Only the cost estimate uses it.') },
  {
    pattern: 'engine',
    kinds: ['replication-group'],
    behaviour: (cache, _design, next) =>
      cache?.kind === 'replication-group' &&
      (cache.engine === 'redis' || next === 'valkey') &&
      next !== 'redis'
        ? disruption(
            'Redis OSS → Valkey is an in-place engine upgrade (nodes restart one at a time); Valkey → Redis OSS is not possible without recreating the cache.',
          )
        : replacement('AWS cannot move a Valkey cache back to Redis OSS: the cache has to be recreated.'),
  },
  {
    pattern: 'engine',
    kinds: ['serverless'],
    behaviour: replacement('The engine of a serverless cache is RequiresReplace.'),
  },
  {
    pattern: 'engineVersion',
    behaviour: (cache, _design, next) => {
      const current = versionOf(cache);
      const downgrade =
        typeof next === 'string' && current !== undefined && compareVersions(next, current) < 0;
      if (downgrade && cache?.kind === 'replication-group' && cache.globalDatastore.enabled)
        return replacement(
          'A global datastore cannot be downgraded: the provider refuses the plan until the global datastore and every member are replaced (terraform apply -replace).',
        );
      if (downgrade)
        return replacement('Engine versions cannot be downgraded: the provider replaces the cache.');
      return cache?.kind === 'memcached'
        ? disruption(
            'An upgrade replaces the nodes one by one and empties them; a downgrade forces replacement.',
          )
        : disruption(
            'An upgrade is applied in place, restarting nodes one at a time (a custom parameter group of a new family is created beside the old one first); a downgrade forces replacement.',
          );
    },
  },
  {
    pattern: 'majorVersion',
    behaviour: replacement('major_engine_version is RequiresReplace in provider 5.100.'),
  },
  {
    pattern: 'nodeType',
    behaviour: (cache) =>
      cache?.kind === 'memcached'
        ? replacement(
            'Memcached cannot change node type in place (clusterForceNewOnMemcachedNodeTypeChange).',
          )
        : disruption(
            'Online vertical scaling: new nodes are synced, then a brief failover switches to them.',
          ),
  },
  { pattern: 'port', behaviour: replacement('The port is fixed at creation (ForceNew).') },
  {
    pattern: 'clusterMode',
    behaviour: disruption(
      'Disabled → compatible → enabled migrates online; going back to disabled needs a new cache.',
    ),
  },
  {
    pattern: 'shards',
    behaviour: disruption('Online resharding moves slots between shards; throughput dips while it runs.'),
  },
  { pattern: 'replicasPerShard', behaviour: inPlace('Replicas are added or removed in place.') },
  { pattern: 'multiAz', behaviour: inPlace('Multi-AZ is switched in place.') },
  { pattern: 'automaticFailover', behaviour: inPlace('Automatic failover is switched in place.') },
  {
    pattern: 'preferredAzs',
    behaviour: inPlace('Used when nodes are created; existing nodes stay in their zones.'),
  },
  {
    pattern: 'preferredAzs.*',
    behaviour: inPlace('Used when nodes are created; existing nodes stay in their zones.'),
  },
  { pattern: 'dataTiering', behaviour: replacement('data_tiering_enabled is ForceNew.') },
  {
    pattern: 'nodeCount',
    behaviour: disruption('Nodes are added or removed in place; keys on removed nodes are lost.'),
  },
  { pattern: 'azMode', behaviour: inPlace('az_mode changes in place (affects nodes added later).') },
  {
    pattern: 'parameterGroup.mode',
    behaviour: disruption(
      'Switching parameter groups is in place; some parameters apply only after a reboot.',
    ),
  },
  {
    pattern: 'parameterGroup.name',
    behaviour: disruption(
      'A parameter group name is ForceNew: a group of the new name is created first and the cache switches to it in place; some parameters apply only after a reboot.',
    ),
  },
  {
    pattern: 'parameterGroup.parameters',
    behaviour: disruption('Parameters change in place; some apply only after a reboot.'),
  },
  {
    pattern: 'parameterGroup.parameters.*',
    behaviour: disruption('Parameters change in place; some apply only after a reboot.'),
  },
  {
    pattern: 'parameterGroup.parameters.*.*',
    behaviour: disruption('Parameters change in place; some apply only after a reboot.'),
  },
  {
    pattern: 'atRestEncryption.enabled',
    behaviour: replacement('Encryption at rest is chosen at creation (ForceNew).'),
  },
  {
    pattern: 'atRestEncryption.kmsKey',
    behaviour: replacement('The KMS key is chosen at creation (kms_key_id is ForceNew).'),
  },
  {
    pattern: 'atRestEncryption.kmsKey.*',
    behaviour: replacement('The KMS key is chosen at creation (kms_key_id is ForceNew).'),
  },
  { pattern: 'kmsKey', behaviour: replacement('kms_key_id of a serverless cache is RequiresReplace.') },
  { pattern: 'kmsKey.*', behaviour: replacement('kms_key_id of a serverless cache is RequiresReplace.') },
  {
    pattern: 'transitEncryption.enabled',
    behaviour: (cache) =>
      transitInPlace(cache)
        ? disruption(
            'In place on Valkey and Redis OSS 7.0.5+: go through mode "preferred" while clients move to TLS, then "required".',
          )
        : replacement(
            cache?.kind === 'memcached'
              ? 'Memcached TLS is chosen at creation (ForceNew).'
              : 'Below Redis OSS 7.0.5 the provider replaces the cache to switch TLS (ForceNewIf).',
          ),
  },
  {
    pattern: 'transitEncryption.mode',
    behaviour: disruption('Changed in place; "required" disconnects clients that do not use TLS.'),
  },
  {
    pattern: 'auth.mode',
    behaviour: disruption('Changed in place; clients must switch credentials at the same time.'),
  },
  { pattern: 'auth.tokenUpdateStrategy', behaviour: inPlace('Applies to the next token change.') },
  {
    pattern: 'auth.users',
    behaviour: inPlace('Users are separate resources; the user group is updated in place.'),
  },
  {
    pattern: 'auth.users.*',
    behaviour: inPlace('Users are separate resources; the user group is updated in place.'),
  },
  {
    pattern: 'auth.users.*.userId',
    behaviour: disruption('user_id is ForceNew: the user is recreated and its clients must log in again.'),
  },
  {
    pattern: 'auth.users.*.userName',
    behaviour: disruption('user_name is ForceNew: the user is recreated and its clients must log in again.'),
  },
  { pattern: 'auth.users.*.accessString', behaviour: inPlace('Access strings change in place.') },
  {
    pattern: 'auth.users.*.authentication',
    behaviour: inPlace('The authentication mode of a user changes in place.'),
  },
  { pattern: 'backups.retentionDays', behaviour: inPlace('Backup settings change in place.') },
  { pattern: 'backups.window', behaviour: inPlace('Backup settings change in place.') },
  {
    pattern: 'backups.finalSnapshot',
    behaviour: inPlace(
      'Settled when a cache is created: its final snapshot name is kept in the state (each cache gets one of its own), so switching this applies to caches created afterwards — take a manual snapshot before destroying a running one.',
    ),
  },
  {
    pattern: 'backups.restoreFromSnapshot',
    behaviour: replacement('snapshot_name is ForceNew: a cache is seeded only when it is created.'),
  },
  { pattern: 'snapshots.*', behaviour: inPlace('Snapshot settings change in place.') },
  { pattern: 'limits.*', behaviour: inPlace('Usage limits change in place.') },
  { pattern: 'maintenance.*', behaviour: inPlace('Maintenance settings change in place.') },
  { pattern: 'notifications', behaviour: inPlace('The notification topic changes in place.') },
  { pattern: 'logs.*', behaviour: inPlace('Log delivery is changed in place.') },
  { pattern: 'logs.*.*', behaviour: inPlace('Log delivery is changed in place.') },
  { pattern: 'alarms.*', behaviour: inPlace('Alarms are CloudWatch resources; the cache is untouched.') },
  { pattern: 'networkType', behaviour: replacement('network_type is ForceNew.') },
  {
    pattern: 'globalDatastore.enabled',
    behaviour: disruption(
      'Turning it on makes this cache the primary of a new global datastore and creates the secondaries; turning it off destroys them.',
    ),
  },
  {
    pattern: 'globalDatastore.suffix',
    behaviour: replacement('The suffix is ForceNew: the global datastore and its secondaries are recreated.'),
  },
  {
    pattern: 'globalDatastore.secondaries',
    behaviour: inPlace('Adding a region creates a secondary; removing one destroys it.'),
  },
  {
    pattern: 'globalDatastore.secondaries.*',
    behaviour: inPlace('Adding a region creates a secondary; removing one destroys it.'),
  },
  {
    pattern: 'globalDatastore.secondaries.*.region',
    behaviour: replacement('The secondary in the old region is destroyed and one in the new region created.'),
  },
  {
    pattern: 'globalDatastore.secondaries.*.replicasPerShard',
    behaviour: inPlace('Replicas are added or removed in place.'),
  },
  {
    pattern: 'globalDatastore.secondaries.*.replicationGroupId',
    behaviour: replacement(
      'The ID is the secondary’s AWS identifier (ForceNew): it is recreated and copies the primary again.',
    ),
  },
  {
    pattern: 'globalDatastore.secondaries.*.description',
    behaviour: inPlace('Descriptions are updated in place.'),
  },
  { pattern: 'globalDatastore.secondaries.*.tags', behaviour: inPlace('Tags are updated in place.') },
  { pattern: 'globalDatastore.secondaries.*.tags.*', behaviour: inPlace('Tags are updated in place.') },
  { pattern: 'instanceTagKey', behaviour: inPlace('Tags are updated in place.') },
  {
    pattern: 'settingsAsVariables',
    behaviour: inPlace('Only how the bundle is written changes: the same values, now as variables.'),
  },
];

const DESIGN_ENTRIES: readonly Entry[] = [
  {
    pattern: 'name',
    behaviour: (_cache, design) =>
      design.subnetGroupName
        ? disruption(
            'The subnet group keeps its own name; the security group, SNS topic and KMS alias named after the design are recreated and the caches switch to them in place.',
          )
        : replacement(
            'The design name names the subnet group (ForceNew), which the caches cannot leave: every cache is recreated.',
          ),
  },
  {
    pattern: 'subnetGroupName',
    behaviour: replacement(
      'A subnet group name is ForceNew, and the caches cannot leave their subnet group: every cache is recreated.',
    ),
  },
  {
    pattern: 'securityGroupNamePrefix',
    behaviour: inPlace(
      'A security group name is ForceNew: a new group is created first and the caches switch to it in place.',
    ),
  },
  { pattern: 'region', behaviour: replacement('Everything is recreated in the new region.') },
  { pattern: 'description', behaviour: inPlace('Only the README uses it.') },
  { pattern: 'notes', behaviour: inPlace('Only the README uses it.') },
  { pattern: 'tags', behaviour: inPlace('Tags are updated in place.') },
  { pattern: 'tags.*', behaviour: inPlace('Tags are updated in place.') },
  {
    pattern: 'network.mode',
    behaviour: replacement('Moving to another VPC recreates the subnet group and every cache.'),
  },
  {
    pattern: 'network.vpcCidr',
    behaviour: replacement('A new VPC block replaces the VPC and subnets, and with them every cache.'),
  },
  {
    pattern: 'network.vpcId',
    behaviour: replacement('Moving to another VPC recreates the subnet group and every cache.'),
  },
  {
    pattern: 'network.azCount',
    behaviour: inPlace('Subnets are added to or removed from the subnet group in place.'),
  },
  { pattern: 'network.subnetIds', behaviour: inPlace('The subnet group is updated in place.') },
  { pattern: 'network.subnetIds.*', behaviour: inPlace('The subnet group is updated in place.') },
  { pattern: 'clients.*', behaviour: inPlace('Security group rules change in place.') },
  { pattern: 'clients.*.*', behaviour: inPlace('Security group rules change in place.') },
  { pattern: 'notifications.*', behaviour: inPlace('The SNS topic and its subscription change in place.') },
  {
    pattern: 'environments',
    behaviour: inPlace('Each environment is its own state; adding one creates new caches there.'),
  },
  {
    pattern: 'environments.*.name',
    behaviour: replacement('The environment name prefixes every AWS ID of that environment.'),
  },
  { pattern: 'environments.*.tags', behaviour: inPlace('Tags are updated in place.') },
  { pattern: 'environments.*.tags.*', behaviour: inPlace('Tags are updated in place.') },
];

/** Override fields and the cache fields they stand for. */
const OVERRIDE_FIELDS: Record<string, string> = {
  nodeType: 'nodeType',
  shards: 'shards',
  replicasPerShard: 'replicasPerShard',
  nodeCount: 'nodeCount',
  multiAz: 'multiAz',
  automaticFailover: 'automaticFailover',
  backupRetentionDays: 'backups.retentionDays',
  ecpuPerSecondMax: 'limits.ecpuPerSecondMax',
  dataStorageMaxGb: 'limits.dataStorageMaxGb',
};

/** `caches.0.nodeType` → `['caches', 0, 'nodeType']`; a path given as segments is returned as is. */
export const fieldPathOf = (path: FieldPath | string): FieldPath =>
  typeof path === 'string'
    ? path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))
    : path;

const isOverridePath = (segments: FieldPath) =>
  segments[0] === 'environments' && segments[2] === 'overrides' && segments.length === 5;

/** The cache a field belongs to: `caches.N…`, or an environment override keyed by the cache's ID. */
function cacheOf(design: Design, segments: FieldPath): Cache | undefined {
  if (segments[0] === 'caches' && typeof segments[1] === 'number') return design.caches[segments[1]];
  if (isOverridePath(segments)) return design.caches.find((candidate) => candidate.id === segments[3]);
  return undefined;
}

function lookup(
  entries: readonly Entry[],
  rest: (string | number)[],
  cache: Cache | undefined,
  design: Design,
  next: unknown,
) {
  const entry = entries.find(
    (candidate) =>
      matchesPattern(candidate.pattern, rest) &&
      (!candidate.kinds || (cache && candidate.kinds.includes(cache.kind))),
  );
  if (!entry) return undefined;
  return typeof entry.behaviour === 'function' ? entry.behaviour(cache, design, next) : entry.behaviour;
}

/**
 * What changing the field at `path` (e.g. `caches.0.atRestEncryption.enabled` or
 * `['caches', 0, 'nodeType']`) does to the running cache. `next`, the value it would change to,
 * refines the answer where it matters (an engine version upgrade or downgrade). Undefined for
 * paths the model does not have.
 */
export function updateBehaviour(
  design: Design,
  path: FieldPath | string,
  next?: unknown,
): UpdateBehaviour | undefined {
  const segments = fieldPathOf(path);
  const cache = cacheOf(design, segments);
  if (segments[0] === 'caches' && typeof segments[1] === 'number')
    return lookup(CACHE_ENTRIES, segments.slice(2), cache, design, next);
  if (isOverridePath(segments)) {
    const field = OVERRIDE_FIELDS[String(segments[4])];
    if (!field) return undefined;
    const behaviour = lookup(CACHE_ENTRIES, fieldPathOf(field), cache, design, next);
    return behaviour && { ...behaviour, note: `In this environment: ${behaviour.note}` };
  }
  return lookup(DESIGN_ENTRIES, segments, undefined, design, next);
}

/** A value at a dotted path of a cache, or undefined where the cache has no such field. */
function valueAt(cache: Cache, pattern: string): unknown {
  return pattern
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      cache,
    );
}

/**
 * The fields of the cache at `index` whose change recreates it (as the cache stands now: a Valkey
 * cache lists its engine, a Redis OSS one does not), with the reason. The bundle README lists them.
 */
export function replacingFields(design: Design, index: number): { path: string; note: string }[] {
  const cache = design.caches[index];
  if (!cache) return [];
  return CACHE_ENTRIES.filter(
    (entry) =>
      !entry.pattern.includes('*') &&
      (!entry.kinds || entry.kinds.includes(cache.kind)) &&
      valueAt(cache, entry.pattern) !== undefined &&
      (!entry.pattern.startsWith('globalDatastore.') ||
        (cache.kind === 'replication-group' && cache.globalDatastore.enabled)),
  ).flatMap((entry) => {
    const answer = lookup([entry], fieldPathOf(entry.pattern), cache, design, undefined);
    return answer?.behaviour === 'replacement' ? [{ path: entry.pattern, note: answer.note }] : [];
  });
}

/**
 * All that `updateBehaviour(design, path)` (without `next`) reads of the design, as a string: the
 * kind, engine and engine version of the field's cache. Equal keys give equal answers, so a caller
 * can keep an answer while the key stays the same instead of asking again on every edit.
 */
export function updateBehaviourKey(design: Design, path: FieldPath | string): string {
  const cache = cacheOf(design, fieldPathOf(path));
  if (!cache) return '';
  return `${cache.kind}|${'engine' in cache ? cache.engine : ''}|${versionOf(cache) ?? ''}`;
}
