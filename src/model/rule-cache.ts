/**
 * Rules checked on each cache (once per environment, on the environment's resolved values).
 * Sources: shared/reference/elasticache-rules.md (section numbers in `source.reference`) and
 * node-types.json. Errors are what the provider or AWS rejects; warnings are best practice.
 */
import {
  BURSTABLE_FAMILIES,
  DATA_TIERING_FAMILIES,
  ENGINE_LABELS,
  ENGINE_VERSIONS,
  GLOBAL_DATASTORE_FAMILIES,
  GLOBAL_DATASTORE_REGIONS,
  PREVIOUS_GENERATION_FAMILIES,
  RETIRED_FAMILIES,
  SERVERLESS_MAJOR_VERSIONS,
  availabilityZones,
  capabilityMinimum,
  compareVersions,
  findEngineVersion,
  findNodeType,
  versionSupports,
  type Engine,
  type Region,
} from './catalog';
import { STARTER_RBAC_USERS, type Cache, type ReplicationGroup } from './design';
import { minimumEngineVersion } from './node-type-fit';
import { clusterNodeLimit } from './limits';
import {
  backupWindowClearOf,
  cacheFix,
  cacheRule,
  fix,
  isProduction,
  lengthenWindow,
  none,
  setOverridable,
  violation,
  windowLength,
  windowsOverlap,
  type CacheRule,
  type CacheRuleContext,
  type Violation,
} from './rule-kit';
import { RULE_MESSAGES } from './rule-messages';

const engineOf = (cache: Cache): Engine => (cache.kind === 'memcached' ? 'memcached' : cache.engine);
const familyOf = (nodeType: string) => findNodeType(nodeType)?.family ?? '';
const label = (engine: Engine) => ENGINE_LABELS[engine] ?? engine;

/** Nodes in a replication group: primaries and replicas of every shard. */
export const nodeCountOf = (cache: ReplicationGroup) =>
  cache.clusterMode === 'disabled' ? cache.replicasPerShard + 1 : cache.shards * (cache.replicasPerShard + 1);

/** The oldest catalogued version of an engine at or above `minimum` (the smallest upgrade that fixes it). */
function smallestVersionFrom(engine: Engine, minimum: string): string | undefined {
  return [...ENGINE_VERSIONS[engine]]
    .filter((entry) => compareVersions(entry.version, minimum) >= 0)
    .sort((a, b) => compareVersions(a.version, b.version))[0]?.version;
}

/** Sets an engine version through a fix. */
const useVersion = (version: string, engine: Engine) =>
  cacheFix(`Use ${label(engine)} ${version}`, ['replication-group', 'memcached'], (cache) => {
    cache.engineVersion = version;
  });

const enableFailover = cacheFix('Enable automatic failover', ['replication-group'], (cache, draft, finding) =>
  setOverridable(draft, finding, cache, 'automaticFailover', true, () => (cache.automaticFailover = true)),
);
const addReplica = (labelText: string) =>
  cacheFix(labelText, ['replication-group'], (cache, draft, finding) =>
    setOverridable(
      draft,
      finding,
      cache,
      'replicasPerShard',
      1,
      () => (cache.replicasPerShard = Math.max(1, cache.replicasPerShard)),
    ),
  );
const turnOnTransitEncryption = cacheFix(
  'Turn on encryption in transit',
  ['replication-group', 'memcached'],
  (cache) => {
    cache.transitEncryption.enabled = true;
  },
);
const turnOnAtRestEncryption = cacheFix('Turn on encryption at rest', ['replication-group'], (cache) => {
  cache.atRestEncryption.enabled = true;
});

// ---------------------------------------------------------------------------------------------
// Engine, version, node type
// ---------------------------------------------------------------------------------------------

const engineRules: CacheRule[] = [
  cacheRule({
    id: 'engine-version-known',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference:
        'rules §2.1: supported node-based engine versions (the provider accepts any well-shaped string, e.g. Redis OSS 7.2)',
    },
    why: 'AWS creates only the engine versions it supports; Redis OSS stops at 7.1 (7.2 and later are Valkey), Valkey starts at 7.2, and Memcached needs x.y.z.',
    fields: ['caches.*.engineVersion'],
    kinds: ['replication-group', 'memcached'],
    check: ({ cache, at }) => {
      const engine = engineOf(cache);
      if (findEngineVersion(engine, cache.engineVersion)) return none;
      const versions = ENGINE_VERSIONS[engine];
      if (!versions) return none; // an unknown engine is a schema issue
      const redisTooNew = engine === 'redis' && compareVersions(cache.engineVersion, '7.2') >= 0;
      const hint = redisTooNew ? ' Redis OSS stops at 7.1 on ElastiCache; 7.2 and later are Valkey.' : '';
      const target = redisTooNew ? '7.1' : versions[0]!.version;
      return violation(
        [...at, 'engineVersion'],
        `${label(engine)} ${cache.engineVersion} is not an ElastiCache engine version.${hint} Versions: ${versions.map((entry) => entry.version).join(', ')}.`,
        useVersion(target, engine),
      );
    },
  }),
  cacheRule({
    id: 'serverless-major-version',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference: 'rules §2.12: serverless major versions (the provider does not check major_engine_version)',
    },
    why: 'Serverless caches run only the major versions AWS offers per engine: Valkey 7 and 8, Redis OSS 7, Memcached 1.6.',
    fields: ['caches.*.majorVersion'],
    kinds: ['serverless'],
    check: ({ cache, at }) => {
      const versions = SERVERLESS_MAJOR_VERSIONS[cache.engine];
      if (!versions || versions.includes(cache.majorVersion)) return none;
      return violation(
        [...at, 'majorVersion'],
        `Serverless ${label(cache.engine)} offers major versions ${versions.join(', ')}, not ${cache.majorVersion}.`,
        cacheFix(`Use version ${versions[0]}`, ['serverless'], (draft) => {
          draft.majorVersion = versions[0]!;
        }),
      );
    },
  }),
  cacheRule({
    id: 'node-type-known',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference:
        'rules §2.10 and node-types.json: node types per engine (the provider checks only that a value is given)',
    },
    why: 'AWS only creates caches on the node types it offers for the engine; anything else fails at apply time.',
    fields: ['caches.*.nodeType', 'environments.*.overrides.*.nodeType'],
    kinds: ['replication-group', 'memcached'],
    check: ({ cache, at }) => {
      const nodeType = findNodeType(cache.nodeType);
      if (!nodeType) return violation([...at, 'nodeType'], RULE_MESSAGES.nodeTypeUnknown(cache.nodeType));
      if (!nodeType.engines.includes(engineOf(cache)))
        return violation(
          [...at, 'nodeType'],
          RULE_MESSAGES.nodeTypeEngine(cache.nodeType, label(engineOf(cache))),
        );
      return none;
    },
  }),
  cacheRule({
    id: 'node-type-retired',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference:
        'rules §2.10: "new clusters can no longer be created with T2" (AWS docs, supported node types)',
    },
    why: 'AWS no longer creates new clusters on T2 nodes; T3 or T4g are the burstable successors.',
    fields: ['caches.*.nodeType', 'environments.*.overrides.*.nodeType'],
    kinds: ['replication-group', 'memcached'],
    check: ({ cache, at }) => {
      const family = familyOf(cache.nodeType);
      if (!RETIRED_FAMILIES.has(family)) return none;
      const successor = cache.nodeType.replace(`.${family}.`, '.t3.');
      return violation(
        [...at, 'nodeType'],
        RULE_MESSAGES.nodeTypeRetired(family),
        cacheFix(`Use ${successor}`, ['replication-group', 'memcached'], (draft, design, finding) =>
          setOverridable(design, finding, draft, 'nodeType', successor, () => (draft.nodeType = successor)),
        ),
      );
    },
  }),
  cacheRule({
    id: 'graviton-min-version',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference:
        'rules §2.10: M6g/R6g/T4g need Redis OSS 5.0.6+ or Memcached 1.5.16+; M7g/R7g need Redis OSS 6.2+',
    },
    why: 'Graviton node families run only engine versions built for them.',
    fields: ['caches.*.nodeType', 'caches.*.engineVersion'],
    kinds: ['replication-group', 'memcached'],
    check: ({ cache, at }) => {
      const engine = engineOf(cache);
      const minimum = minimumEngineVersion(engine, familyOf(cache.nodeType));
      if (!minimum || compareVersions(cache.engineVersion, minimum) >= 0) return none;
      const version = smallestVersionFrom(engine, minimum);
      return violation(
        [...at, 'nodeType'],
        RULE_MESSAGES.gravitonVersion(cache.nodeType, label(engine), minimum),
        version ? useVersion(version, engine) : undefined,
      );
    },
  }),
];

