/**
 * The design model: one versioned, zod-validated document that the form edits, the share link and the
 * design file carry, and the generator turns into Terraform. zod is the source of truth; every
 * TypeScript type here is inferred from its schema, which sits right above it.
 *
 * Structural limits (enums, integer ranges, string shapes) live here so the JSON Schema shows them;
 * rules that relate several fields live in `rules.ts`.
 */
import './zod-config';
import { z } from 'zod';
import { timeOfDayPattern, timeWindowPattern, weeklyWindowPattern } from './windows';
import { REGIONS } from './catalog';
import { SCHEMA_VERSION } from './schema-version';
import { RULE_MESSAGES, atMostCharacters, rangeMessage } from './rule-messages';
import { AZ_COUNT_LIMITS, PORT_LIMITS, SIZING_LIMITS } from './limits';
import { EXAMPLE_IDS } from './example-ids';

export { SCHEMA_VERSION };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Free text from users. Terraform normalizes strings to NFC, so the model does too: what the design
 * holds is then exactly what Terraform sees. Lone surrogates are not text and cannot be written as UTF-8.
 */
export const userText = (max: number) =>
  z
    .string()
    .max(max, atMostCharacters(max))
    .refine((value) => !LONE_SURROGATE.test(value), 'Contains an invalid character (a lone surrogate)')
    .refine(
      (value) => !terraformCorrupts(value),
      'Contains a character beyond U+FFFF followed by a combining mark, which Terraform would change',
    )
    .overwrite((value) => value.normalize('NFC'));

const ASTRAL_THEN_MARK = /([\u{10000}-\u{10FFFF}])(\p{M})/gu;

/**
 * Terraform's NFC normalization (Go x/text) composes a character beyond U+FFFF with a following
 * combining mark as if it were its low 16 bits: U+10053 + U+0301 becomes "Ś" (S + acute). Such text
 * cannot reach AWS unchanged, so it is refused rather than silently altered.
 */
function terraformCorrupts(value: string): boolean {
  for (const [, astral, mark] of value.matchAll(ASTRAL_THEN_MARK)) {
    const truncated = String.fromCodePoint(astral!.codePointAt(0)! & 0xffff) + mark;
    if (truncated.normalize('NFC') !== truncated) return true;
  }
  return false;
}
const text = userText;

export { SIZING_LIMITS };

const wholeNumberIn = ([min, max]: readonly [number, number]) =>
  z.number().int().min(min, rangeMessage(min, max)).max(max, rangeMessage(min, max));

/** A whole number within limits, with zod's own messages, which the form words as "At least 1024". */
const boundedWholeNumber = ([min, max]: readonly [number, number]) => z.number().int().min(min).max(max);

/** Lowercase slug of at most `max` characters: letters, digits and single hyphens, starting with a letter. */
export const slugOf = (max: number) =>
  z
    .string()
    .min(1, 'Required')
    .max(max, `At most ${max} characters`)
    .regex(/^[a-z][a-z0-9-]*$/, RULE_MESSAGES.slugCharacters)
    .refine((value) => !value.includes('--') && !value.endsWith('-'), RULE_MESSAGES.slugHyphens);

/** Lowercase slug: letters, digits and single hyphens; used in file names and resource IDs. */
export const slugSchema = slugOf(40);

export const regionSchema = z.enum(REGIONS);

/** An AWS tag key: 1–128 characters, not starting with the reserved `aws:`. */
const tagKeySchema = userText(128)
  .min(1, 'Required')
  .refine((key) => !key.toLowerCase().startsWith('aws:'), RULE_MESSAGES.reservedTagKey);

/** AWS tag keys and values (the AWS limits: 128 / 256 characters; `aws:` is reserved). */
const tagRecordSchema = z
  .record(tagKeySchema, userText(256))
  .refine((tags) => Object.keys(tags).length <= 50, RULE_MESSAGES.tooManyTags);
export const tagsSchema = tagRecordSchema.default({});
export type Tags = z.infer<typeof tagsSchema>;

const cidrSchema = z
  .string()
  .regex(
    /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d|[12]\d|3[0-2])$/,
    'An IPv4 CIDR block such as 10.0.0.0/16',
  )
  .refine(
    (value) =>
      value
        .split('/')[0]!
        .split('.')
        .every((octet) => Number(octet) <= 255),
    'Each octet must be 0–255',
  );

/** `hh24:mi-hh24:mi`, UTC — the daily backup window. */
export const snapshotWindowSchema = z
  .string()
  .regex(timeWindowPattern, 'Format hh24:mi-hh24:mi, e.g. 03:00-05:00');
