/**
 * Reads Terraform's error diagnostics and names the design fields they are about: the attribute an
 * error names (in its message, or on the source line it quotes), or the variable whose validation
 * failed, mapped to the model path the generator took it from. Used by the differential test.
 */
import type { Cache, Design } from '../../src/model/design';

export interface TerraformDiagnostic {
  summary: string;
  /** The diagnostic's text after its context lines. */
  detail: string;
  /** `aws_vpc.this`, `aws_vpc_security_group_ingress_rule.clients_cidr["6379-10.0.0.0/16"]`, … */
  address?: string;
  file?: string;
  /** The quoted source line, without its line number. */
  sourceLine?: string;
  /** Variables named in the context: `var.app_replicas_per_shard is 6`, or the tfvars line. */
  variables: string[];
}

export interface MappedDiagnostic {
  diagnostic: TerraformDiagnostic;
  /** Terraform attribute names the diagnostic names, e.g. `num_cache_clusters`, `var.app_shards`. */
  attributes: string[];
  /** Model paths, e.g. `caches.0.replicasPerShard`; empty when nothing could be mapped. */
  paths: string[];
}

const snake = (id: string) => id.replace(/-/g, '_');

/** Every `Error:` diagnostic in a failed case's transcript. */
export function parseDiagnostics(output: string): TerraformDiagnostic[] {
  const lines = output.split('\n');
  const diagnostics: TerraformDiagnostic[] = [];
  lines.forEach((line, index) => {
    const summary = /^Error: (.*)$/.exec(line)?.[1];
    if (summary === undefined) return;
    const body: string[] = [];
    for (let next = index + 1; next < lines.length; next++) {
      const text = lines[next]!;
      if (
        /^(Error|Warning): /.test(text) ||
        text.startsWith('$ terraform') ||
        /^--- (stdout|stderr) ---$/.test(text)
      )
        break;
      body.push(text);
    }
    let address: string | undefined;
    let file: string | undefined;
    let sourceLine: string | undefined;
    const variables = new Set<string>();
    const detail: string[] = [];
    for (const text of body) {
      const withMatch = /^\s+with (\S+),$/.exec(text);
      const onMatch = /^\s+on (\S+) line \d+(?:, in (\w+) "([^"]+)"(?: "([^"]+)")?)?:$/.exec(text);
      const sourceMatch = /^\s*\d+:\s?(.*)$/.exec(text);
      const variableMatch = /var\.([A-Za-z0-9_]+) is /.exec(text);
      if (withMatch) address = withMatch[1];
      else if (onMatch) {
        file = onMatch[1];
        if (!address && onMatch[2] === 'resource' && onMatch[4]) address = `${onMatch[3]}.${onMatch[4]}`;
        if (onMatch[2] === 'variable' && onMatch[3]) variables.add(onMatch[3]);
      } else if (sourceMatch && sourceLine === undefined && file !== undefined) {
        sourceLine = sourceMatch[1]!.trim();
        // A diagnostic about a whole block quotes its header: `resource "type" "name" {`.
        const header = /^resource "([^"]+)" "([^"]+)"/.exec(sourceLine);
        if (!address && header) address = `${header[1]}.${header[2]}`;
      } else if (variableMatch) variables.add(variableMatch[1]!);
      else if (!/^\s*[│├╵─]/.test(text)) detail.push(text.trim());
    }
    if (file && !file.endsWith('.tf') && sourceLine) {
      // A tfvars file: the source line is `<variable> = <value>`.
      const name = /^([A-Za-z0-9_]+)\s*=/.exec(sourceLine)?.[1];
      if (name) variables.add(name);
    }
    diagnostics.push({
      summary,
      detail: detail.filter(Boolean).join(' '),
      ...(address && { address }),
      ...(file && { file }),
      ...(sourceLine !== undefined && { sourceLine }),
      variables: [...variables],
    });
  });
  return diagnostics;
}

// ---------------------------------------------------------------------------------------------
// Attribute → model field
// ---------------------------------------------------------------------------------------------

