/**
 * fast-check arbitraries for designs, shared by the unit tests and the real-Terraform suite.
 * `validDesignArbitrary` draws designs across every cache kind and feature, then keeps those the
 * rules accept — so "valid" means exactly what the form would let a user export.
 */
import fc from 'fast-check';
import {
  ENGINE_VERSIONS,
  GLOBAL_DATASTORE_REGIONS,
  NODE_TYPES,
  RETIRED_FAMILIES,
  type Region,
} from '@/model/catalog';
import {
  designSchema,
  SCHEMA_VERSION,
  STARTER_RBAC_USERS,
  type Design,
  type DesignInput,
} from '@/model/design';
import { checkDesign } from '@/model/rules';
import { existingNetwork } from './existing-network';

const slug = fc.stringMatching(/^[a-z][a-z0-9]{1,7}(-[a-z0-9]{1,5})?$/);
const nodeTypesFor = (engine: 'valkey' | 'redis' | 'memcached') =>
  NODE_TYPES.filter(
    (nodeType) =>
      nodeType.engines.includes(engine) &&
      !RETIRED_FAMILIES.has(nodeType.family) &&
      nodeType.family !== 'r6gd',
  ).map((nodeType) => nodeType.type);
const versionsOf = (engine: 'valkey' | 'redis' | 'memcached') =>
  ENGINE_VERSIONS[engine].map((entry) => entry.version);
const logStream = fc.record({
  enabled: fc.boolean(),
  destination: fc.constant('cloudwatch-logs' as const),
  format: fc.constantFrom('json' as const, 'text' as const),
  retentionDays: fc.constantFrom(7 as const, 30 as const, 365 as const),
});
const alarms = fc.record({
  enabled: fc.boolean(),
  cpuPercent: fc.integer({ min: 50, max: 95 }),
  memoryPercent: fc.integer({ min: 50, max: 95 }),
  evictions: fc.constantFrom(0, 100, 1000),
  evaluationPeriods: fc.integer({ min: 1, max: 5 }),
});
const tags = fc.dictionary(fc.stringMatching(/^[A-Z][a-zA-Z]{1,10}$/), fc.string({ maxLength: 20 }), {
  maxKeys: 3,
});

const replicationGroup = (id: string, global: boolean) =>
  fc
    .record({
      engine: fc.constantFrom('valkey' as const, 'redis' as const),
      clusterMode: fc.constantFrom('disabled' as const, 'enabled' as const, 'compatible' as const),
      shards: fc.integer({ min: 1, max: 4 }),
      replicasPerShard: fc.integer({ min: 0, max: 3 }),
      multiAz: fc.boolean(),
      authMode: fc.constantFrom('none' as const, 'token' as const, 'rbac' as const),
      transit: fc.boolean(),
      atRest: fc.boolean(),
      kms: fc.constantFrom('aws-managed' as const, 'create' as const),
      parameterGroup: fc.constantFrom('default' as const, 'custom' as const),
      retentionDays: fc.integer({ min: 0, max: 35 }),
      slowLog: logStream,
      engineLog: logStream,
      alarms,
      instances: global
        ? fc.constant<string[]>([])
        : fc.oneof(fc.constant<string[]>([]), fc.uniqueArray(slug, { minLength: 1, maxLength: 3 })),
      tags,
      versionPick: fc.nat(),
      nodePick: fc.nat(),
      secondaries: fc.uniqueArray(fc.constantFrom(...GLOBAL_DATASTORE_REGIONS), {
        minLength: 1,
        maxLength: 2,
      }),
    })
    .map((draw) => {
      const versions = versionsOf(draw.engine).filter((version) => !global || version >= '6');
      const nodeTypes = global
        ? nodeTypesFor(draw.engine).filter((type) => /^cache\.(m5|m6g|m7g|r5|r6g|r7g)\./.test(type))
        : nodeTypesFor(draw.engine);
      const failover = draw.clusterMode !== 'disabled' || (draw.replicasPerShard > 0 && draw.multiAz);
      return {
        kind: 'replication-group' as const,
        id,
        engine: draw.engine,
        engineVersion: versions[draw.versionPick % versions.length]!,
        nodeType: nodeTypes[draw.nodePick % nodeTypes.length]!,
        clusterMode: draw.clusterMode,
        shards: draw.shards,
        replicasPerShard: draw.replicasPerShard,
        multiAz: draw.multiAz && failover && draw.replicasPerShard > 0,
        automaticFailover: failover,
        parameterGroup: {
          mode: draw.parameterGroup,
          parameters:
            draw.parameterGroup === 'custom' ? [{ name: 'maxmemory-policy', value: 'allkeys-lru' }] : [],
        },
        atRestEncryption: { enabled: draw.atRest, kmsKey: { mode: draw.atRest ? draw.kms : 'aws-managed' } },
        transitEncryption: { enabled: draw.transit || draw.authMode !== 'none', mode: 'required' as const },
        auth: {
          mode: draw.authMode,
          tokenUpdateStrategy: 'ROTATE' as const,
          users: draw.authMode === 'rbac' ? STARTER_RBAC_USERS : [],
        },
        backups: { retentionDays: draw.retentionDays, window: '03:00-05:00', finalSnapshot: true },
        logs: { slowLog: draw.slowLog, engineLog: draw.engineLog },
        alarms: draw.alarms,
        instances: draw.instances,
        tags: draw.tags,
        globalDatastore: global
          ? {
              enabled: true,
              suffix: 'global',
              secondaries: draw.secondaries.map((region) => ({ region, replicasPerShard: 1 })),
            }
          : undefined,
      };
    });

