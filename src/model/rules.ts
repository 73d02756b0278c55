/**
 * AWS and Terraform rules that relate several fields of a design. Each rule is data — an id, a
 * severity, where its findings point, why it exists and where that comes from — plus a check.
 * Errors are what AWS or the provider would reject; warnings are legal but against best practice.
 * Source: shared/reference/elasticache-rules.md (section numbers in `source`).
 */
import {
  BURSTABLE_FAMILIES,
  DATA_TIERING_FAMILIES,
  ENGINE_LABELS,
  GLOBAL_DATASTORE_FAMILIES,
  GLOBAL_DATASTORE_REGIONS,
  PREVIOUS_GENERATION_FAMILIES,
  RETIRED_FAMILIES,
  SERVERLESS_MAJOR_VERSIONS,
  compareVersions,
  findEngineVersion,
  findNodeType,
  type Engine,
} from './catalog';
import type { Auth, Cache, Design, ReplicationGroup, Serverless } from './design';
import { effectiveCacheIds, type ResolvedCache, resolveCache } from './resolve';

export type Severity = 'error' | 'warning';
export type FieldPath = (string | number)[];

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Path of the field the finding is about, from the design root. */
  path: FieldPath;
  message: string;
  source: string;
  /** Environment the finding applies to, when only that environment's overrides break the rule. */
  environment?: string;
}

interface RuleContext<C extends Cache> {
  design: Design;
  cache: ResolvedCache<C>;
  /** Path of the cache in the design: `['caches', 2]`. */
  at: FieldPath;
  /** The environment whose overrides `cache` carries, if any. */
  environment: string | undefined;
}

interface Rule<C extends Cache = Cache> {
  id: string;
  severity: Severity;
  source: string;
  kinds: readonly C['kind'][];
  /** Returns the path and message of each violation; empty when the rule holds. */
  check(context: RuleContext<C>): { path: FieldPath; message: string }[];
}

const violation = (path: FieldPath, message: string) => [{ path, message }];
const none: { path: FieldPath; message: string }[] = [];

function rule<K extends Cache['kind']>(definition: Rule<Extract<Cache, { kind: K }>> & { kinds: readonly K[] }) {
  return definition as unknown as Rule;
}

const nodeCountOf = (cache: ReplicationGroup) =>
  cache.clusterMode === 'disabled' ? cache.replicasPerShard + 1 : cache.shards * (cache.replicasPerShard + 1);

/** Minutes since Sunday 00:00 for `ddd:hh:mm`, or since midnight for `hh:mm`. */
function minutesOf(point: string): number {
  const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
  const parts = point.split(':');
  if (parts.length === 3) return days.indexOf(parts[0]!) * 1440 + Number(parts[1]) * 60 + Number(parts[2]);
  return Number(parts[0]) * 60 + Number(parts[1]);
}

/** A window as [start, end) minute intervals on a cycle of `period` minutes (1440 daily, 10080 weekly). */
function windowIntervals(window: string, period: number): [number, number][] {
  const dash = window.indexOf('-');
  const start = minutesOf(window.slice(0, dash));
  let end = minutesOf(window.slice(dash + 1));
  if (end <= start) end += period;
  return [[start, end]];
}

const windowLength = (window: string, period: number) => {
  const [[start, end]] = windowIntervals(window, period) as [[number, number]];
  return end - start;
};

/** True when the daily snapshot window overlaps the weekly maintenance window on any day. */
export function windowsOverlap(snapshotWindow: string, maintenanceWindow: string): boolean {
  const [[mStart, mEnd]] = windowIntervals(maintenanceWindow, 10080) as [[number, number]];
  const [[sStart, sEnd]] = windowIntervals(snapshotWindow, 1440) as [[number, number]];
  // Check each day's copy of the snapshot window, plus the week's wrap-around.
  for (let day = -1; day <= 7; day++) {
    const start = sStart + day * 1440;
    const end = sEnd + day * 1440;
    if (start < mEnd && mStart < end) return true;
    if (start < mEnd - 10080 && mStart - 10080 < end) return true;
  }
  return false;
}

const PRODUCTION_NAMES = /^(prod|production|prd|live)$/i;

