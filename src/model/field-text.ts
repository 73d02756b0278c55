/**
 * Label, help text and documentation link of every form field. Labels use the AWS console's words.
 * The field registry (`fields.ts`) gives each schema field one of these; the form, the JSON Schema
 * and the bundle read them there. Free of zod and React: the first screen loads them.
 */

export interface FieldHelp {
  label: string;
  help: string;
  /** Where to read more: the AWS documentation page (Terraform's for Terraform-only ideas). */
  docs?: string;
}

const AWS = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/';
const docs = (page: string) => `${AWS}${page}`;

export const DOCS = {
  engines: docs('SelectEngine.html'),
  versions: docs('supported-engine-versions.html'),
  versionManagement: docs('VersionManagement.html'),
  nodeTypes: docs('CacheNodes.SupportedTypes.html'),
  clusterMode: docs('Replication.Redis-RedisCluster.html'),
  replication: docs('Replication.html'),
  multiAz: docs('AutoFailover.html'),
  regions: docs('RegionsAndAZs.html'),
  port: docs('accessing-elasticache.html'),
  networkType: docs('network-type.html'),
  dataTiering: docs('data-tiering.html'),
  parameterGroups: docs('ParameterGroups.html'),
  atRest: docs('at-rest-encryption.html'),
  inTransit: docs('in-transit-encryption.html'),
  auth: docs('auth.html'),
  rbac: docs('Clusters.RBAC.html'),
  backups: docs('backups-automatic.html'),
  finalSnapshot: docs('backups.html'),
  restore: docs('backups-restoring.html'),
  maintenance: docs('maintenance-window.html'),
  sns: docs('ECEvents.SNS.html'),
  logs: docs('Log_Delivery.html'),
  metrics: docs('CacheMetrics.html'),
  whichMetrics: docs('CacheMetrics.WhichShouldIMonitor.html'),
  pricing: 'https://aws.amazon.com/elasticache/pricing/',
  globalDatastore: docs('Redis-Global-Datastore.html'),
  serverless: docs('WhatIs.html'),
  scaling: docs('Scaling.html'),
  subnetGroups: docs('SubnetGroups.html'),
  vpcs: docs('VPCs.html'),
  tags: docs('Tagging-Resources.html'),
  clusters: docs('Clusters.html'),
  forEach: 'https://developer.hashicorp.com/terraform/language/meta-arguments/for_each',
  tfvars:
    'https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files',
} as const;

const help = (label: string, text: string, link?: string): FieldHelp => ({
  label,
  help: text,
  ...(link ? { docs: link } : {}),
});