// ---------------------------------------------------------------------------------------------
// Topology
// ---------------------------------------------------------------------------------------------

const topologyRules: CacheRule[] = [
  cacheRule({
    id: 'multi-az-needs-failover',
    severity: 'error',
    source: {
      kind: 'provider',
      reference: 'rules §1.1: replicationGroupValidateMultiAZAutomaticFailover (plan)',
    },
    why: 'Multi-AZ promotes a replica in another Availability Zone, which only automatic failover can do.',
    fields: ['caches.*.multiAz', 'caches.*.automaticFailover'],
    kinds: ['replication-group'],
    check: ({ cache, at }) =>
      cache.multiAz && !cache.automaticFailover
        ? violation([...at, 'automaticFailover'], RULE_MESSAGES.multiAzNeedsFailover, enableFailover)
        : none,
  }),
  cacheRule({
    id: 'failover-needs-replica',
    severity: 'error',
    source: {
      kind: 'provider',
      reference: 'rules §1.1: replicationGroupValidateAutomaticFailoverNumCacheClusters (plan)',
    },
    why: 'Automatic failover promotes a replica, so the group needs at least two nodes (num_cache_clusters ≥ 2).',
    fields: ['caches.*.replicasPerShard', 'caches.*.automaticFailover'],
    kinds: ['replication-group'],
    check: ({ cache, at }) =>
      cache.automaticFailover && cache.clusterMode === 'disabled' && cache.replicasPerShard < 1
        ? violation(
            [...at, 'replicasPerShard'],
            RULE_MESSAGES.failoverNeedsReplica,
            addReplica('Add a replica'),
          )
        : none,
  }),
  cacheRule({
    id: 'multi-az-needs-replica',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference: 'rules §2.3 and AWS docs (Multi-AZ): every shard needs a replica in another AZ',
    },
    why: 'Multi-AZ keeps a replica of each shard in another Availability Zone, so each shard needs at least one replica.',
    fields: ['caches.*.multiAz', 'caches.*.replicasPerShard'],
    kinds: ['replication-group'],
    check: ({ cache, at }) =>
      cache.multiAz && cache.clusterMode !== 'disabled' && cache.replicasPerShard < 1
        ? violation(
            [...at, 'replicasPerShard'],
            RULE_MESSAGES.multiAzNeedsReplica,
            addReplica('Add a replica per shard'),
          )
        : none,
  }),
  cacheRule({
    id: 'cluster-mode-needs-failover',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference: 'rules §2.3: AutomaticFailoverEnabled "must be true for cluster mode enabled"',
    },
    why: 'AWS requires automatic failover for cluster mode enabled (and compatible) replication groups.',
    fields: ['caches.*.clusterMode', 'caches.*.automaticFailover'],
    kinds: ['replication-group'],
    check: ({ cache, at }) =>
      cache.clusterMode !== 'disabled' && !cache.automaticFailover
        ? violation([...at, 'automaticFailover'], RULE_MESSAGES.clusterModeNeedsFailover, enableFailover)
        : none,
  }),
  cacheRule({
    id: 'cluster-node-quota',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference:
        'rules §2.3: at most 500 nodes per cluster (250 below Redis OSS 5.0.6), after a quota increase',
    },
    why: 'A cluster holds at most 500 nodes (250 on Redis OSS before 5.0.6), counting every primary and replica.',
    fields: ['caches.*.shards', 'caches.*.replicasPerShard'],
    kinds: ['replication-group'],
    check: ({ cache, at }) => {
      const limit = clusterNodeLimit(cache);
      return cache.clusterMode !== 'disabled' && nodeCountOf(cache) > limit
        ? violation([...at, 'shards'], RULE_MESSAGES.clusterNodeQuota(String(nodeCountOf(cache)), limit))
        : none;
    },
  }),
  cacheRule({
    id: 'preferred-azs-count',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference:
        'rules §2.3: PreferredCacheClusterAZs / PreferredAvailabilityZones count must equal the node count',
    },
    why: 'AWS places node n in the n-th listed Availability Zone, so the list needs exactly one zone per node, each in a subnet of the cache.',
    fields: ['caches.*.preferredAzs', 'caches.*.replicasPerShard', 'caches.*.nodeCount'],
    kinds: ['replication-group', 'memcached'],
    check: ({ design, cache, at }) => {
      if (cache.preferredAzs.length === 0) return none;
      const clear = cacheFix('Let AWS choose the zones', ['replication-group', 'memcached'], (draft) => {
        draft.preferredAzs = [];
      });
      const nodes = cache.kind === 'memcached' ? cache.nodeCount : nodeCountOf(cache);
      if (cache.kind === 'replication-group' && cache.clusterMode !== 'disabled')
        return violation(
          [...at, 'preferredAzs'],
          'AZ placement per node applies to cluster mode disabled only.',
          clear,
        );
      if (cache.preferredAzs.length !== nodes)
        return violation(
          [...at, 'preferredAzs'],
          RULE_MESSAGES.preferredAzCount(String(nodes), cache.preferredAzs.length),
          clear,
        );
      const zones = availabilityZones(design.region);
      const subnetZones = design.network.mode === 'create' ? zones.slice(0, design.network.azCount) : zones;
      const foreign = cache.preferredAzs.find((zone) => !subnetZones.includes(zone));
      if (!foreign) return none;
      const where = zones.includes(foreign)
        ? 'has no subnet of this design'
        : `is not an Availability Zone of ${design.region}`;
      return violation([...at, 'preferredAzs'], `${foreign} ${where}.`, clear);
    },
  }),
  cacheRule({
    id: 'memcached-cross-az-nodes',
    severity: 'error',
    source: { kind: 'provider', reference: 'rules §1.3: clusterValidateAZMode (plan)' },
    why: 'Cross-AZ placement spreads nodes over zones, so it needs at least two nodes.',
    fields: ['caches.*.azMode', 'caches.*.nodeCount'],
    kinds: ['memcached'],
    check: ({ cache, at }) =>
      cache.azMode === 'cross-az' && cache.nodeCount < 2
        ? violation(
            [...at, 'azMode'],
            RULE_MESSAGES.crossAzNodes,
            cacheFix('Add a second node', ['memcached'], (draft, design, finding) =>
              setOverridable(design, finding, draft, 'nodeCount', 2, () => (draft.nodeCount = 2)),
            ),
          )
        : none,
  }),
  cacheRule({
    id: 'data-tiering-node-type',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference: 'rules §2.9: data tiering needs r6gd (and is always on there), Redis OSS 6.2+ or Valkey',
    },
    why: 'Data tiering exists only on r6gd nodes, which cannot run without it, and needs Redis OSS 6.2 or later.',
    fields: ['caches.*.dataTiering', 'caches.*.nodeType'],
    kinds: ['replication-group'],
    check: ({ cache, at }) => {
      const tieredNode = DATA_TIERING_FAMILIES.has(familyOf(cache.nodeType));
      if (cache.dataTiering && !tieredNode)
        return violation(
          [...at, 'dataTiering'],
          RULE_MESSAGES.dataTieringNeedsTieredNode,
          cacheFix('Turn off data tiering', ['replication-group'], (draft) => {
            draft.dataTiering = false;
          }),
        );
      if (!cache.dataTiering && tieredNode)
        return violation(
          [...at, 'dataTiering'],
          RULE_MESSAGES.tieredNodeNeedsDataTiering,
          cacheFix('Turn on data tiering', ['replication-group'], (draft) => {
            draft.dataTiering = true;
          }),
        );
      if (cache.dataTiering && !versionSupports('dataTiering', cache.engine, cache.engineVersion)) {
        const minimum = capabilityMinimum('dataTiering', 'redis')!;
        return violation(
          [...at, 'engineVersion'],
          `Data tiering needs Redis OSS ${minimum} or later.`,
          useVersion(minimum, 'redis'),
        );
      }
      return none;
    },
  }),
];

