/**
 * fast-check arbitrary of designs drawn near the rule boundaries, for the differential test against
 * real Terraform (scripts/terraform/differential.ts). Each draw is a small valid design with one or
 * two mutations, each of which picks a value just inside or just outside a limit that the provider
 * checks at validate or plan time (retention 35/36, replicas 5/6, IDs of 40/41 characters, …) or that
 * only AWS checks. The result deliberately bypasses the schema and the rules: it is a `Design` object
 * built by hand, and some values do not even fit its type.
 */
import fc from 'fast-check';
import {
  STARTER_RBAC_USERS,
  type Cache,
  type CacheOverride,
  type Design,
  type DesignInput,
} from '@/model/design';
import { defineDesign } from '@/model/defaults';
import { availabilityZones, type Region } from '@/model/catalog';
import { existingNetwork } from './existing-network';

export interface BoundaryDraw {
  design: Design;
  /** What was changed from the valid base design, e.g. `rg.replicasPerShard=6`. */
  mutations: string[];
}

interface Mutation {
  label: string;
  apply(design: Design): void;
}

type Loose = Record<string, unknown>;
/** Writes a value the type may not allow: the point is to hand Terraform what the schema forbids. */
const set = (target: object, key: string, value: unknown) => {
  (target as Loose)[key] = value;
};

const mutation = (label: string, apply: (design: Design) => void): Mutation => ({ label, apply });
/** A mutation per value: `values` mixes just-valid and just-invalid ones. */
const choose = <T>(
  values: readonly T[],
  label: (value: T) => string,
  apply: (design: Design, value: T) => void,
) => fc.constantFrom(...values).map((value) => mutation(label(value), (design) => apply(design, value)));

const first = (design: Design): Cache => design.caches[0]!;
const rgOf = (design: Design) => {
  const cache = first(design);
  if (cache.kind !== 'replication-group') throw new Error('not a replication group');
  return cache;
};
const mcOf = (design: Design) => {
  const cache = first(design);
  if (cache.kind !== 'memcached') throw new Error('not a Memcached cluster');
  return cache;
};
const slOf = (design: Design) => {
  const cache = first(design);
  if (cache.kind !== 'serverless') throw new Error('not a serverless cache');
  return cache;
};

/** Renames the first cache, keeping its environment overrides. */
function renameFirst(design: Design, id: string): void {
  const old = first(design).id;
  set(first(design), 'id', id);
  for (const environment of design.environments) {
    const override = environment.overrides[old];
    if (override) {
      delete environment.overrides[old];
      environment.overrides[id] = override;
    }
  }
}

const idOfLength = (length: number) => `a${'b'.repeat(length - 1)}`;

// ---------------------------------------------------------------------------------------------
// Base designs: valid, small, quick to plan
// ---------------------------------------------------------------------------------------------

type CacheInput = NonNullable<DesignInput['caches']>[number];

const baseReplicationGroup = fc
  .record({
    engine: fc.constantFrom('valkey' as const, 'redis' as const),
    clusterMode: fc.constantFrom('disabled' as const, 'enabled' as const),
    shards: fc.integer({ min: 1, max: 3 }),
    replicas: fc.integer({ min: 1, max: 2 }),
    auth: fc.constantFrom('none' as const, 'token' as const, 'rbac' as const),
    nodeType: fc.constantFrom(
      'cache.r7g.large',
      'cache.m7g.large',
      'cache.t4g.small',
      'cache.r6g.large',
      'cache.m5.large',
    ),
  })
  .map((draw): CacheInput => ({
    kind: 'replication-group',
    id: 'app',
    engine: draw.engine,
    engineVersion: draw.engine === 'valkey' ? '8.0' : '7.1',
    nodeType: draw.nodeType,
    clusterMode: draw.clusterMode,
    shards: draw.shards,
    replicasPerShard: draw.replicas,
    multiAz: true,
    automaticFailover: true,
    auth: { mode: draw.auth, users: draw.auth === 'rbac' ? STARTER_RBAC_USERS : [] },
    notifications: false,
    alarms: { enabled: false },
  }));

