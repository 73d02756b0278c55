/**
 * AWS CLI JSON → a design input: `aws elasticache describe-replication-groups`, `describe-cache-clusters
 * --show-cache-node-info`, `describe-serverless-caches`, `describe-global-replication-groups
 * --show-member-info` and `describe-cache-parameters`, one output or several pasted together. A
 * replication group's engine version, port, maintenance window, parameter group and topic live on its
 * member clusters, so describe-cache-clusters completes describe-replication-groups.
 */
import { ENGINE_VERSIONS, parameterFamily, type Engine } from '@/model/catalog';
import { STARTER_RBAC_USERS } from '@/model/design';
import { API_MAPPINGS } from './aws-cli-mapping';
import type { ImportReport } from './import-report';
import { isEmptyValue, type ResourceMapping } from './terraform-mapping';
import { isObject, setPath, type Json } from './json';

/** The top-level keys each describe command prints. */
const OUTPUT_KEYS = [
  'ReplicationGroups',
  'CacheClusters',
  'ServerlessCaches',
  'GlobalReplicationGroups',
  'Parameters',
] as const;

export interface AwsCliOutputs {
  ReplicationGroups: Json[];
  CacheClusters: Json[];
  ServerlessCaches: Json[];
  GlobalReplicationGroups: Json[];
  Parameters: Json[];
}

export const isAwsCliOutput = (value: unknown): boolean =>
  isObject(value) && OUTPUT_KEYS.some((key) => Array.isArray(value[key]));

/** Merges several describe outputs into one. */
export function mergeOutputs(documents: readonly unknown[]): AwsCliOutputs {
  const merged: AwsCliOutputs = {
    ReplicationGroups: [],
    CacheClusters: [],
    ServerlessCaches: [],
    GlobalReplicationGroups: [],
    Parameters: [],
  };
  for (const document of documents)
    if (isObject(document))
      for (const key of OUTPUT_KEYS)
        if (Array.isArray(document[key])) merged[key].push(...(document[key] as Json[]).filter(isObject));
  return merged;
}

/** Splits text holding several JSON documents one after the other (pasted outputs) into their values. */
export function parseConcatenatedJson(text: string): unknown[] | undefined {
  const values: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      if (depth === 0) start = index;
      depth++;
    } else if (char === '}' || char === ']') {
      depth--;
      if (depth < 0) return undefined;
      if (depth === 0) {
        try {
          values.push(JSON.parse(text.slice(start, index + 1)));
        } catch {
          return undefined;
        }
      }
    } else if (depth === 0 && !/\s/.test(char)) return undefined;
  }
  return depth === 0 && values.length ? values : undefined;
}

class ApiReader {
  constructor(readonly report: ImportReport) {}

  /** Applies a table to one API object; everything else with a value is named as dropped. */
  map(
    kind: keyof typeof API_MAPPINGS,
    object: Json,
    target: Json,
    prefix: string,
    also: readonly string[] = [],
  ) {
    const mapping: ResourceMapping = API_MAPPINGS[kind];
    for (const [field, { field: path, convert }] of Object.entries(mapping.fields)) {
      const value = object[field];
      if (value === undefined || value === null) continue;
      setPath(target, path, convert ? convert(value) : value);
      this.report.mapped.push({ field: `${prefix}.${path}`, from: `${kind}.${field}` });
    }
    this.reportUnmapped(kind, object, prefix, also);
  }

  /** Names every field with a value that the table does not map, read or know as derived. */
  reportUnmapped(
    kind: keyof typeof API_MAPPINGS,
    object: Json,
    prefix: string,
    also: readonly string[] = [],
  ) {
    const mapping: ResourceMapping = API_MAPPINGS[kind];
    for (const [field, value] of Object.entries(object))
      if (
        !isEmptyValue(value) &&
        !(field in mapping.fields) &&
        !mapping.read.includes(field) &&
        !mapping.derived.includes(field) &&
        !also.includes(field)
      )
        this.report.dropped.push({
          attribute: `${kind} ${prefix.replace(/^caches\./, '')}: ${field}`,
          reason: `the design does not hold it (value ${JSON.stringify(value).slice(0, 60)})`,
        });
  }

  mapped(field: string, from: string) {
    this.report.mapped.push({ field, from });
  }
}

/** `8.0.1` → `8.0`: AWS reports the patch level, the design holds the version Terraform is given. */
function catalogVersion(engine: Engine, reported: unknown): unknown {
  const full = String(reported ?? '');
  return (
    ENGINE_VERSIONS[engine].find((entry) => full === entry.version || full.startsWith(`${entry.version}.`))
      ?.version ?? reported
  );
}

