/**
 * A deployment Terraform knows (plan or state) → a design input. The generator's naming is read
 * backwards: resource names are snake-cased cache IDs, AWS IDs carry the environment and instance
 * prefixes, and each sizing value is also a variable. Scalar attributes map through the tables in
 * `terraform-mapping.ts`; this file handles what needs logic (IDs, tags, references, blocks, alarms).
 */
import { REGIONS, parameterFamily, type Engine } from '@/model/catalog';
import type { DeployedResource, Deployment } from './terraform-json';
import { RESOURCE_MAPPINGS, SECRET_ATTRIBUTES, isEmptyValue } from './terraform-mapping';
import type { ImportReport } from './import-report';
import { isObject, setPath, type Json } from './json';

const snake = (id: string) => id.replace(/-/g, '_');
const naturalOrder = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/** The addresses an expression of the configuration refers to (none for a literal). */
const referencesOf = (expression: unknown): string[] =>
  isObject(expression) && Array.isArray(expression.references) ? (expression.references as string[]) : [];

class DeploymentReader {
  private readonly byType = new Map<string, DeployedResource[]>();
  /** `type.name.attribute` of every attribute the import used or knows to be derived. */
  private readonly consumed = new Set<string>();
  readonly environment: string | undefined;

  constructor(
    readonly deployment: Deployment,
    readonly report: ImportReport,
  ) {
    for (const resource of deployment.resources) {
      const list = this.byType.get(resource.type) ?? [];
      list.push(resource);
      this.byType.set(resource.type, list);
    }
    const environment = deployment.variables?.environment;
    this.environment = typeof environment === 'string' ? environment : undefined;
  }

  all(type: string): DeployedResource[] {
    return this.byType.get(type) ?? [];
  }

  /** The instances of one resource block, in key order. */
  instances(type: string, name: string): DeployedResource[] {
    return this.all(type).filter((resource) => resource.name === name);
  }

  first(type: string, name: string): DeployedResource | undefined {
    return this.instances(type, name)[0];
  }

  /** Whether the block exists in the configuration (a plan), or has an instance (a state). */
  declared(type: string, name: string): boolean {
    return this.deployment.expressions?.has(`${type}.${name}`) ?? this.first(type, name) !== undefined;
  }

  variable(name: string): unknown {
    return this.deployment.variables?.[name];
  }

  hasVariable(name: string): boolean | undefined {
    return this.deployment.declaredVariables?.has(name);
  }

  /** An attribute's value; marks it used. */
  value(resource: DeployedResource, attribute: string): unknown {
    this.consumed.add(`${resource.type}.${resource.name}.${attribute}`);
    return resource.values[attribute];
  }

  /** Set to something: a value, or one that a plan will know only after apply. */
  isSet(resource: DeployedResource, attribute: string): boolean {
    return !isEmptyValue(this.value(resource, attribute)) || resource.unknown.has(attribute);
  }

  /** The configuration's expression of an attribute (plans only). */
  expression(type: string, name: string, attribute: string): unknown {
    return this.deployment.expressions?.get(`${type}.${name}`)?.[attribute];
  }

  references(type: string, name: string, attribute: string): string[] {
    return referencesOf(this.expression(type, name, attribute));
  }

  /** `prod-orders` → `orders` when the plan was made for the prod environment. */
  withoutEnvironment(id: string): string {
    return this.environment && id.startsWith(`${this.environment}-`)
      ? id.slice(this.environment.length + 1)
      : id;
  }

  /** Applies a resource type's field table to one resource. */
  mapFields(resource: DeployedResource, target: Json, fieldPrefix: string): void {
    const mapping = RESOURCE_MAPPINGS[resource.type];
    if (!mapping) return;
    for (const [attribute, { field, convert }] of Object.entries(mapping.fields)) {
      const value = this.value(resource, attribute);
      if (value === null || value === undefined) continue;
      setPath(target, field, convert ? convert(value) : value);
      this.report.mapped.push({
        field: `${fieldPrefix}.${field}`,
        from: `${resource.type}.${resource.name}.${attribute}`,
      });
    }
  }

  mapped(field: string, from: string): void {
    this.report.mapped.push({ field, from });
  }