/** `ddd:hh24:mi-ddd:hh24:mi`, UTC — the weekly maintenance window. */
export const maintenanceWindowSchema = z
  .string()
  .regex(weeklyWindowPattern, 'Format ddd:hh24:mi-ddd:hh24:mi, e.g. sun:05:00-sun:07:00');

const arnSchema = z
  .string()
  .regex(/^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{0,12}:.+$/, 'An ARN, e.g. arn:aws:…');

// ---------------------------------------------------------------------------------------------
// Network and clients
// ---------------------------------------------------------------------------------------------

export const networkSchema = z.discriminatedUnion('mode', [
  z.strictObject({
    /** Create a VPC with one private subnet per Availability Zone. */
    mode: z.literal('create'),
    vpcCidr: cidrSchema.default('10.0.0.0/16'),
    /** How many Availability Zones (and private subnets) to spread the caches over. */
    azCount: boundedWholeNumber(AZ_COUNT_LIMITS).default(3),
  }),
  z.strictObject({
    /**
     * Use a VPC and subnets that already exist; their IDs become variables. The IDs have no default:
     * until they are given, the design is incomplete (rule `existing-network-ids`).
     */
    mode: z.literal('existing'),
    vpcId: z
      .string()
      .regex(/^vpc-[0-9a-f]{8,17}$/, `A VPC ID such as ${EXAMPLE_IDS.vpc}`)
      .optional(),
    /** The private subnets the caches go in, ideally one per Availability Zone. */
    subnetIds: z
      .array(z.string().regex(/^subnet-[0-9a-f]{8,17}$/, `A subnet ID such as ${EXAMPLE_IDS.subnets[0]}`))
      .max(20)
      .default([]),
    /** CIDR of the VPC, used as the default client range when no clients are given. */
    vpcCidr: cidrSchema.default('10.0.0.0/16'),
  }),
]);
export type Network = z.infer<typeof networkSchema>;

export const clientsSchema = z
  .object({
    /** CIDR blocks allowed to connect to the caches. Empty means the VPC's own CIDR. */
    cidrBlocks: z.array(cidrSchema).max(50).default([]),
    /** Security groups (e.g. of the application) allowed to connect. */
    securityGroupIds: z
      .array(
        z.string().regex(/^sg-[0-9a-f]{8,17}$/, `A security group ID such as ${EXAMPLE_IDS.securityGroup}`),
      )
      .max(50)
      .default([]),
  })
  .default({ cidrBlocks: [], securityGroupIds: [] });
export type Clients = z.infer<typeof clientsSchema>;

// ---------------------------------------------------------------------------------------------
// Building blocks shared by cache kinds
// ---------------------------------------------------------------------------------------------

export const parameterSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(255)
    .regex(/^[a-z0-9-]+$/, 'Parameter names are lowercase, e.g. maxmemory-policy'),
  value: userText(1024).min(1),
});

/**
 * The name of a subnet or parameter group the bundle creates: AWS stores these names lowercase, so the
 * model holds them lowercase (letters, digits and single hyphens, starting with a letter).
 */
export const groupNameSchema = slugOf(200).refine(
  (name) => name !== 'default',
  '"default" is reserved by AWS',
);

export const parameterGroupSchema = z
  .object({
    /** `default` uses AWS's `default.<family>` group; `custom` creates one with these parameters. */
    mode: z.enum(['default', 'custom']).default('default'),
    parameters: z.array(parameterSchema).max(100).default([]),
    /** Base of a created group's AWS name; unset means `<cache id>-params`. */
    name: groupNameSchema.optional(),
  })
  .default({ mode: 'default', parameters: [] });
export type ParameterGroup = z.infer<typeof parameterGroupSchema>;

export const kmsKeySchema = z
  .object({
    /** `aws-managed`: the AWS-owned key; `create`: a new customer-managed key; `existing`: a key ARN. */
    mode: z.enum(['aws-managed', 'create', 'existing']).default('aws-managed'),
    keyArn: arnSchema.optional(),
  })
  .default({ mode: 'aws-managed' });
export type KmsKey = z.infer<typeof kmsKeySchema>;

