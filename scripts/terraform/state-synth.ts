/**
 * The state an apply would leave, synthesized from a saved plan (`terraform show -json plan.bin`):
 * Terraform state format 4 with every planned value, and each value the plan left unknown (IDs,
 * ARNs, endpoints, member clusters…) filled by a deterministic mock, consistent with what AWS names
 * (a replication group's ID is its replication_group_id, its members `<id>-001`…, ARNs in account
 * 123456789012). An unknown that only copies another resource's attribute (`aws_x.y.id`) takes that
 * resource's mock, so references agree. Pure: no I/O; the Terraform runs live in baseline.ts.
 */

export const MOCK_ACCOUNT = '123456789012';

/** One `resource_changes[]` entry of Terraform's JSON plan. */
export interface ResourceChange {
  address: string;
  module_address?: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  index?: number | string;
  provider_name: string;
  action_reason?: string;
  change: {
    actions: string[];
    before: unknown;
    after: unknown;
    after_unknown: unknown;
    before_sensitive?: unknown;
    after_sensitive?: unknown;
    replace_paths?: (string | number)[][];
  };
}

interface Expression {
  constant_value?: unknown;
  references?: string[];
}

interface ConfigResource {
  address: string;
  mode: string;
  type: string;
  name: string;
  provider_config_key?: string;
  expressions?: Record<string, unknown>;
  depends_on?: string[];
}

export interface OutputChange {
  actions: string[];
  after?: unknown;
  after_unknown: unknown;
  after_sensitive?: unknown;
}

/** The parts of `terraform show -json` the synthesizer reads. */
export interface SavedPlan {
  variables?: Record<string, { value: unknown }>;
  resource_changes?: ResourceChange[];
  output_changes?: Record<string, OutputChange>;
  configuration: {
    provider_config?: Record<
      string,
      { name: string; alias?: string; expressions?: Record<string, Expression> }
    >;
    root_module: {
      resources?: ConfigResource[];
      outputs?: Record<string, { expression?: Expression; sensitive?: boolean }>;
    };
  };
}

/** cty type in Terraform's JSON encoding: `"string"`, `["list","string"]`, `["object",{…}]`, `"dynamic"`. */
export type CtyType = string | [string, unknown];

interface SchemaAttribute {
  type?: CtyType;
  nested_type?: { attributes: Record<string, SchemaAttribute>; nesting_mode: string };
}
export interface SchemaBlock {
  attributes?: Record<string, SchemaAttribute>;
  block_types?: Record<string, { nesting_mode: string; block: SchemaBlock }>;
}
export interface ResourceSchema {
  version: number;
  block: SchemaBlock;
}
/** `terraform providers schema -json` reduced to what the state needs: provider → resource type → schema. */
export type ProviderSchemas = Record<string, Record<string, ResourceSchema>>;

export interface StateInstance {
  schema_version: number;
  attributes: Record<string, unknown>;
  sensitive_attributes: PathStep[][];
  index_key?: number | string;
  dependencies?: string[];
  create_before_destroy?: boolean;
}
export interface StateResource {
  mode: 'managed';
  type: string;
  name: string;
  provider: string;
  instances: StateInstance[];
}
export interface TerraformState {
  version: 4;
  terraform_version: string;
  serial: number;
  lineage: string;
  outputs: Record<string, { value: unknown; type: unknown; sensitive?: boolean }>;
  resources: StateResource[];
  check_results: null;
}
export type PathStep =
  | { type: 'get_attr'; value: string }
  | { type: 'index'; value: { value: string | number; type: 'string' | 'number' } };

export interface SynthesisOptions {
  terraformVersion: string;
  lineage: string;
  serial: number;
  /**
   * The state the plan was made against. Its instances are kept where the plan changes nothing, and
   * for those it changes, the new after-values replace them (the next round of an apply).
   */
  prior?: TerraformState;
}