// ---------------------------------------------------------------------------------------------
// Security
// ---------------------------------------------------------------------------------------------

const securityRules: CacheRule[] = [
  cacheRule({
    id: 'auth-needs-tls',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference:
        'rules §2.5: AuthToken "requires TransitEncryptionEnabled"; RBAC needs in-transit encryption',
    },
    why: 'An AUTH token or RBAC password sent in clear text would be worthless, so AWS requires encryption in transit for both.',
    fields: ['caches.*.auth.mode', 'caches.*.transitEncryption.enabled'],
    kinds: ['replication-group'],
    check: ({ cache, at }) =>
      cache.auth.mode !== 'none' && !cache.transitEncryption.enabled
        ? violation(
            [...at, 'transitEncryption', 'enabled'],
            `${cache.auth.mode === 'token' ? 'An AUTH token' : 'RBAC'} needs encryption in transit turned on.`,
            turnOnTransitEncryption,
          )
        : none,
  }),
  cacheRule({
    id: 'rbac-engine-version',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference: 'rules §2.5: RBAC (user_group_ids) needs Redis OSS 6.0+ or Valkey',
    },
    why: 'User groups rely on the ACLs that Redis OSS introduced in 6.0.',
    fields: ['caches.*.auth.mode', 'caches.*.engineVersion'],
    kinds: ['replication-group'],
    check: ({ cache, at }) =>
      cache.auth.mode === 'rbac' && !versionSupports('rbac', cache.engine, cache.engineVersion)
        ? violation(
            [...at, 'auth', 'mode'],
            'RBAC needs Redis OSS 6.0 or later; use an AUTH token or upgrade.',
            cacheFix('Use an AUTH token', ['replication-group'], (draft) => {
              draft.auth.mode = 'token';
            }),
          )
        : none,
  }),
  cacheRule({
    id: 'rbac-users',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference:
        'rules §2.5: a user group must include a user named "default"; user IDs are unique per region (stored lowercase)',
    },
    why: 'AWS refuses a user group without a user named "default", and user IDs must be unique.',
    fields: ['caches.*.auth.users', 'caches.*.auth.users.*.userId', 'caches.*.auth.users.*.userName'],
    kinds: ['replication-group', 'serverless'],
    check: ({ cache, at }) => {
      const { auth } = cache;
      if (auth.mode !== 'rbac' || (cache.kind === 'serverless' && cache.engine === 'memcached')) return none;
      const findings: Violation[] = [];
      if (!auth.users.some((user) => user.userName === 'default'))
        findings.push({
          path: [...at, 'auth', 'users'],
          message:
            'An RBAC user group must include a user named "default"; add one (it can be disabled with "off -@all").',
          fix: cacheFix('Add a disabled default user', ['replication-group', 'serverless'], (draft) => {
            const taken = new Set(draft.auth.users.map((user) => user.userId.toLowerCase()));
            const userId = taken.has('default') ? 'default-user' : 'default';
            draft.auth.users.unshift({ ...STARTER_RBAC_USERS[0]!, userId });
          }),
        });
      const seen = new Set<string>();
      auth.users.forEach((user, userIndex) => {
        const key = user.userId.toLowerCase();
        if (seen.has(key))
          findings.push({
            path: [...at, 'auth', 'users', userIndex, 'userId'],
            message: `User ID "${user.userId}" is used twice (IDs are not case-sensitive).`,
          });
        seen.add(key);
        if (user.authentication === 'iam' && user.userId !== user.userName)
          findings.push({
            path: [...at, 'auth', 'users', userIndex, 'userName'],
            message: 'IAM-authenticated users must have the same user name and user ID.',
            fix: cacheFix(
              'Use the user ID as the user name',
              ['replication-group', 'serverless'],
              (draft) => {
                const target = draft.auth.users[userIndex];
                if (target) target.userName = target.userId;
              },
            ),
          });
      });
      return findings;
    },
  }),
  cacheRule({
    id: 'rbac-iam-version',
    severity: 'error',
    source: { kind: 'aws-api', reference: 'AWS docs (IAM authentication): Valkey 7.2+ or Redis OSS 7.0+' },
    why: 'IAM authentication exists only on Valkey and on Redis OSS 7.0 and later.',
    fields: ['caches.*.auth.users.*.authentication'],
    kinds: ['replication-group'],
    check: ({ cache, at }) => {
      if (
        cache.auth.mode !== 'rbac' ||
        versionSupports('iamAuthentication', cache.engine, cache.engineVersion)
      )
        return none;
      return cache.auth.users.flatMap((user, userIndex) =>
        user.authentication === 'iam'
          ? violation(
              [...at, 'auth', 'users', userIndex, 'authentication'],
              'IAM authentication needs Redis OSS 7.0 or later.',
              cacheFix('Use password authentication', ['replication-group'], (draft) => {
                const target = draft.auth.users[userIndex];
                if (target) target.authentication = 'password';
              }),
            )
          : [],
      );
    },
  }),
  cacheRule({
    id: 'serverless-auth-mode',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference: 'rules §2.12: serverless caches authenticate with a user group (Valkey and Redis OSS only)',
    },
    why: 'Serverless Valkey and Redis OSS authenticate through a user group, not an AUTH token; serverless Memcached has no user groups.',
    fields: ['caches.*.auth.mode'],
    kinds: ['serverless'],
    check: ({ cache, at }) => {
      if (cache.engine === 'memcached' && cache.auth.mode === 'rbac')
        return violation(
          [...at, 'auth', 'mode'],
          'Serverless Memcached has no user groups; choose no authentication.',
          cacheFix('Turn authentication off', ['serverless'], (draft) => {
            draft.auth.mode = 'none';
          }),
        );
      if (cache.auth.mode === 'token')
        return violation(
          [...at, 'auth', 'mode'],
          'Serverless caches take no AUTH token; use RBAC users.',
          cacheFix('Use RBAC users', ['serverless'], (draft) => {
            draft.auth.mode = draft.engine === 'memcached' ? 'none' : 'rbac';
            if (draft.auth.mode === 'rbac' && draft.auth.users.length === 0)
              draft.auth.users = structuredClone(STARTER_RBAC_USERS);
          }),
        );
      return none;
    },
  }),
  cacheRule({
    id: 'kms-key-arn',
    severity: 'error',
    source: { kind: 'aws-api', reference: 'rules §2.6: KmsKeyId names the key that encrypts data at rest' },
    why: 'A customer-managed key is only used by encryption at rest, and an existing key must be named by its ARN.',
    fields: [
      'caches.*.atRestEncryption.kmsKey.keyArn',
      'caches.*.kmsKey.keyArn',
      'caches.*.atRestEncryption.enabled',
    ],
    kinds: ['replication-group', 'serverless'],
    check: ({ cache, at }) => {
      const key = cache.kind === 'replication-group' ? cache.atRestEncryption.kmsKey : cache.kmsKey;
      const keyPath =
        cache.kind === 'replication-group' ? [...at, 'atRestEncryption', 'kmsKey'] : [...at, 'kmsKey'];
      if (key.mode === 'existing' && !key.keyArn)
        return violation(
          [...keyPath, 'keyArn'],
          'Give the ARN of the existing KMS key.',
          cacheFix('Use the AWS-managed key', ['replication-group', 'serverless'], (draft) => {
            const target = draft.kind === 'replication-group' ? draft.atRestEncryption.kmsKey : draft.kmsKey;
            target.mode = 'aws-managed';
            delete target.keyArn;
          }),
        );
      if (cache.kind === 'replication-group' && key.mode !== 'aws-managed' && !cache.atRestEncryption.enabled)
        return violation(
          [...at, 'atRestEncryption', 'enabled'],
          'A KMS key needs encryption at rest turned on.',
          turnOnAtRestEncryption,
        );
      return none;
    },
  }),
  cacheRule({
    id: 'memcached-tls-version',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference:
        'rules §2.6: Memcached in-transit encryption needs 1.6.12+ (the provider accepts 1.5.16 with TLS)',
    },
    why: 'Memcached supports TLS from version 1.6.12 on.',
    fields: ['caches.*.transitEncryption.enabled', 'caches.*.engineVersion'],
    kinds: ['memcached'],
    check: ({ cache, at }) =>
      cache.transitEncryption.enabled &&
      !versionSupports('transitEncryption', 'memcached', cache.engineVersion)
        ? violation(
            [...at, 'transitEncryption', 'enabled'],
            'Encryption in transit on Memcached needs version 1.6.12 or later.',
            useVersion(ENGINE_VERSIONS.memcached[0]!.version, 'memcached'),
          )
        : none,
  }),
  cacheRule({
    id: 'ip-network-type',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference:
        'rules §2.7: IPv6 and dual stack need Valkey, Redis OSS 6.2–7.1 or Memcached 1.6.6+, Nitro nodes and IPv6 subnets',
    },
    why: 'IPv6 and dual-stack caches need an engine and node type that support them, and subnets with IPv6 addresses.',
    fields: ['caches.*.networkType'],
    kinds: ['replication-group', 'memcached'],
    check: ({ design, cache, at }) => {
      if (cache.networkType === 'ipv4') return none;
      const useIpv4 = cacheFix('Use IPv4', ['replication-group', 'memcached'], (draft) => {
        draft.networkType = 'ipv4';
      });
      const engine = engineOf(cache);
      if (!versionSupports('ipv6', engine, cache.engineVersion))
        return violation(
          [...at, 'networkType'],
          'IPv6 needs Valkey, Redis OSS 6.2–7.1 or Memcached 1.6.6+.',
          useIpv4,
        );
      if (PREVIOUS_GENERATION_FAMILIES.has(familyOf(cache.nodeType)))
        return violation(
          [...at, 'networkType'],
          'IPv6 needs a Nitro-based node type (not T2, M4 or R4).',
          useIpv4,
        );
      if (design.network.mode === 'create')
        return violation(
          [...at, 'networkType'],
          'The VPC this bundle creates has IPv4 subnets only; use existing dual-stack or IPv6 subnets for this network type.',
          useIpv4,
        );
      return none;
    },
  }),
  cacheRule({
    id: 'ip-discovery-network',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference:
        'rules §2.7: ip_discovery ∈ ipv4|ipv6 chooses the addresses of a dual-stack group; an IPv4 or IPv6 group has only one',
    },
    why: 'IP discovery chooses between the address families of a dual-stack group; an IPv4 group has no IPv6 addresses and an IPv6 group no IPv4 ones.',
    fields: ['caches.*.ipDiscovery', 'caches.*.networkType'],
    kinds: ['replication-group'],
    check: ({ cache, at }) => {
      if (cache.kind !== 'replication-group' || !cache.ipDiscovery) return none;
      const family =
        cache.networkType === 'ipv4' ? 'ipv4' : cache.networkType === 'ipv6' ? 'ipv6' : undefined;
      if (!family || family === cache.ipDiscovery) return none;
      return violation(
        [...at, 'ipDiscovery'],
        `An ${family === 'ipv4' ? 'IPv4' : 'IPv6'} group discovers ${family === 'ipv4' ? 'IPv4' : 'IPv6'} addresses only; choose IP discovery on dual-stack groups.`,
        cacheFix('Use the default', ['replication-group'], (draft) => {
          if (draft.kind === 'replication-group') delete draft.ipDiscovery;
        }),
      );
    },
  }),
];