  /** Whether `attribute` points at `target`: by reference (a configuration) or by equal value (a state). */
  pointsAt(resource: DeployedResource, attribute: string, target: DeployedResource, targetAttribute: string) {
    const value = resource.values[attribute];
    return (
      this.references(resource.type, resource.name, attribute).some((ref) => {
        const [type, name] = ref.split('.');
        return type === target.type && name?.replace(/\[.*$/, '') === target.name;
      }) ||
      (!isEmptyValue(value) && value === target.values[targetAttribute])
    );
  }

  /** A reference the import followed to a design field (HCL): mapped, no longer unresolved. */
  followed(field: string, resource: DeployedResource, attribute: string): void {
    const from = `${resource.address}.${attribute}`;
    const unresolved = this.report.unresolved.findIndex((entry) => entry.attribute === from);
    if (unresolved >= 0) this.report.unresolved.splice(unresolved, 1);
    this.mapped(field, from);
  }

  /** Everything with a value that no table or rule took: named in the report, never silently lost. */
  reportDropped(): void {
    const seenBlocks = new Set<string>();
    for (const resource of this.deployment.resources) {
      const mapping = RESOURCE_MAPPINGS[resource.type];
      const block = `${resource.type}.${resource.name}`;
      if (!mapping) {
        if (!seenBlocks.has(block))
          this.report.dropped.push({ attribute: block, reason: 'a resource type the design does not hold' });
        seenBlocks.add(block);
        continue;
      }
      for (const [attribute, value] of Object.entries(resource.values)) {
        const secret = SECRET_ATTRIBUTES[attribute];
        if (secret && !isEmptyValue(value)) {
          if (!seenBlocks.has(`${block}.${attribute}`))
            this.report.dropped.push({ attribute: `${block}.${attribute}`, reason: secret });
          seenBlocks.add(`${block}.${attribute}`);
          continue;
        }
        if (
          isEmptyValue(value) ||
          mapping.derived.includes(attribute) ||
          attribute in mapping.fields ||
          mapping.read.includes(attribute) ||
          seenBlocks.has(`${block}.${attribute}`)
        )
          continue;
        seenBlocks.add(`${block}.${attribute}`);
        this.report.dropped.push({
          attribute: `${block}.${attribute}`,
          reason: `the design does not hold it (value ${JSON.stringify(value).slice(0, 60)})`,
        });
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Shared pieces of the caches
// ---------------------------------------------------------------------------------------------

/** The for_each keys of a stamped cache, in the order of its instances variable when a plan has it. */
function instanceKeys(reader: DeploymentReader, resources: DeployedResource[], name: string): string[] {
  const keys = resources.flatMap((resource) => (typeof resource.key === 'string' ? [resource.key] : []));
  if (keys.length === 0) return [];
  const declared = reader.variable(`${name}_instances`);
  return Array.isArray(declared) ? declared.map(String) : keys.sort(naturalOrder);
}

/** The cache's ID from an AWS ID, without the environment and instance prefixes. */
function cacheIdFrom(reader: DeploymentReader, awsId: string, instance: string | number | undefined): string {
  const id = reader.withoutEnvironment(awsId);
  return typeof instance === 'string' && id.startsWith(`${instance}-`) ? id.slice(instance.length + 1) : id;
}

/** The cache's own tags: its Name unless the bundle derived it from the AWS ID, and the instance tag key. */
function cacheTags(
  reader: DeploymentReader,
  resources: DeployedResource[],
  awsIdAttribute: string,
  target: Json,
  prefix: string,
) {
  const first = resources[0]!;
  const tags = { ...((reader.value(first, 'tags') as Record<string, string> | null) ?? {}) };
  if (tags.Name === first.values[awsIdAttribute]) delete tags.Name;
  const keyed = resources.filter((resource) => typeof resource.key === 'string');
  if (keyed.length) {
    const instanceKey = Object.keys(tags).find((key) =>
      keyed.every((resource) => (resource.values.tags as Record<string, string>)?.[key] === resource.key),
    );
    if (instanceKey) {
      delete tags[instanceKey];
      target.instanceTagKey = instanceKey;
      reader.mapped(`${prefix}.instanceTagKey`, `${first.type}.${first.name}.tags`);
    }
  }
  target.tags = tags;
  reader.mapped(`${prefix}.tags`, `${first.type}.${first.name}.tags`);
}

/** Parameter group: AWS's default, or the created one with its name base and parameters (in source order). */
function parameterGroup(
  reader: DeploymentReader,
  resource: DeployedResource,
  target: Json,
  prefix: string,
  engine: Engine,
  clustered: boolean,
) {
  const name = String(reader.value(resource, 'parameter_group_name') ?? '');
  const created = reader.first('aws_elasticache_parameter_group', resource.name);
  if (!created) {
    if (name && !name.startsWith('default.'))
      reader.report.dropped.push({
        attribute: `${resource.type}.${resource.name}.parameter_group_name`,
        reason: `names the parameter group "${name}", which this deployment does not define: the design uses AWS's default group`,
      });
    target.parameterGroup = { mode: 'default' };
    reader.mapped(`${prefix}.parameterGroup.mode`, `${resource.type}.${resource.name}.parameter_group_name`);
    return;
  }
  const family = parameterFamily(engine, String(target.engineVersion ?? '')) ?? String(created.values.family);
  const groupName = reader.withoutEnvironment(String(reader.value(created, 'name')));
  const suffix = `-${family.replace(/\./g, '')}`;
  const base = groupName.endsWith(suffix) ? groupName.slice(0, -suffix.length) : groupName;
  const cacheId = String(target.id);
  const fromValues = ((reader.value(created, 'parameter') as Json[] | null) ?? []).map((parameter) => ({
    name: String(parameter.name),
    value: String(parameter.value),
  }));
  // The configuration keeps the blocks in source order; a state only has them as a set.
  const configured = reader.expression('aws_elasticache_parameter_group', resource.name, 'parameter');
  const ordered = Array.isArray(configured)
    ? configured.map((parameter: Json) => ({
        name: String((parameter.name as Json)?.constant_value),
        value: String((parameter.value as Json)?.constant_value),
      }))
    : fromValues.sort((a, b) => a.name.localeCompare(b.name));
  // The bundle adds cluster-enabled = yes itself, last, when cluster mode needs it.
  const last = ordered.at(-1);
  const parameters =
    clustered && last?.name === 'cluster-enabled' && last.value === 'yes' ? ordered.slice(0, -1) : ordered;
  target.parameterGroup = {
    mode: 'custom',
    parameters,
    ...(base !== `${cacheId}-params` ? { name: base } : {}),
  };
  reader.mapped(`${prefix}.parameterGroup`, `aws_elasticache_parameter_group.${resource.name}`);
}

/** A KMS key: the bundle's own (a reference, or the created key's ARN in a state) or an existing ARN. */
function kmsKey(reader: DeploymentReader, resource: DeployedResource): Json | undefined {
  if (!reader.isSet(resource, 'kms_key_id')) return undefined;
  const value = resource.values.kms_key_id;
  const createdArns = reader.all('aws_kms_key').map((key) => key.values.arn);
  const created =
    resource.unknown.has('kms_key_id') ||
    reader
      .references(resource.type, resource.name, 'kms_key_id')
      .some((ref) => ref.startsWith('aws_kms_key.')) ||
    createdArns.includes(value);
  return created ? { mode: 'create' } : { mode: 'existing', keyArn: String(value) };
}

const AUTHENTICATION_MODES: Record<string, string> = {
  password: 'password',
  iam: 'iam',
  'no-password-required': 'none',
};

/**
 * The security groups' name prefix: the shared group's, or when every cache is stamped for services,
 * a service group's (`<prefix><service>-`, one group per service).
 */
function securityGroupPrefix(reader: DeploymentReader): { value: string; from: string } | undefined {
  const shared = reader.first('aws_security_group', 'cache');
  if (shared)
    return {
      value: String(reader.value(shared, 'name_prefix')),
      from: 'aws_security_group.cache.name_prefix',
    };
  const service = reader
    .all('aws_security_group')
    .find(
      (group) => typeof group.key === 'string' && String(group.values.name_prefix).endsWith(`${group.key}-`),
    );
  if (!service) return undefined;
  const value = String(reader.value(service, 'name_prefix'));
  return { value: value.slice(0, -`${service.key}-`.length), from: `${service.address}.name_prefix` };
}

/** The RBAC users of a cache's user group, in the order the group lists them. */
function rbacUsers(reader: DeploymentReader, name: string): Json[] {
  const group = reader.first('aws_elasticache_user_group', name);
  if (!group) return [];
  const memberIds = ((reader.value(group, 'user_ids') as string[] | null) ?? []).map(String);
  const users = reader
    .all('aws_elasticache_user')
    .filter((user) => memberIds.includes(String(user.values.user_id)));
  // `aws_elasticache_user.<name>.user_id`, or for a stamped cache's per-service users only
  // `aws_elasticache_user.<name>` (Terraform lists no attribute after an `[each.key]`).
  const sourceOrder = [
    ...new Set(
      reader
        .references('aws_elasticache_user_group', name, 'user_ids')
        .filter((ref) => ref.startsWith('aws_elasticache_user.'))
        .map((ref) => ref.split('.')[1]!),
    ),
  ];
  const rank = (user: DeployedResource) => {
    const index = sourceOrder.indexOf(user.name);
    return index >= 0 ? index : sourceOrder.length + memberIds.indexOf(String(user.values.user_id));
  };
  return users
    .sort((a, b) => rank(a) - rank(b))
    .map((user) => {
      const mode = (reader.value(user, 'authentication_mode') as Json[] | null)?.[0];
      reader.value(user, 'passwords');
      const userId = user.name.startsWith(`${name}_`)
        ? user.name.slice(name.length + 1).replace(/_/g, '-')
        : reader.withoutEnvironment(String(user.values.user_id));
      return {
        userId,
        userName: String(reader.value(user, 'user_name')),
        accessString: String(reader.value(user, 'access_string')),
        authentication: AUTHENTICATION_MODES[String(mode?.type ?? 'password')] ?? 'password',
      };
    });
}

/** Alarm settings from the alarm resources of a cache (`<name>_<alarm>`). */
function alarms(
  reader: DeploymentReader,
  name: string,
  thresholds: Record<string, string>,
  enabledBy: string,
): Json {
  const alarmOf = (alarm: string) => reader.first('aws_cloudwatch_metric_alarm', `${name}_${alarm}`);
  if (!reader.declared('aws_cloudwatch_metric_alarm', `${name}_${enabledBy}`)) return { enabled: false };
  const result: Json = { enabled: true };
  for (const [alarm, field] of Object.entries(thresholds)) {
    const declared = reader.declared('aws_cloudwatch_metric_alarm', `${name}_${alarm}`);
    const fromVariable = reader.variable(`${name}_${alarm}_threshold`);
    const instance = alarmOf(alarm);
    result[field] = !declared
      ? 0
      : typeof fromVariable === 'number'
        ? fromVariable
        : instance
          ? Number(reader.value(instance, 'threshold'))
          : 0;
  }
  const sample = alarmOf(enabledBy);
  if (sample) {
    result.evaluationPeriods = Number(reader.value(sample, 'evaluation_periods'));
    result.treatMissingData = String(reader.value(sample, 'treat_missing_data'));
  }
  return result;
}

/** A percentage written into an alarm's description (`… more than 80% of its ECPU limit`). */
function percentIn(reader: DeploymentReader, name: string, alarm: string): number | undefined {
  const instance = reader.first('aws_cloudwatch_metric_alarm', `${name}_${alarm}`);
  const match = instance
    ? /more than ([\d.]+)%/.exec(String(reader.value(instance, 'alarm_description')))
    : null;
  return match ? Number(match[1]) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Cache kinds
// ---------------------------------------------------------------------------------------------

/** The bundle names a secondary `<primary>_<region>`. */
function secondaryRegion(primaryName: string, resourceName: string): string | undefined {
  return REGIONS.find((region) => resourceName === `${primaryName}_${snake(region)}`);
}

/** A global datastore: its primary's block name, and the secondaries that join it, each with its region. */
interface GlobalMembers {
  global: DeployedResource;
  primary: string;
  secondaries: { resource: DeployedResource; region: string }[];
}

/**
 * The members of each global datastore. The bundle names the global group after its primary and each
 * secondary after both; another configuration (the guide's) wires them by reference, a secondary in
 * the region of its provider.
 */
function globalMembers(reader: DeploymentReader): GlobalMembers[] {
  const groups = reader.all('aws_elasticache_replication_group');
  return reader.all('aws_elasticache_global_replication_group').flatMap((global) => {
    const primary =
      groups.find((group) => group.name === global.name) ??
      groups.find((group) =>
        reader.pointsAt(global, 'primary_replication_group_id', group, 'replication_group_id'),
      );
    if (!primary) return [];
    const secondaries = groups.flatMap((resource) => {
      if (resource.name === primary.name) return [];
      const named = secondaryRegion(primary.name, resource.name);
      if (
        !named &&
        !reader.pointsAt(resource, 'global_replication_group_id', global, 'global_replication_group_id')
      )
        return [];
      const region = named ?? resource.region ?? arnRegion(resource);
      if (region) return [{ resource, region }];
      reader.report.notes.push(
        `${resource.address} joins the global datastore ${global.address} in a region the input does not say: imported as a cache of its own.`,
      );
      return [];
    });
    return [{ global, primary: primary.name, secondaries }];
  });
}

function replicationGroup(
  reader: DeploymentReader,
  name: string,
  resources: DeployedResource[],
  members: GlobalMembers | undefined,
): Json {
  const first = resources[0]!;
  const instances = instanceKeys(reader, resources, name);
  const id = cacheIdFrom(reader, String(reader.value(first, 'replication_group_id')), first.key);
  const prefix = `caches.${id}`;
  const cache: Json = { kind: 'replication-group', id, instances };
  reader.mapped(`${prefix}.id`, `${first.type}.${name}.replication_group_id`);
  reader.mapFields(first, cache, prefix);
  cacheTags(reader, resources, 'replication_group_id', cache, prefix);
  const clusterMode = String(cache.clusterMode ?? 'disabled');
  // A count a configuration leaves to a variable without a default stays at the design's default.
  const count = (field: string, attribute: string, offset = 0) => {
    const value = reader.value(first, attribute);
    if (typeof value !== 'number') return;
    cache[field] = value - offset;
    reader.mapped(`${prefix}.${field}`, `${first.type}.${name}.${attribute}`);
  };
  if (clusterMode === 'disabled') count('replicasPerShard', 'num_cache_clusters', 1);
  else {
    count('shards', 'num_node_groups');
    count('replicasPerShard', 'replicas_per_node_group');
  }
  if (cache.networkType === undefined) cache.networkType = 'ipv4';
  parameterGroup(reader, first, cache, prefix, cache.engine as Engine, clusterMode !== 'disabled');
  const key = (cache.atRestEncryption as Json | undefined)?.enabled ? kmsKey(reader, first) : undefined;
  if (key) setPath(cache, 'atRestEncryption.kmsKey', key);
  if (!(cache.transitEncryption as Json | undefined)?.enabled)
    delete (cache.transitEncryption as Json | undefined)?.mode;
  const strategy = reader.value(first, 'auth_token_update_strategy');
  if (reader.isSet(first, 'auth_token') || reader.references(first.type, name, 'auth_token').length) {
    cache.auth = { mode: 'token', tokenUpdateStrategy: strategy ?? 'ROTATE' };
    reader.mapped(`${prefix}.auth`, `${first.type}.${name}.auth_token`);
  } else if (reader.isSet(first, 'user_group_ids')) {
    cache.auth = { mode: 'rbac', users: rbacUsers(reader, name) };
    reader.mapped(`${prefix}.auth`, `aws_elasticache_user_group.${name}`);
  } else cache.auth = { mode: 'none' };
  if (reader.hasVariable(`${name}_engine_version`) !== undefined) {
    cache.settingsAsVariables = reader.hasVariable(`${name}_engine_version`);
    reader.mapped(`${prefix}.settingsAsVariables`, `variable ${name}_engine_version`);
  } else
    reader.report.defaulted.push({
      field: `${prefix}.settingsAsVariables`,
      reason: 'whether settings were variables is in the configuration, which a state does not hold',
    });
  setPath(cache, 'backups.finalSnapshot', reader.isSet(first, 'final_snapshot_identifier'));
  cache.notifications = reader.isSet(first, 'notification_topic_arn');
  reader.mapped(`${prefix}.notifications`, `${first.type}.${name}.notification_topic_arn`);
  const logs: Json = {};
  for (const delivery of (reader.value(first, 'log_delivery_configuration') as Json[] | null) ?? []) {
    const stream = delivery.log_type === 'slow-log' ? 'slowLog' : 'engineLog';
    const cloudwatch = delivery.destination_type === 'cloudwatch-logs';
    const group = reader.first(
      'aws_cloudwatch_log_group',
      `${name}_${String(delivery.log_type).replace(/-/g, '_')}`,
    );
    logs[stream] = {
      enabled: true,
      destination: delivery.destination_type,
      format: delivery.log_format,
      ...(cloudwatch && group ? { retentionDays: Number(reader.value(group, 'retention_in_days')) } : {}),
      ...(!cloudwatch ? { firehoseStream: delivery.destination } : {}),
    };
    reader.mapped(`${prefix}.logs.${stream}`, `${first.type}.${name}.log_delivery_configuration`);
  }
  cache.logs = logs;
  cache.alarms = alarms(
    reader,
    name,
    {
      engine_cpu: 'cpuPercent',
      memory: 'memoryPercent',
      evictions: 'evictions',
      connections: 'connections',
      replication_lag: 'replicationLagSeconds',
    },
    'engine_cpu',
  );
  reader.mapped(`${prefix}.alarms`, `aws_cloudwatch_metric_alarm.${name}_*`);
  if (members) cache.globalDatastore = globalDatastore(reader, name, cache, members);
  return cache;
}

function globalDatastore(reader: DeploymentReader, name: string, cache: Json, members: GlobalMembers): Json {
  const { global } = members;
  const id = String(cache.id);
  const prefix = `caches.${id}.globalDatastore`;
  const primaryTags: Record<string, string> = { Name: id, ...(cache.tags as Record<string, string>) };
  if (reader.isSet(global, 'primary_replication_group_id'))
    reader.followed(`${prefix}.enabled`, global, 'primary_replication_group_id');
  const secondaries = members.secondaries
    .map(({ resource, region }) => {
      const suffix = `_${snake(region)}`;
      const groupId = reader.withoutEnvironment(String(reader.value(resource, 'replication_group_id')));
      const description = String(reader.value(resource, 'description'));
      const ownDescription = `${String(cache.description || `${id} cache`)} (${region} secondary)`;
      const tags = (reader.value(resource, 'tags') as Record<string, string> | null) ?? {};
      const overrides = Object.fromEntries(
        Object.entries(tags).filter(([key, value]) => primaryTags[key] !== value),
      );
      const variable = reader.variable(`${name}_replicas_per_shard${suffix}`);
      // A configuration that leaves the cluster mode to the provider has it disabled.
      const replicas =
        typeof variable === 'number'
          ? variable
          : (cache.clusterMode ?? 'disabled') === 'disabled'
            ? Number(resource.values.num_cache_clusters) - 1
            : Number(resource.values.replicas_per_node_group);
      if (reader.isSet(resource, 'global_replication_group_id'))
        reader.followed(`${prefix}.secondaries.${region}`, resource, 'global_replication_group_id');
      else reader.mapped(`${prefix}.secondaries.${region}`, `${resource.type}.${resource.name}`);
      return {
        region,
        ...(groupId !== `${id}-${region}` ? { replicationGroupId: groupId } : {}),
        ...(description !== ownDescription ? { description } : {}),
        ...(Object.keys(overrides).length ? { tags: overrides } : {}),
        // A count only Terraform knows stays at the design's default.
        ...(Number.isFinite(replicas) ? { replicasPerShard: replicas } : {}),
      };
    })
    .sort((a, b) => naturalOrder(a.region, b.region));
  reader.mapped(`${prefix}.suffix`, `${global.address}.global_replication_group_id_suffix`);
  return {
    enabled: true,
    suffix: reader.withoutEnvironment(String(reader.value(global, 'global_replication_group_id_suffix'))),
    secondaries,
  };
}

function memcached(reader: DeploymentReader, name: string, resources: DeployedResource[]): Json {
  const first = resources[0]!;
  const instances = instanceKeys(reader, resources, name);
  const id = cacheIdFrom(reader, String(reader.value(first, 'cluster_id')), first.key);
  const prefix = `caches.${id}`;
  const cache: Json = { kind: 'memcached', id, instances };
  reader.mapped(`${prefix}.id`, `${first.type}.${name}.cluster_id`);
  reader.mapFields(first, cache, prefix);
  cacheTags(reader, resources, 'cluster_id', cache, prefix);
  if (cache.networkType === undefined) cache.networkType = 'ipv4';
  parameterGroup(reader, first, cache, prefix, 'memcached', false);
  cache.notifications = reader.isSet(first, 'notification_topic_arn');
  reader.mapped(`${prefix}.notifications`, `${first.type}.${name}.notification_topic_arn`);
  cache.alarms = alarms(
    reader,
    name,
    { cpu: 'cpuPercent', evictions: 'evictions', connections: 'connections' },
    'cpu',
  );
  reader.mapped(`${prefix}.alarms`, `aws_cloudwatch_metric_alarm.${name}_*`);
  reader.report.defaulted.push({
    field: `${prefix}.description`,
    reason: 'a Memcached cluster has no description attribute: the bundle writes it as a comment only',
  });
  return cache;
}

function serverless(reader: DeploymentReader, name: string, resources: DeployedResource[]): Json {
  const first = resources[0]!;
  const instances = instanceKeys(reader, resources, name);
  const id = cacheIdFrom(reader, String(reader.value(first, 'name')), first.key);
  const prefix = `caches.${id}`;
  const cache: Json = { kind: 'serverless', id, instances };
  reader.mapped(`${prefix}.id`, `${first.type}.${name}.name`);
  reader.mapFields(first, cache, prefix);
  cacheTags(reader, resources, 'name', cache, prefix);
  const key = kmsKey(reader, first);
  if (key) cache.kmsKey = key;
  if (reader.isSet(first, 'user_group_id')) {
    cache.auth = { mode: 'rbac', users: rbacUsers(reader, name) };
    reader.mapped(`${prefix}.auth`, `aws_elasticache_user_group.${name}`);
  } else cache.auth = { mode: 'none', users: [] };
  const usage = ((reader.value(first, 'cache_usage_limits') as Json[] | null) ?? [])[0] ?? {};
  const storage = ((usage.data_storage as Json[] | undefined) ?? [])[0] ?? {};
  const ecpu = ((usage.ecpu_per_second as Json[] | undefined) ?? [])[0] ?? {};
  const limit = (variable: string, value: unknown) => {
    const fromVariable = reader.variable(`${name}_${variable}`);
    if (reader.deployment.variables && variable.startsWith('max_'))
      return typeof fromVariable === 'number' ? fromVariable : undefined;
    return typeof value === 'number' ? value : undefined;
  };
  cache.limits = {
    dataStorageMaxGb: limit('max_data_storage_gb', storage.maximum),
    dataStorageMinGb: limit('min_data_storage_gb', storage.minimum),
    ecpuPerSecondMax: limit('max_ecpu_per_second', ecpu.maximum),
    ecpuPerSecondMin: limit('min_ecpu_per_second', ecpu.minimum),
  };
  reader.mapped(`${prefix}.limits`, `${first.type}.${name}.cache_usage_limits`);
  const alarmSettings = alarms(reader, name, {}, 'throttled');
  const cpu = percentIn(reader, name, 'ecpu');
  const memory = percentIn(reader, name, 'storage');
  cache.alarms = {
    ...alarmSettings,
    ...(cpu !== undefined ? { cpuPercent: cpu } : {}),
    ...(memory !== undefined ? { memoryPercent: memory } : {}),
  };
  reader.mapped(`${prefix}.alarms`, `aws_cloudwatch_metric_alarm.${name}_*`);
  return cache;
}

// ---------------------------------------------------------------------------------------------
// The design
// ---------------------------------------------------------------------------------------------

const CACHE_TYPES = [
  'aws_elasticache_replication_group',
  'aws_elasticache_cluster',
  'aws_elasticache_serverless_cache',
] as const;

function groupByName(resources: DeployedResource[]): Map<string, DeployedResource[]> {
  const groups = new Map<string, DeployedResource[]>();
  for (const resource of resources)
    groups.set(resource.name, [...(groups.get(resource.name) ?? []), resource]);
  return groups;
}

function designName(reader: DeploymentReader): string {
  // The shared group says "only the listed clients", a stamped cache's service group "only the clients of …".
  for (const group of reader.all('aws_security_group')) {
    const match = /^ElastiCache ([a-z0-9-]+): only the (listed )?clients/.exec(
      String(group.values.description),
    );
    if (match) {
      reader.value(group, 'description');
      return match[1]!;
    }
  }
  const vpcName = reader.all('aws_vpc')[0]?.values.tags as Record<string, string> | undefined;
  if (vpcName?.Name?.endsWith('-vpc')) return vpcName.Name.slice(0, -'-vpc'.length);
  reader.report.defaulted.push({ field: 'name', reason: 'no resource of the bundle names the design' });
  return 'imported';
}

const arnRegion = (resource: DeployedResource): string | undefined =>
  /^arn:aws[a-z-]*:[a-z0-9-]+:([a-z0-9-]+):/.exec(String(resource.values.arn ?? ''))?.[1] || undefined;

/** The design's region: the variable, the provider of the primary caches, an ARN or a subnet's zone. */
function regionOf(
  reader: DeploymentReader,
  secondaries: ReadonlySet<string>,
): { value: string; from: string } | undefined {
  const fromVariable = reader.variable('region');
  if (typeof fromVariable === 'string') return { value: fromVariable, from: 'variable region' };
  const primary = CACHE_TYPES.flatMap((type) => reader.all(type)).find(
    (resource) => resource.region && !secondaries.has(resource.name),
  );
  if (primary?.region) return { value: primary.region, from: `the provider of ${primary.address}` };
  for (const resource of reader.deployment.resources) {
    const region = arnRegion(resource);
    if (region) return { value: region, from: 'resource ARNs' };
  }
  const zone = reader.all('aws_subnet')[0]?.values.availability_zone;
  return typeof zone === 'string'
    ? { value: zone.slice(0, -1), from: 'aws_subnet availability_zone' }
    : undefined;
}

/** Tags every resource gets through default_tags: the variable, or what tags_all adds to tags. */
function defaultTags(reader: DeploymentReader): Record<string, string> | undefined {
  const fromVariable = reader.variable('tags');
  if (isObject(fromVariable)) return fromVariable as Record<string, string>;
  const group = reader.all('aws_security_group')[0];
  if (!group) return undefined;
  const own = (group.values.tags as Record<string, string> | null) ?? {};
  const all = (group.values.tags_all as Record<string, string> | null) ?? {};
  return Object.fromEntries(Object.entries(all).filter(([key, value]) => own[key] !== value));
}

function network(reader: DeploymentReader): Json {
  const vpc = reader.first('aws_vpc', 'this');
  if (vpc) {
    const zones = reader.variable('availability_zones');
    return {
      mode: 'create',
      vpcCidr: reader.value(vpc, 'cidr_block') ?? reader.variable('vpc_cidr'),
      azCount: Array.isArray(zones) ? zones.length : reader.instances('aws_subnet', 'private').length,
    };
  }
  const group = reader.first('aws_security_group', 'cache');
  const subnetGroup = reader.first('aws_elasticache_subnet_group', 'this');
  const vpcId = reader.variable('vpc_id') ?? (group ? reader.value(group, 'vpc_id') : undefined);
  const subnetIds =
    reader.variable('subnet_ids') ?? (subnetGroup ? reader.value(subnetGroup, 'subnet_ids') : undefined);
  const vpcCidr = reader.variable('vpc_cidr');
  if (vpcCidr === undefined)
    reader.report.defaulted.push({
      field: 'network.vpcCidr',
      reason: 'an existing VPC’s CIDR is only a variable of the bundle, which a state does not hold',
    });
  return { mode: 'existing', vpcId, subnetIds, ...(vpcCidr !== undefined ? { vpcCidr } : {}) };
}

/** The ports clients reach the caches on; a cache that leaves it to the provider has the default. */
function cachePorts(reader: DeploymentReader): number[] {
  const port = (resource: DeployedResource, byDefault: number) => Number(resource.values.port ?? byDefault);
  return [
    ...reader.all('aws_elasticache_replication_group').map((resource) => port(resource, 6379)),
    ...reader.all('aws_elasticache_cluster').map((resource) => port(resource, 11211)),
    ...(reader.all('aws_elasticache_serverless_cache').length ? [6379] : []),
  ];
}

/** An inline rule that admits TCP on one of the ports (all traffic does). */
function opensPort(rule: Json, ports: number[]): boolean {
  const protocol = String(rule.protocol ?? '');
  if (protocol === '-1' || protocol === 'all') return true;
  return (
    (protocol === 'tcp' || protocol === '6') &&
    ports.some((port) => Number(rule.from_port) <= port && port <= Number(rule.to_port))
  );
}

/** Inline `ingress` attribute → the clients field it fills. */
const INGRESS_CLIENTS = { cidr_blocks: 'cidrBlocks', security_groups: 'securityGroupIds' } as const;

/**
 * Clients from the inline `ingress` blocks that open a cache port (a configuration such as the
 * guide's): literal values map; a reference leaves its field at the default, said in the report.
 */
function inlineIngressClients(reader: DeploymentReader): Record<string, string[]> | undefined {
  const ports = cachePorts(reader);
  const found: Record<string, Set<string>> = { cidrBlocks: new Set(), securityGroupIds: new Set() };
  let opened = false;
  for (const group of reader.all('aws_security_group')) {
    const rules = (reader.value(group, 'ingress') as Json[] | null) ?? [];
    const expressions = reader.expression(group.type, group.name, 'ingress');
    rules.forEach((rule, index) => {
      if (!opensPort(rule, ports)) return;
      opened = true;
      for (const [attribute, field] of Object.entries(INGRESS_CLIENTS)) {
        const from = `${group.address}.ingress.${attribute}`;
        const values = (rule[attribute] as unknown[] | undefined) ?? [];
        values.forEach((value) => found[field]!.add(String(value)));
        if (values.length) reader.mapped(`clients.${field}`, from);
        const references = Array.isArray(expressions)
          ? referencesOf((expressions[index] as Json | undefined)?.[attribute])
          : [];
        if (rule[attribute] === undefined && references.length)
          reader.report.defaulted.push({
            field: `clients.${field}`,
            reason: `${from} refers to ${references.join(', ')}, which only Terraform can evaluate`,
          });
      }
      if (!isEmptyValue(rule.ipv6_cidr_blocks) || !isEmptyValue(rule.prefix_list_ids))
        reader.report.dropped.push({
          attribute: `${group.address}.ingress`,
          reason: 'the design admits clients by IPv4 CIDR block and security group only',
        });
    });
  }
  return opened
    ? { cidrBlocks: [...found.cidrBlocks!], securityGroupIds: [...found.securityGroupIds!] }
    : undefined;
}

function clients(reader: DeploymentReader, vpcCidr: unknown): Json {
  const rules = (name: string, attribute: string) => [
    ...new Set(
      reader
        .instances('aws_vpc_security_group_ingress_rule', name)
        .map((rule) => String(reader.value(rule, attribute))),
    ),
  ];
  const cidrVariable = reader.variable('allowed_cidr_blocks');
  const groupVariable = reader.variable('allowed_security_group_ids');
  // The bundle's own rules are separate resources; its security group's inline rules mirror them.
  const bundleRules =
    Array.isArray(cidrVariable) ||
    Array.isArray(groupVariable) ||
    reader.all('aws_vpc_security_group_ingress_rule').length > 0;
  const inline = bundleRules ? undefined : inlineIngressClients(reader);
  if (!inline) reader.mapped('clients', 'aws_vpc_security_group_ingress_rule.clients_*');
  const cidrBlocks =
    inline?.cidrBlocks ??
    (Array.isArray(cidrVariable) ? cidrVariable.map(String) : rules('clients_cidr', 'cidr_ipv4'));
  const securityGroupIds =
    inline?.securityGroupIds ??
    (Array.isArray(groupVariable)
      ? groupVariable.map(String)
      : rules('clients_sg', 'referenced_security_group_id'));
  return {
    cidrBlocks: cidrBlocks.length === 1 && cidrBlocks[0] === vpcCidr ? [] : cidrBlocks,
    securityGroupIds,
  };
}

function notifications(reader: DeploymentReader): Json {
  const topic = reader.first('aws_sns_topic', 'alerts');
  if (topic) {
    const subscription = reader.first('aws_sns_topic_subscription', 'alerts_email');
    const email = subscription ? reader.value(subscription, 'endpoint') : undefined;
    return { topic: 'create', ...(email ? { email } : {}) };
  }
  const arn =
    reader.variable('notification_topic_arn') ??
    [...reader.all('aws_elasticache_replication_group'), ...reader.all('aws_elasticache_cluster')]
      .map((resource) => resource.values.notification_topic_arn)
      .find((value) => typeof value === 'string' && value !== '');
  return arn ? { topic: 'existing', topicArn: arn } : { topic: 'none' };
}

/** A design input (defaults left out) from a deployment; the report records what came from where. */
export function designFromDeployment(deployment: Deployment, report: ImportReport): Json {
  const reader = new DeploymentReader(deployment, report);
  const name = designName(reader);
  const design: Json = { schemaVersion: 1, name };
  report.mapped.push({ field: 'name', from: 'aws_security_group.cache.description' });
  const globals = globalMembers(reader);
  const secondaryNames = new Set(
    globals.flatMap((members) => members.secondaries.map(({ resource }) => resource.name)),
  );
  const region = regionOf(reader, secondaryNames);
  if (region) {
    design.region = region.value;
    report.mapped.push({ field: 'region', from: region.from });
  }
  const tags = defaultTags(reader);
  if (tags) {
    design.tags = tags;
    report.mapped.push({ field: 'tags', from: 'provider default_tags' });
  }
  design.network = network(reader);
  report.mapped.push({
    field: 'network',
    from: reader.first('aws_vpc', 'this') ? 'aws_vpc.this' : 'variables vpc_id, subnet_ids',
  });
  const subnetGroup = reader.first('aws_elasticache_subnet_group', 'this');
  if (subnetGroup) {
    const groupName = reader.withoutEnvironment(String(reader.value(subnetGroup, 'name')));
    if (groupName !== name) design.subnetGroupName = groupName;
    report.mapped.push({ field: 'subnetGroupName', from: 'aws_elasticache_subnet_group.this.name' });
  }
  const prefix = securityGroupPrefix(reader);
  if (prefix) {
    if (prefix.value !== `${name}-cache-`) design.securityGroupNamePrefix = prefix.value;
    report.mapped.push({ field: 'securityGroupNamePrefix', from: prefix.from });
  }
  design.clients = clients(reader, (design.network as Json).vpcCidr);
  design.notifications = notifications(reader);
  report.mapped.push({ field: 'notifications', from: 'aws_sns_topic.alerts / notification_topic_arn' });

  const caches = [
    ...[...groupByName(reader.all('aws_elasticache_replication_group'))]
      .filter(([group]) => !secondaryNames.has(group))
      .map(([group, resources]) =>
        replicationGroup(
          reader,
          group,
          resources,
          globals.find((members) => members.primary === group),
        ),
      ),
    ...[...groupByName(reader.all('aws_elasticache_cluster'))].map(([group, resources]) =>
      memcached(reader, group, resources),
    ),
    ...[...groupByName(reader.all('aws_elasticache_serverless_cache'))].map(([group, resources]) =>
      serverless(reader, group, resources),
    ),
  ].sort((a, b) => naturalOrder(String(a.id), String(b.id)));
  design.caches = caches;
  if (caches.length > 1)
    report.notes.push(
      'Terraform does not record the order of the caches in the configuration: they are listed by ID.',
    );
  if (reader.environment)
    report.notes.push(
      `Planned for the environment "${reader.environment}": imported as that environment's values, without environments.`,
    );
  if (deployment.childModuleResources)
    report.notes.push(
      `${deployment.childModuleResources} resources inside child modules were not read: import the stack layout's plan or state.`,
    );
  reader.reportDropped();
  return design;
}