/** Production is what the tags or the environment name say: `Environment = production`, env `prod`. */
function isProduction(design: Design, cache: Cache, environment: string | undefined): boolean {
  const environmentTags = design.environments.find((env) => env.name === environment)?.tags ?? {};
  const tags = { ...design.tags, ...environmentTags, ...cache.tags };
  return (
    (environment !== undefined && PRODUCTION_NAMES.test(environment)) ||
    Object.entries(tags).some(([key, value]) => /^(env|environment|stage)$/i.test(key) && PRODUCTION_NAMES.test(value))
  );
}

function engineOf(cache: Cache): Engine {
  return cache.kind === 'memcached' ? 'memcached' : cache.engine;
}

function authRules<C extends ReplicationGroup | Serverless>(auth: Auth, at: FieldPath) {
  const findings: { path: FieldPath; message: string }[] = [];
  if (auth.mode !== 'rbac') return findings;
  if (!auth.users.some((user) => user.userName === 'default'))
    findings.push({
      path: [...at, 'auth', 'users'],
      message: 'An RBAC user group must include a user named "default"; add one (it can be disabled with "off -@all").',
    });
  const seen = new Set<string>();
  auth.users.forEach((user, index) => {
    if (seen.has(user.userId))
      findings.push({ path: [...at, 'auth', 'users', index, 'userId'], message: `User ID "${user.userId}" is used twice.` });
    seen.add(user.userId);
    if (user.authentication === 'iam' && user.userId !== user.userName)
      findings.push({
        path: [...at, 'auth', 'users', index, 'userName'],
        message: 'IAM-authenticated users must have the same user name and user ID.',
      });
  });
  return findings as ReturnType<Rule<C>['check']>;
}

