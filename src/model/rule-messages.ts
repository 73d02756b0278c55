/**
 * The messages of the rules a user can also break by editing a tfvars value. The app's rules and the
 * bundle's guards (variable validations and preconditions in src/generate/guards.ts) both build their
 * text here, so the two cannot drift. A message that names a value takes it as a string: the app
 * passes the value, the bundle an HCL interpolation of its variable.
 */

/** A whole-number limit of a sizing field, in the schema (the form) and in variables.tf. */
export const rangeMessage = (min: number, max: number) => `Must be between ${min} and ${max}.`;

/** The length limit of free text, such as a tag key or value. */
export const atMostCharacters = (max: number) => `At most ${max} characters`;

export const RULE_MESSAGES = {
  reservedTagKey: 'Tag keys starting with "aws:" are reserved',
  tooManyTags: 'AWS allows at most 50 tags per resource',
  preferredAzCount: (nodes: string, listed: number) =>
    `List one Availability Zone per node (${nodes}), not ${listed}.`,
  slugCharacters: 'Lowercase letters, digits and hyphens, starting with a letter',
  slugHyphens: 'No "--" and no trailing hyphen',
  nodeTypeUnknown: (nodeType: string) => `${nodeType} is not an ElastiCache node type.`,
  nodeTypeEngine: (nodeType: string, engine: string) => `${nodeType} does not run ${engine}.`,
  nodeTypeRetired: (family: string) =>
    `New clusters can no longer be created on ${family.toUpperCase()} nodes.`,
  gravitonVersion: (nodeType: string, engine: string, minimum: string) =>
    `${nodeType} needs ${engine} ${minimum} or later.`,
  multiAzNeedsFailover: 'Multi-AZ needs automatic failover: turn it on, or turn Multi-AZ off.',
  failoverNeedsReplica:
    'Automatic failover needs at least one replica to promote: add a replica or turn failover off.',
  multiAzNeedsReplica: 'Multi-AZ needs at least one replica per shard.',
  clusterModeNeedsFailover: 'Cluster mode needs automatic failover turned on.',
  clusterNodeQuota: (nodes: string, limit: number) =>
    `${nodes} nodes exceed the ${limit}-node limit of one cluster.`,
  crossAzNodes: 'Cross-AZ placement needs at least 2 nodes.',
  dataTieringNeedsTieredNode: 'Data tiering needs an r6gd node type.',
  tieredNodeNeedsDataTiering: 'r6gd nodes always tier data to SSD: data tiering must be on.',
  limitsOrder: (what: string, low: string, high: string) =>
    `Minimum ${what} (${low}) must not exceed the maximum (${high}).`,
  globalNodeType: 'A global datastore needs M5, M6g, M7g, R5, R6g, R6gd, R7g or C7gn nodes (no T-class).',
  globalSecondaryReplica: (region: string) =>
    `With automatic failover the ${region} secondary needs at least one replica.`,
  regionWithoutGlobalDatastores: (region: string) => `${region} does not host global datastores.`,
  idLength: (id: string, length: string, limit: number, hint: string) =>
    `The AWS ID "${id}" is ${length} characters long; at most ${limit} are allowed. ${hint}`,
  serverlessNameLength: (id: string, length: string, limit: number) =>
    `The serverless cache name "${id}" is ${length} characters long; at most ${limit} are allowed.`,
  vpcIdMissing: 'Enter the ID of the existing VPC the caches go in (vpc-…).',
  subnetIdsMissing: 'Enter at least one subnet ID of the existing VPC, ideally one per Availability Zone.',
  exampleId: (id: string) => `${id} is an example ID, not a real one: enter the ID from your AWS account.`,
  secondaryNetworkIds: (region: string) =>
    `The example tfvars hold example VPC and subnet IDs for ${region}: set that region’s vpc_id and subnet_ids variables to real IDs before you apply.`,
  /** The hint of an ID that is too long: which of its parts the user can shorten. */
  shortenHint: (environments: boolean, instances: boolean) =>
    `Shorten the cache ID${environments ? ', environment names' : ''}${instances ? ' or instance names' : ''}.`,
} as const;