export const rbacUserSchema = z.strictObject({
  /** `user_id`: unique in the region. */
  userId: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[a-zA-Z][a-zA-Z0-9-]*$/, 'Letters, digits and hyphens, starting with a letter'),
  /** The name clients log in with; one user of the group must be named `default`. */
  userName: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[a-zA-Z0-9_-]+$/, 'Letters, digits, "-" and "_"'),
  /** Redis ACL rule, e.g. `on ~* +@all` or `off -@all`. */
  accessString: userText(2048).min(1),
  /** `password`: passwords come from a sensitive variable; `iam`: IAM auth; `none`: no password. */
  authentication: z.enum(['password', 'iam', 'none']).default('password'),
});
export type RbacUser = z.infer<typeof rbacUserSchema>;

const authObjectSchema = z.strictObject({
  /** `token`: one AUTH token (a sensitive variable, never stored); `rbac`: users and a user group. */
  mode: z.enum(['none', 'token', 'rbac']).default('token'),
  tokenUpdateStrategy: z.enum(['ROTATE', 'SET', 'DELETE']).default('ROTATE'),
  users: z.array(rbacUserSchema).max(100).default([]),
});
export const authSchema = authObjectSchema.default({
  mode: 'token',
  tokenUpdateStrategy: 'ROTATE',
  users: [],
});
export type Auth = z.infer<typeof authSchema>;

/**
 * The RBAC users a new user group starts with: AWS requires a user named `default` in every group, so
 * it is replaced by a disabled one, and applications log in as `app`.
 */
export const STARTER_RBAC_USERS: RbacUser[] = [
  { userId: 'default', userName: 'default', accessString: 'off -@all', authentication: 'none' },
  { userId: 'app', userName: 'app', accessString: 'on ~* +@all -@dangerous', authentication: 'password' },
];
/** Serverless caches take no AUTH token: RBAC is the way to authenticate. */
const serverlessAuthSchema = authObjectSchema.default({
  mode: 'rbac',
  tokenUpdateStrategy: 'ROTATE',
  users: STARTER_RBAC_USERS,
});

export const logStreamSchema = z.strictObject({
  enabled: z.boolean().default(false),
  destination: z.enum(['cloudwatch-logs', 'kinesis-firehose']).default('cloudwatch-logs'),
  format: z.enum(['json', 'text']).default('json'),
  /** Days a created CloudWatch log group keeps entries. */
  retentionDays: z
    .union([
      z.literal(1),
      z.literal(3),
      z.literal(5),
      z.literal(7),
      z.literal(14),
      z.literal(30),
      z.literal(60),
      z.literal(90),
      z.literal(120),
      z.literal(150),
      z.literal(180),
      z.literal(365),
      z.literal(400),
      z.literal(545),
      z.literal(731),
      z.literal(1827),
      z.literal(3653),
    ])
    .default(30),
  /** Name of an existing Kinesis Data Firehose delivery stream, when that is the destination. */
  firehoseStream: z
    .string()
    .regex(/^[a-zA-Z0-9_.-]{1,64}$/, 'A delivery stream name: letters, digits, "_", "." and "-"')
    .optional(),
});
const disabledLog = {
  enabled: false,
  destination: 'cloudwatch-logs',
  format: 'json',
  retentionDays: 30,
} as const;
export const logsSchema = z
  .object({ slowLog: logStreamSchema.default(disabledLog), engineLog: logStreamSchema.default(disabledLog) })
  .default({ slowLog: disabledLog, engineLog: disabledLog });
export type LogStream = z.infer<typeof logStreamSchema>;

const ALARM_DEFAULTS = {
  enabled: true,
  cpuPercent: 80,
  memoryPercent: 85,
  evictions: 1000,
  connections: 50_000,
  replicationLagSeconds: 30,
  evaluationPeriods: 2,
  treatMissingData: 'missing',
} as const;