export const RULES: readonly Rule[] = [
  // ----- engine, version, node type ---------------------------------------------------------------
  rule({
    id: 'engine-version-known',
    severity: 'error',
    source: 'AWS API (rules §2.1): supported node-based engine versions',
    kinds: ['replication-group', 'memcached'],
    check: ({ cache, at }) => {
      const engine = engineOf(cache);
      if (findEngineVersion(engine, cache.engineVersion)) return none;
      const hint =
        engine === 'redis' && compareVersions(cache.engineVersion, '7.2') >= 0
          ? ' Redis OSS stops at 7.1 on ElastiCache; 7.2 and later are Valkey.'
          : '';
      return violation(
        [...at, 'engineVersion'],
        `${ENGINE_LABELS[engine]} ${cache.engineVersion} is not an ElastiCache engine version.${hint}`,
      );
    },
  }),
  rule({
    id: 'serverless-major-version',
    severity: 'error',
    source: 'AWS API (rules §2.12): serverless major versions',
    kinds: ['serverless'],
    check: ({ cache, at }) =>
      SERVERLESS_MAJOR_VERSIONS[cache.engine].includes(cache.majorVersion)
        ? none
        : violation(
            [...at, 'majorVersion'],
            `Serverless ${ENGINE_LABELS[cache.engine]} offers major versions ${SERVERLESS_MAJOR_VERSIONS[cache.engine].join(', ')}.`,
          ),
  }),
  rule({
    id: 'node-type-known',
    severity: 'error',
    source: 'AWS docs (rules §2.10): supported node types',
    kinds: ['replication-group', 'memcached'],
    check: ({ cache, at }) => {
      const nodeType = findNodeType(cache.nodeType);
      if (!nodeType) return violation([...at, 'nodeType'], `${cache.nodeType} is not an ElastiCache node type.`);
      if (!nodeType.engines.includes(engineOf(cache)))
        return violation([...at, 'nodeType'], `${cache.nodeType} does not run ${ENGINE_LABELS[engineOf(cache)]}.`);
      if (RETIRED_FAMILIES.has(nodeType.family))
        return violation([...at, 'nodeType'], `New clusters can no longer be created on ${nodeType.family.toUpperCase()} nodes.`);
      return none;
    },
  }),
  rule({
    id: 'graviton-min-version',
    severity: 'error',
    source: 'AWS docs (rules §2.10): Graviton node minimum versions',
    kinds: ['replication-group', 'memcached'],
    check: ({ cache, at }) => {
      const family = findNodeType(cache.nodeType)?.family ?? '';
      const engine = engineOf(cache);
      const minimum =
        engine === 'memcached'
          ? /^(m6g|r6g|t4g|m7g|r7g|c7gn)$/.test(family)
            ? '1.5.16'
            : undefined
          : engine === 'redis' && /^(m7g|r7g|c7gn)$/.test(family)
            ? '6.2'
            : engine === 'redis' && /^(m6g|r6g|r6gd|t4g)$/.test(family)
              ? '5.0.6'
              : undefined;
      return minimum && compareVersions(cache.engineVersion, minimum) < 0
        ? violation([...at, 'nodeType'], `${cache.nodeType} needs ${ENGINE_LABELS[engine]} ${minimum} or later.`)
        : none;
    },
  }),

  // ----- topology ---------------------------------------------------------------------------------
  rule({
    id: 'multi-az-needs-failover',
    severity: 'error',
    source: 'Provider plan-time check (rules §1.1)',
    kinds: ['replication-group'],
    check: ({ cache, at }) =>
      cache.multiAz && !cache.automaticFailover
        ? violation([...at, 'automaticFailover'], 'Multi-AZ needs automatic failover: turn it on, or turn Multi-AZ off.')
        : none,
  }),
  rule({
    id: 'failover-needs-replica',
    severity: 'error',
    source: 'Provider plan-time check (rules §1.1)',
    kinds: ['replication-group'],
    check: ({ cache, at }) =>
      cache.automaticFailover && cache.clusterMode === 'disabled' && cache.replicasPerShard < 1
        ? violation(
            [...at, 'replicasPerShard'],
            'Automatic failover needs at least one replica to promote: add a replica or turn failover off.',
          )
        : none,
  }),
  rule({
    id: 'cluster-mode-needs-failover',
    severity: 'error',
    source: 'AWS API (rules §2.3): AutomaticFailoverEnabled',
    kinds: ['replication-group'],
    check: ({ cache, at }) =>
      cache.clusterMode !== 'disabled' && !cache.automaticFailover
        ? violation([...at, 'automaticFailover'], 'Cluster mode needs automatic failover turned on.')
        : none,
  }),
  rule({
    id: 'cluster-node-quota',
    severity: 'error',
    source: 'AWS quota (rules §2.3): 500 nodes per cluster',
    kinds: ['replication-group'],
    check: ({ cache, at }) =>
      nodeCountOf(cache) > 500
        ? violation([...at, 'shards'], `${nodeCountOf(cache)} nodes exceed the 500-node limit of one cluster.`)
        : none,
  }),
  rule({
    id: 'preferred-azs-count',
    severity: 'error',
    source: 'AWS API (rules §2.3): PreferredCacheClusterAZs / PreferredAvailabilityZones',
    kinds: ['replication-group', 'memcached'],
    check: ({ design, cache, at }) => {
      if (cache.preferredAzs.length === 0) return none;
      const nodes = cache.kind === 'memcached' ? cache.nodeCount : nodeCountOf(cache);
      if (cache.kind === 'replication-group' && cache.clusterMode !== 'disabled')
        return violation([...at, 'preferredAzs'], 'AZ placement per node applies to cluster mode disabled only.');
      if (cache.preferredAzs.length !== nodes)
        return violation([...at, 'preferredAzs'], `List one Availability Zone per node (${nodes}), not ${cache.preferredAzs.length}.`);
      const foreign = cache.preferredAzs.find((zone) => !zone.startsWith(design.region));
      return foreign
        ? violation([...at, 'preferredAzs'], `${foreign} is not an Availability Zone of ${design.region}.`)
        : none;
    },
  }),
  rule({
    id: 'memcached-cross-az-nodes',
    severity: 'error',
    source: 'Provider plan-time check (rules §1.3)',
    kinds: ['memcached'],
    check: ({ cache, at }) =>
      cache.azMode === 'cross-az' && cache.nodeCount < 2
        ? violation([...at, 'azMode'], 'Cross-AZ placement needs at least 2 nodes.')
        : none,
  }),

  // ----- data tiering -----------------------------------------------------------------------------
  rule({
    id: 'data-tiering-node-type',
    severity: 'error',
    source: 'AWS docs (rules §2.9): data tiering',
    kinds: ['replication-group'],
    check: ({ cache, at }) => {
      const tieredNode = DATA_TIERING_FAMILIES.has(findNodeType(cache.nodeType)?.family ?? '');
      if (cache.dataTiering && !tieredNode)
        return violation([...at, 'dataTiering'], 'Data tiering needs an r6gd node type.');
      if (!cache.dataTiering && tieredNode)
        return violation([...at, 'dataTiering'], 'r6gd nodes always tier data to SSD: data tiering must be on.');
      if (cache.dataTiering && cache.engine === 'redis' && compareVersions(cache.engineVersion, '6.2') < 0)
        return violation([...at, 'engineVersion'], 'Data tiering needs Redis OSS 6.2 or later.');
      return none;
    },
  }),

  // ----- security ---------------------------------------------------------------------------------
  rule({
    id: 'auth-needs-tls',
    severity: 'error',
    source: 'AWS API (rules §2.5): AUTH and RBAC need in-transit encryption',
    kinds: ['replication-group'],
    check: ({ cache, at }) =>
      cache.auth.mode !== 'none' && !cache.transitEncryption.enabled
        ? violation(
            [...at, 'transitEncryption', 'enabled'],
            `${cache.auth.mode === 'token' ? 'An AUTH token' : 'RBAC'} needs encryption in transit turned on.`,
          )
        : none,
  }),
  rule({
    id: 'rbac-engine-version',
    severity: 'error',
    source: 'AWS docs (rules §2.5): RBAC needs Redis OSS 6.0+',
    kinds: ['replication-group'],
    check: ({ cache, at }) =>
      cache.auth.mode === 'rbac' && cache.engine === 'redis' && compareVersions(cache.engineVersion, '6.0') < 0
        ? violation([...at, 'auth', 'mode'], 'RBAC needs Redis OSS 6.0 or later; use an AUTH token or upgrade.')
        : none,
  }),
  rule({
    id: 'rbac-users',
    severity: 'error',
    source: 'AWS docs (rules §2.5): user groups',
    kinds: ['replication-group', 'serverless'],
    check: ({ cache, at }) => authRules(cache.auth, at),
  }),
  rule({
    id: 'serverless-auth-mode',
    severity: 'error',
    source: 'AWS API (rules §2.12): serverless caches authenticate with a user group',
    kinds: ['serverless'],
    check: ({ cache, at }) => {
      if (cache.engine === 'memcached' && cache.auth.mode === 'rbac')
        return violation([...at, 'auth', 'mode'], 'Serverless Memcached has no user groups; choose no authentication.');
      if (cache.auth.mode === 'token')
        return violation([...at, 'auth', 'mode'], 'Serverless caches take no AUTH token; use RBAC users.');
      return none;
    },
  }),
  rule({
    id: 'kms-key-arn',
    severity: 'error',
    source: 'AWS API: KmsKeyId',
    kinds: ['replication-group', 'serverless'],
    check: ({ cache, at }) => {
      const key = cache.kind === 'replication-group' ? cache.atRestEncryption.kmsKey : cache.kind === 'serverless' ? cache.kmsKey : undefined;
      const keyPath = cache.kind === 'replication-group' ? [...at, 'atRestEncryption', 'kmsKey'] : [...at, 'kmsKey'];
      if (!key) return none;
      if (key.mode === 'existing' && !key.keyArn) return violation([...keyPath, 'keyArn'], 'Give the ARN of the existing KMS key.');
      if (cache.kind === 'replication-group' && key.mode !== 'aws-managed' && !cache.atRestEncryption.enabled)
        return violation([...at, 'atRestEncryption', 'enabled'], 'A KMS key needs encryption at rest turned on.');
      return none;
    },
  }),
  rule({
    id: 'memcached-tls-version',
    severity: 'error',
    source: 'AWS docs (rules §2.6): Memcached TLS needs 1.6.12+',
    kinds: ['memcached'],
    check: ({ cache, at }) =>
      cache.transitEncryption.enabled && compareVersions(cache.engineVersion, '1.6.12') < 0
        ? violation([...at, 'transitEncryption', 'enabled'], 'Encryption in transit on Memcached needs version 1.6.12 or later.')
        : none,
  }),
  rule({
    id: 'ip-network-type',
    severity: 'error',
    source: 'AWS API (rules §2.7): IPv6 and dual stack',
    kinds: ['replication-group', 'memcached'],
    check: ({ design, cache, at }) => {
      if (cache.networkType === 'ipv4') return none;
      const engine = engineOf(cache);
      const supported =
        engine === 'valkey' ||
        (engine === 'redis' && compareVersions(cache.engineVersion, '6.2') >= 0 && compareVersions(cache.engineVersion, '7.1') <= 0) ||
        (engine === 'memcached' && compareVersions(cache.engineVersion, '1.6.6') >= 0);
      if (!supported)
        return violation([...at, 'networkType'], `IPv6 needs Valkey, Redis OSS 6.2–7.1 or Memcached 1.6.6+.`);
      if (PREVIOUS_GENERATION_FAMILIES.has(findNodeType(cache.nodeType)?.family ?? ''))
        return violation([...at, 'networkType'], 'IPv6 needs a Nitro-based node type (not T2, M4 or R4).');
      if (design.network.mode === 'create')
        return violation(
          [...at, 'networkType'],
          'The VPC this bundle creates has IPv4 subnets only; use existing dual-stack or IPv6 subnets for this network type.',
        );
      return none;
    },
  }),

  // ----- backups, maintenance ---------------------------------------------------------------------
  rule({
    id: 'window-length',
    severity: 'error',
    source: 'AWS API (rules §2.4): windows last at least 60 minutes',
    kinds: ['replication-group', 'memcached'],
    check: ({ cache, at }) => {
      const findings = [];
      if (windowLength(cache.maintenance.window, 10080) < 60)
        findings.push({ path: [...at, 'maintenance', 'window'], message: 'The maintenance window must last at least 60 minutes.' });
      if (windowLength(cache.maintenance.window, 10080) > 24 * 60)
        findings.push({ path: [...at, 'maintenance', 'window'], message: 'The maintenance window may last at most 24 hours.' });
      if (cache.kind === 'replication-group' && windowLength(cache.backups.window, 1440) < 60)
        findings.push({ path: [...at, 'backups', 'window'], message: 'The backup window must last at least 60 minutes.' });
      return findings;
    },
  }),
  rule({
    id: 'windows-overlap',
    severity: 'error',
    source: 'AWS API (rules §2.4): backup and maintenance windows must not overlap',
    kinds: ['replication-group'],
    check: ({ cache, at }) =>
      cache.backups.retentionDays > 0 && windowsOverlap(cache.backups.window, cache.maintenance.window)
        ? violation([...at, 'backups', 'window'], 'The backup window overlaps the maintenance window; move one of them.')
        : none,
  }),

  // ----- logs -------------------------------------------------------------------------------------
  rule({
    id: 'log-delivery-version',
    severity: 'error',
    source: 'AWS docs (rules §2.8): slow log Redis OSS 6.0+, engine log 6.2+',
    kinds: ['replication-group'],
    check: ({ cache, at }) => {
      if (cache.engine !== 'redis') return none;
      const findings = [];
      if (cache.logs.slowLog.enabled && compareVersions(cache.engineVersion, '6.0') < 0)
        findings.push({ path: [...at, 'logs', 'slowLog', 'enabled'], message: 'Slow log delivery needs Redis OSS 6.0 or later.' });
      if (cache.logs.engineLog.enabled && compareVersions(cache.engineVersion, '6.2') < 0)
        findings.push({ path: [...at, 'logs', 'engineLog', 'enabled'], message: 'Engine log delivery needs Redis OSS 6.2 or later.' });
      return findings;
    },
  }),
  rule({
    id: 'log-firehose-stream',
    severity: 'error',
    source: 'AWS API: LogDeliveryConfiguration destination',
    kinds: ['replication-group'],
    check: ({ cache, at }) =>
      (['slowLog', 'engineLog'] as const).flatMap((stream) =>
        cache.logs[stream].enabled && cache.logs[stream].destination === 'kinesis-firehose' && !cache.logs[stream].firehoseStream
          ? [{ path: [...at, 'logs', stream, 'firehoseStream'], message: 'Name the Kinesis Data Firehose delivery stream.' }]
          : [],
      ),
  }),

  // ----- serverless limits ------------------------------------------------------------------------
  rule({
    id: 'serverless-limits-order',
    severity: 'error',
    source: 'AWS API (rules §2.12): usage limits',
    kinds: ['serverless'],
    check: ({ cache, at }) => {
      const { dataStorageMinGb, dataStorageMaxGb, ecpuPerSecondMin, ecpuPerSecondMax } = cache.limits;
      const findings = [];
      if (dataStorageMinGb !== undefined && dataStorageMaxGb !== undefined && dataStorageMinGb > dataStorageMaxGb)
        findings.push({ path: [...at, 'limits', 'dataStorageMinGb'], message: 'Minimum data storage must not exceed the maximum.' });
      if (ecpuPerSecondMin !== undefined && ecpuPerSecondMax !== undefined && ecpuPerSecondMin > ecpuPerSecondMax)
        findings.push({ path: [...at, 'limits', 'ecpuPerSecondMin'], message: 'Minimum ECPU/s must not exceed the maximum.' });
      return findings;
    },
  }),

  // ----- global datastore -------------------------------------------------------------------------
  rule({
    id: 'global-datastore',
    severity: 'error',
    source: 'AWS docs (rules §2.11): global datastore',
    kinds: ['replication-group'],
    check: ({ design, cache, at }) => {
      const global = cache.globalDatastore;
      if (!global.enabled) return none;
      const path = [...at, 'globalDatastore'];
      const findings = [];
      const family = findNodeType(cache.nodeType)?.family ?? '';
      if (!GLOBAL_DATASTORE_FAMILIES.has(family))
        findings.push({ path: [...at, 'nodeType'], message: 'A global datastore needs M5, M6g, M7g, R5, R6g, R6gd or R7g nodes (no T-class).' });
      if (cache.engine === 'redis' && compareVersions(cache.engineVersion, '5.0.6') < 0)
        findings.push({ path: [...at, 'engineVersion'], message: 'A global datastore needs Redis OSS 5.0.6 or later.' });
      if (global.secondaries.length === 0)
        findings.push({ path: [...path, 'secondaries'], message: 'Add at least one secondary region.' });
      if (!GLOBAL_DATASTORE_REGIONS.includes(design.region))
        findings.push({ path: ['region'], message: `${design.region} does not host global datastores.` });
      const regions = new Set([design.region]);
      global.secondaries.forEach((secondary, index) => {
        if (regions.has(secondary.region))
          findings.push({ path: [...path, 'secondaries', index, 'region'], message: 'Each secondary needs its own region, different from the primary.' });
        else if (!GLOBAL_DATASTORE_REGIONS.includes(secondary.region))
          findings.push({ path: [...path, 'secondaries', index, 'region'], message: `${secondary.region} does not host global datastores.` });
        regions.add(secondary.region);
        if (cache.automaticFailover && cache.clusterMode === 'disabled' && secondary.replicasPerShard < 1)
          findings.push({ path: [...path, 'secondaries', index, 'replicasPerShard'], message: 'With automatic failover each secondary needs at least one replica.' });
      });
      if (cache.instances.length > 0)
        findings.push({ path: [...at, 'instances'], message: 'A global datastore cannot be stamped into several instances.' });
      if (cache.backups.restoreFromSnapshot)
        findings.push({ path: [...at, 'backups', 'restoreFromSnapshot'], message: 'Restoring from a snapshot is not supported for global datastore members here.' });
      return findings;
    },
  }),

  // ----- best practice ----------------------------------------------------------------------------
  rule({
    id: 'encryption-at-rest-off',
    severity: 'warning',
    source: 'Best practice (checkov CKV_AWS_29, tfsec aws-elasticache-enable-at-rest-encryption)',
    kinds: ['replication-group'],
    check: ({ cache, at }) =>
      cache.atRestEncryption.enabled ? none : violation([...at, 'atRestEncryption', 'enabled'], 'Encryption at rest is off.'),
  }),
  rule({
    id: 'encryption-in-transit-off',
    severity: 'warning',
    source: 'Best practice (checkov CKV_AWS_30, tfsec aws-elasticache-enable-in-transit-encryption)',
    kinds: ['replication-group', 'memcached'],
    check: ({ cache, at }) =>
      cache.transitEncryption.enabled ? none : violation([...at, 'transitEncryption', 'enabled'], 'Encryption in transit is off.'),
  }),
  rule({
    id: 'no-auth',
    severity: 'warning',
    source: 'Best practice (checkov CKV_AWS_31)',
    kinds: ['replication-group', 'serverless'],
    check: ({ cache, at }) =>
      cache.auth.mode === 'none' && !(cache.kind === 'serverless' && cache.engine === 'memcached')
        ? violation([...at, 'auth', 'mode'], 'Anyone who can reach the cache can use it: turn on an AUTH token or RBAC.')
        : none,
  }),
  rule({
    id: 'backups-off',
    severity: 'warning',
    source: 'Best practice (tfsec aws-elasticache-enable-backup-retention)',
    kinds: ['replication-group'],
    check: ({ cache, at }) =>
      cache.backups.retentionDays === 0 ? violation([...at, 'backups', 'retentionDays'], 'Automatic backups are off.') : none,
  }),
  rule({
    id: 'burstable-nodes',
    severity: 'warning',
    source: 'Best practice: burstable nodes run out of CPU credits under sustained load',
    kinds: ['replication-group', 'memcached'],
    check: ({ design, cache, at, environment }) =>
      BURSTABLE_FAMILIES.has(findNodeType(cache.nodeType)?.family ?? '') && isProduction(design, cache, environment)
        ? violation([...at, 'nodeType'], 'Burstable (T-class) nodes run out of CPU credits under sustained load; not for production.')
        : none,
  }),
  rule({
    id: 'end-of-life-version',
    severity: 'warning',
    source: 'AWS docs: engine version end of standard support',
    kinds: ['replication-group', 'memcached'],
    check: ({ cache, at }) =>
      findEngineVersion(engineOf(cache), cache.engineVersion)?.endOfLife
        ? violation([...at, 'engineVersion'], `${cache.engineVersion} is past (or near) end of standard support; plan an upgrade.`)
        : none,
  }),
];