export const HELP = {
  // ----- design ---------------------------------------------------------------------------------
  name: help('Design name', 'Names the bundle folder and the zip: lowercase letters, digits and hyphens.'),
  description: help('Description', 'What this design is for; copied into the bundle README.'),
  region: help('Region', 'Where the caches run (the primary region of a global datastore).', DOCS.regions),
  tags: help(
    'Tags',
    'Applied to every resource through the provider’s default_tags. Keys starting with "aws:" are reserved.',
    DOCS.tags,
  ),
  notes: help('Notes', 'Free-form notes, copied into the bundle README.'),
  environments: help(
    'Environments',
    'Each environment gets its own tfvars file, and so its own state. Size caches per environment in each cache’s Environments section.',
    DOCS.tfvars,
  ),
  environmentName: help('Environment name', 'Lowercase letters and digits, e.g. dev, staging, prod.'),
  environmentTags: help('Environment tags', 'Added to the design’s tags in this environment.', DOCS.tags),

  // ----- network and access ---------------------------------------------------------------------
  networkMode: help(
    'VPC',
    'Create a VPC with one private subnet per Availability Zone, or use a VPC and subnets that already exist.',
    DOCS.vpcs,
  ),
  vpcCidr: help(
    'VPC CIDR block',
    'IPv4 range of the VPC, e.g. 10.0.0.0/16; also the default client range when no clients are given.',
    DOCS.vpcs,
  ),
  azCount: help(
    'Number of Availability Zones',
    'How many AZs (and private subnets) to spread the caches over.',
    DOCS.regions,
  ),
  vpcId: help(
    'VPC ID',
    'The ID of the existing VPC, from your AWS account (vpc-…); becomes a variable.',
    DOCS.vpcs,
  ),
  subnetIds: help(
    'Subnet IDs',
    'Private subnets of the cache subnet group, ideally one per AZ; become a variable.',
    DOCS.subnetGroups,
  ),
  subnetGroupName: help(
    'Subnet group name',
    'AWS name of the cache subnet group (lowercase letters, digits and hyphens); empty means the design name. Renaming it recreates every cache.',
    DOCS.subnetGroups,
  ),
  securityGroupNamePrefix: help(
    'Security group name prefix',
    'Start of the caches’ security group name; Terraform appends a unique suffix. Empty means "<design name>-cache-". May not start with "sg-".',
    DOCS.vpcs,
  ),
  clientCidrs: help(
    'Allowed CIDR blocks',
    'IPv4 ranges allowed to connect to the caches. Empty means the VPC’s own CIDR.',
    DOCS.vpcs,
  ),
  clientSecurityGroups: help(
    'Allowed security groups',
    'Security groups (e.g. your application’s) allowed to connect.',
    DOCS.vpcs,
  ),
  topic: help(
    'SNS topic',
    'Where ElastiCache events and alarms go: none, a topic this bundle creates, or an existing topic.',
    DOCS.sns,
  ),
  topicArn: help('SNS topic ARN', 'The ARN of the existing topic.', DOCS.sns),
  email: help(
    'Notification email',
    'Subscribed to the created topic; AWS sends a confirmation mail first.',
    DOCS.sns,
  ),

  // ----- every cache ----------------------------------------------------------------------------
  cacheId: help(
    'Cache ID',
    'Short identifier and base of the AWS resource ID: lowercase letters, digits and hyphens.',
    DOCS.clusters,
  ),
  cacheDescription: help('Description', 'Shown in the console and the bundle README.'),
  cacheTags: help('Cache tags', 'Added to this cache’s resources, e.g. Name.', DOCS.tags),
  instances: help(
    'Service instances',
    'Several services stamped from this one design, rendered with for_each; leave empty for a single cache.',
    DOCS.forEach,
  ),
  instanceTagKey: help(
    'Service tag key',
    'Tag each service’s resources with the service name under this key, e.g. Service; empty for no such tag. A cache tag of the same key wins.',
    DOCS.tags,
  ),
  engine: help(
    'Engine',
    'Valkey is the open-source successor of Redis OSS and costs less on ElastiCache.',
    DOCS.engines,
  ),
  engineVersion: help(
    'Engine version',
    'The versions ElastiCache creates today; end-of-life versions are marked.',
    DOCS.versions,
  ),
  majorVersion: help(
    'Major engine version',
    'Serverless caches take only the major version; AWS applies minor updates.',
    DOCS.versions,
  ),
  port: help(
    'Port',
    'The port clients connect to (6379 for Valkey and Redis OSS, 11211 for Memcached).',
    DOCS.port,
  ),
  clusterMode: help(
    'Cluster mode',
    'Disabled: one shard. Enabled: data sharded over several node groups. Compatible: while moving clients to cluster mode.',
    DOCS.clusterMode,
  ),
  shards: help(
    'Number of shards',
    'Node groups the data is split over (cluster mode only).',
    DOCS.clusterMode,
  ),
  replicasPerShard: help(
    'Replicas per shard',
    'Read replicas in each shard; each can take over if its primary fails.',
    DOCS.replication,
  ),
  replicas: help(
    'Number of replicas',
    'Read replicas of the primary; at least one for automatic failover.',
    DOCS.replication,
  ),
  multiAz: help(
    'Multi-AZ',
    'Places replicas in other Availability Zones and fails over to them when an AZ fails.',
    DOCS.multiAz,
  ),
  automaticFailover: help(
    'Automatic failover',
    'Promotes a replica when the primary fails. Multi-AZ and cluster mode need it.',
    DOCS.multiAz,
  ),
  preferredAzs: help(
    'Availability Zone placement',
    'One AZ per node, primary first. Leave empty to let ElastiCache spread the nodes.',
    DOCS.regions,
  ),
  azMode: help('AZ mode', 'Spread Memcached nodes over several AZs, or keep them in one.', DOCS.regions),
  ipDiscovery: help(
    'IP discovery',
    'Dual-stack and IPv6 groups: whether cluster discovery returns IPv4 or IPv6 addresses. Unset: IPv6 for IPv6 groups, else IPv4.',
    DOCS.networkType,
  ),
  networkType: help(
    'Network type',
    'IPv4, dual stack or IPv6; IPv6 needs subnets that have IPv6 ranges.',
    DOCS.networkType,
  ),
  nodeType: help(
    'Node type',
    'Compute and memory of each node. Graviton (g) types cost less for the same size.',
    DOCS.nodeTypes,
  ),
  nodeCount: help(
    'Number of nodes',
    'Memcached nodes; keys are spread over them by the client.',
    DOCS.clusters,
  ),
  dataTiering: help(
    'Data tiering',
    'Keeps less-used data on SSD (r6gd nodes only): more capacity for less money.',
    DOCS.dataTiering,
  ),

  // ----- serverless -----------------------------------------------------------------------------
  dataStorageMaxGb: help(
    'Maximum data storage (GB)',
    'Upper limit of data stored, 1–5,000 GB; empty means no limit.',
    DOCS.scaling,
  ),
  dataStorageMinGb: help(
    'Minimum data storage (GB)',
    'Capacity kept ready even when idle; empty means none.',
    DOCS.scaling,
  ),
  ecpuPerSecondMax: help(
    'Maximum ECPU per second',
    'Upper limit of ElastiCache Processing Units per second, 1,000–15,000,000.',
    DOCS.scaling,
  ),
  ecpuPerSecondMin: help(
    'Minimum ECPU per second',
    'Throughput kept ready even when idle; empty means none.',
    DOCS.scaling,
  ),
  snapshotRetention: help(
    'Snapshot retention (days)',
    'Days daily snapshots are kept; 0 turns them off.',
    DOCS.backups,
  ),
  dailySnapshotTime: help('Daily snapshot time', 'Start of the daily snapshot, hh24:mi UTC.', DOCS.backups),

  // ----- security -------------------------------------------------------------------------------
  atRestEncryption: help('Encryption at rest', 'Encrypts data on disk and in backups.', DOCS.atRest),
  kmsKeyMode: help(
    'Encryption key',
    'The AWS-owned key, a new customer managed KMS key, or an existing key.',
    DOCS.atRest,
  ),
  kmsKeyArn: help('KMS key ARN', 'The ARN of the existing customer managed key.', DOCS.atRest),
  transitEncryption: help(
    'Encryption in transit',
    'TLS between clients and nodes; AUTH and RBAC need it.',
    DOCS.inTransit,
  ),
  transitMode: help(
    'Transit encryption mode',
    'Required: TLS only. Preferred: TLS and plain text, while migrating clients.',
    DOCS.inTransit,
  ),
  authMode: help(
    'Access control',
    'An AUTH token (a password set through a sensitive variable) or RBAC users and a user group.',
    DOCS.auth,
  ),
  serverlessAuthMode: help(
    'Access control',
    'Serverless Valkey and Redis OSS authenticate with RBAC users.',
    DOCS.rbac,
  ),
  tokenUpdateStrategy: help(
    'AUTH token update strategy',
    'ROTATE keeps the old token valid while clients move to the new one.',
    DOCS.auth,
  ),
  rbacUsers: help(
    'Users',
    'Every user group needs a user named "default"; disable it with "off -@all".',
    DOCS.rbac,
  ),
  userId: help('User ID', 'Unique in the region.', DOCS.rbac),
  userName: help('User name', 'The name clients log in with.', DOCS.rbac),
  accessString: help('Access string', 'A Redis ACL rule, e.g. "on ~* +@all" or "off -@all".', DOCS.rbac),
  authentication: help(
    'Authentication',
    'Passwords come from a sensitive variable; IAM uses IAM auth tokens.',
    DOCS.rbac,
  ),

  // ----- backup and maintenance -----------------------------------------------------------------
  backupRetention: help(
    'Backup retention (days)',
    'Days automatic backups are kept; 0 turns them off.',
    DOCS.backups,
  ),
  backupWindow: help(
    'Backup window',
    'Daily window for automatic backups, hh24:mi-hh24:mi UTC, at least 60 minutes.',
    DOCS.backups,
  ),
  finalSnapshot: help('Final snapshot', 'Take a snapshot when the cache is destroyed.', DOCS.finalSnapshot),
  restoreFromSnapshot: help(
    'Restore from snapshot',
    'Seed the new cache from this existing snapshot; leave empty to start empty.',
    DOCS.restore,
  ),
  maintenanceWindow: help(
    'Maintenance window',
    'Weekly window for patches, ddd:hh24:mi-ddd:hh24:mi UTC; must not overlap the backup window.',
    DOCS.maintenance,
  ),
  autoMinorVersionUpgrade: help(
    'Auto upgrade minor versions',
    'Apply minor engine upgrades in the maintenance window.',
    DOCS.versionManagement,
  ),
  applyImmediately: help(
    'Apply immediately',
    'Apply changes now instead of in the next maintenance window (may restart nodes).',
    DOCS.maintenance,
  ),

  // ----- parameters -----------------------------------------------------------------------------
  parameterFamily: help(
    'Parameter group family',
    'Derived from the engine and its version.',
    DOCS.parameterGroups,
  ),
  parameterGroupMode: help(
    'Parameter group',
    'The AWS default group of the family, or a custom group with your parameters.',
    DOCS.parameterGroups,
  ),
  parameters: help('Parameters', 'Engine settings such as maxmemory-policy.', DOCS.parameterGroups),
  parameterGroupName: help(
    'Parameter group name',
    'AWS name of the custom group (lowercase letters, digits and hyphens); empty means "<cache ID>-params". Unique in the region.',
    DOCS.parameterGroups,
  ),
  parameterName: help('Name', 'Lowercase, e.g. maxmemory-policy.', DOCS.parameterGroups),
  parameterValue: help('Value', 'e.g. allkeys-lru.', DOCS.parameterGroups),

  // ----- logs and alarms ------------------------------------------------------------------------
  logEnabled: help('Deliver', 'Send this log to CloudWatch Logs or Kinesis Data Firehose.', DOCS.logs),
  logDestination: help(
    'Destination',
    'A CloudWatch log group this bundle creates, or an existing Firehose stream.',
    DOCS.logs,
  ),
  logFormat: help('Log format', 'JSON is easier to query in CloudWatch Logs Insights.', DOCS.logs),
  logRetention: help('Log retention (days)', 'How long the created log group keeps entries.', DOCS.logs),
  firehoseStream: help(
    'Firehose delivery stream',
    'Name of an existing Kinesis Data Firehose delivery stream.',
    DOCS.logs,
  ),
  notifications: help(
    'Event notifications',
    'Send ElastiCache events (failovers, maintenance) to the design’s SNS topic.',
    DOCS.sns,
  ),
  alarmsEnabled: help(
    'CloudWatch alarms',
    'Alarms on CPU, memory, evictions, connections and replication lag, per node; they notify the SNS topic set in Network & access.',
    DOCS.whichMetrics,
  ),
  cpuPercent: help(
    'CPU threshold (%)',
    'Alarm when CPU (EngineCPUUtilization for Valkey and Redis OSS) stays above this.',
    DOCS.whichMetrics,
  ),
  memoryPercent: help(
    'Memory threshold (%)',
    'Alarm when DatabaseMemoryUsagePercentage stays above this.',
    DOCS.whichMetrics,
  ),
  evictions: help(
    'Evictions per 5 minutes',
    'Alarm on this many evictions per 5-minute period; 0 turns the evictions alarm off.',
    DOCS.whichMetrics,
  ),
  evaluationPeriods: help(
    'Evaluation periods',
    'Consecutive 5-minute periods over the threshold before the alarm fires.',
    DOCS.metrics,
  ),
  connections: help(
    'Client connections',
    'Alarm above this many client connections per node (CurrConnections; a node accepts 65,000); 0 turns it off.',
    DOCS.whichMetrics,
  ),
  replicationLag: help(
    'Replication lag (s)',
    'Alarm when a replica lags its primary by more than this many seconds (ReplicationLag); 0 turns it off.',
    DOCS.whichMetrics,
  ),
  treatMissingData: help(
    'Treat missing data',
    'Periods without data (a node being replaced): Missing keeps the alarm state, Not breaching counts them as good, Breaching as bad, Ignore skips them.',
    'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-missing-data',
  ),
  expectedDataGb: help(
    'Expected data (GB)',
    'Data the cache holds at a typical hour. Used only by the cost estimate (serverless data stored, backups).',
    DOCS.pricing,
  ),
  expectedRequests: help(
    'Expected requests per second',
    'Requests at a typical hour; one simple request of up to 1 KB is one ECPU. Used only by the cost estimate.',
    DOCS.pricing,
  ),

  // ----- global datastore -----------------------------------------------------------------------
  globalEnabled: help(
    'Global datastore',
    'Replicate this cache to up to two other regions for fast local reads and disaster recovery.',
    DOCS.globalDatastore,
  ),
  globalSuffix: help(
    'Global datastore name suffix',
    'AWS prefixes it with a region code to form the global datastore ID.',
    DOCS.globalDatastore,
  ),
  secondaries: help(
    'Secondary regions',
    'Read-only copies; each inherits engine, version, node type and encryption from the primary.',
    DOCS.globalDatastore,
  ),
  secondaryRegion: help(
    'Region',
    'A region that hosts global datastores, other than the primary’s.',
    DOCS.globalDatastore,
  ),
  secondaryReplicas: help(
    'Replicas per shard',
    'Replicas in this region; may differ from the primary.',
    DOCS.globalDatastore,
  ),
  secondaryId: help(
    'Secondary ID',
    'AWS ID of this secondary replication group; empty means "<cache ID>-<region>". Changing it recreates the secondary.',
    DOCS.globalDatastore,
  ),
  secondaryDescription: help(
    'Secondary description',
    'Description of this secondary; empty means the primary’s, marked as the secondary.',
    DOCS.globalDatastore,
  ),
  secondaryTags: help(
    'Secondary tags',
    'Tags that replace the primary’s tags of the same key on this secondary, e.g. its own Name.',
    DOCS.tags,
  ),
  settingsAsVariables: help(
    'Settings as variables',
    'Also write the engine version, port, both encryption flags and the backup and maintenance windows as Terraform variables, defaulting to these values, so a team can set them in tfvars.',
    DOCS.tfvars,
  ),
} satisfies Record<string, FieldHelp>;