/** `default.redis7` → the default group; a created one → custom, with the user-set parameters if given. */
function parameterGroup(
  reader: ApiReader,
  cluster: Json | undefined,
  outputs: AwsCliOutputs,
  cache: Json,
  prefix: string,
) {
  const cacheId = String(cache.id);
  const awsName = String((cluster?.CacheParameterGroup as Json | undefined)?.CacheParameterGroupName ?? '');
  // The bundle names a created group `<base>-<family without dots>`.
  const engine = (cache.kind === 'memcached' ? 'memcached' : (cache.engine ?? 'valkey')) as Engine;
  const family = parameterFamily(engine, String(cache.engineVersion));
  const suffix = family ? `-${family.replace(/\./g, '')}` : undefined;
  const name = suffix && awsName.endsWith(suffix) ? awsName.slice(0, -suffix.length) : awsName;
  if (!name || name.startsWith('default.')) return { mode: 'default' };
  const userParameters = outputs.Parameters.filter((parameter) => parameter.Source === 'user').map(
    (parameter) => ({
      name: String(parameter.ParameterName),
      value: String(parameter.ParameterValue),
    }),
  );
  if (!outputs.Parameters.length)
    reader.report.defaulted.push({
      field: `${prefix}.parameterGroup.parameters`,
      reason: `add \`aws elasticache describe-cache-parameters --cache-parameter-group-name ${name} --source user\` to import them`,
    });
  reader.mapped(`${prefix}.parameterGroup`, 'CacheCluster.CacheParameterGroup');
  return { mode: 'custom', parameters: userParameters, ...(name !== `${cacheId}-params` ? { name } : {}) };
}

function regionOf(arn: unknown): string | undefined {
  return /^arn:aws[a-z-]*:elasticache:([a-z0-9-]+):/.exec(String(arn ?? ''))?.[1];
}

function replicationGroup(reader: ApiReader, group: Json, outputs: AwsCliOutputs): Json {
  const id = String(group.ReplicationGroupId);
  const prefix = `caches.${id}`;
  const cache: Json = { kind: 'replication-group', id };
  reader.mapped(`${prefix}.id`, 'ReplicationGroup.ReplicationGroupId');
  reader.map('ReplicationGroup', group, cache, prefix);
  if (cache.clusterMode === undefined) cache.clusterMode = group.ClusterEnabled ? 'enabled' : 'disabled';
  const nodeGroups = (group.NodeGroups as Json[] | undefined) ?? [];
  const members = (group.MemberClusters as string[] | undefined) ?? [];
  const shards = Math.max(nodeGroups.length, 1);
  cache.shards = shards;
  cache.replicasPerShard = Math.max(Math.round(members.length / shards) - 1, 0);
  reader.mapped(`${prefix}.shards`, 'ReplicationGroup.NodeGroups');
  reader.mapped(`${prefix}.replicasPerShard`, 'ReplicationGroup.MemberClusters');
  const kmsKeyId = group.KmsKeyId;
  if (kmsKeyId) setPath(cache, 'atRestEncryption.kmsKey', { mode: 'existing', keyArn: String(kmsKeyId) });
  if (!cache.transitEncryption || !(cache.transitEncryption as Json).enabled)
    delete (cache.transitEncryption as Json | undefined)?.mode;
  const userGroups = (group.UserGroupIds as string[] | undefined) ?? [];
  if (userGroups.length) {
    cache.auth = { mode: 'rbac', users: STARTER_RBAC_USERS };
    reader.report.defaulted.push({
      field: `${prefix}.auth.users`,
      reason: `the user group ${userGroups.join(', ')} is not in these outputs (describe-users): the starter users are used`,
    });
  } else cache.auth = { mode: group.AuthTokenEnabled ? 'token' : 'none' };
  reader.mapped(`${prefix}.auth.mode`, 'ReplicationGroup.AuthTokenEnabled / UserGroupIds');
  const logs: Json = {};
  for (const delivery of (group.LogDeliveryConfigurations as Json[] | undefined) ?? []) {
    const stream = delivery.LogType === 'slow-log' ? 'slowLog' : 'engineLog';
    const details = (delivery.DestinationDetails as Json | undefined) ?? {};
    const firehose = (details.KinesisFirehoseDetails as Json | undefined)?.DeliveryStream;
    logs[stream] = {
      enabled: true,
      destination: delivery.DestinationType,
      format: delivery.LogFormat,
      ...(firehose ? { firehoseStream: firehose } : {}),
    };
    reader.mapped(`${prefix}.logs.${stream}`, 'ReplicationGroup.LogDeliveryConfigurations');
  }
  cache.logs = logs;
  // The member clusters hold what the replication group's own description leaves out.
  const member = outputs.CacheClusters.find((cluster) => cluster.ReplicationGroupId === id);
  if (member) {
    reader.reportUnmapped('CacheCluster', member, prefix);
    cache.engineVersion = catalogVersion((cache.engine ?? 'valkey') as Engine, member.EngineVersion);
    cache.maintenance = { ...(cache.maintenance as Json), window: member.PreferredMaintenanceWindow };
    const port = ((member.CacheNodes as Json[] | undefined)?.[0]?.Endpoint as Json | undefined)?.Port;
    if (port) cache.port = port;
    cache.notifications = Boolean((member.NotificationConfiguration as Json | undefined)?.TopicArn);
    reader.mapped(`${prefix}.engineVersion`, 'CacheCluster.EngineVersion');
    reader.mapped(`${prefix}.maintenance.window`, 'CacheCluster.PreferredMaintenanceWindow');
    reader.mapped(`${prefix}.notifications`, 'CacheCluster.NotificationConfiguration');
  } else {
    const endpoint = (group.ConfigurationEndpoint ?? (nodeGroups[0]?.PrimaryEndpoint as Json | undefined)) as
      Json | undefined;
    if (endpoint?.Port) cache.port = endpoint.Port;
    reader.report.defaulted.push({
      field: `${prefix}.engineVersion`,
      reason:
        'the engine version, maintenance window and parameter group are on the member clusters: add `aws elasticache describe-cache-clusters --show-cache-node-info`',
    });
  }
  cache.parameterGroup = parameterGroup(reader, member, outputs, cache, prefix);
  return cache;
}