// ---------------------------------------------------------------------------------------------
// Backups, maintenance, logs, serverless limits
// ---------------------------------------------------------------------------------------------

const operationRules: CacheRule[] = [
  cacheRule({
    id: 'window-length',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference:
        'rules §2.4: maintenance and backup windows last at least 60 minutes (maintenance at most 24 hours); the provider checks only the format',
    },
    why: 'AWS needs at least an hour for maintenance and for backups, and a maintenance window of at most a day.',
    fields: ['caches.*.maintenance.window', 'caches.*.backups.window'],
    kinds: ['replication-group', 'memcached'],
    check: ({ cache, at }) => {
      const findings: Violation[] = [];
      const maintenance = windowLength(cache.maintenance.window, 10080);
      const hour = (path: 'maintenance' | 'backups') =>
        cacheFix('Make it 60 minutes long', ['replication-group', 'memcached'], (draft) => {
          if (path === 'maintenance')
            draft.maintenance.window = lengthenWindow(draft.maintenance.window, 60, true);
          else if (draft.kind === 'replication-group')
            draft.backups.window = lengthenWindow(draft.backups.window, 60, false);
        });
      if (maintenance < 60)
        findings.push({
          path: [...at, 'maintenance', 'window'],
          message: 'The maintenance window must last at least 60 minutes.',
          fix: hour('maintenance'),
        });
      if (maintenance > 24 * 60)
        findings.push({
          path: [...at, 'maintenance', 'window'],
          message: 'The maintenance window may last at most 24 hours.',
          fix: cacheFix('Make it 24 hours long', ['replication-group', 'memcached'], (draft) => {
            draft.maintenance.window = lengthenWindow(draft.maintenance.window, 24 * 60, true);
          }),
        });
      if (cache.kind === 'replication-group' && windowLength(cache.backups.window, 1440) < 60)
        findings.push({
          path: [...at, 'backups', 'window'],
          message: 'The backup window must last at least 60 minutes.',
          fix: hour('backups'),
        });
      return findings;
    },
  }),
  cacheRule({
    id: 'windows-overlap',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference:
        'rules §2.4: the snapshot window must not overlap the maintenance window (long-standing API rejection; not checked by the provider)',
    },
    why: 'AWS refuses a daily backup window that overlaps the weekly maintenance window.',
    fields: ['caches.*.backups.window', 'caches.*.maintenance.window'],
    kinds: ['replication-group'],
    check: ({ cache, at }) => {
      if (cache.backups.retentionDays <= 0 || !windowsOverlap(cache.backups.window, cache.maintenance.window))
        return none;
      const target = backupWindowClearOf(cache.maintenance.window, cache.backups.window);
      return violation(
        [...at, 'backups', 'window'],
        'The backup window overlaps the maintenance window; move one of them.',
        cacheFix(`Move the backup window to ${target}`, ['replication-group'], (draft) => {
          draft.backups.window = backupWindowClearOf(draft.maintenance.window, draft.backups.window);
        }),
      );
    },
  }),
  cacheRule({
    id: 'log-delivery-version',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference: 'rules §2.8: slow log needs Redis OSS 6.0+, engine log 6.2+ (Valkey: all versions)',
    },
    why: 'Redis OSS delivers its slow log from 6.0 and its engine log from 6.2 on.',
    fields: ['caches.*.logs.slowLog.enabled', 'caches.*.logs.engineLog.enabled'],
    kinds: ['replication-group'],
    check: ({ cache, at }) => {
      const minimum = (stream: 'slowLog' | 'engineLog') => capabilityMinimum(stream, 'redis');
      return (['slowLog', 'engineLog'] as const).flatMap((stream) =>
        cache.logs[stream].enabled && !versionSupports(stream, cache.engine, cache.engineVersion)
          ? violation(
              [...at, 'logs', stream, 'enabled'],
              `${stream === 'slowLog' ? 'Slow' : 'Engine'} log delivery needs Redis OSS ${minimum(stream)} or later.`,
              cacheFix(
                `Turn off ${stream === 'slowLog' ? 'slow' : 'engine'} log delivery`,
                ['replication-group'],
                (draft) => {
                  draft.logs[stream].enabled = false;
                },
              ),
            )
          : [],
      );
    },
  }),
  cacheRule({
    id: 'log-firehose-stream',
    severity: 'error',
    source: { kind: 'aws-api', reference: 'rules §2.8: LogDeliveryConfiguration needs a destination' },
    why: 'Logs sent to Kinesis Data Firehose need the name of an existing delivery stream.',
    fields: ['caches.*.logs.slowLog.firehoseStream', 'caches.*.logs.engineLog.firehoseStream'],
    kinds: ['replication-group'],
    check: ({ cache, at }) =>
      (['slowLog', 'engineLog'] as const).flatMap((stream) =>
        cache.logs[stream].enabled &&
        cache.logs[stream].destination === 'kinesis-firehose' &&
        !cache.logs[stream].firehoseStream
          ? violation(
              [...at, 'logs', stream, 'firehoseStream'],
              'Name the Kinesis Data Firehose delivery stream.',
              cacheFix('Send to CloudWatch Logs instead', ['replication-group'], (draft) => {
                draft.logs[stream].destination = 'cloudwatch-logs';
              }),
            )
          : [],
      ),
  }),
  cacheRule({
    id: 'serverless-limits-order',
    severity: 'error',
    source: {
      kind: 'aws-api',
      reference: 'rules §1.4 and §2.12: the provider accepts minimum > maximum; AWS does not',
    },
    why: 'A usage limit’s minimum cannot be above its maximum.',
    fields: [
      'caches.*.limits.dataStorageMinGb',
      'caches.*.limits.ecpuPerSecondMin',
      'caches.*.limits.dataStorageMaxGb',
      'caches.*.limits.ecpuPerSecondMax',
      'environments.*.overrides.*.dataStorageMaxGb',
      'environments.*.overrides.*.ecpuPerSecondMax',
    ],
    kinds: ['serverless'],
    check: ({ cache, at }) => {
      const pairs = [
        ['dataStorageMinGb', 'dataStorageMaxGb', 'data storage'],
        ['ecpuPerSecondMin', 'ecpuPerSecondMax', 'ECPU/s'],
      ] as const;
      return pairs.flatMap(([min, max, what]) => {
        const low = cache.limits[min];
        const high = cache.limits[max];
        return low !== undefined && high !== undefined && low > high
          ? violation(
              [...at, 'limits', min],
              RULE_MESSAGES.limitsOrder(what, String(low), String(high)),
              cacheFix('Lower the minimum to the maximum', ['serverless'], (draft) => {
                draft.limits[min] = draft.limits[max];
              }),
            )
          : [];
      });
    },
  }),
];

