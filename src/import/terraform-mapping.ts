/**
 * Which Terraform attribute of which resource type becomes which design field — the generator's
 * mapping read backwards, as data. A field registry holding each field's Terraform mapping could
 * produce these tables; until then they live here, next to the code that applies them
 * (`from-terraform.ts`).
 *
 * Per resource type:
 * - `fields`: attribute → design field path below the cache (or the design), with a conversion when the
 *   attribute's type differs from the field's;
 * - `read`: attributes the importer reads through its own logic (IDs, tags, references, blocks);
 * - `derived`: attributes the bundle computes from other fields, or that the provider or AWS sets —
 *   nothing to import, nothing lost.
 * Any other attribute with a value is reported as dropped: the model does not hold it.
 */

export interface FieldMapping {
  field: string;
  convert?: (value: unknown) => unknown;
}

export interface ResourceMapping {
  fields: Record<string, FieldMapping>;
  read: readonly string[];
  derived: readonly string[];
}

/** The provider writes some booleans as strings (`"true"`). */
const toBoolean = (value: unknown) => value === true || value === 'true';
const minusOne = (value: unknown) => Number(value) - 1;

const AWS_COMPUTED = ['id', 'arn', 'tags_all', 'timeouts', 'region'];

export const SECRET_ATTRIBUTES: Record<string, string> = {
  auth_token: 'a secret: the bundle takes it from TF_VAR_<cache>_auth_token, never from a file',
  passwords: 'secrets: the bundle takes them from TF_VAR_<cache>_user_passwords, never from a file',
};

