/**
 * Alarms must watch metrics that exist: ElastiCache publishes node metrics per member cluster
 * (`<group>-001`, `<group>-0001-001`, …) and Memcached per cluster and node ID, serverless per cache
 * name. From a real plan, this lists every alarm whose dimensions name nothing the bundle creates,
 * and every member cluster no alarm watches.
 */
import { plannedResources, type PlanJson, type PlannedResource } from './verify';

const pad = (value: number, width: number) => String(value).padStart(width, '0');

function memberClusters(group: PlannedResource): string[] {
  const id = String(group.values.replication_group_id);
  const clusters = Number(group.values.num_cache_clusters ?? 0);
  if (group.values.cluster_mode === 'disabled' || !group.values.num_node_groups)
    return Array.from({ length: clusters }, (_, index) => `${id}-${pad(index + 1, 3)}`);
  const shards = Number(group.values.num_node_groups);
  const nodes = Number(group.values.replicas_per_node_group) + 1;
  return Array.from(
    { length: shards * nodes },
    (_, index) => `${id}-${pad(Math.floor(index / nodes) + 1, 4)}-${pad((index % nodes) + 1, 3)}`,
  );
}

export function alarmDimensionProblems(plan: PlanJson): string[] {
  const resources = plannedResources(plan);
  const ofType = (type: string) => resources.filter((resource) => resource.type === type);
  // Global datastore secondaries count too: each has its own alarms, in its region.
  const members = new Set(ofType('aws_elasticache_replication_group').flatMap(memberClusters));
  const memcachedNodes = new Set(
    ofType('aws_elasticache_cluster').flatMap((cluster) =>
      Array.from(
        { length: Number(cluster.values.num_cache_nodes) },
        (_, index) => `${cluster.values.cluster_id}/${pad(index + 1, 4)}`,
      ),
    ),
  );
  const serverless = new Set(
    ofType('aws_elasticache_serverless_cache').map((cache) => String(cache.values.name)),
  );
  const watched = new Set<string>();
  const problems: string[] = [];
  for (const alarm of ofType('aws_cloudwatch_metric_alarm')) {
    const dimensions = (alarm.values.dimensions ?? {}) as Record<string, string>;
    const known =
      dimensions.clusterId !== undefined
        ? serverless.has(dimensions.clusterId)
        : dimensions.CacheNodeId !== undefined
          ? memcachedNodes.has(`${dimensions.CacheClusterId}/${dimensions.CacheNodeId}`)
          : members.has(dimensions.CacheClusterId ?? '');
    if (!known)
      problems.push(
        `${alarm.address}: dimensions ${JSON.stringify(dimensions)} name nothing the bundle creates`,
      );
    if (dimensions.CacheClusterId) watched.add(dimensions.CacheClusterId);
  }
  if (ofType('aws_cloudwatch_metric_alarm').length > 0)
    for (const member of members)
      if (!watched.has(member)) problems.push(`member cluster ${member} has no alarm`);
  return problems;
}
