/**
 * AWS CLI (ElastiCache API) field → design field, as data: the same role `terraform-mapping.ts` plays for
 * Terraform attributes. Field names are exactly those `aws elasticache describe-*` prints (the API's
 * PascalCase). `from-aws-cli.ts` applies the tables and handles what needs logic (members, endpoints,
 * global datastores, parameter groups).
 */
import type { FieldMapping, ResourceMapping } from './terraform-mapping';

const enabled = (value: unknown) => value === 'enabled' || value === 'enabling' || value === true;
const lowercase = (value: unknown) => String(value).toLowerCase();

/** Fields every describe output has that say nothing about the design. */
const API_COMPUTED = [
  'ARN',
  'Status',
  'PendingModifiedValues',
  'ReplicationGroupCreateTime',
  'CacheClusterCreateTime',
  'CreateTime',
  'MemberClustersOutpostArns',
  'ClientDownloadLandingPage',
  'CacheNodeIdsToReboot',
  'ReplicationGroupLogDeliveryEnabled',
  'AuthTokenLastModifiedDate',
  'SnapshottingClusterId',
  'FullEngineVersion',
  'Endpoint',
  'ReaderEndpoint',
  'ConfigurationEndpoint',
  'IpDiscovery',
];

export const API_MAPPINGS: Record<
  'ReplicationGroup' | 'CacheCluster' | 'ServerlessCache' | 'GlobalReplicationGroup',
  ResourceMapping
> = {
  ReplicationGroup: {
    fields: {
      Description: { field: 'description' },
      Engine: { field: 'engine' },
      CacheNodeType: { field: 'nodeType' },
      MultiAZ: { field: 'multiAz', convert: enabled },
      AutomaticFailover: { field: 'automaticFailover', convert: enabled },
      AtRestEncryptionEnabled: { field: 'atRestEncryption.enabled' },
      TransitEncryptionEnabled: { field: 'transitEncryption.enabled' },
      TransitEncryptionMode: { field: 'transitEncryption.mode' },
      SnapshotRetentionLimit: { field: 'backups.retentionDays' },
      SnapshotWindow: { field: 'backups.window' },
      AutoMinorVersionUpgrade: { field: 'maintenance.autoMinorVersionUpgrade' },
      DataTiering: { field: 'dataTiering', convert: enabled },
      NetworkType: { field: 'networkType' },
      ClusterMode: { field: 'clusterMode', convert: lowercase },
    } satisfies Record<string, FieldMapping>,
    read: [
      'ReplicationGroupId',
      'NodeGroups',
      'MemberClusters',
      'ClusterEnabled',
      'AuthTokenEnabled',
      'UserGroupIds',
      'KmsKeyId',
      'LogDeliveryConfigurations',
      'GlobalReplicationGroupInfo',
    ],
    derived: API_COMPUTED,
  },
  CacheCluster: {
    fields: {
      EngineVersion: { field: 'engineVersion' },
      CacheNodeType: { field: 'nodeType' },
      NumCacheNodes: { field: 'nodeCount' },
      PreferredMaintenanceWindow: { field: 'maintenance.window' },
      TransitEncryptionEnabled: { field: 'transitEncryption.enabled' },
      NetworkType: { field: 'networkType' },
    },
    read: [
      'CacheClusterId',
      'Engine',
      'ReplicationGroupId',
      'PreferredAvailabilityZone',
      'CacheParameterGroup',
      'NotificationConfiguration',
      'CacheSubnetGroupName',
      'CacheNodes',
      'AutoMinorVersionUpgrade',
      'SnapshotRetentionLimit',
      'SnapshotWindow',
      'AuthTokenEnabled',
      'AtRestEncryptionEnabled',
      'TransitEncryptionMode',
      'ReplicationGroupLogDeliveryEnabled',
      'LogDeliveryConfigurations',
      'PreferredOutpostArn',
    ],
    // The cache's own security groups are dropped (named in the report): the bundle creates its own.
    derived: [...API_COMPUTED, 'CacheClusterStatus'],
  },
  ServerlessCache: {
    fields: {
      Description: { field: 'description' },
      Engine: { field: 'engine' },
      MajorEngineVersion: { field: 'majorVersion' },
      SnapshotRetentionLimit: { field: 'snapshots.retentionDays' },
      DailySnapshotTime: { field: 'snapshots.dailyTime' },
    },
    read: ['ServerlessCacheName', 'CacheUsageLimits', 'KmsKeyId', 'UserGroupId', 'SubnetIds'],
    derived: API_COMPUTED,
  },
  GlobalReplicationGroup: {
    fields: {},
    read: ['GlobalReplicationGroupId', 'Members'],
    derived: [
      ...API_COMPUTED,
      'GlobalReplicationGroupDescription',
      'CacheNodeType',
      'Engine',
      'EngineVersion',
      'ClusterEnabled',
      'AuthTokenEnabled',
      'TransitEncryptionEnabled',
      'AtRestEncryptionEnabled',
      'GlobalNodeGroups',
    ],
  },
};