export const alarmsSchema = z
  .object({
    enabled: z.boolean().default(ALARM_DEFAULTS.enabled),
    /**
     * Alarm when the engine's CPU (EngineCPUUtilization) stays above this percentage; serverless: ECPU use
     * as a percentage of the ECPU limit. Nodes with 2 vCPUs or fewer also get a host CPU alarm at 90% ÷ vCPUs.
     */
    cpuPercent: z.number().min(1).max(100).default(ALARM_DEFAULTS.cpuPercent),
    /** Alarm when memory use (DatabaseMemoryUsagePercentage; serverless: of the storage limit) stays above this percentage. */
    memoryPercent: z.number().min(1).max(100).default(ALARM_DEFAULTS.memoryPercent),
    /** Alarm on this many evictions per 5 minutes; 0 turns the evictions alarm off. */
    evictions: z.number().int().min(0).max(1_000_000_000).default(ALARM_DEFAULTS.evictions),
    /** Alarm above this many client connections per node (a node accepts 65,000); 0 turns it off. */
    connections: z.number().int().min(0).max(65_000).default(ALARM_DEFAULTS.connections),
    /** Alarm when a replica lags its primary by more than this many seconds; 0 turns it off. */
    replicationLagSeconds: z.number().min(0).max(3600).default(ALARM_DEFAULTS.replicationLagSeconds),
    /** Consecutive 5-minute periods over the threshold before the alarm fires. */
    evaluationPeriods: z.number().int().min(1).max(100).default(ALARM_DEFAULTS.evaluationPeriods),
    /** How an alarm treats periods without data (a node being replaced publishes none). */
    treatMissingData: z
      .enum(['missing', 'notBreaching', 'breaching', 'ignore'])
      .default(ALARM_DEFAULTS.treatMissingData),
  })
  .default(ALARM_DEFAULTS);
export type Alarms = z.infer<typeof alarmsSchema>;

export const maintenanceSchema = z
  .object({
    window: maintenanceWindowSchema.default('sun:05:00-sun:07:00'),
    autoMinorVersionUpgrade: z.boolean().default(true),
    /** Apply changes now instead of in the next maintenance window. */
    applyImmediately: z.boolean().default(false),
  })
  .default({ window: 'sun:05:00-sun:07:00', autoMinorVersionUpgrade: true, applyImmediately: false });
export type Maintenance = z.infer<typeof maintenanceSchema>;

/** Service names stamped from one cache design (rendered with `for_each`). */
const instancesSchema = z.array(slugSchema).max(50).default([]);

/** The workload a cache is expected to carry; only the cost estimate uses it. */
export const expectedUsageSchema = z
  .object({
    /** Data held in the cache, in GB. */
    dataGb: z.number().min(0.1).max(100_000).default(1),
    /** Requests per second at a typical hour (one simple request of up to 1 KB is one ECPU). */
    requestsPerSecond: z.number().min(0).max(100_000_000).default(1000),
  })
  .default({ dataGb: 1, requestsPerSecond: 1000 });
export type ExpectedUsage = z.infer<typeof expectedUsageSchema>;

const cacheCommon = {
  /** Short identifier, also the base of the AWS resource ID. */
  id: slugSchema,
  description: text(255).default(''),
  tags: tagsSchema,
  instances: instancesSchema,
  /** Tag key under which each stamped service's resources carry the service's name (e.g. `Service`). */
  instanceTagKey: tagKeySchema.optional(),
  expectedUsage: expectedUsageSchema,
};

// ---------------------------------------------------------------------------------------------
// Cache kinds
// ---------------------------------------------------------------------------------------------