/** Cache-relative fields of each replication group attribute (primary member). */
const REPLICATION_GROUP: Record<string, string[]> = {
  replication_group_id: ['id'],
  description: ['description'],
  engine: ['engine'],
  engine_version: ['engineVersion'],
  node_type: ['nodeType'],
  port: ['port'],
  parameter_group_name: ['parameterGroup', 'engineVersion'],
  data_tiering_enabled: ['dataTiering'],
  cluster_mode: ['clusterMode'],
  num_cache_clusters: ['replicasPerShard'],
  num_node_groups: ['shards'],
  replicas_per_node_group: ['replicasPerShard'],
  automatic_failover_enabled: ['automaticFailover'],
  multi_az_enabled: ['multiAz'],
  preferred_cache_cluster_azs: ['preferredAzs'],
  network_type: ['networkType'],
  ip_discovery: ['networkType'],
  at_rest_encryption_enabled: ['atRestEncryption.enabled'],
  kms_key_id: ['atRestEncryption.kmsKey'],
  transit_encryption_enabled: ['transitEncryption.enabled'],
  transit_encryption_mode: ['transitEncryption.mode'],
  auth_token: ['auth'],
  auth_token_update_strategy: ['auth.tokenUpdateStrategy'],
  user_group_ids: ['auth'],
  snapshot_retention_limit: ['backups.retentionDays'],
  snapshot_window: ['backups.window'],
  final_snapshot_identifier: ['id', 'backups.finalSnapshot'],
  snapshot_name: ['backups.restoreFromSnapshot'],
  maintenance_window: ['maintenance.window'],
  auto_minor_version_upgrade: ['maintenance.autoMinorVersionUpgrade'],
  notification_topic_arn: ['/notifications.topicArn'],
  log_delivery_configuration: ['logs'],
  destination: ['logs'],
  destination_type: ['logs'],
  log_format: ['logs'],
  log_type: ['logs'],
  global_replication_group_id: ['globalDatastore'],
  for_each: ['instances'],
};

/** A secondary member: its sizing comes from `globalDatastore.secondaries`. */
const SECONDARY: Record<string, string[]> = {
  ...REPLICATION_GROUP,
  replication_group_id: ['id', 'globalDatastore.secondaries'],
  num_cache_clusters: ['globalDatastore.secondaries', 'automaticFailover'],
  replicas_per_node_group: ['globalDatastore.secondaries'],
  automatic_failover_enabled: ['automaticFailover', 'globalDatastore.secondaries'],
  multi_az_enabled: ['multiAz', 'globalDatastore.secondaries'],
};

const GLOBAL_GROUP: Record<string, string[]> = {
  global_replication_group_id_suffix: ['globalDatastore.suffix'],
  primary_replication_group_id: ['id'],
  engine_version: ['engineVersion'],
  cache_node_type: ['nodeType'],
  num_node_groups: ['shards'],
  parameter_group_name: ['parameterGroup'],
};

const MEMCACHED: Record<string, string[]> = {
  cluster_id: ['id'],
  engine: ['engineVersion'],
  engine_version: ['engineVersion'],
  node_type: ['nodeType'],
  num_cache_nodes: ['nodeCount'],
  az_mode: ['azMode'],
  preferred_availability_zones: ['preferredAzs'],
  port: ['port'],
  parameter_group_name: ['parameterGroup', 'engineVersion'],
  network_type: ['networkType'],
  ip_discovery: ['networkType'],
  transit_encryption_enabled: ['transitEncryption.enabled'],
  maintenance_window: ['maintenance.window'],
  notification_topic_arn: ['/notifications.topicArn'],
  for_each: ['instances'],
};

const SERVERLESS: Record<string, string[]> = {
  name: ['id'],
  description: ['description'],
  engine: ['engine'],
  major_engine_version: ['majorVersion'],
  kms_key_id: ['kmsKey'],
  user_group_id: ['auth'],
  snapshot_retention_limit: ['snapshots.retentionDays'],
  daily_snapshot_time: ['snapshots.dailyTime'],
  'cache_usage_limits.data_storage.maximum': ['limits.dataStorageMaxGb'],
  'cache_usage_limits.data_storage.minimum': ['limits.dataStorageMinGb'],
  'cache_usage_limits.data_storage.unit': ['limits'],
  'cache_usage_limits.ecpu_per_second.maximum': ['limits.ecpuPerSecondMax'],
  'cache_usage_limits.ecpu_per_second.minimum': ['limits.ecpuPerSecondMin'],
  cache_usage_limits: ['limits'],
  for_each: ['instances'],
};