// ---------------------------------------------------------------------------------------------
// Global datastore
// ---------------------------------------------------------------------------------------------

interface GlobalRuleDefinition {
  id: string;
  reference: string;
  why: string;
  fields: readonly string[];
  check(context: CacheRuleContext<ReplicationGroup>): Violation[];
}

/** An AWS-API error rule that applies only to replication groups in a global datastore. */
const globalRule = (definition: GlobalRuleDefinition) =>
  cacheRule({
    id: definition.id,
    why: definition.why,
    fields: definition.fields,
    severity: 'error',
    source: { kind: 'aws-api', reference: definition.reference },
    kinds: ['replication-group'],
    check: (context) => (context.cache.globalDatastore.enabled ? definition.check(context) : none),
  });

const globalRules: CacheRule[] = [
  globalRule({
    id: 'global-node-type',
    reference:
      'rules §2.11: M5, M6g, M7g, R5, R6g, R6gd, R7g, C7gn, size large and up; no T-class (the provider accepts cache.t3.micro)',
    why: 'Global datastores run only on current M, R and C7gn families of size large and up, never on burstable T-class nodes.',
    fields: ['caches.*.nodeType'],
    check: ({ cache, at }) =>
      GLOBAL_DATASTORE_FAMILIES.has(familyOf(cache.nodeType))
        ? none
        : violation(
            [...at, 'nodeType'],
            RULE_MESSAGES.globalNodeType,
            cacheFix('Use cache.r7g.large', ['replication-group'], (draft, design, finding) =>
              setOverridable(
                design,
                finding,
                draft,
                'nodeType',
                'cache.r7g.large',
                () => (draft.nodeType = 'cache.r7g.large'),
              ),
            ),
          ),
  }),
  globalRule({
    id: 'global-engine-version',
    reference: 'rules §2.11: Redis OSS 5.0.6+ or Valkey 7.2+',
    why: 'Global datastores need Redis OSS 5.0.6 or later (or Valkey).',
    fields: ['caches.*.engineVersion'],
    check: ({ cache, at }) =>
      !versionSupports('globalDatastore', cache.engine, cache.engineVersion)
        ? violation(
            [...at, 'engineVersion'],
            `A global datastore needs Redis OSS ${capabilityMinimum('globalDatastore', 'redis')} or later.`,
            useVersion('7.1', 'redis'),
          )
        : none,
  }),
  globalRule({
    id: 'global-regions',
    reference: 'rules §2.11: secondaries in up to two other regions that host global datastores',
    why: 'A global datastore replicates to one or two other regions that support it; a secondary in the primary’s region would replicate to itself.',
    fields: ['caches.*.globalDatastore.secondaries', 'caches.*.globalDatastore.secondaries.*.region'],
    check: ({ design, cache, at }) => {
      const path = [...at, 'globalDatastore', 'secondaries'];
      const findings: Violation[] = [];
      const freeRegion = (taken: Set<string>) =>
        GLOBAL_DATASTORE_REGIONS.find((region) => !taken.has(region));
      const used = new Set<string>([
        design.region,
        ...cache.globalDatastore.secondaries.map((secondary) => secondary.region),
      ]);
      if (cache.globalDatastore.secondaries.length === 0) {
        const region = freeRegion(used);
        findings.push({
          path,
          message: 'Add at least one secondary region.',
          ...(region && {
            fix: cacheFix(`Add a secondary in ${region}`, ['replication-group'], (draft) => {
              draft.globalDatastore.secondaries.push({ region, replicasPerShard: 1 });
            }),
          }),
        });
      }
      const regions = new Set<string>([design.region]);
      cache.globalDatastore.secondaries.forEach((secondary, secondaryIndex) => {
        const region = freeRegion(used);
        const move = region
          ? cacheFix(`Use ${region}`, ['replication-group'], (draft) => {
              const target = draft.globalDatastore.secondaries[secondaryIndex];
              if (target) target.region = region as Region;
            })
          : undefined;
        if (regions.has(secondary.region))
          findings.push({
            path: [...path, secondaryIndex, 'region'],
            message: 'Each secondary needs its own region, different from the primary.',
            ...(move && { fix: move }),
          });
        else if (!GLOBAL_DATASTORE_REGIONS.includes(secondary.region))
          findings.push({
            path: [...path, secondaryIndex, 'region'],
            message: RULE_MESSAGES.regionWithoutGlobalDatastores(secondary.region),
            ...(move && { fix: move }),
          });
        regions.add(secondary.region);
      });
      return findings;
    },
  }),
  globalRule({
    id: 'global-secondary-replicas',
    reference:
      'rules §2.11 and AWS docs: a secondary inherits automatic failover, which needs at least 2 nodes',
    why: 'A secondary inherits the primary’s automatic failover, which needs a replica to promote.',
    fields: ['caches.*.globalDatastore.secondaries.*.replicasPerShard'],
    check: ({ cache, at }) =>
      cache.automaticFailover && cache.clusterMode === 'disabled'
        ? cache.globalDatastore.secondaries.flatMap((secondary, secondaryIndex) =>
            secondary.replicasPerShard < 1
              ? violation(
                  [...at, 'globalDatastore', 'secondaries', secondaryIndex, 'replicasPerShard'],
                  RULE_MESSAGES.globalSecondaryReplica(secondary.region),
                  cacheFix(`Add a replica in ${secondary.region}`, ['replication-group'], (draft) => {
                    const target = draft.globalDatastore.secondaries[secondaryIndex];
                    if (target) target.replicasPerShard = 1;
                  }),
                )
              : [],
          )
        : none,
  }),
  globalRule({
    id: 'global-instances',
    reference: 'rules §2.11: one global datastore has one primary replication group',
    why: 'A global datastore has exactly one primary, so it cannot be stamped into several instances.',
    fields: ['caches.*.instances'],
    check: ({ cache, at }) =>
      cache.instances.length > 0
        ? violation(
            [...at, 'instances'],
            'A global datastore cannot be stamped into several instances.',
            cacheFix('Remove the instances', ['replication-group'], (draft) => {
              draft.instances = [];
            }),
          )
        : none,
  }),
  globalRule({
    id: 'global-restore-snapshot',
    reference:
      'rules §1.1/§2.11: snapshot_name conflicts with global_replication_group_id; members cannot be seeded separately',
    why: 'Global datastore members replicate from the primary, so they are not seeded from a snapshot here.',
    fields: ['caches.*.backups.restoreFromSnapshot'],
    check: ({ cache, at }) =>
      cache.backups.restoreFromSnapshot
        ? violation(
            [...at, 'backups', 'restoreFromSnapshot'],
            'Restoring from a snapshot is not supported for global datastore members here.',
            cacheFix('Do not restore from a snapshot', ['replication-group'], (draft) => {
              delete draft.backups.restoreFromSnapshot;
            }),
          )
        : none,
  }),
  globalRule({
    id: 'global-kms-existing-key',
    reference: 'AWS KMS: a key belongs to one region, and the bundle passes the same key ARN to every member',
    why: 'A KMS key lives in one region, so secondaries in other regions cannot use the primary’s existing key ARN.',
    fields: ['caches.*.atRestEncryption.kmsKey.mode'],
    check: ({ cache, at }) =>
      cache.atRestEncryption.enabled && cache.atRestEncryption.kmsKey.mode === 'existing'
        ? violation(
            [...at, 'atRestEncryption', 'kmsKey', 'mode'],
            'An existing KMS key serves one region only; let the bundle create a key in each region.',
            cacheFix('Create a key in each region', ['replication-group'], (draft) => {
              draft.atRestEncryption.kmsKey = { mode: 'create' };
            }),
          )
        : none,
  }),
  globalRule({
    id: 'global-rbac',
    reference:
      'rules §1.8/§2.5: user groups are regional resources; this bundle creates one in the primary region only',
    why: 'User groups are regional, and the bundle creates one only in the primary region, so secondaries would have no user group; use an AUTH token for a global datastore.',
    fields: ['caches.*.auth.mode'],
    check: ({ cache, at }) =>
      cache.auth.mode === 'rbac'
        ? violation(
            [...at, 'auth', 'mode'],
            'RBAC user groups are not set up in secondary regions; use an AUTH token for a global datastore.',
            cacheFix('Use an AUTH token', ['replication-group'], (draft) => {
              draft.auth.mode = 'token';
            }),
          )
        : none,
  }),
];