export const replicationGroupSchema = z.strictObject({
  kind: z.literal('replication-group'),
  ...cacheCommon,
  engine: z.enum(['valkey', 'redis']).default('valkey'),
  engineVersion: z.string().default('8.0'),
  nodeType: z.string().default('cache.r7g.large'),
  port: boundedWholeNumber(PORT_LIMITS).default(6379),
  /** `disabled`: one shard; `enabled`: sharded; `compatible`: migrating clients to cluster mode. */
  clusterMode: z.enum(['disabled', 'enabled', 'compatible']).default('disabled'),
  /** Number of shards (node groups) when cluster mode is on. */
  shards: wholeNumberIn(SIZING_LIMITS.shards).default(1),
  /** Read replicas per shard (cluster mode disabled: the primary's replicas). */
  replicasPerShard: wholeNumberIn(SIZING_LIMITS.replicasPerShard).default(1),
  multiAz: z.boolean().default(true),
  automaticFailover: z.boolean().default(true),
  /** Availability Zones for the nodes, primary first (cluster mode disabled only). */
  preferredAzs: z
    .array(z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d[a-z]$/, 'An AZ such as us-east-1a'))
    .default([]),
  dataTiering: z.boolean().default(false),
  parameterGroup: parameterGroupSchema,
  atRestEncryption: z
    .object({ enabled: z.boolean().default(true), kmsKey: kmsKeySchema })
    .default({ enabled: true, kmsKey: { mode: 'aws-managed' } }),
  transitEncryption: z
    .object({
      enabled: z.boolean().default(true),
      mode: z.enum(['required', 'preferred']).default('required'),
    })
    .default({ enabled: true, mode: 'required' }),
  auth: authSchema,
  /**
   * Also write the engine version, port, both encryption flags and the backup and maintenance windows
   * as Terraform variables (defaulting to these values), so a team can set them in tfvars.
   */
  settingsAsVariables: z.boolean().default(false),
  backups: z
    .object({
      retentionDays: wholeNumberIn(SIZING_LIMITS.retentionDays).default(7),
      window: snapshotWindowSchema.default('03:00-05:00'),
      /** Take a final snapshot when the replication group is destroyed. */
      finalSnapshot: z.boolean().default(true),
      /** Seed the cache from this existing snapshot at creation. */
      restoreFromSnapshot: z
        .string()
        .regex(/^[a-zA-Z][a-zA-Z0-9-]{0,254}$/, 'A snapshot name: letters, digits and hyphens')
        .optional(),
    })
    .default({ retentionDays: 7, window: '03:00-05:00', finalSnapshot: true }),
  maintenance: maintenanceSchema,
  /** Send ElastiCache events to the design's SNS topic. */
  notifications: z.boolean().default(true),
  logs: logsSchema,
  alarms: alarmsSchema,
  networkType: z.enum(['ipv4', 'dual_stack', 'ipv6']).default('ipv4'),
  /** Dual-stack and IPv6 groups: the addresses cluster discovery returns; unset means IPv6 for IPv6, else IPv4. */
  ipDiscovery: z.enum(['ipv4', 'ipv6']).optional(),
  globalDatastore: z
    .object({
      enabled: z.boolean().default(false),
      /** Suffix of the global datastore ID; AWS prefixes it with a region code. */
      suffix: z
        .string()
        .regex(/^[a-z][a-z0-9-]{0,39}$/, 'Lowercase letters, digits and hyphens')
        .default('global'),
      secondaries: z
        .array(
          z.strictObject({
            region: regionSchema,
            /** AWS ID of the secondary replication group; unset means `<cache id>-<region>`. */
            replicationGroupId: slugOf(40).optional(),
            /** The secondary's own description; unset means the primary's, marked as the secondary. */
            description: text(255).optional(),
            /** Tags that replace the primary's tags of the same key on this secondary (e.g. its `Name`). */
            tags: tagRecordSchema.optional(),
            /** Replicas per shard in this region (may differ from the primary). */
            replicasPerShard: wholeNumberIn(SIZING_LIMITS.replicasPerShard).default(1),
          }),
        )
        .max(2)
        .default([]),
    })
    .default({ enabled: false, suffix: 'global', secondaries: [] }),
});
export type ReplicationGroup = z.infer<typeof replicationGroupSchema>;

export const memcachedSchema = z.strictObject({
  kind: z.literal('memcached'),
  ...cacheCommon,
  /** Memcached cluster IDs may have 50 characters (replication group IDs 40). */
  id: slugOf(50),
  engineVersion: z.string().default('1.6.22'),
  nodeType: z.string().default('cache.t4g.small'),
  nodeCount: wholeNumberIn(SIZING_LIMITS.nodeCount).default(2),
  azMode: z.enum(['single-az', 'cross-az']).default('cross-az'),
  preferredAzs: z
    .array(z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d[a-z]$/, 'An AZ such as us-east-1a'))
    .default([]),
  port: boundedWholeNumber(PORT_LIMITS).default(11211),
  parameterGroup: parameterGroupSchema,
  transitEncryption: z.strictObject({ enabled: z.boolean().default(true) }).default({ enabled: true }),
  maintenance: maintenanceSchema,
  notifications: z.boolean().default(true),
  alarms: alarmsSchema,
  networkType: z.enum(['ipv4', 'dual_stack', 'ipv6']).default('ipv4'),
});
export type Memcached = z.infer<typeof memcachedSchema>;

export const serverlessSchema = z.strictObject({
  kind: z.literal('serverless'),
  ...cacheCommon,
  engine: z.enum(['valkey', 'redis', 'memcached']).default('valkey'),
  majorVersion: z.string().default('8'),
  limits: z
    .object({
      /** Maximum data stored, in GB (1–5,000); unset means no limit. */
      dataStorageMaxGb: wholeNumberIn(SIZING_LIMITS.dataStorageGb).optional(),
      dataStorageMinGb: wholeNumberIn(SIZING_LIMITS.dataStorageGb).optional(),
      /** Maximum ElastiCache Processing Units per second (1,000–15,000,000). */
      ecpuPerSecondMax: wholeNumberIn(SIZING_LIMITS.ecpuPerSecond).optional(),
      ecpuPerSecondMin: wholeNumberIn(SIZING_LIMITS.ecpuPerSecond).optional(),
    })
    .default({}),
  snapshots: z
    .object({
      retentionDays: wholeNumberIn(SIZING_LIMITS.retentionDays).default(7),
      /** Daily snapshot start time, `hh24:mi` UTC. */
      dailyTime: z.string().regex(timeOfDayPattern, 'Format hh24:mi, e.g. 03:00').default('03:00'),
    })
    .default({ retentionDays: 7, dailyTime: '03:00' }),
  kmsKey: kmsKeySchema,
  /** Valkey and Redis OSS only: `rbac` creates users and a user group. */
  auth: serverlessAuthSchema,
  alarms: alarmsSchema,
});
export type Serverless = z.infer<typeof serverlessSchema>;