const USER: Record<string, string[]> = {
  user_id: ['auth.users', 'id'],
  user_name: ['auth.users'],
  access_string: ['auth.users'],
  engine: ['engine'],
  authentication_mode: ['auth.users'],
  passwords: ['auth.users'],
  type: ['auth.users'],
};

const USER_GROUP: Record<string, string[]> = {
  user_group_id: ['id'],
  user_ids: ['auth.users'],
  engine: ['engine'],
};
const PARAMETER_GROUP: Record<string, string[]> = {
  name: ['id'],
  family: ['engineVersion'],
  parameter: ['parameterGroup.parameters'],
  value: ['parameterGroup.parameters'],
};

/** Design-level resources: attribute → root paths. */
const DESIGN_RESOURCES: Record<string, Record<string, string[]>> = {
  aws_vpc: { cidr_block: ['network.vpcCidr'] },
  aws_subnet: {
    cidr_block: ['network.vpcCidr'],
    availability_zone: ['network.azCount', 'region'],
    count: ['network.azCount'],
  },
  aws_security_group: { name_prefix: ['name'], vpc_id: ['network.vpcId'] },
  aws_elasticache_subnet_group: { name: ['name'], subnet_ids: ['network'] },
  aws_sns_topic: { name: ['name'] },
  aws_sns_topic_subscription: { endpoint: ['notifications.email'] },
  aws_kms_alias: { name: ['name'] },
  aws_kms_key: {},
  aws_vpc_security_group_ingress_rule: {
    referenced_security_group_id: ['clients.securityGroupIds'],
  },
};

/** Variables every bundle may declare → root paths. */
const DESIGN_VARIABLES: [RegExp, string[]][] = [
  [/^vpc_cidr(_.*)?$/, ['network.vpcCidr']],
  [/^availability_zones(_.*)?$/, ['network.azCount']],
  [/^vpc_id(_.*)?$/, ['network.vpcId']],
  [/^subnet_ids(_.*)?$/, ['network.subnetIds']],
  [/^allowed_cidr_blocks$/, ['clients.cidrBlocks']],
  [/^allowed_security_group_ids$/, ['clients.securityGroupIds']],
  [/^region$/, ['region']],
  [/^environment$/, ['environments']],
  [/^tags$/, ['tags']],
  [/^notification_topic_arn$/, ['notifications.topicArn']],
  [/^alarm_email_addresses$/, ['notifications.email']],
];

/** Cache variables: `<snake id>_<field>` → cache-relative paths (per kind where they differ). */
function cacheVariableFields(cache: Cache, field: string): string[] {
  if (/^replicas_per_shard_[a-z0-9_]+$/.test(field)) return ['globalDatastore.secondaries'];
  switch (field) {
    case 'node_type':
      return ['nodeType'];
    case 'replicas_per_shard':
      return ['replicasPerShard'];
    case 'shards':
      return ['shards'];
    case 'num_cache_nodes':
      return ['nodeCount'];
    case 'automatic_failover_enabled':
      return ['automaticFailover'];
    case 'multi_az_enabled':
      return ['multiAz'];
    case 'snapshot_retention_limit':
      return [cache.kind === 'serverless' ? 'snapshots.retentionDays' : 'backups.retentionDays'];
    case 'max_ecpu_per_second':
      return ['limits.ecpuPerSecondMax'];
    case 'max_data_storage_gb':
      return ['limits.dataStorageMaxGb'];
    case 'auth_token':
      return ['auth'];
    case 'user_passwords':
      return ['auth.users'];
    case 'instances':
      return ['instances'];
    default:
      return [];
  }
}

/** The cache whose snake-case ID starts `name` (the longest such ID), with what follows it. */
function cacheOfName(
  design: Design,
  name: string,
): { index: number; cache: Cache; rest: string } | undefined {
  let best: { index: number; cache: Cache; rest: string } | undefined;
  design.caches.forEach((cache, index) => {
    const prefix = snake(String(cache.id));
    if (name !== prefix && !name.startsWith(`${prefix}_`)) return;
    if (!best || prefix.length > snake(String(best.cache.id)).length)
      best = { index, cache, rest: name.slice(prefix.length + 1) };
  });
  return best;
}