const baseMemcached = fc
  .constantFrom('cache.t4g.small', 'cache.m7g.large', 'cache.r6g.large')
  .map((nodeType): CacheInput => ({
    kind: 'memcached',
    id: 'mc',
    engineVersion: '1.6.17',
    nodeType,
    nodeCount: 2,
    azMode: 'cross-az',
    notifications: false,
    alarms: { enabled: false },
  }));

const baseServerless = fc
  .constantFrom('valkey' as const, 'redis' as const, 'memcached' as const)
  .map((engine): CacheInput => ({
    kind: 'serverless',
    id: 'sl',
    engine,
    majorVersion: engine === 'valkey' ? '8' : engine === 'redis' ? '7' : '1.6',
    auth: engine === 'memcached' ? { mode: 'none' } : { mode: 'rbac', users: STARTER_RBAC_USERS },
    alarms: { enabled: false },
  }));

const baseDesign = (kind: Cache['kind']) =>
  fc
    .record({
      cache:
        kind === 'replication-group'
          ? baseReplicationGroup
          : kind === 'memcached'
            ? baseMemcached
            : baseServerless,
      region: fc.constantFrom<Region>('us-east-1', 'us-west-1', 'eu-west-1', 'ap-northeast-1'),
      network: fc.constantFrom('create' as const, 'create' as const, 'existing' as const),
      azCount: fc.constantFrom(2, 3),
      secondCache: fc.constantFrom(false, false, false, true),
    })
    .map(({ cache, region, network, azCount, secondCache }) =>
      defineDesign({
        name: 'boundary',
        region,
        network:
          network === 'create'
            ? {
                mode: 'create',
                vpcCidr: '10.0.0.0/16',
                azCount: Math.min(azCount, availabilityZones(region).length),
              }
            : existingNetwork(),
        notifications: { topic: 'none' },
        caches: [
          cache,
          ...(secondCache
            ? [
                {
                  kind: 'memcached' as const,
                  id: 'aux',
                  nodeCount: 1,
                  azMode: 'single-az' as const,
                  notifications: false,
                  alarms: { enabled: false },
                },
              ]
            : []),
        ],
      }),
    );

// ---------------------------------------------------------------------------------------------
// Mutations near each rule boundary
// ---------------------------------------------------------------------------------------------

