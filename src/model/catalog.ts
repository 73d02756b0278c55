/**
 * What AWS offers: regions, engines and their versions, parameter group families and node types.
 * Sources: shared/reference/elasticache-rules.md §2.1–2.2, §2.10–2.11 and node-types.json.
 */
import nodeTypeData from './data/node-types.json';

/**
 * Regions the design can deploy to: each is accepted by hashicorp/aws 5.100.0 with
 * `skip_region_validation = false` (ca-west-1, ap-southeast-5, ap-southeast-7 and mx-central-1 were
 * checked with `terraform plan` against the provider; an unknown region fails "invalid AWS Region").
 */
export const REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'ca-west-1',
  'mx-central-1',
  'sa-east-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'ap-south-1',
  'ap-south-2',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-7',
  'ap-east-1',
  'me-south-1',
  'me-central-1',
  'af-south-1',
  'il-central-1',
] as const;
export type Region = (typeof REGIONS)[number];

/**
 * Regions where a global datastore may have members. The 2023 docs listed 17; the current AWS docs
 * (dg/Redis-Global-Datastores-Getting-Started) add Cape Town, Hong Kong, Hyderabad, Jakarta, Melbourne,
 * Milan, Spain, Zurich, Tel Aviv, Bahrain, UAE, Calgary, Malaysia, Thailand and Mexico (Central), which
 * covers every region in `REGIONS`.
 */
export const GLOBAL_DATASTORE_REGIONS: readonly Region[] = REGIONS;

export type ReplicationEngine = 'valkey' | 'redis';
export type Engine = ReplicationEngine | 'memcached';

export const ENGINE_LABELS: Record<Engine, string> = {
  valkey: 'Valkey',
  redis: 'Redis OSS',
  memcached: 'Memcached',
};

export interface EngineVersion {
  version: string;
  family: string;
  /** End of standard support has passed or is announced: still creatable, but warn. */
  endOfLife?: boolean;
}

/** Node-based versions AWS creates today, in the form the provider accepts (rules §2.1). */
export const ENGINE_VERSIONS: Record<Engine, readonly EngineVersion[]> = {
  valkey: [
    { version: '8.1', family: 'valkey8' },
    { version: '8.0', family: 'valkey8' },
    { version: '7.2', family: 'valkey7' },
  ],
  redis: [
    { version: '7.1', family: 'redis7' },
    { version: '7.0', family: 'redis7' },
    { version: '6.2', family: 'redis6.x' },
    { version: '6.0', family: 'redis6.x' },
    // Minor left to AWS (the newest 6.x): the provider's Redis pattern accepts `6.x`, and only for 6.
    { version: '6.x', family: 'redis6.x' },
    { version: '5.0.6', family: 'redis5.0', endOfLife: true },
    { version: '4.0.10', family: 'redis4.0', endOfLife: true },
  ],
  memcached: [
    { version: '1.6.22', family: 'memcached1.6' },
    { version: '1.6.17', family: 'memcached1.6' },
    { version: '1.6.12', family: 'memcached1.6' },
    { version: '1.6.6', family: 'memcached1.6' },
    { version: '1.5.16', family: 'memcached1.5', endOfLife: true },
    { version: '1.5.10', family: 'memcached1.5', endOfLife: true },
  ],
};

/** Serverless major versions per engine (rules §2.12). */
export const SERVERLESS_MAJOR_VERSIONS: Record<Engine, readonly string[]> = {
  valkey: ['8', '7'],
  redis: ['7'],
  memcached: ['1.6'],
};

export function findEngineVersion(engine: Engine, version: string): EngineVersion | undefined {
  return ENGINE_VERSIONS[engine].find((candidate) => candidate.version === version);
}

/** The parameter group family of an engine version, e.g. Redis OSS 7.0 → `redis7` (never `redis7.x`). */
export function parameterFamily(engine: Engine, version: string): string | undefined {
  return findEngineVersion(engine, version)?.family;
}

/** A version's numbers; `x` (a minor left to AWS, which picks the newest) counts above every minor. */
const versionNumbers = (version: string) =>
  version.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part === 'x' ? Infinity : 0));

/**
 * Compares dotted version strings numerically: `compareVersions('6.2', '7.0') < 0`. `6.x` is the newest
 * 6 AWS has (6.2 today): above 6.2, below 7.0.
 */
export function compareVersions(a: string, b: string): number {
  const left = versionNumbers(a);
  const right = versionNumbers(b);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const [mine, theirs] = [left[index] ?? 0, right[index] ?? 0];
    if (mine !== theirs) return mine < theirs ? -1 : 1;
  }
  return 0;
}

/**
 * What an engine version must be to have a capability: the first version that has it (`from`) and,
 * where AWS stopped offering it on an engine, the last (`through`). An engine not listed has the
 * capability in every version the catalogue holds; `false` means never. Sources: the rules reference.
 */