/** Texts of the schema's objects and of fields the form does not edit on their own. */
export const SCHEMA_HELP = {
  schemaVersion: help('Schema version', 'The version of the design format this file follows.'),
  network: help(
    'Network',
    'The VPC and subnets the caches run in: created by the bundle or existing.',
    DOCS.vpcs,
  ),
  clients: help('Client access', 'Who may connect: CIDR blocks and security groups.', DOCS.vpcs),
  notifications: help('Notifications', 'Where ElastiCache events and alarms go.', DOCS.sns),
  caches: help(
    'Caches',
    'The caches of the design: replication groups, Memcached clusters and serverless caches.',
  ),
  kind: help('Kind', 'replication-group (Valkey or Redis OSS), memcached or serverless.', DOCS.clusters),
  expectedUsage: help(
    'Expected usage',
    'The workload the cache is expected to carry; only the cost estimate uses it.',
    DOCS.pricing,
  ),
  parameterGroup: help(
    'Parameter group',
    'The engine settings: AWS’s default group or one the bundle creates.',
    DOCS.parameterGroups,
  ),
  atRest: help(
    'Encryption at rest',
    'Encryption of data on disk and in backups, and its KMS key.',
    DOCS.atRest,
  ),
  transit: help('Encryption in transit', 'TLS between clients and the cache.', DOCS.inTransit),
  auth: help('Access control', 'How clients authenticate: none, an AUTH token or RBAC users.', DOCS.auth),
  backups: help(
    'Backups',
    'Automatic snapshots, the final snapshot and the snapshot to start from.',
    DOCS.backups,
  ),
  snapshots: help('Snapshots', 'Automatic daily snapshots of a serverless cache.', DOCS.backups),
  maintenance: help(
    'Maintenance',
    'The weekly maintenance window and how version upgrades apply.',
    DOCS.maintenance,
  ),
  logs: help('Logs', 'Delivery of the slow log and the engine log.', DOCS.logs),
  alarms: help(
    'Alarms',
    'CloudWatch alarms on the cache’s metrics, sent to the design’s topic.',
    DOCS.whichMetrics,
  ),
  limits: help(
    'Usage limits',
    'The most (and least) data and ECPUs a serverless cache may use.',
    DOCS.serverless,
  ),
  overrides: help(
    'Overrides',
    'Per cache ID, the sizing and resilience fields this environment changes.',
    DOCS.tfvars,
  ),
} satisfies Record<string, FieldHelp>;