const replicationGroupMutations: fc.Arbitrary<Mutation>[] = [
  choose(
    [39, 40, 41],
    (n) => `rg.id length ${n}`,
    (design, n) => renameFirst(design, idOfLength(n)),
  ),
  choose(
    ['app1', '1app', 'ab--cd', 'abc-', 'ab_cd'],
    (id) => `rg.id=${id}`,
    (design, id) => renameFirst(design, id),
  ),
  fc
    .record({
      engine: fc.constantFrom('valkey', 'redis'),
      valkey: fc.constantFrom('7.2', '8.0', '8.1', '7.1', '6.2', '7.x', '8', '7.2.4'),
      redis: fc.constantFrom(
        '7.1',
        '7.0',
        '6.2',
        '6.0',
        '6.x',
        '5.0.6',
        '4.0.10',
        '5.0.5',
        '7.2',
        '8.0',
        '7.x',
        '7.1.0',
        '5.0',
      ),
    })
    .map(({ engine, valkey, redis }) =>
      mutation(`rg.engine=${engine} engineVersion=${engine === 'valkey' ? valkey : redis}`, (design) => {
        set(rgOf(design), 'engine', engine);
        set(rgOf(design), 'engineVersion', engine === 'valkey' ? valkey : redis);
      }),
    ),
  choose(
    [
      'cache.t2.micro',
      'cache.t3.micro',
      'cache.r6gd.xlarge',
      'cache.x9.large',
      'm5.large',
      'cache.m4.large',
      'cache.c7gn.large',
    ],
    (type) => `rg.nodeType=${type}`,
    (design, type) => set(rgOf(design), 'nodeType', type),
  ),
  fc
    .record({
      clusterMode: fc.constantFrom('disabled', 'enabled', 'compatible'),
      shards: fc.constantFrom(0, 1, 2, 500, 501),
      replicas: fc.constantFrom(-1, 0, 1, 5, 6),
      multiAz: fc.boolean(),
      failover: fc.boolean(),
    })
    .map((draw) =>
      mutation(
        `rg.topology ${draw.clusterMode} shards=${draw.shards} replicas=${draw.replicas} multiAz=${draw.multiAz} failover=${draw.failover}`,
        (design) => {
          const cache = rgOf(design);
          set(cache, 'clusterMode', draw.clusterMode);
          set(cache, 'shards', draw.shards);
          set(cache, 'replicasPerShard', draw.replicas);
          cache.multiAz = draw.multiAz;
          cache.automaticFailover = draw.failover;
        },
      ),
    ),
  choose(
    [-1, 0, 1, 6, 7, 35, 36],
    (days) => `rg.backups.retentionDays=${days}`,
    (design, days) => set(rgOf(design).backups, 'retentionDays', days),
  ),
  choose(
    ['03:00-04:00', '03:00-03:59', '5:00-6:00', '04:00-06:00', '23:30-00:30', '24:00-01:00'],
    (window) => `rg.backups.window=${window}`,
    (design, window) => set(rgOf(design).backups, 'window', window),
  ),
  choose(
    [
      'sun:05:00-sun:06:00',
      'sun:05:00-sun:05:59',
      'sunday:05:00-sunday:06:00',
      'sat:23:30-sun:00:30',
      'mon:03:30-mon:04:30',
      'sun:05:00-mon:05:01',
    ],
    (window) => `rg.maintenance.window=${window}`,
    (design, window) => set(rgOf(design).maintenance, 'window', window),
  ),
  fc
    .record({
      transit: fc.boolean(),
      mode: fc.constantFrom('required', 'preferred', 'optional'),
      auth: fc.constantFrom('none', 'token', 'rbac'),
      strategy: fc.constantFrom('ROTATE', 'SET', 'DELETE', 'rotate'),
      users: fc.constantFrom('starter', 'no-default', 'iam-mismatch', 'duplicate-id'),
    })
    .map((draw) =>
      mutation(
        `rg.security transit=${draw.transit}/${draw.mode} auth=${draw.auth}/${draw.strategy}/${draw.users}`,
        (design) => {
          const cache = rgOf(design);
          cache.transitEncryption.enabled = draw.transit;
          // Invalid enum values go only where the generator writes them, so Terraform sees them too.
          set(cache.transitEncryption, 'mode', draw.transit ? draw.mode : 'required');
          set(cache.auth, 'mode', draw.auth);
          set(cache.auth, 'tokenUpdateStrategy', draw.auth === 'token' ? draw.strategy : 'ROTATE');
          const app = {
            userId: 'app',
            userName: 'app',
            accessString: 'on ~* +@all',
            authentication: 'password' as const,
          };
          cache.auth.users =
            draw.auth !== 'rbac'
              ? []
              : draw.users === 'no-default'
                ? [app]
                : draw.users === 'iam-mismatch'
                  ? [
                      ...STARTER_RBAC_USERS,
                      { ...app, userId: 'svc', userName: 'service', authentication: 'iam' },
                    ]
                  : draw.users === 'duplicate-id'
                    ? [...STARTER_RBAC_USERS, { ...app, userId: 'App' }]
                    : structuredClone(STARTER_RBAC_USERS);
        },
      ),
    ),
  fc
    .record({
      atRest: fc.boolean(),
      kms: fc.constantFrom('aws-managed', 'create', 'existing', 'existing-no-arn'),
    })
    .map(({ atRest, kms }) =>
      mutation(`rg.atRest=${atRest} kms=${kms}`, (design) => {
        const cache = rgOf(design);
        cache.atRestEncryption.enabled = atRest;
        cache.atRestEncryption.kmsKey =
          kms === 'existing'
            ? {
                mode: 'existing',
                keyArn: 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555',
              }
            : { mode: kms === 'existing-no-arn' ? 'existing' : (kms as 'aws-managed' | 'create') };
      }),
    ),
  fc
    .record({ tiering: fc.boolean(), node: fc.constantFrom('cache.r6gd.xlarge', 'cache.r7g.large') })
    .map(({ tiering, node }) =>
      mutation(`rg.dataTiering=${tiering} nodeType=${node}`, (design) => {
        rgOf(design).dataTiering = tiering;
        rgOf(design).nodeType = node;
      }),
    ),
  fc
    .record({
      stream: fc.constantFrom('slowLog' as const, 'engineLog' as const),
      destination: fc.constantFrom('cloudwatch-logs', 'kinesis-firehose', 'kinesis-firehose-no-stream', 's3'),
      format: fc.constantFrom('json', 'text', 'xml'),
      retention: fc.constantFrom(30, 2),
      redis5: fc.boolean(),
    })
    .map((draw) =>
      mutation(
        `rg.logs.${draw.stream} ${draw.destination}/${draw.format}/${draw.retention}${draw.redis5 ? ' redis 5.0.6' : ''}`,
        (design) => {
          const cache = rgOf(design);
          const log = cache.logs[draw.stream];
          log.enabled = true;
          set(
            log,
            'destination',
            draw.destination === 'kinesis-firehose-no-stream' ? 'kinesis-firehose' : draw.destination,
          );
          if (draw.destination === 'kinesis-firehose') log.firehoseStream = 'cache-logs';
          set(log, 'format', draw.format);
          // A log group (and its retention) exists only for CloudWatch Logs.
          set(log, 'retentionDays', log.destination === 'cloudwatch-logs' ? draw.retention : 30);
          if (draw.redis5) {
            cache.engine = 'redis';
            cache.engineVersion = '5.0.6';
            cache.nodeType = 'cache.m5.large';
            if (cache.auth.mode === 'rbac') cache.auth.mode = 'token';
          }
        },
      ),
    ),
  choose(
    ['ipv4', 'ipv6', 'dual_stack', 'dual-stack'],
    (type) => `rg.networkType=${type}`,
    (design, type) => set(rgOf(design), 'networkType', type),
  ),
  choose(
    [6379, 65535, 65536],
    (port) => `rg.port=${port}`,
    (design, port) => set(rgOf(design), 'port', port),
  ),
  fc
    .record({
      secondaries: fc.constantFrom<string[][]>(
        [],
        ['us-west-2'],
        ['PRIMARY'],
        ['us-west-2', 'eu-west-1'],
        ['us-west-2', 'us-west-2'],
        ['us-west-2', 'eu-west-1', 'ap-south-1'],
      ),
      replicas: fc.constantFrom(-1, 0, 1, 5, 6),
      nodeType: fc.constantFrom('cache.r7g.large', 'cache.t3.medium', 'cache.m6g.large'),
      idLength: fc.constantFrom(0, 30, 31),
      suffix: fc.constantFrom('global', 'a'.repeat(34), 'a'.repeat(35), 'ab--c', 'abc-'),
      extra: fc.constantFrom('none', 'existing-kms', 'rbac', 'instances', 'snapshot'),
    })
    .map((draw) =>
      mutation(
        `rg.global secondaries=${draw.secondaries.join('+') || 'none'} replicas=${draw.replicas} node=${draw.nodeType} idLength=${draw.idLength} suffix=${draw.suffix} ${draw.extra}`,
        (design) => {
          const cache = rgOf(design);
          if (draw.idLength) renameFirst(design, idOfLength(draw.idLength));
          cache.nodeType = draw.nodeType;
          cache.globalDatastore = {
            enabled: true,
            suffix: draw.suffix,
            secondaries: draw.secondaries.map((region) => ({
              region: (region === 'PRIMARY' ? design.region : region) as Region,
              replicasPerShard: draw.replicas,
            })),
          };
          if (draw.extra === 'existing-kms')
            cache.atRestEncryption = {
              enabled: true,
              kmsKey: {
                mode: 'existing',
                keyArn: 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555',
              },
            };
          if (draw.extra === 'rbac')
            cache.auth = {
              mode: 'rbac',
              tokenUpdateStrategy: 'ROTATE',
              users: structuredClone(STARTER_RBAC_USERS),
            };
          if (draw.extra === 'instances') cache.instances = ['svc'];
          if (draw.extra === 'snapshot') cache.backups.restoreFromSnapshot = 'seed-snapshot';
        },
      ),
    ),
  choose(
    ['right', 'short', 'foreign'],
    (kind) => `rg.preferredAzs ${kind}`,
    (design, kind) => {
      const cache = rgOf(design);
      const zones = [
        `${design.region}a`,
        `${design.region}c`,
        `${design.region}a`,
        `${design.region}c`,
        `${design.region}a`,
        `${design.region}c`,
      ];
      cache.preferredAzs =
        kind === 'foreign'
          ? ['mars-east-1a']
          : zones.slice(0, kind === 'right' ? cache.replicasPerShard + 1 : cache.replicasPerShard);
    },
  ),
  choose(
    [[], ['svc'], ['svc-a', 'svc-bb']],
    (instances) => `rg.instances=${instances.join('+') || 'none'}`,
    (design, instances) => {
      rgOf(design).instances = instances;
    },
  ),
];