/** A FNV-1a based hex string of `length` digits: the same seed gives the same mock on every run. */
export function mockHex(seed: string, length: number): string {
  let out = '';
  for (let round = 0; out.length < length; round++) {
    let hash = 0x811c9dc5;
    for (const char of `${round}:${seed}`) {
      hash ^= char.charCodeAt(0);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    out += hash.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

const uuidOf = (seed: string) => {
  const hex = mockHex(seed, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** `us-east-1` → `use1`, as in ElastiCache endpoint host names. */
const regionCode = (region: string) => region.replace(/^(\w{2})-(\w)\w*-(\d)$/, '$1$2$3');

type Values = Record<string, unknown>;
const isRecord = (value: unknown): value is Values =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

interface MockContext {
  address: string;
  type: string;
  region: string;
  /** The instance's values, planned ones and mocks filled so far. */
  values: Values;
}

const arn = (service: string, region: string, resource: string) =>
  `arn:aws:${service}:${region}:${MOCK_ACCOUNT}:${resource}`;
const cacheHost = (context: MockContext, prefix: string) =>
  `${prefix}.${mockHex(context.address, 6)}.${regionCode(context.region)}.cache.amazonaws.com`;

/** A replication group's member clusters as AWS names them: `<id>-001`… or, sharded, `<id>-0001-001`…. */
export function memberClusters(values: Values): string[] {
  const id = text(values.replication_group_id) ?? '';
  const clusters = Number(values.num_cache_clusters);
  const shards = Number(values.num_node_groups);
  const replicas = Number(values.replicas_per_node_group);
  const sharded = values.cluster_mode === 'enabled' || (Number.isFinite(shards) && shards > 1);
  if (!sharded) {
    const count =
      Number.isFinite(clusters) && clusters > 0 ? clusters : (Number.isFinite(replicas) ? replicas : 0) + 1;
    return Array.from({ length: count }, (_, node) => `${id}-${String(node + 1).padStart(3, '0')}`);
  }
  const shardCount = Number.isFinite(shards) && shards > 0 ? shards : 1;
  const perShard = (Number.isFinite(replicas) ? replicas : 0) + 1;
  return Array.from({ length: shardCount }, (_, shard) =>
    Array.from(
      { length: perShard },
      (_, node) => `${id}-${String(shard + 1).padStart(4, '0')}-${String(node + 1).padStart(3, '0')}`,
    ),
  ).flat();
}

/** The AWS ID each resource type takes: a name the configuration gives, or a generated one. */
const ID_OF: Record<string, (context: MockContext) => string | undefined> = {
  aws_vpc: ({ address }) => `vpc-${mockHex(address, 17)}`,
  aws_subnet: ({ address }) => `subnet-${mockHex(address, 17)}`,
  aws_security_group: ({ address }) => `sg-${mockHex(address, 17)}`,
  aws_vpc_security_group_ingress_rule: ({ address }) => `sgr-${mockHex(address, 17)}`,
  aws_vpc_security_group_egress_rule: ({ address }) => `sgr-${mockHex(address, 17)}`,
  aws_kms_key: ({ address }) => uuidOf(address),
  aws_kms_alias: ({ values }) => text(values.name),
  aws_sns_topic: ({ values, region }) => arn('sns', region, text(values.name) ?? ''),
  aws_sns_topic_subscription: ({ values, address }) => `${text(values.topic_arn) ?? ''}:${uuidOf(address)}`,
  aws_cloudwatch_log_group: ({ values }) => text(values.name),
  aws_cloudwatch_log_metric_filter: ({ values }) => text(values.name),
  aws_cloudwatch_metric_alarm: ({ values }) => text(values.alarm_name),
  aws_elasticache_subnet_group: ({ values }) => text(values.name),
  aws_elasticache_parameter_group: ({ values }) => text(values.name),
  aws_elasticache_user: ({ values }) => text(values.user_id),
  aws_elasticache_user_group: ({ values }) => text(values.user_group_id),
  aws_elasticache_replication_group: ({ values }) => text(values.replication_group_id),
  aws_elasticache_cluster: ({ values }) => text(values.cluster_id),
  aws_elasticache_serverless_cache: ({ values }) => text(values.name),
  // AWS prefixes the suffix with a region code of its own, e.g. ldgnf-global.
  aws_elasticache_global_replication_group: ({ values }) =>
    `ldgnf-${text(values.global_replication_group_id_suffix) ?? ''}`,
  terraform_data: ({ address }) => uuidOf(address),
};

/** ARNs by resource type, from the (already mocked) ID. */
const ARN_OF: Record<string, (context: MockContext, id: string) => string> = {
  aws_vpc: ({ region }, id) => arn('ec2', region, `vpc/${id}`),
  aws_subnet: ({ region }, id) => arn('ec2', region, `subnet/${id}`),
  aws_security_group: ({ region }, id) => arn('ec2', region, `security-group/${id}`),
  aws_vpc_security_group_ingress_rule: ({ region }, id) => arn('ec2', region, `security-group-rule/${id}`),
  aws_vpc_security_group_egress_rule: ({ region }, id) => arn('ec2', region, `security-group-rule/${id}`),
  aws_kms_key: ({ region }, id) => arn('kms', region, `key/${id}`),
  aws_kms_alias: ({ region }, id) => arn('kms', region, id),
  aws_sns_topic: (_context, id) => id,
  aws_sns_topic_subscription: (_context, id) => id,
  aws_cloudwatch_log_group: ({ region }, id) => arn('logs', region, `log-group:${id}`),
  aws_cloudwatch_metric_alarm: ({ region }, id) => arn('cloudwatch', region, `alarm:${id}`),
  aws_elasticache_subnet_group: ({ region }, id) => arn('elasticache', region, `subnetgroup:${id}`),
  aws_elasticache_parameter_group: ({ region }, id) => arn('elasticache', region, `parametergroup:${id}`),
  aws_elasticache_user: ({ region }, id) => arn('elasticache', region, `user:${id}`),
  aws_elasticache_user_group: ({ region }, id) => arn('elasticache', region, `usergroup:${id}`),
  aws_elasticache_replication_group: ({ region }, id) => arn('elasticache', region, `replicationgroup:${id}`),
  aws_elasticache_cluster: ({ region }, id) => arn('elasticache', region, `cluster:${id}`),
  aws_elasticache_serverless_cache: ({ region }, id) => arn('elasticache', region, `serverlesscache:${id}`),
  aws_elasticache_global_replication_group: (_context, id) =>
    `arn:aws:elasticache::${MOCK_ACCOUNT}:globalreplicationgroup:${id}`,
};

const sharded = (values: Values) => values.cluster_mode === 'enabled' || Number(values.num_node_groups) > 1;

/** Mocks of named attributes, where the generic mock by type would not be what AWS reports. */
const NAMED_MOCKS: Record<string, (context: MockContext) => unknown> = {
  owner_id: () => MOCK_ACCOUNT,
  owner: () => MOCK_ACCOUNT,
  availability_zone_id: ({ values, region }) =>
    `${regionCode(region)}-az${((text(values.availability_zone) ?? 'a').slice(-1).charCodeAt(0) - 96) | 0}`,
  engine_version_actual: ({ values }) => {
    const version = text(values.engine_version) ?? '7.1';
    return /^\d+\.\d+$/.test(version) ? `${version}.0` : version.replace(/\.x$/, '.0.0');
  },
  member_clusters: ({ values }) => memberClusters(values),
  cluster_enabled: ({ values }) => sharded(values),
  primary_endpoint_address: (context) =>
    sharded(context.values)
      ? null
      : cacheHost(context, `master.${text(context.values.replication_group_id)}`),
  reader_endpoint_address: (context) =>
    sharded(context.values)
      ? null
      : cacheHost(context, `replica.${text(context.values.replication_group_id)}`),
  configuration_endpoint_address: (context) =>
    context.type === 'aws_elasticache_cluster'
      ? `${text(context.values.cluster_id)}.${mockHex(context.address, 6)}.cfg.${regionCode(context.region)}.cache.amazonaws.com`
      : sharded(context.values)
        ? cacheHost(context, `clustercfg.${text(context.values.replication_group_id)}`)
        : null,
  cluster_address: ({ values, address, region }) =>
    `${text(values.cluster_id)}.${mockHex(address, 6)}.cfg.${regionCode(region)}.cache.amazonaws.com`,
  num_node_groups: ({ values }) => (sharded(values) ? 1 : 1),
  replicas_per_node_group: ({ values }) =>
    Number.isFinite(Number(values.num_cache_clusters)) ? Number(values.num_cache_clusters) - 1 : 0,
  num_cache_clusters: ({ values }) =>
    Number(values.num_node_groups ?? 1) * (Number(values.replicas_per_node_group ?? 0) + 1),
  network_type: () => 'ipv4',
  ip_discovery: () => 'ipv4',
  data_tiering_enabled: () => false,
  global_replication_group_id: ({ type, values }) =>
    type === 'aws_elasticache_global_replication_group' ? ID_OF[type]!({ values } as MockContext) : null,
  primary_replication_group_id: () => null,
  key_id: ({ address }) => uuidOf(address),
  security_group_rule_id: ({ values }) => text(values.id),
  name: ({ type, values, address }) =>
    // name_prefix + the 26 characters terraform appends.
    `${text(values.name_prefix) ?? `${type}-`}${mockHex(address, 26)}`,
  target_key_arn: ({ region, address }) => arn('kms', region, `key/${uuidOf(address)}`),
  endpoint: (context) => [{ address: cacheHost(context, text(context.values.name) ?? ''), port: 6379 }],
  reader_endpoint: (context) => [
    { address: cacheHost(context, `${text(context.values.name) ?? ''}-ro`), port: 6379 },
  ],
  create_time: () => '2026-01-01T00:00:00Z',
  full_engine_version: ({ values }) => `${text(values.major_engine_version) ?? '8'}.0`,
  status: ({ type }) => (type === 'aws_elasticache_serverless_cache' ? 'available' : 'active'),
  output: ({ values }) => values.input ?? null,
};

/** The mock for a value of `type` that the plan left unknown, where no named mock applies. */
function mockOfType(type: CtyType | undefined, attribute: string, context: MockContext): unknown {
  if (type === 'bool') return false;
  if (type === 'number') return 0;
  if (type === 'string') {
    if (attribute === 'arn' || attribute.endsWith('_arn'))
      return arn(
        context.type.replace(/^aws_/, '').split('_')[0] ?? 'aws',
        context.region,
        `${attribute}/${mockHex(context.address, 8)}`,
      );
    if (attribute.endsWith('_id'))
      return `${attribute.replace(/_id$/, '')}-${mockHex(`${context.address}.${attribute}`, 17)}`;
    // Other computed strings stay empty: a made-up value could trip a provider check (an SNS topic
    // with a FIFO throughput scope must be a FIFO topic).
    return '';
  }
  if (Array.isArray(type) && (type[0] === 'list' || type[0] === 'set' || type[0] === 'tuple')) return [];
  if (Array.isArray(type) && (type[0] === 'map' || type[0] === 'object'))
    return type[0] === 'map' ? {} : null;
  return null;
}

/** A dotted reference such as `aws_x.y.attr`, `aws_x.y[0].attr` or `aws_x.y["k"].attr`. */
const REFERENCE = /^((?:data\.)?[a-z0-9_]+\.[a-zA-Z0-9_-]+)(?:\[("[^"]*"|\d+)\])?\.([a-zA-Z0-9_]+)$/;

interface InstanceRecord {
  change: ResourceChange;
  config?: ConfigResource;
  region: string;
  values?: Values;
  resolving?: boolean;
}

/** Builds the state that applying `plan` would leave (see the module comment). */
export function synthesizeState(
  plan: SavedPlan,
  schemas: ProviderSchemas,
  options: SynthesisOptions,
): TerraformState {
  const configs = new Map(
    (plan.configuration.root_module.resources ?? []).map((config) => [config.address, config]),
  );
  const records = new Map<string, InstanceRecord>();
  const managed = (plan.resource_changes ?? []).filter(
    (change) => change.mode === 'managed' && !change.module_address,
  );
  const priorInstances = indexPrior(options.prior);
  for (const change of managed) {
    const config = configs.get(resourceAddress(change));
    records.set(change.address, { change, config, region: regionOf(plan, config) });
  }

  const schemaOf = (change: ResourceChange) => schemas[change.provider_name]?.[change.type];

  /** The instance's state values: prior values when nothing changes, planned ones with unknowns mocked otherwise. */
  const resolve = (address: string): Values | undefined => {
    const record = records.get(address);
    if (!record) return undefined;
    if (record.values) return record.values;
    if (record.resolving) return undefined;
    record.resolving = true;
    const { change } = record;
    const prior = priorInstances.get(address)?.attributes;
    if (change.change.actions.includes('delete') && !change.change.actions.includes('create')) {
      record.values = undefined;
    } else if (change.change.actions.every((action) => action === 'no-op' || action === 'read') && prior) {
      record.values = prior;
    } else {
      const after = structuredClone((change.change.after ?? {}) as Values);
      const context: MockContext = { address, type: change.type, region: record.region, values: after };
      fillUnknowns(
        after,
        change.change.after_unknown,
        schemaOf(change)?.block,
        context,
        record.config,
        resolveReference,
      );
      record.values = after;
    }
    record.resolving = false;
    return record.values;
  };

  /** The value of `aws_x.y.attr` (or `aws_x.y[key].attr`) once that instance is resolved. */
  const resolveReference: ReferenceResolver = {
    attribute: (reference) => {
      const match = REFERENCE.exec(reference);
      if (!match) return undefined;
      const [, resource, key, attribute] = match;
      const address = key === undefined ? resource! : `${resource}[${key}]`;
      return resolve(address)?.[attribute!];
    },
    instances: (resource) => {
      const addresses = managed
        .filter((change) => resourceAddress(change) === resource && typeof change.index === 'number')
        .sort((a, b) => Number(a.index) - Number(b.index))
        .map((change) => change.address);
      const values = addresses.map(resolve);
      return values.every((value) => value !== undefined) ? (values as Values[]) : undefined;
    },
  };

  const resources = new Map<string, StateResource>();
  for (const change of managed) {
    const values = resolve(change.address);
    if (!values) continue;
    const record = records.get(change.address)!;
    const key = resourceAddress(change);
    const resource = resources.get(key) ?? {
      mode: 'managed' as const,
      type: change.type,
      name: change.name,
      provider: providerAddress(change.provider_name, record.config?.provider_config_key),
      instances: [],
    };
    resources.set(key, resource);
    const schema = schemaOf(change);
    const dependencies = dependenciesOf(record.config);
    resource.instances.push({
      schema_version: schema?.version ?? 0,
      attributes: encodeDynamic(values, schema?.block),
      sensitive_attributes: sensitivePaths(change.change.after_sensitive, schema?.block),
      ...(change.index === undefined ? {} : { index_key: change.index }),
      ...(dependencies.length ? { dependencies } : {}),
    });
  }

  return {
    version: 4,
    terraform_version: options.terraformVersion,
    serial: options.serial,
    lineage: options.lineage,
    outputs: synthesizeOutputs(plan, options.prior, resolveReference, schemas),
    resources: [...resources.values()],
    check_results: null,
  };
}

function indexPrior(prior: TerraformState | undefined): Map<string, StateInstance> {
  const byAddress = new Map<string, StateInstance>();
  for (const resource of prior?.resources ?? []) {
    for (const instance of resource.instances) {
      const key =
        instance.index_key === undefined
          ? ''
          : typeof instance.index_key === 'number'
            ? `[${instance.index_key}]`
            : `[${JSON.stringify(instance.index_key)}]`;
      byAddress.set(`${resource.type}.${resource.name}${key}`, {
        ...instance,
        attributes: decodeDynamic(instance.attributes),
      });
    }
  }
  return byAddress;
}

/** `aws_x.y["k"]` → `aws_x.y`. */
const resourceAddress = (change: ResourceChange) => `${change.type}.${change.name}`;

function providerAddress(providerName: string, configKey: string | undefined): string {
  const alias = configKey?.includes('.') ? configKey.slice(configKey.indexOf('.') + 1) : undefined;
  return `provider["${providerName}"]${alias ? `.${alias}` : ''}`;
}

function regionOf(plan: SavedPlan, config: ConfigResource | undefined): string {
  const provider = plan.configuration.provider_config?.[config?.provider_config_key ?? 'aws'];
  const region = provider?.expressions?.region;
  const fromVariable = region?.references?.[0]?.replace(/^var\./, '');
  const value = region?.constant_value ?? (fromVariable ? plan.variables?.[fromVariable]?.value : undefined);
  return typeof value === 'string' ? value : 'us-east-1';
}

/** Resources the configuration refers to (`aws_x.y`), as Terraform records them in `dependencies`. */
function dependenciesOf(config: ConfigResource | undefined): string[] {
  if (!config) return [];
  const found = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (isRecord(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'references' && Array.isArray(value)) {
          for (const reference of value) {
            const match = /^((?:data\.)?(?:aws|terraform)_[a-z0-9_]+\.[a-zA-Z0-9_-]+)/.exec(
              String(reference),
            );
            if (match && match[1] !== config.address) found.add(match[1]!);
          }
        } else walk(value);
      }
    }
  };
  walk(config.expressions);
  for (const dependency of config.depends_on ?? []) found.add(dependency);
  return [...found].sort();
}

interface ReferenceResolver {
  /** The value of `aws_x.y.attr` or `aws_x.y[key].attr`. */
  attribute: (reference: string) => unknown;
  /** The values of every instance of `aws_x.y`, in index order. */
  instances: (resource: string) => Values[] | undefined;
}

/**
 * Replaces every unknown of `values` (an `after`) by a mock, walking `unknown` (its `after_unknown`).
 * An unknown top-level attribute whose expression refers to one attribute of another resource takes
 * that attribute's value (for a list or set: one element per such reference).
 */
function fillUnknowns(
  values: Values,
  unknown: unknown,
  block: SchemaBlock | undefined,
  context: MockContext,
  config: ConfigResource | undefined,
  resolveReference: ReferenceResolver | undefined,
): void {
  if (!isRecord(unknown)) return;
  // Identity first: other mocks (ARNs, endpoints) are built from it.
  const order = Object.keys(unknown).sort((a, b) => Number(b === 'id') - Number(a === 'id'));
  for (const attribute of order) {
    const marker = unknown[attribute];
    const attributeSchema = block?.attributes?.[attribute];
    const nestedBlock = block?.block_types?.[attribute]?.block;
    if (marker === true) {
      const referenced =
        resolveReference &&
        referencedValue(config?.expressions?.[attribute], attributeSchema?.type, resolveReference);
      values[attribute] =
        referenced !== undefined
          ? referenced
          : nestedBlock
            ? []
            : mockOf(attribute, attributeSchema?.type, context);
    } else if (Array.isArray(marker) && Array.isArray(values[attribute])) {
      const items = values[attribute] as unknown[];
      marker.forEach((itemMarker, index) => {
        if (itemMarker === true)
          items[index] = mockOfType(elementType(attributeSchema?.type), attribute, context);
        else if (isRecord(items[index]))
          fillUnknowns(
            items[index] as Values,
            itemMarker,
            nestedBlock ?? objectBlock(elementType(attributeSchema?.type)),
            { ...context, values: items[index] as Values },
            undefined,
            undefined,
          );
      });
    } else if (isRecord(marker) && isRecord(values[attribute])) {
      fillUnknowns(
        values[attribute] as Values,
        marker,
        objectBlock(attributeSchema?.type),
        context,
        undefined,
        undefined,
      );
    }
  }
}

function mockOf(attribute: string, type: CtyType | undefined, context: MockContext): unknown {
  if (attribute === 'id') {
    const id = ID_OF[context.type]?.(context);
    if (id !== undefined) return id;
  }
  if (attribute === 'arn') {
    const id = text(context.values.id) ?? ID_OF[context.type]?.(context);
    const build = ARN_OF[context.type];
    if (build && id !== undefined) return build(context, id);
  }
  const named = NAMED_MOCKS[attribute];
  if (named) return named(context);
  return mockOfType(type, attribute, context);
}

function referencedValue(
  expression: unknown,
  type: CtyType | undefined,
  resolver: ReferenceResolver,
): unknown {
  if (!isRecord(expression)) return undefined;
  const references = ((expression as Expression).references ?? []).filter(
    (reference) => !/^(var|local|each|count|path|terraform)\./.test(reference),
  );
  // Terraform lists each traversal, then its prefixes: the longest ones are what the expression reads.
  const traversals = references.filter(
    (reference) => !references.some((other) => other !== reference && other.startsWith(reference)),
  );
  if (traversals.length === 0) return undefined;
  const isCollection = Array.isArray(type) && (type[0] === 'list' || type[0] === 'set');
  // `aws_x.y[*].id` lists only `aws_x.y`: the IDs of its instances, in order.
  if (isCollection && traversals.length === 1 && !REFERENCE.test(traversals[0]!)) {
    const ids = resolver.instances(traversals[0]!)?.map((values) => values.id);
    return ids?.length && ids.every((id) => typeof id === 'string') ? ids : undefined;
  }
  if (!traversals.every((reference) => REFERENCE.test(reference))) return undefined;
  const resolved = traversals.map(resolver.attribute);
  if (resolved.some((value) => value === undefined || value === null)) return undefined;
  if (isCollection) return resolved;
  return traversals.length === 1 ? resolved[0] : undefined;
}

const elementType = (type: CtyType | undefined): CtyType | undefined =>
  Array.isArray(type) ? (type[1] as CtyType) : undefined;

function objectBlock(type: CtyType | undefined): SchemaBlock | undefined {
  if (!Array.isArray(type) || type[0] !== 'object' || !isRecord(type[1])) return undefined;
  return {
    attributes: Object.fromEntries(
      Object.entries(type[1]).map(([name, attributeType]) => [name, { type: attributeType as CtyType }]),
    ),
  };
}

/** The cty type Terraform infers for a JSON value (objects and tuples, as a literal gives). */
export function ctyTypeOf(value: unknown): unknown {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'bool';
  if (Array.isArray(value)) return ['tuple', value.map(ctyTypeOf)];
  if (isRecord(value))
    return ['object', Object.fromEntries(Object.entries(value).map(([key, item]) => [key, ctyTypeOf(item)]))];
  return 'dynamic';
}

/** State keeps a dynamically typed attribute as `{ value, type }`. */
function encodeDynamic(values: Values, block: SchemaBlock | undefined): Values {
  const encoded: Values = { ...values };
  for (const [name, attribute] of Object.entries(block?.attributes ?? {})) {
    if (attribute.type === 'dynamic' && encoded[name] !== undefined && encoded[name] !== null)
      encoded[name] = { value: encoded[name], type: ctyTypeOf(encoded[name]) };
  }
  return encoded;
}

function decodeDynamic(values: Values): Values {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) =>
      isRecord(value) && 'value' in value && 'type' in value && Object.keys(value).length === 2
        ? [name, value.value]
        : [name, value],
    ),
  );
}

/** `after_sensitive` (true where sensitive, mirroring the value's shape) as state paths. */
export function sensitivePaths(
  marks: unknown,
  block: SchemaBlock | undefined,
  prefix: PathStep[] = [],
): PathStep[][] {
  if (marks === true) return [prefix];
  const paths: PathStep[][] = [];
  if (Array.isArray(marks)) {
    marks.forEach((mark, index) =>
      paths.push(
        ...sensitivePaths(mark, block, [
          ...prefix,
          { type: 'index', value: { value: index, type: 'number' } },
        ]),
      ),
    );
  } else if (isRecord(marks)) {
    for (const [key, mark] of Object.entries(marks)) {
      const attributeType = block?.attributes?.[key]?.type;
      const isMapKey = block === undefined && prefix.length > 0;
      const step: PathStep = isMapKey
        ? { type: 'index', value: { value: key, type: 'string' } }
        : { type: 'get_attr', value: key };
      const nested =
        block?.block_types?.[key]?.block ??
        (Array.isArray(attributeType) && attributeType[0] === 'map' ? undefined : objectBlock(attributeType));
      paths.push(...sensitivePaths(mark, nested, [...prefix, step]));
    }
  }
  return paths;
}

/**
 * The declared type of what an output reads, where it reads one resource attribute (`aws_x.y.attr`):
 * a set attribute's value in state must say `set`, or Terraform plans the output as changed.
 */
function referencedAttributeType(
  references: readonly string[],
  schemas: ProviderSchemas,
): CtyType | undefined {
  const [type, , attribute] = references[0]?.split('.') ?? [];
  if (!type || !attribute || references.some((reference) => !references[0]!.startsWith(reference)))
    return undefined;
  for (const provider of Object.values(schemas)) {
    const found = provider[type]?.block.attributes?.[attribute]?.type;
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The type of `{ for key, item in aws_x.y : key => item.attr }` (an output by service): each entry
 * that equals a set or list attribute of the instance of its key takes that attribute's type.
 */
function perInstanceType(
  references: readonly string[],
  value: unknown,
  resolveReference: ReferenceResolver,
  schemas: ProviderSchemas,
): CtyType | undefined {
  const resource = references[0]?.split('.').slice(0, 2).join('.');
  if (!resource || !isRecord(value) || references.some((reference) => !reference.startsWith(resource)))
    return undefined;
  const type = resource.split('.')[0]!;
  const attributes =
    Object.values(schemas).find((provider) => provider[type])?.[type]?.block.attributes ?? {};
  const sameItems = (a: unknown, b: unknown) =>
    Array.isArray(a) && Array.isArray(b) && JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  const typeOf = (key: string, item: unknown) => {
    for (const [name, attribute] of Object.entries(attributes)) {
      const collection =
        Array.isArray(attribute.type) && ['set', 'list'].includes(attribute.type[0] as string);
      if (
        collection &&
        sameItems(resolveReference.attribute(`${resource}[${JSON.stringify(key)}].${name}`), item)
      )
        return attribute.type;
    }
    return ctyTypeOf(item);
  };
  return ['object', Object.fromEntries(Object.entries(value).map(([key, item]) => [key, typeOf(key, item)]))];
}

function synthesizeOutputs(
  plan: SavedPlan,
  prior: TerraformState | undefined,
  resolveReference: ReferenceResolver,
  schemas: ProviderSchemas,
): TerraformState['outputs'] {
  const outputs: TerraformState['outputs'] = {};
  const configs = plan.configuration.root_module.outputs ?? {};
  for (const [name, change] of Object.entries(plan.output_changes ?? {})) {
    if (change.actions.includes('delete')) continue;
    let value = change.after;
    if (change.after_unknown === true) {
      const references = configs[name]?.expression?.references ?? [];
      value = references.length ? resolveReference.attribute(references[0]!) : undefined;
      value ??= prior?.outputs[name]?.value;
      if (value === undefined) continue;
    } else if (change.after_unknown !== false) {
      // Partly unknown: left to the next round, where the resources it reads are known.
      value = prior?.outputs[name]?.value;
      if (value === undefined) continue;
    }
    const sensitive = change.after_sensitive === true || configs[name]?.sensitive === true;
    const declared = referencedAttributeType(configs[name]?.expression?.references ?? [], schemas);
    // Only a collection read as it is: an expression around a scalar attribute may change its type.
    const collection =
      Array.isArray(declared) && (declared[0] === 'set' || declared[0] === 'list') && Array.isArray(value);
    const type = collection
      ? declared
      : (perInstanceType(configs[name]?.expression?.references ?? [], value, resolveReference, schemas) ??
        ctyTypeOf(value));
    outputs[name] = { value, type, ...(sensitive ? { sensitive: true } : {}) };
  }
  return outputs;
}