function memcached(reader: ApiReader, cluster: Json, outputs: AwsCliOutputs): Json {
  const id = String(cluster.CacheClusterId);
  const prefix = `caches.${id}`;
  const cache: Json = { kind: 'memcached', id };
  reader.mapped(`${prefix}.id`, 'CacheCluster.CacheClusterId');
  reader.map('CacheCluster', cluster, cache, prefix);
  cache.engineVersion = catalogVersion('memcached', cache.engineVersion);
  cache.azMode = cluster.PreferredAvailabilityZone === 'Multiple' ? 'cross-az' : 'single-az';
  reader.mapped(`${prefix}.azMode`, 'CacheCluster.PreferredAvailabilityZone');
  const port = (cluster.ConfigurationEndpoint as Json | undefined)?.Port;
  if (port) {
    cache.port = port;
    reader.mapped(`${prefix}.port`, 'CacheCluster.ConfigurationEndpoint.Port');
  }
  cache.notifications = Boolean((cluster.NotificationConfiguration as Json | undefined)?.TopicArn);
  cache.parameterGroup = parameterGroup(reader, cluster, outputs, cache, prefix);
  return cache;
}

function serverless(reader: ApiReader, cache: Json): Json {
  const id = String(cache.ServerlessCacheName);
  const prefix = `caches.${id}`;
  const result: Json = { kind: 'serverless', id };
  reader.mapped(`${prefix}.id`, 'ServerlessCache.ServerlessCacheName');
  reader.map('ServerlessCache', cache, result, prefix);
  const limits = (cache.CacheUsageLimits as Json | undefined) ?? {};
  const storage = (limits.DataStorage as Json | undefined) ?? {};
  const ecpu = (limits.ECPUPerSecond as Json | undefined) ?? {};
  result.limits = {
    ...(typeof storage.Maximum === 'number' ? { dataStorageMaxGb: storage.Maximum } : {}),
    ...(typeof storage.Minimum === 'number' ? { dataStorageMinGb: storage.Minimum } : {}),
    ...(typeof ecpu.Maximum === 'number' ? { ecpuPerSecondMax: ecpu.Maximum } : {}),
    ...(typeof ecpu.Minimum === 'number' ? { ecpuPerSecondMin: ecpu.Minimum } : {}),
  };
  reader.mapped(`${prefix}.limits`, 'ServerlessCache.CacheUsageLimits');
  if (cache.KmsKeyId) result.kmsKey = { mode: 'existing', keyArn: String(cache.KmsKeyId) };
  if (cache.UserGroupId) {
    result.auth = { mode: 'rbac', users: STARTER_RBAC_USERS };
    reader.report.defaulted.push({
      field: `${prefix}.auth.users`,
      reason: `the user group ${String(cache.UserGroupId)} is not in these outputs (describe-users): the starter users are used`,
    });
  } else result.auth = { mode: 'none', users: [] };
  return result;
}

/** `ldgnf-orders-global` → `orders-global`: AWS prefixes the suffix with a region code. */
const globalSuffix = (id: string) => id.replace(/^[a-z]{5}-/, '');