export const cacheSchema = z.discriminatedUnion('kind', [
  replicationGroupSchema,
  memcachedSchema,
  serverlessSchema,
]);
export type Cache = z.infer<typeof cacheSchema>;
export type CacheKind = Cache['kind'];

// ---------------------------------------------------------------------------------------------
// Environments
// ---------------------------------------------------------------------------------------------

/** The sizing and resilience fields an environment may change for one cache. */
export const cacheOverrideSchema = z.strictObject({
  nodeType: z.string().optional(),
  shards: wholeNumberIn(SIZING_LIMITS.shards).optional(),
  replicasPerShard: wholeNumberIn(SIZING_LIMITS.replicasPerShard).optional(),
  nodeCount: wholeNumberIn(SIZING_LIMITS.nodeCount).optional(),
  multiAz: z.boolean().optional(),
  automaticFailover: z.boolean().optional(),
  backupRetentionDays: wholeNumberIn(SIZING_LIMITS.retentionDays).optional(),
  ecpuPerSecondMax: wholeNumberIn(SIZING_LIMITS.ecpuPerSecond).optional(),
  dataStorageMaxGb: wholeNumberIn(SIZING_LIMITS.dataStorageGb).optional(),
});
export type CacheOverride = z.infer<typeof cacheOverrideSchema>;

export const environmentSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(12)
    .regex(/^[a-z][a-z0-9]*$/, 'Lowercase letters and digits, starting with a letter'),
  /** Overrides keyed by cache ID. */
  overrides: z.record(z.string(), cacheOverrideSchema).default({}),
  tags: tagsSchema,
});
export type Environment = z.infer<typeof environmentSchema>;

// ---------------------------------------------------------------------------------------------
// The design
// ---------------------------------------------------------------------------------------------

export const designSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Names the bundle folder and the zip; a lowercase slug. */
  name: slugSchema,
  description: text(1000).default(''),
  region: regionSchema.default('us-east-1'),
  tags: tagsSchema,
  network: networkSchema.default({ mode: 'create', vpcCidr: '10.0.0.0/16', azCount: 3 }),
  /** AWS name of the cache subnet group (one per region); unset means the design name. */
  subnetGroupName: groupNameSchema.optional(),
  /**
   * Start of the caches' security group name; Terraform appends a unique suffix. Unset means
   * `<design name>-cache-`. Security group names may not start with `sg-`.
   */
  securityGroupNamePrefix: z
    .string()
    .min(1, 'Required')
    .max(100, 'At most 100 characters')
    .regex(
      /^[a-zA-Z0-9 ._\-:/()#,@[\]+=&;{}!$*]+$/,
      'Letters, digits, spaces and . _ - : / ( ) # , @ [ ] + = & ; { } ! $ *',
    )
    .refine(
      (prefix) => !prefix.toLowerCase().startsWith('sg-'),
      'Security group names may not start with "sg-"',
    )
    .optional(),
  clients: clientsSchema,
  /** Where notifications and alarms go: none, a topic the bundle creates, or an existing topic. */
  notifications: z
    .object({
      topic: z.enum(['none', 'create', 'existing']).default('create'),
      topicArn: arnSchema.optional(),
      /** Email subscribed to a created topic (confirmation is sent by AWS). */
      email: z.email().optional(),
    })
    .default({ topic: 'create' }),
  caches: z.array(cacheSchema).max(100).default([]),
  environments: z.array(environmentSchema).max(10).default([]),
  /** Free-form notes, copied into the bundle README. */
  notes: text(10_000).default(''),
});
export type Design = z.infer<typeof designSchema>;
/** A design as written in a file or link: defaults may be omitted. */
export type DesignInput = z.input<typeof designSchema>;