export const VERSION_CAPABILITIES = {
  /** rules §1.4: data tiering (r6gd nodes) from Redis OSS 6.2. */
  dataTiering: { redis: { from: '6.2' }, memcached: false },
  /** RBAC users and user groups from Redis OSS 6.0. */
  rbac: { redis: { from: '6.0' }, memcached: false },
  /** IAM authentication of RBAC users from Redis OSS 7.0. */
  iamAuthentication: { redis: { from: '7.0' }, memcached: false },
  /** Encryption in transit on Memcached from 1.6.12. */
  transitEncryption: { memcached: { from: '1.6.12' } },
  /** Switching encryption in transit in place: Redis OSS 7.0.5 ("7.0" resolves to 7.0.7), provider ForceNewIf. */
  transitEncryptionInPlace: { redis: { from: '7.0' }, memcached: false },
  /** Dual-stack and IPv6 networks: Redis OSS 6.2 through 7.1, Memcached 1.6.6 on. */
  ipv6: { redis: { from: '6.2', through: '7.1' }, memcached: { from: '1.6.6' } },
  /** Log delivery: the slow log from Redis OSS 6.0, the engine log from 6.2. */
  slowLog: { redis: { from: '6.0' }, memcached: false },
  engineLog: { redis: { from: '6.2' }, memcached: false },
  /** rules §2.11: global datastores from Redis OSS 5.0.6. */
  globalDatastore: { redis: { from: '5.0.6' }, memcached: false },
  /** 500 nodes per cluster-mode group from Redis OSS 5.0.6 (250 before). */
  fiveHundredNodes: { redis: { from: '5.0.6' }, memcached: false },
} as const satisfies Record<string, Partial<Record<Engine, { from: string; through?: string } | false>>>;

export type VersionCapability = keyof typeof VERSION_CAPABILITIES;

const capabilityRange = (capability: VersionCapability, engine: Engine) =>
  (VERSION_CAPABILITIES[capability] as Partial<Record<Engine, { from: string; through?: string } | false>>)[
    engine
  ];

/** Whether an engine version has a capability (see `VERSION_CAPABILITIES`). */
export function versionSupports(capability: VersionCapability, engine: Engine, version: string): boolean {
  const range = capabilityRange(capability, engine);
  if (range === undefined) return true;
  if (range === false) return false;
  return (
    compareVersions(version, range.from) >= 0 &&
    (!range.through || compareVersions(version, range.through) <= 0)
  );
}

/** The first version of an engine with a capability, for messages and fixes. */
export function capabilityMinimum(capability: VersionCapability, engine: Engine): string | undefined {
  const range = capabilityRange(capability, engine);
  return range ? range.from : undefined;
}

export interface NodeType {
  type: string;
  family: string;
  vcpu: number;
  memoryGiB: number;
  /** Approximate us-east-1 on-demand list price; an estimate, see `NODE_PRICE_SOURCE`. */
  priceUsdHour: number | null;
  engines: readonly Engine[];
}

export const NODE_TYPES: readonly NodeType[] = nodeTypeData.nodeTypes as NodeType[];
export const NODE_PRICE_SOURCE = { note: nodeTypeData.source, date: nodeTypeData.priceDate };

const NODE_TYPES_BY_NAME = new Map(NODE_TYPES.map((nodeType) => [nodeType.type, nodeType]));

export function findNodeType(type: string): NodeType | undefined {
  return NODE_TYPES_BY_NAME.get(type);
}

/** Xen-era families AWS no longer lets new clusters use, or that lack Nitro features. */
export const PREVIOUS_GENERATION_FAMILIES = new Set(['t2', 'm4', 'r4']);
/** T2 can no longer be used for new clusters (rules §2.10). */
export const RETIRED_FAMILIES = new Set(['t2']);
export const BURSTABLE_FAMILIES = new Set(['t2', 't3', 't4g']);
/** Families a global datastore accepts (rules §2.11; current AWS docs add M7g, R7g and C7gn, size large and up). */
export const GLOBAL_DATASTORE_FAMILIES = new Set(['m5', 'm6g', 'm7g', 'r5', 'r6g', 'r6gd', 'r7g', 'c7gn']);
export const DATA_TIERING_FAMILIES = new Set(['r6gd']);

/** Availability Zone letters per region, where they are not a, b, c (AZ names are account-mapped). */
const AZ_LETTERS: Partial<Record<Region, string>> = {
  'us-east-1': 'abcdef',
  'us-west-2': 'abcd',
  'us-west-1': 'ac',
  'ap-northeast-1': 'acd',
  'ap-northeast-2': 'abcd',
  'ca-central-1': 'abd',
};

/** The Availability Zones a region offers, e.g. `['us-east-1a', …]`. */
export function availabilityZones(region: Region): string[] {
  return [...(AZ_LETTERS[region] ?? 'abc')].map((letter) => `${region}${letter}`);
}