/** A design input from AWS CLI outputs; the report records what came from where. */
export function designFromAwsCli(outputs: AwsCliOutputs, report: ImportReport): Json {
  const reader = new ApiReader(report);
  const secondaries = new Set(
    outputs.GlobalReplicationGroups.flatMap((global) =>
      ((global.Members as Json[] | undefined) ?? [])
        .filter((member) => member.Role === 'SECONDARY')
        .map((member) => String(member.ReplicationGroupId)),
    ),
  );
  const groups = outputs.ReplicationGroups.filter((group) => {
    const role = (group.GlobalReplicationGroupInfo as Json | undefined)?.GlobalReplicationGroupMemberRole;
    const secondary = role === 'SECONDARY' || secondaries.has(String(group.ReplicationGroupId));
    if (secondary)
      report.dropped.push({
        attribute: `ReplicationGroup ${String(group.ReplicationGroupId)}`,
        reason: 'a global datastore secondary: it becomes a secondary region of its primary’s cache',
      });
    return !secondary;
  });
  const caches: Json[] = groups.map((group) => replicationGroup(reader, group, outputs));
  for (const cluster of outputs.CacheClusters) {
    if (cluster.Engine === 'memcached') caches.push(memcached(reader, cluster, outputs));
    else if (!cluster.ReplicationGroupId)
      report.dropped.push({
        attribute: `CacheCluster ${String(cluster.CacheClusterId)}`,
        reason:
          'a single-node cluster outside a replication group: the design models Valkey and Redis OSS as replication groups',
      });
    else if (
      !groups.some((group) => group.ReplicationGroupId === cluster.ReplicationGroupId) &&
      !secondaries.has(String(cluster.ReplicationGroupId))
    )
      report.dropped.push({
        attribute: `CacheCluster ${String(cluster.CacheClusterId)}`,
        reason: `a member of ${String(cluster.ReplicationGroupId)}, which these outputs do not describe (add describe-replication-groups)`,
      });
  }
  caches.push(...outputs.ServerlessCaches.map((cache) => serverless(reader, cache)));
  for (const global of outputs.GlobalReplicationGroups) {
    const members = (global.Members as Json[] | undefined) ?? [];
    const primary = members.find((member) => member.Role === 'PRIMARY');
    const cache = caches.find((entry) => entry.id === primary?.ReplicationGroupId);
    if (!cache) {
      report.dropped.push({
        attribute: `GlobalReplicationGroup ${String(global.GlobalReplicationGroupId)}`,
        reason:
          'its primary replication group is not in these outputs (add describe-replication-groups in its region)',
      });
      continue;
    }
    cache.globalDatastore = {
      enabled: true,
      suffix: globalSuffix(String(global.GlobalReplicationGroupId)),
      secondaries: members
        .filter((member) => member.Role === 'SECONDARY')
        .map((member) => ({
          region: member.ReplicationGroupRegion,
          ...(member.ReplicationGroupId !== `${String(cache.id)}-${String(member.ReplicationGroupRegion)}`
            ? { replicationGroupId: member.ReplicationGroupId }
            : {}),
        })),
    };
    reader.mapped(`caches.${String(cache.id)}.globalDatastore`, 'GlobalReplicationGroup.Members');
    report.defaulted.push({
      field: `caches.${String(cache.id)}.globalDatastore.secondaries.replicasPerShard`,
      reason: 'the secondaries are described in their own regions: run describe-replication-groups there',
    });
  }
  const topic = [...outputs.CacheClusters]
    .map((cluster) => (cluster.NotificationConfiguration as Json | undefined)?.TopicArn)
    .find((arn) => typeof arn === 'string');
  const region = [...outputs.ReplicationGroups, ...outputs.CacheClusters, ...outputs.ServerlessCaches]
    .map((entry) => regionOf(entry.ARN))
    .find(Boolean);
  const subnetGroup = outputs.CacheClusters.map((cluster) => cluster.CacheSubnetGroupName).find(
    (name) => typeof name === 'string',
  );
  const subnetIds = outputs.ServerlessCaches.flatMap(
    (cache) => (cache.SubnetIds as string[] | undefined) ?? [],
  );
  report.defaulted.push(
    { field: 'network', reason: 'describe outputs do not name the VPC: set the existing VPC and subnet IDs' },
    { field: 'tags', reason: 'tags are listed by `aws elasticache list-tags-for-resource`, not by describe' },
    { field: 'clients', reason: 'who may connect is in the security groups’ rules, not in describe outputs' },
  );
  const name = String(caches[0]?.id ?? 'imported')
    .slice(0, 40)
    .replace(/-+$/, '');
  return {
    schemaVersion: 1,
    name,
    ...(region ? { region } : {}),
    network: {
      mode: 'existing',
      ...(subnetIds.length ? { subnetIds: [...new Set(subnetIds)] } : {}),
    },
    ...(typeof subnetGroup === 'string' && subnetGroup !== name
      ? { subnetGroupName: subnetGroup.toLowerCase() }
      : {}),
    notifications: topic ? { topic: 'existing', topicArn: topic } : { topic: 'none' },
    caches,
  };
}