/** Attribute names a diagnostic mentions, most specific (dotted) first. */
function mentionedAttributes(diagnostic: TerraformDiagnostic): string[] {
  const text = `${diagnostic.summary} ${diagnostic.detail}`;
  const found = new Set<string>();
  for (const match of text.matchAll(/[a-z][a-z0-9_]*(?:\[\d+\])?(?:\.[a-z][a-z0-9_]*(?:\[\d+\])?)*/g))
    found.add(match[0].replace(/\[\d+\]/g, ''));
  const source = diagnostic.sourceLine
    ? /^([a-z_][a-z0-9_]*)\s*=/.exec(diagnostic.sourceLine)?.[1]
    : undefined;
  if (source) found.add(source);
  return [...found];
}

const rooted = (at: string, fields: string[]) =>
  fields.map((field) => (field.startsWith('/') ? field.slice(1) : `${at}.${field}`));

function resourcePaths(
  design: Design,
  diagnostic: TerraformDiagnostic,
): { attributes: string[]; paths: string[] } {
  const address = diagnostic.address;
  if (!address) return { attributes: [], paths: [] };
  const [type, rawName] = address.split('.', 2) as [string, string | undefined];
  const name = (rawName ?? '').replace(/\[.*$/, '');
  const key = /\["([^"]*)"\]/.exec(address)?.[1];
  const mentioned = mentionedAttributes(diagnostic);
  const attributes: string[] = [];
  const paths: string[] = [];
  const take = (table: Record<string, string[]>, at: string | undefined) => {
    for (const attribute of mentioned) {
      const fields = table[attribute];
      if (!fields) continue;
      attributes.push(attribute);
      paths.push(...(at === undefined ? fields : rooted(at, fields)));
    }
  };

  if (type === 'aws_vpc_security_group_ingress_rule' && key) {
    // Keys are `<port>-<cidr or security group>`.
    const [port, ...sourceParts] = key.split('-');
    const source = sourceParts.join('-');
    for (const attribute of mentioned) {
      if (attribute === 'from_port' || attribute === 'to_port') {
        attributes.push(attribute);
        design.caches.forEach((cache, index) => {
          if ('port' in cache && String(cache.port) === port) paths.push(`caches.${index}.port`);
        });
      }
      if (attribute === 'cidr_ipv4') {
        attributes.push(attribute);
        const index = design.clients.cidrBlocks.indexOf(source);
        paths.push(index >= 0 ? `clients.cidrBlocks.${index}` : 'network.vpcCidr');
      }
    }
  }
  const designTable = DESIGN_RESOURCES[type];
  if (designTable) {
    take(designTable, undefined);
    return { attributes, paths };
  }
  const owner = cacheOfName(design, name);
  if (!owner) return { attributes, paths };
  const at = `caches.${owner.index}`;
  switch (type) {
    case 'aws_elasticache_replication_group':
      take(owner.rest ? SECONDARY : REPLICATION_GROUP, at);
      break;
    case 'aws_elasticache_global_replication_group':
      take(GLOBAL_GROUP, at);
      break;
    case 'aws_elasticache_cluster':
      take(MEMCACHED, at);
      break;
    case 'aws_elasticache_serverless_cache':
      take(SERVERLESS, at);
      break;
    case 'aws_elasticache_user':
      take(USER, at);
      break;
    case 'aws_elasticache_user_group':
      take(USER_GROUP, at);
      break;
    case 'aws_elasticache_parameter_group':
      take(PARAMETER_GROUP, at);
      break;
    case 'aws_cloudwatch_log_group': {
      const stream = owner.rest === 'slow_log' ? 'slowLog' : 'engineLog';
      take({ retention_in_days: [`logs.${stream}.retentionDays`], name: ['id'] }, at);
      break;
    }
    case 'aws_cloudwatch_metric_alarm':
      for (const attribute of mentioned) {
        attributes.push(attribute);
        paths.push(`${at}.alarms`);
      }
      break;
  }
  return { attributes, paths };
}

