/**
 * Which argument changes make Terraform replace a resource (hashicorp/aws 5.100.0: the schema's
 * ForceNew / RequiresReplace and the CustomizeDiff rules of shared/reference/elasticache-rules.md),
 * and which arguments are optional and computed (left out, they keep the value in the state). The
 * change suite checks these against Terraform's plans (`replace_paths`).
 */
import { compareVersions } from '@/model/catalog';
import type { Value } from '@/hcl/evaluate';

/** Arguments that always force a replacement when they change. */
const FORCE_NEW: Record<string, readonly string[]> = {
  aws_elasticache_replication_group: [
    'replication_group_id',
    'at_rest_encryption_enabled',
    'kms_key_id',
    'data_tiering_enabled',
    'snapshot_arns',
    'snapshot_name',
    'security_group_names',
    'global_replication_group_id',
    'network_type',
    'port',
    'subnet_group_name',
    'preferred_cache_cluster_azs',
  ],
  aws_elasticache_cluster: [
    'cluster_id',
    'engine',
    'port',
    'transit_encryption_enabled',
    'availability_zone',
    'subnet_group_name',
    'security_group_names',
    'snapshot_arns',
    'snapshot_name',
    'replication_group_id',
    'network_type',
    'ip_discovery',
    'preferred_outpost_arn',
    'outpost_mode',
  ],
  aws_elasticache_serverless_cache: [
    'name',
    'engine',
    'major_engine_version',
    'subnet_ids',
    'kms_key_id',
    'snapshot_arns_to_restore',
  ],
  aws_elasticache_global_replication_group: [
    'global_replication_group_id_suffix',
    'primary_replication_group_id',
  ],
  aws_elasticache_parameter_group: ['name', 'family', 'description'],
  aws_elasticache_subnet_group: ['name'],
  aws_elasticache_user: ['user_id', 'user_name', 'engine'],
  aws_elasticache_user_group: ['user_group_id', 'engine'],
  aws_cloudwatch_log_group: ['name', 'name_prefix'],
  aws_cloudwatch_metric_alarm: ['alarm_name'],
  aws_sns_topic: ['name', 'name_prefix', 'fifo_topic'],
  aws_sns_topic_subscription: ['topic_arn', 'protocol', 'endpoint'],
  aws_security_group: ['name', 'name_prefix', 'description', 'vpc_id'],
  aws_vpc_security_group_ingress_rule: ['security_group_id'],
  aws_vpc: ['cidr_block', 'instance_tenancy'],
  aws_subnet: ['vpc_id', 'cidr_block', 'availability_zone', 'availability_zone_id'],
  aws_kms_key: ['customer_master_key_spec', 'key_usage', 'multi_region'],
  aws_kms_alias: ['name', 'name_prefix'],
  terraform_data: ['triggers_replace'],
};

const isDowngrade = (before: Value | undefined, after: Value | undefined) =>
  typeof before === 'string' && typeof after === 'string' && compareVersions(after, before) < 0;

/**
 * Whether a change of `name` forces a replacement: the static ForceNew list, or a CustomizeDiff
 * rule — an engine downgrade, a Memcached node type, TLS on Redis OSS below 7.0.5.
 */
export function forcesReplacement(
  type: string,
  name: string,
  before: ReadonlyMap<string, Value>,
  after: ReadonlyMap<string, Value>,
): boolean {
  if (FORCE_NEW[type]?.includes(name)) return true;
  if (
    (type === 'aws_elasticache_replication_group' || type === 'aws_elasticache_cluster') &&
    name === 'engine_version'
  )
    return isDowngrade(before.get(name), after.get(name));
  if (type === 'aws_elasticache_cluster' && name === 'node_type') return after.get('engine') === 'memcached';
  if (type === 'aws_elasticache_replication_group' && name === 'transit_encryption_enabled') {
    const version = after.get('engine_version');
    return (
      after.get('engine') === 'redis' &&
      typeof version === 'string' &&
      compareVersions(version, '7.0.5') < 0 &&
      version !== '7.0'
    );
  }
  return false;
}

export const OPTIONAL_COMPUTED: Record<string, readonly string[]> = {
  aws_cloudwatch_log_group: ['log_group_class', 'name', 'name_prefix'],
  aws_cloudwatch_metric_alarm: ['evaluate_low_sample_count_percentiles'],
  aws_elasticache_cluster: [
    'apply_immediately',
    'availability_zone',
    'az_mode',
    'engine',
    'engine_version',
    'ip_discovery',
    'maintenance_window',
    'network_type',
    'node_type',
    'num_cache_nodes',
    'parameter_group_name',
    'port',
    'preferred_outpost_arn',
    'replication_group_id',
    'security_group_ids',
    'snapshot_window',
    'subnet_group_name',
    'transit_encryption_enabled',
  ],
  aws_elasticache_global_replication_group: [
    'automatic_failover_enabled',
    'cache_node_type',
    'engine_version',
    'num_node_groups',
  ],
  aws_elasticache_parameter_group: [],
  aws_elasticache_replication_group: [
    'apply_immediately',
    'at_rest_encryption_enabled',
    'auto_minor_version_upgrade',
    'cluster_mode',
    'data_tiering_enabled',
    'engine_version',
    'global_replication_group_id',
    'ip_discovery',
    'maintenance_window',
    'network_type',
    'node_type',
    'num_cache_clusters',
    'num_node_groups',
    'parameter_group_name',
    'replicas_per_node_group',
    'security_group_ids',
    'security_group_names',
    'snapshot_window',
    'subnet_group_name',
    'transit_encryption_enabled',
    'transit_encryption_mode',
  ],
  aws_elasticache_serverless_cache: [
    'daily_snapshot_time',
    'description',
    'major_engine_version',
    'security_group_ids',
    'snapshot_retention_limit',
    'subnet_ids',
  ],
  aws_elasticache_subnet_group: [],
  aws_elasticache_user: [],
  aws_elasticache_user_group: [],
  aws_kms_alias: ['name', 'name_prefix'],
  aws_kms_key: ['description', 'multi_region', 'policy', 'rotation_period_in_days'],
  aws_security_group: ['egress', 'ingress', 'name', 'name_prefix', 'vpc_id'],
  aws_sns_topic: [
    'fifo_throughput_scope',
    'name',
    'name_prefix',
    'policy',
    'signature_version',
    'tracing_config',
  ],
  aws_subnet: ['availability_zone', 'availability_zone_id', 'private_dns_hostname_type_on_launch'],
  aws_vpc: [
    'cidr_block',
    'enable_dns_hostnames',
    'enable_network_address_usage_metrics',
    'ipv6_cidr_block',
    'ipv6_cidr_block_network_border_group',
  ],
  aws_vpc_security_group_ingress_rule: [],
  aws_vpc_security_group_egress_rule: [],
};
export const TAGGED_TYPES: readonly string[] = [
  'aws_cloudwatch_log_group',
  'aws_cloudwatch_metric_alarm',
  'aws_elasticache_cluster',
  'aws_elasticache_parameter_group',
  'aws_elasticache_replication_group',
  'aws_elasticache_serverless_cache',
  'aws_elasticache_subnet_group',
  'aws_elasticache_user',
  'aws_elasticache_user_group',
  'aws_kms_key',
  'aws_security_group',
  'aws_sns_topic',
  'aws_subnet',
  'aws_vpc',
  'aws_vpc_security_group_ingress_rule',
  'aws_vpc_security_group_egress_rule',
];