const memcachedMutations: fc.Arbitrary<Mutation>[] = [
  choose(
    [49, 50, 51],
    (n) => `mc.id length ${n}`,
    (design, n) => renameFirst(design, idOfLength(n)),
  ),
  choose(
    ['mc1', 'Mc', '1mc', 'mc--a', 'mc-'],
    (id) => `mc.id=${id}`,
    (design, id) => renameFirst(design, id),
  ),
  choose(
    ['1.6.22', '1.6.17', '1.6.12', '1.6.6', '1.5.16', '1.6', '1.6.x'],
    (version) => `mc.engineVersion=${version}`,
    (design, version) => {
      const cache = mcOf(design);
      cache.engineVersion = version;
      cache.transitEncryption.enabled = false;
    },
  ),
  fc
    .record({
      nodes: fc.constantFrom(0, 1, 2, 40, 41),
      azMode: fc.constantFrom('single-az', 'cross-az', 'multi-az'),
    })
    .map(({ nodes, azMode }) =>
      mutation(`mc.nodeCount=${nodes} azMode=${azMode}`, (design) => {
        set(mcOf(design), 'nodeCount', nodes);
        set(mcOf(design), 'azMode', azMode);
      }),
    ),
  fc
    .record({ transit: fc.boolean(), version: fc.constantFrom('1.6.12', '1.6.6', '1.5.16') })
    .map(({ transit, version }) =>
      mutation(`mc.transit=${transit} version=${version}`, (design) => {
        mcOf(design).transitEncryption.enabled = transit;
        mcOf(design).engineVersion = version;
      }),
    ),
  choose(
    ['cache.t2.small', 'cache.t4g.micro', 'cache.r6gd.xlarge', 'm5.large'],
    (type) => `mc.nodeType=${type}`,
    (design, type) => {
      mcOf(design).nodeType = type;
    },
  ),
  choose(
    ['ipv4', 'ipv6', 'dual_stack'],
    (type) => `mc.networkType=${type}`,
    (design, type) => set(mcOf(design), 'networkType', type),
  ),
  choose(
    [11211, 65536],
    (port) => `mc.port=${port}`,
    (design, port) => set(mcOf(design), 'port', port),
  ),
  choose(
    ['sun:05:00-sun:06:00', 'sun:05:00-sun:05:30', 'Sun05:00-Sun06:00'],
    (window) => `mc.maintenance.window=${window}`,
    (design, window) => set(mcOf(design).maintenance, 'window', window),
  ),
  choose(
    ['right', 'long'],
    (kind) => `mc.preferredAzs ${kind}`,
    (design, kind) => {
      const cache = mcOf(design);
      cache.preferredAzs = Array.from(
        { length: cache.nodeCount + (kind === 'long' ? 1 : 0) },
        () => `${design.region}a`,
      );
    },
  ),
];