function variablePaths(design: Design, names: string[]): { attributes: string[]; paths: string[] } {
  const attributes: string[] = [];
  const paths: string[] = [];
  for (const name of names) {
    const designVariable = DESIGN_VARIABLES.find(([pattern]) => pattern.test(name));
    if (designVariable) {
      attributes.push(`var.${name}`);
      paths.push(...designVariable[1]);
      // Without client blocks, the VPC's block is the one clients are admitted from.
      if (name === 'allowed_cidr_blocks' && design.clients.cidrBlocks.length === 0)
        paths.push('network.vpcCidr');
      continue;
    }
    const owner = cacheOfName(design, name);
    if (!owner) continue;
    const fields = cacheVariableFields(owner.cache, owner.rest);
    if (fields.length) {
      attributes.push(`var.${name}`);
      paths.push(...rooted(`caches.${owner.index}`, fields));
    }
  }
  return { attributes, paths };
}

/** Names a cache's resources, outputs and variables get in a secondary region end in the region. */
function secondaryRegionOf(cache: Cache, rest: string): string | undefined {
  if (cache.kind !== 'replication-group') return undefined;
  return cache.globalDatastore.secondaries
    .map((secondary) => snake(secondary.region))
    .find((region) => rest === region || rest.startsWith(`${region}_`));
}

/**
 * `Duplicate resource / output / variable`: two blocks got one name, from a secondary region listed
 * twice or two caches whose IDs give the same name.
 */
function duplicatePaths(design: Design, diagnostic: TerraformDiagnostic): string[] | undefined {
  if (!/^Duplicate /.test(diagnostic.summary)) return undefined;
  const header = /^(?:resource "[^"]+"|output|variable) "([^"]+)"/.exec(diagnostic.sourceLine ?? '');
  const owner = header ? cacheOfName(design, header[1]!) : undefined;
  if (!owner) return [];
  const at = `caches.${owner.index}`;
  return [secondaryRegionOf(owner.cache, owner.rest) ? `${at}.globalDatastore.secondaries` : `${at}.id`];
}

/**
 * `Missing resource instance key`: something refers to a cache resource that `for_each` over the
 * cache's instances turned into a map (a global datastore of a stamped cache).
 */
function instanceKeyPaths(design: Design, diagnostic: TerraformDiagnostic): string[] | undefined {
  if (diagnostic.summary !== 'Missing resource instance key') return undefined;
  const target = /Because (\S+) has "for_each" set/.exec(diagnostic.detail)?.[1];
  const owner = target ? cacheOfName(design, target.split('.')[1] ?? '') : undefined;
  return owner ? [`caches.${owner.index}.instances`] : [];
}

/** The attributes and model paths a diagnostic names. */
export function mapDiagnostic(design: Design, diagnostic: TerraformDiagnostic): MappedDiagnostic {
  const special = duplicatePaths(design, diagnostic) ?? instanceKeyPaths(design, diagnostic);
  if (special) return { diagnostic, attributes: [diagnostic.summary], paths: special };
  const referenced = [...(diagnostic.sourceLine ?? '').matchAll(/var\.([A-Za-z0-9_]+)/g)].map(
    (match) => match[1]!,
  );
  const fromVariables = variablePaths(design, [...diagnostic.variables, ...referenced]);
  const fromResource = resourcePaths(design, diagnostic);
  return {
    diagnostic,
    attributes: [...new Set([...fromResource.attributes, ...fromVariables.attributes])],
    paths: [...new Set([...fromResource.paths, ...fromVariables.paths])],
  };
}

/**
 * Whether two model paths name the same attribute: equal, or one inside the other when the outer
 * one is at least a cache field (`caches.0.logs` covers `caches.0.logs.slowLog.format`).
 */
export function pathsRelated(a: string, b: string): boolean {
  if (a === b) return true;
  const [outer, inner] = a.length < b.length ? [a, b] : [b, a];
  const depth = outer.split('.').length;
  const deepEnough = outer.startsWith('caches.') ? depth >= 3 : depth >= 1;
  return deepEnough && inner.startsWith(`${outer}.`);
}