export const RESOURCE_MAPPINGS: Record<string, ResourceMapping> = {
  aws_elasticache_replication_group: {
    fields: {
      description: { field: 'description' },
      engine: { field: 'engine' },
      engine_version: { field: 'engineVersion' },
      node_type: { field: 'nodeType' },
      port: { field: 'port' },
      data_tiering_enabled: { field: 'dataTiering', convert: toBoolean },
      cluster_mode: { field: 'clusterMode' },
      multi_az_enabled: { field: 'multiAz', convert: toBoolean },
      automatic_failover_enabled: { field: 'automaticFailover', convert: toBoolean },
      preferred_cache_cluster_azs: { field: 'preferredAzs' },
      network_type: { field: 'networkType' },
      at_rest_encryption_enabled: { field: 'atRestEncryption.enabled', convert: toBoolean },
      transit_encryption_enabled: { field: 'transitEncryption.enabled', convert: toBoolean },
      transit_encryption_mode: { field: 'transitEncryption.mode' },
      snapshot_retention_limit: { field: 'backups.retentionDays' },
      snapshot_window: { field: 'backups.window' },
      snapshot_name: { field: 'backups.restoreFromSnapshot' },
      maintenance_window: { field: 'maintenance.window' },
      auto_minor_version_upgrade: { field: 'maintenance.autoMinorVersionUpgrade', convert: toBoolean },
      apply_immediately: { field: 'maintenance.applyImmediately', convert: toBoolean },
    },
    read: [
      'replication_group_id',
      'tags',
      'num_node_groups',
      'replicas_per_node_group',
      'num_cache_clusters',
      'parameter_group_name',
      'kms_key_id',
      'auth_token',
      'auth_token_update_strategy',
      'user_group_ids',
      'final_snapshot_identifier',
      'notification_topic_arn',
      'log_delivery_configuration',
      'global_replication_group_id',
    ],
    derived: [
      ...AWS_COMPUTED,
      'subnet_group_name',
      'security_group_ids',
      'security_group_names',
      'ip_discovery',
      'member_clusters',
      'primary_endpoint_address',
      'reader_endpoint_address',
      'configuration_endpoint_address',
      'engine_version_actual',
      'cluster_enabled',
      'node_group_configuration',
      'snapshot_arns',
    ],
  },
  aws_elasticache_cluster: {
    fields: {
      engine_version: { field: 'engineVersion' },
      node_type: { field: 'nodeType' },
      num_cache_nodes: { field: 'nodeCount' },
      az_mode: { field: 'azMode' },
      preferred_availability_zones: { field: 'preferredAzs' },
      port: { field: 'port' },
      network_type: { field: 'networkType' },
      transit_encryption_enabled: { field: 'transitEncryption.enabled', convert: toBoolean },
      maintenance_window: { field: 'maintenance.window' },
      apply_immediately: { field: 'maintenance.applyImmediately', convert: toBoolean },
    },
    read: ['cluster_id', 'engine', 'tags', 'parameter_group_name', 'notification_topic_arn'],
    derived: [
      ...AWS_COMPUTED,
      'subnet_group_name',
      'security_group_ids',
      'ip_discovery',
      'auto_minor_version_upgrade',
      'cache_nodes',
      'cluster_address',
      'configuration_endpoint',
      'engine_version_actual',
      'availability_zone',
    ],
  },
  aws_elasticache_serverless_cache: {
    fields: {
      description: { field: 'description' },
      engine: { field: 'engine' },
      major_engine_version: { field: 'majorVersion' },
      snapshot_retention_limit: { field: 'snapshots.retentionDays' },
      daily_snapshot_time: { field: 'snapshots.dailyTime' },
    },
    read: ['name', 'tags', 'kms_key_id', 'user_group_id', 'cache_usage_limits'],
    derived: [
      ...AWS_COMPUTED,
      'subnet_ids',
      'security_group_ids',
      'endpoint',
      'reader_endpoint',
      'full_engine_version',
      'create_time',
      'status',
      'snapshot_arns_to_restore',
    ],
  },
  aws_elasticache_global_replication_group: {
    fields: {},
    read: ['global_replication_group_id_suffix'],
    derived: [
      ...AWS_COMPUTED,
      'global_replication_group_id',
      'global_replication_group_description',
      'primary_replication_group_id',
      'engine_version',
      'cache_node_type',
      'num_node_groups',
      'parameter_group_name',
      'engine',
      'engine_version_actual',
      'at_rest_encryption_enabled',
      'transit_encryption_enabled',
      'auth_token_enabled',
      'cluster_enabled',
      'global_node_groups',
      'automatic_failover_enabled',
    ],
  },
  aws_elasticache_parameter_group: {
    fields: {},
    read: ['name', 'family', 'parameter'],
    derived: [...AWS_COMPUTED, 'description', 'tags'],
  },
  aws_elasticache_subnet_group: {
    fields: {},
    read: ['name', 'subnet_ids'],
    derived: [...AWS_COMPUTED, 'description', 'tags', 'vpc_id'],
  },
  aws_elasticache_user: {
    fields: {},
    read: ['user_id', 'user_name', 'access_string', 'authentication_mode', 'passwords'],
    derived: [...AWS_COMPUTED, 'engine', 'no_password_required', 'tags'],
  },
  aws_elasticache_user_group: {
    fields: {},
    read: ['user_ids'],
    derived: [...AWS_COMPUTED, 'user_group_id', 'engine', 'tags'],
  },
  aws_security_group: {
    fields: {},
    read: ['name_prefix', 'description', 'vpc_id', 'ingress'],
    derived: [...AWS_COMPUTED, 'name', 'tags', 'revoke_rules_on_delete', 'owner_id', 'egress'],
  },
  aws_vpc_security_group_ingress_rule: {
    fields: {},
    read: ['cidr_ipv4', 'referenced_security_group_id', 'from_port'],
    derived: [
      ...AWS_COMPUTED,
      'security_group_id',
      'description',
      'ip_protocol',
      'to_port',
      'security_group_rule_id',
      'tags',
    ],
  },
  aws_vpc: {
    fields: {},
    read: ['cidr_block'],
    derived: [
      ...AWS_COMPUTED,
      'enable_dns_support',
      'enable_dns_hostnames',
      'instance_tenancy',
      'tags',
      'owner_id',
      'main_route_table_id',
      'default_network_acl_id',
      'default_route_table_id',
      'default_security_group_id',
      'dhcp_options_id',
      'enable_network_address_usage_metrics',
      'ipv6_association_id',
      'ipv6_cidr_block_network_border_group',
    ],
  },
  aws_subnet: {
    fields: {},
    read: ['availability_zone'],
    derived: [...AWS_COMPUTED, 'vpc_id', 'cidr_block', 'tags', 'owner_id', 'availability_zone_id'],
  },
  aws_kms_key: {
    fields: {},
    read: [],
    derived: [
      ...AWS_COMPUTED,
      'description',
      'deletion_window_in_days',
      'enable_key_rotation',
      'key_id',
      'policy',
      'key_usage',
      'customer_master_key_spec',
      'rotation_period_in_days',
      'is_enabled',
      'multi_region',
      'tags',
    ],
  },
  aws_kms_alias: {
    fields: {},
    read: [],
    derived: [...AWS_COMPUTED, 'name', 'target_key_id', 'target_key_arn'],
  },
  aws_sns_topic: {
    fields: {},
    read: [],
    derived: [
      ...AWS_COMPUTED,
      'name',
      'owner',
      'policy',
      'signature_version',
      'tracing_config',
      'beginning_archive_time',
      'tags',
    ],
  },
  aws_sns_topic_subscription: {
    fields: {},
    read: ['endpoint'],
    derived: [
      ...AWS_COMPUTED,
      'topic_arn',
      'protocol',
      'confirmation_timeout_in_minutes',
      'endpoint_auto_confirms',
      'raw_message_delivery',
      'owner_id',
      'pending_confirmation',
      'confirmation_was_authenticated',
    ],
  },
  aws_cloudwatch_log_group: {
    fields: {},
    read: ['retention_in_days'],
    derived: [...AWS_COMPUTED, 'name', 'log_group_class', 'tags', 'skip_destroy'],
  },
  aws_cloudwatch_metric_alarm: {
    fields: {},
    read: ['threshold', 'evaluation_periods', 'treat_missing_data', 'alarm_description'],
    derived: [
      ...AWS_COMPUTED,
      'alarm_name',
      'namespace',
      'metric_name',
      'dimensions',
      'statistic',
      'period',
      'comparison_operator',
      'alarm_actions',
      'ok_actions',
      'actions_enabled',
      'datapoints_to_alarm',
      'tags',
    ],
  },
  terraform_data: { fields: {}, read: [], derived: ['id', 'input', 'output', 'triggers_replace'] },
};

/** Values that say nothing: an unset optional attribute or a provider's empty default. */
export const isEmptyValue = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  value === false ||
  value === '' ||
  value === 0 ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && Object.keys(value as object).length === 0);

export { minusOne };