/** Rules that concern the design as a whole rather than one cache. */
function designFindings(design: Design): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  design.caches.forEach((cache, index) => {
    if (seen.has(cache.id))
      findings.push({ ruleId: 'unique-cache-ids', severity: 'error', path: ['caches', index, 'id'], message: `Cache ID "${cache.id}" is used twice.`, source: 'Terraform: resource names must be unique' });
    seen.set(cache.id, index);
    effectiveCacheIds(design, cache).forEach(({ id, limit }) => {
      if (id.length > limit)
        findings.push({
          ruleId: 'cache-id-length',
          severity: 'error',
          path: ['caches', index, 'id'],
          message: `The AWS ID "${id}" is ${id.length} characters long; at most ${limit} are allowed. Shorten the cache ID${design.environments.length ? ', environment names' : ''}${cache.instances.length ? ' or instance names' : ''}.`,
          source: 'Provider validation (rules §1.1, §2.14)',
        });
    });
  });
  const envNames = new Set<string>();
  design.environments.forEach((environment, index) => {
    if (envNames.has(environment.name))
      findings.push({ ruleId: 'unique-environments', severity: 'error', path: ['environments', index, 'name'], message: `Environment "${environment.name}" is defined twice.`, source: 'Each environment has its own tfvars file' });
    envNames.add(environment.name);
    Object.keys(environment.overrides).forEach((cacheId) => {
      if (!seen.has(cacheId))
        findings.push({ ruleId: 'override-unknown-cache', severity: 'error', path: ['environments', index, 'overrides', cacheId], message: `No cache has the ID "${cacheId}".`, source: 'Design consistency' });
    });
  });
  if (design.notifications.topic === 'existing' && !design.notifications.topicArn)
    findings.push({ ruleId: 'sns-topic-arn', severity: 'error', path: ['notifications', 'topicArn'], message: 'Give the ARN of the existing SNS topic.', source: 'AWS API: NotificationTopicArn' });
  return findings;
}

/**
 * Every finding for a design. Cache rules run on the base design and, when there are environments, on
 * each environment's resolved values too — a finding that only an environment triggers names it.
 */
export function checkDesign(design: Design): Finding[] {
  const findings = designFindings(design);
  const variants = [undefined, ...design.environments.map((env) => env.name)];
  const seen = new Set<string>();
  design.caches.forEach((baseCache, index) => {
    for (const environment of variants) {
      const cache = resolveCache(design, baseCache, environment);
      for (const candidate of RULES) {
        if (!candidate.kinds.includes(cache.kind)) continue;
        for (const { path, message } of candidate.check({ design, cache, at: ['caches', index], environment })) {
          const key = `${candidate.id}|${path.join('.')}|${message}`;
          if (seen.has(key)) continue;
          seen.add(key);
          findings.push({ ruleId: candidate.id, severity: candidate.severity, path, message, source: candidate.source, ...(environment ? { environment } : {}) });
        }
      }
    }
  });
  return findings;
}

export const errorsOf = (findings: Finding[]) => findings.filter((finding) => finding.severity === 'error');