// ---------------------------------------------------------------------------------------------
// Best practice (warnings; they never block export)
// ---------------------------------------------------------------------------------------------

const inProduction = (context: {
  design: Parameters<typeof isProduction>[0];
  cache: Cache;
  environment: string | undefined;
}) => isProduction(context.design, context.cache, context.environment);

const practiceRules: CacheRule[] = [
  cacheRule({
    id: 'encryption-at-rest-off',
    severity: 'warning',
    source: {
      kind: 'best-practice',
      reference: 'AWS Security Hub ElastiCache.4',
      checkov: 'CKV_AWS_29',
      tfsec: 'aws-elasticache-enable-at-rest-encryption',
    },
    why: 'Unencrypted disks and backups expose cached data to anyone who gets hold of them.',
    fields: ['caches.*.atRestEncryption.enabled'],
    kinds: ['replication-group'],
    check: ({ cache, at }) =>
      cache.atRestEncryption.enabled
        ? none
        : violation(
            [...at, 'atRestEncryption', 'enabled'],
            'Encryption at rest is off (turning it on later replaces the cache).',
            turnOnAtRestEncryption,
          ),
  }),
  cacheRule({
    id: 'encryption-in-transit-off',
    severity: 'warning',
    source: {
      kind: 'best-practice',
      reference: 'AWS Security Hub ElastiCache.5',
      checkov: 'CKV_AWS_30',
      tfsec: 'aws-elasticache-enable-in-transit-encryption',
    },
    why: 'Without TLS, data and credentials cross the network in clear text.',
    fields: ['caches.*.transitEncryption.enabled'],
    kinds: ['replication-group', 'memcached'],
    check: ({ cache, at }) =>
      cache.transitEncryption.enabled
        ? none
        : violation(
            [...at, 'transitEncryption', 'enabled'],
            'Encryption in transit is off.',
            cache.kind === 'memcached' &&
              !versionSupports('transitEncryption', 'memcached', cache.engineVersion)
              ? undefined
              : turnOnTransitEncryption,
          ),
  }),
  cacheRule({
    id: 'no-auth',
    severity: 'warning',
    source: { kind: 'best-practice', reference: 'AWS Security Hub ElastiCache.6', checkov: 'CKV_AWS_31' },
    why: 'Without an AUTH token or RBAC users, anything that can reach the cache can read and change it.',
    fields: ['caches.*.auth.mode'],
    kinds: ['replication-group', 'serverless'],
    check: ({ cache, at }) => {
      if (cache.auth.mode !== 'none' || (cache.kind === 'serverless' && cache.engine === 'memcached'))
        return none;
      const turnOn =
        cache.kind === 'replication-group'
          ? cacheFix('Turn on an AUTH token', ['replication-group'], (draft) => {
              draft.auth.mode = 'token';
              draft.transitEncryption.enabled = true;
            })
          : cacheFix('Use RBAC users', ['serverless'], (draft) => {
              draft.auth.mode = 'rbac';
              if (draft.auth.users.length === 0) draft.auth.users = structuredClone(STARTER_RBAC_USERS);
            });
      return violation(
        [...at, 'auth', 'mode'],
        'Anyone who can reach the cache can use it: turn on an AUTH token or RBAC.',
        turnOn,
      );
    },
  }),
  cacheRule({
    id: 'backups-off',
    severity: 'warning',
    source: {
      kind: 'best-practice',
      reference: 'AWS Security Hub ElastiCache.1',
      checkov: 'CKV_AWS_134',
      tfsec: 'aws-elasticache-enable-backup-retention',
    },
    why: 'Without automatic backups a failed or deleted cache cannot be restored.',
    fields: [
      'caches.*.backups.retentionDays',
      'caches.*.snapshots.retentionDays',
      'environments.*.overrides.*.backupRetentionDays',
    ],
    kinds: ['replication-group', 'serverless'],
    check: ({ cache, at }) => {
      const retention =
        cache.kind === 'replication-group' ? cache.backups.retentionDays : cache.snapshots.retentionDays;
      const field =
        cache.kind === 'replication-group' ? ['backups', 'retentionDays'] : ['snapshots', 'retentionDays'];
      return retention === 0 ? violation([...at, ...field], 'Automatic backups are off.', keepBackups) : none;
    },
  }),
  cacheRule({
    id: 'backups-short-production',
    severity: 'warning',
    source: {
      kind: 'best-practice',
      reference: 'AWS Well-Architected reliability: keep at least a week of backups in production',
    },
    why: 'In production, fewer than 7 days of backups may not reach back before a problem was noticed.',
    fields: [
      'caches.*.backups.retentionDays',
      'caches.*.snapshots.retentionDays',
      'environments.*.overrides.*.backupRetentionDays',
    ],
    kinds: ['replication-group', 'serverless'],
    check: (context) => {
      const { cache, at } = context;
      const retention =
        cache.kind === 'replication-group' ? cache.backups.retentionDays : cache.snapshots.retentionDays;
      const field =
        cache.kind === 'replication-group' ? ['backups', 'retentionDays'] : ['snapshots', 'retentionDays'];
      return retention > 0 && retention < 7 && inProduction(context)
        ? violation(
            [...at, ...field],
            `Backups are kept ${retention} day(s); keep at least 7 in production.`,
            keepBackups,
          )
        : none;
    },
  }),
  cacheRule({
    id: 'single-node-production',
    severity: 'warning',
    source: {
      kind: 'best-practice',
      reference: 'AWS Security Hub ElastiCache.3 (automatic failover); AWS docs: Multi-AZ with replicas',
    },
    why: 'With a single node per shard, a node failure loses data and takes the cache down until AWS replaces it.',
    fields: [
      'caches.*.replicasPerShard',
      'caches.*.nodeCount',
      'environments.*.overrides.*.replicasPerShard',
      'environments.*.overrides.*.nodeCount',
    ],
    kinds: ['replication-group', 'memcached'],
    check: (context) => {
      const { cache, at } = context;
      if (!inProduction(context)) return none;
      if (cache.kind === 'replication-group')
        return cache.replicasPerShard === 0
          ? violation(
              [...at, 'replicasPerShard'],
              'No replicas: one node failure takes the cache down.',
              addReplica('Add a replica'),
            )
          : none;
      return cache.nodeCount === 1
        ? violation(
            [...at, 'nodeCount'],
            'A single Memcached node: its failure empties the whole cache.',
            cacheFix('Use two nodes', ['memcached'], (draft, design, finding) =>
              setOverridable(design, finding, draft, 'nodeCount', 2, () => (draft.nodeCount = 2)),
            ),
          )
        : none;
    },
  }),
  cacheRule({
    id: 'single-az-production',
    severity: 'warning',
    source: {
      kind: 'best-practice',
      reference: 'AWS docs: Multi-AZ for production replication groups; cross-AZ Memcached nodes',
    },
    why: 'With every node in one Availability Zone, an outage of that zone takes the whole cache down.',
    fields: ['caches.*.multiAz', 'caches.*.azMode', 'environments.*.overrides.*.multiAz'],
    kinds: ['replication-group', 'memcached'],
    check: (context) => {
      const { cache, at } = context;
      if (!inProduction(context)) return none;
      if (cache.kind === 'replication-group')
        return cache.multiAz
          ? none
          : violation(
              [...at, 'multiAz'],
              'Multi-AZ is off: an Availability Zone outage can take the cache down.',
              cacheFix('Turn on Multi-AZ', ['replication-group'], (draft, design, finding) => {
                setOverridable(design, finding, draft, 'multiAz', true, () => (draft.multiAz = true));
                setOverridable(
                  design,
                  finding,
                  draft,
                  'automaticFailover',
                  true,
                  () => (draft.automaticFailover = true),
                );
                setOverridable(
                  design,
                  finding,
                  draft,
                  'replicasPerShard',
                  1,
                  () => (draft.replicasPerShard = Math.max(1, draft.replicasPerShard)),
                );
              }),
            );
      return cache.azMode === 'single-az'
        ? violation(
            [...at, 'azMode'],
            'All Memcached nodes are in one Availability Zone.',
            cacheFix('Spread the nodes over zones', ['memcached'], (draft) => {
              draft.azMode = 'cross-az';
              draft.nodeCount = Math.max(2, draft.nodeCount);
            }),
          )
        : none;
    },
  }),
  cacheRule({
    id: 'burstable-nodes',
    severity: 'warning',
    source: {
      kind: 'best-practice',
      reference: 'AWS docs (supported node types): T-class nodes are for development and light workloads',
    },
    why: 'Burstable T-class nodes run out of CPU credits under sustained load and then slow down.',
    fields: ['caches.*.nodeType', 'environments.*.overrides.*.nodeType'],
    kinds: ['replication-group', 'memcached'],
    check: (context) =>
      BURSTABLE_FAMILIES.has(familyOf(context.cache.nodeType)) && inProduction(context)
        ? violation(
            [...context.at, 'nodeType'],
            'Burstable (T-class) nodes run out of CPU credits under sustained load; not for production.',
            cacheFix('Use cache.m7g.large', ['replication-group', 'memcached'], (draft, design, finding) =>
              setOverridable(
                design,
                finding,
                draft,
                'nodeType',
                'cache.m7g.large',
                () => (draft.nodeType = 'cache.m7g.large'),
              ),
            ),
          )
        : none,
  }),
  cacheRule({
    id: 'end-of-life-version',
    severity: 'warning',
    source: {
      kind: 'best-practice',
      reference: 'AWS docs: engine versions past (or near) the end of standard support',
    },
    why: 'Versions past standard support get no fixes and move to paid extended support.',
    fields: ['caches.*.engineVersion'],
    kinds: ['replication-group', 'memcached'],
    check: ({ cache, at }) => {
      const engine = engineOf(cache);
      if (!findEngineVersion(engine, cache.engineVersion)?.endOfLife) return none;
      const newest = ENGINE_VERSIONS[engine][0]!.version;
      return violation(
        [...at, 'engineVersion'],
        `${cache.engineVersion} is past (or near) end of standard support; plan an upgrade.`,
        useVersion(newest, engine),
      );
    },
  }),
  cacheRule({
    id: 'no-log-delivery',
    severity: 'warning',
    source: {
      kind: 'best-practice',
      reference: 'AWS docs (log delivery): slow and engine logs to CloudWatch Logs or Firehose',
    },
    why: 'Without the slow log, slow commands and their clients cannot be found after the fact.',
    fields: ['caches.*.logs.slowLog.enabled'],
    kinds: ['replication-group'],
    check: ({ cache, at }) => {
      if (cache.logs.slowLog.enabled || cache.logs.engineLog.enabled) return none;
      if (!versionSupports('slowLog', cache.engine, cache.engineVersion)) return none;
      return violation(
        [...at, 'logs', 'slowLog', 'enabled'],
        'No logs are delivered: turn on the slow log.',
        cacheFix('Deliver the slow log to CloudWatch Logs', ['replication-group'], (draft) => {
          draft.logs.slowLog.enabled = true;
          draft.logs.slowLog.destination = 'cloudwatch-logs';
        }),
      );
    },
  }),
  cacheRule({
    id: 'no-alarms',
    severity: 'warning',
    source: {
      kind: 'best-practice',
      reference: 'AWS docs (monitoring ElastiCache): CPU, memory and eviction alarms',
    },
    why: 'Without alarms, a cache running out of CPU or memory is noticed only by its users.',
    fields: ['caches.*.alarms.enabled'],
    kinds: ['replication-group', 'memcached', 'serverless'],
    check: ({ cache, at }) =>
      cache.alarms.enabled
        ? none
        : violation(
            [...at, 'alarms', 'enabled'],
            'No CloudWatch alarms watch this cache.',
            cacheFix('Turn on alarms', ['replication-group', 'memcached', 'serverless'], (draft) => {
              draft.alarms.enabled = true;
            }),
          ),
  }),
  cacheRule({
    id: 'alarms-without-topic',
    severity: 'warning',
    source: { kind: 'best-practice', reference: 'CloudWatch: an alarm without actions only changes state' },
    why: 'Alarms with no SNS topic change state silently; nobody is told.',
    fields: ['notifications.topic'],
    kinds: ['replication-group', 'memcached', 'serverless'],
    check: ({ design, cache }) =>
      cache.alarms.enabled && design.notifications.topic === 'none'
        ? violation(
            ['notifications', 'topic'],
            'Alarms are on but notify nobody: choose an SNS topic.',
            notifyByTopic,
          )
        : none,
  }),
];

const keepBackups = cacheFix(
  'Keep backups for 7 days',
  ['replication-group', 'serverless'],
  (draft, design, finding) =>
    setOverridable(design, finding, draft, 'backupRetentionDays', 7, () => {
      if (draft.kind === 'replication-group') draft.backups.retentionDays = 7;
      else draft.snapshots.retentionDays = 7;
    }),
);

const notifyByTopic = fix('Create an SNS topic', (draft) => {
  draft.notifications.topic = 'create';
});

export const CACHE_RULES: readonly CacheRule[] = [
  ...engineRules,
  ...topologyRules,
  ...securityRules,
  ...operationRules,
  ...globalRules,
  ...practiceRules,
];