const memcached = (id: string) =>
  fc
    .record({
      nodeCount: fc.integer({ min: 1, max: 6 }),
      versionPick: fc.nat(),
      nodePick: fc.nat(),
      transit: fc.boolean(),
      parameterGroup: fc.constantFrom('default' as const, 'custom' as const),
      alarms,
      instances: fc.oneof(fc.constant<string[]>([]), fc.uniqueArray(slug, { minLength: 1, maxLength: 2 })),
    })
    .map((draw) => {
      const versions = versionsOf('memcached');
      const version = versions[draw.versionPick % versions.length]!;
      const nodeTypes = nodeTypesFor('memcached');
      return {
        kind: 'memcached' as const,
        id,
        engineVersion: version,
        nodeType: nodeTypes[draw.nodePick % nodeTypes.length]!,
        nodeCount: draw.nodeCount,
        azMode: draw.nodeCount > 1 ? ('cross-az' as const) : ('single-az' as const),
        transitEncryption: { enabled: draw.transit && version >= '1.6.12' },
        parameterGroup: {
          mode: draw.parameterGroup,
          parameters: draw.parameterGroup === 'custom' ? [{ name: 'max_item_size', value: '10485760' }] : [],
        },
        alarms: draw.alarms,
        instances: draw.instances,
      };
    });

const serverless = (id: string) =>
  fc
    .record({
      engine: fc.constantFrom('valkey' as const, 'redis' as const, 'memcached' as const),
      storage: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
      ecpu: fc.option(fc.integer({ min: 1000, max: 15_000_000 }), { nil: undefined }),
      kms: fc.constantFrom('aws-managed' as const, 'create' as const),
      retentionDays: fc.integer({ min: 0, max: 35 }),
      alarms,
    })
    .map((draw) => ({
      kind: 'serverless' as const,
      id,
      engine: draw.engine,
      majorVersion: draw.engine === 'valkey' ? '8' : draw.engine === 'redis' ? '7' : '1.6',
      limits: { dataStorageMaxGb: draw.storage, ecpuPerSecondMax: draw.ecpu },
      kmsKey: { mode: draw.kms },
      auth: draw.engine === 'memcached' ? { mode: 'none' as const } : undefined,
      snapshots: { retentionDays: draw.retentionDays, dailyTime: '03:00' },
      alarms: draw.alarms,
    }));

type CacheInput = NonNullable<DesignInput['caches']>[number];

const cacheArbitrary = (index: number): fc.Arbitrary<CacheInput> =>
  fc.constantFrom('rg', 'rg', 'global', 'memcached', 'serverless').chain((kind): fc.Arbitrary<CacheInput> => {
    const id = `c${index}-${kind}`;
    if (kind === 'memcached') return memcached(id);
    if (kind === 'serverless') return serverless(id);
    return replicationGroup(id, kind === 'global');
  });

export const designInputArbitrary = fc
  .record({
    name: slug,
    region: fc.constantFrom<Region>('us-east-1', 'eu-west-1', 'ap-southeast-2', 'us-west-2'),
    network: fc.oneof(
      fc.record({
        mode: fc.constant('create' as const),
        vpcCidr: fc.constantFrom('10.0.0.0/16', '172.16.0.0/20'),
        azCount: fc.integer({ min: 2, max: 3 }),
      }),
      fc.constant(existingNetwork()),
    ),
    tags,
    cacheCount: fc.integer({ min: 1, max: 3 }),
    environments: fc.constantFrom<string[]>([], ['dev', 'prod']),
    notifications: fc.constantFrom('none' as const, 'create' as const),
  })
  .chain((draw) =>
    fc
      .tuple(...Array.from({ length: draw.cacheCount }, (_, index) => cacheArbitrary(index)))
      .map((caches: CacheInput[]): DesignInput => ({
        schemaVersion: SCHEMA_VERSION,
        name: draw.name,
        region: draw.region,
        network: draw.network,
        tags: draw.tags,
        notifications: { topic: draw.notifications },
        caches,
        environments: draw.environments.map((name) => ({
          name,
          overrides: Object.fromEntries(
            caches.map((cache) => [
              cache.id,
              cache.kind === 'memcached'
                ? { nodeType: name === 'dev' ? 'cache.t4g.small' : cache.nodeType }
                : { backupRetentionDays: name === 'dev' ? 1 : 7 },
            ]),
          ),
        })),
      })),
  );

export const validDesignArbitrary: fc.Arbitrary<Design> = designInputArbitrary
  .map((input) => designSchema.safeParse(input))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data!)
  .filter((design) => checkDesign(design).every((finding) => finding.severity !== 'error'));