const serverlessMutations: fc.Arbitrary<Mutation>[] = [
  choose(
    [40, 41],
    (n) => `sl.id length ${n}`,
    (design, n) => renameFirst(design, idOfLength(n)),
  ),
  fc
    .record({
      engine: fc.constantFrom('valkey', 'redis', 'memcached'),
      major: fc.constantFrom('7', '8', '1.6', '1.5'),
    })
    .map(({ engine, major }) =>
      mutation(`sl.engine=${engine} majorVersion=${major}`, (design) => {
        const cache = slOf(design);
        set(cache, 'engine', engine);
        cache.majorVersion = major;
        cache.auth =
          engine === 'memcached' ? { mode: 'none', tokenUpdateStrategy: 'ROTATE', users: [] } : cache.auth;
      }),
    ),
  fc
    .record({
      storageMax: fc.constantFrom(undefined, 0, 1, 5000, 5001),
      storageMin: fc.constantFrom(undefined, 1, 10),
      ecpuMax: fc.constantFrom(undefined, 999, 1000, 15_000_000, 15_000_001),
      ecpuMin: fc.constantFrom(undefined, 999, 1000, 2000),
    })
    .map((draw) =>
      mutation(
        `sl.limits storage ${draw.storageMin}..${draw.storageMax} ecpu ${draw.ecpuMin}..${draw.ecpuMax}`,
        (design) => {
          const limits = slOf(design).limits as Loose;
          for (const [key, value] of [
            ['dataStorageMaxGb', draw.storageMax],
            ['dataStorageMinGb', draw.storageMin],
            ['ecpuPerSecondMax', draw.ecpuMax],
            ['ecpuPerSecondMin', draw.ecpuMin],
          ] as const)
            if (value === undefined) delete limits[key];
            else limits[key] = value;
        },
      ),
    ),
  choose(
    [-1, 0, 35, 36],
    (days) => `sl.snapshots.retentionDays=${days}`,
    (design, days) => set(slOf(design).snapshots, 'retentionDays', days),
  ),
  choose(
    ['token', 'rbac', 'none'],
    (mode) => `sl.auth=${mode}`,
    (design, mode) => {
      const cache = slOf(design);
      cache.auth = {
        mode: mode as 'token' | 'rbac' | 'none',
        tokenUpdateStrategy: 'ROTATE',
        users: mode === 'rbac' ? structuredClone(STARTER_RBAC_USERS) : [],
      };
    },
  ),
  choose(
    ['existing', 'existing-no-arn', 'create'],
    (kms) => `sl.kms=${kms}`,
    (design, kms) => {
      slOf(design).kmsKey =
        kms === 'existing'
          ? {
              mode: 'existing',
              keyArn: 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555',
            }
          : { mode: kms === 'create' ? 'create' : 'existing' };
    },
  ),
];

/**
 * A second cache whose ID is the first's with `-<part>`: its names can clash with the first's (cache
 * `app` with user `cache-reader` and cache `app-cache` with user `reader` both make
 * aws_elasticache_user.app_cache_reader), or not (no users, or users that do not meet).
 */
const neighbourCache = fc
  .record({
    part: fc.constantFrom('cache', 'reader', 'primary', 'engine'),
    users: fc.constantFrom<[string, string][]>([], [['cache-reader', 'reader']], [['reader', 'writer']]),
    kind: fc.constantFrom('replication-group' as const, 'serverless' as const),
  })
  .map(({ part, users, kind }) =>
    mutation(
      `caches+=${kind} <first id>-${part} users=${users.map((pair) => pair.join('/')).join(',') || 'none'}`,
      (design) => {
        const base = first(design);
        const id = `${base.id}-${part}`;
        const user = (userId: string) => ({
          userId,
          userName: userId,
          accessString: 'on ~* +@all',
          authentication: 'password' as const,
        });
        const rbac = (userIds: string[]) => ({
          mode: 'rbac' as const,
          users: [...STARTER_RBAC_USERS.slice(0, 1), ...userIds.map(user)],
        });
        const [own, theirs] = users[0] ?? [undefined, undefined];
        if (own && base.kind !== 'memcached')
          set(base, 'auth', { ...base.auth, mode: 'rbac', users: rbac([own]).users });
        // Built under a valid ID: the first cache's may be mutated into an invalid one.
        const extra = defineDesign({
          name: 'extra',
          caches: [{ kind, id: 'neighbour', ...(theirs && { auth: rbac([theirs]) }) }],
        }).caches[0]!;
        design.caches.push({ ...extra, id });
      },
    ),
  );

const designMutations = (kind: Cache['kind']): fc.Arbitrary<Mutation>[] => [
  neighbourCache,
  choose(
    [
      '10.0.0.0/16',
      '10.0.0.0/24',
      '10.0.0.0/25',
      '10.0.0.0/28',
      '10.0.0.0/29',
      '10.0.0.0/15',
      '10.0.0.1/16',
      '10.0.0.0/33',
    ],
    (cidr) => `network.vpcCidr=${cidr}`,
    (design, cidr) => set(design.network, 'vpcCidr', cidr),
  ),
  choose(
    [1, 2, 3, 6, 7],
    (count) => `network.azCount=${count}`,
    (design, count) => {
      if (design.network.mode === 'create') set(design.network, 'azCount', count);
    },
  ),
  choose(
    [[], ['10.1.0.0/16'], ['10.1.2.3/16'], ['0.0.0.0/0'], ['10.0.0.0/33']],
    (blocks) => `clients.cidrBlocks=${blocks.join('+') || 'none'}`,
    (design, blocks) => {
      design.clients.cidrBlocks = blocks;
    },
  ),
  choose(
    ['existing', 'existing-no-arn', 'create'],
    (topic) => `notifications=${topic}`,
    (design, topic) => {
      design.notifications =
        topic === 'existing'
          ? { topic: 'existing', topicArn: 'arn:aws:sns:us-east-1:123456789012:alerts' }
          : { topic: topic === 'create' ? 'create' : 'existing' };
      for (const cache of design.caches) if ('notifications' in cache) cache.notifications = true;
    },
  ),
  // Only overrides the cache's kind uses (the generator ignores the others), so Terraform sees them.
  fc
    .constantFrom<object>(
      ...(kind === 'replication-group'
        ? [
            {},
            { replicasPerShard: 0 },
            { replicasPerShard: 6 },
            { backupRetentionDays: 36 },
            { nodeType: 'cache.t2.micro' },
            { shards: 501 },
            { multiAz: true, automaticFailover: false },
          ]
        : kind === 'memcached'
          ? [{}, { nodeCount: 41 }, { nodeCount: 1 }, { nodeType: 'cache.t2.micro' }]
          : [{}, { ecpuPerSecondMax: 999 }, { dataStorageMaxGb: 5001 }, { backupRetentionDays: 36 }]),
    )
    .map((override) =>
      mutation(`environment dev, override ${JSON.stringify(override)}`, (design) => {
        design.environments = [
          { name: 'dev', overrides: { [first(design).id]: override as CacheOverride }, tags: {} },
        ];
      }),
    ),
];

const mutationsFor = (kind: Cache['kind']) =>
  fc.oneof(
    ...(kind === 'replication-group'
      ? replicationGroupMutations
      : kind === 'memcached'
        ? memcachedMutations
        : serverlessMutations),
    ...designMutations(kind),
  );

/** Designs near the rule boundaries: a valid base and one or two mutations, mixing valid and invalid values. */
export const boundaryDesignArbitrary: fc.Arbitrary<BoundaryDraw> = fc
  .constantFrom<Cache['kind']>(
    'replication-group',
    'replication-group',
    'replication-group',
    'memcached',
    'serverless',
  )
  .chain((kind) =>
    fc
      .tuple(baseDesign(kind), fc.array(mutationsFor(kind), { minLength: 1, maxLength: 2 }))
      .map(([design, mutations]) => {
        const draft = structuredClone(design);
        for (const change of mutations) change.apply(draft);
        return { design: draft, mutations: mutations.map((change) => change.label) };
      }),
  );
