/**
 * One-line summaries of a cache and of each of its sections, shown beside collapsed headings so a
 * closed form still says what it holds.
 */
import { ENGINE_LABELS, findNodeType, parameterFamily } from '@/model/catalog';
import type { Cache } from '@/model/design';
import type { CacheSection } from './field-paths';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const onOff = (on: boolean) => (on ? 'on' : 'off');

export const CACHE_KIND_LABELS: Record<Cache['kind'], string> = {
  'replication-group': 'Replication group',
  memcached: 'Memcached cluster',
  serverless: 'Serverless cache',
};

function nodeTypeSummary(type: string): string {
  const nodeType = findNodeType(type);
  return nodeType ? `${type} (${nodeType.vcpu} vCPU, ${nodeType.memoryGiB} GiB)` : type;
}

function topologySummary(cache: Cache): string {
  switch (cache.kind) {
    case 'replication-group': {
      const nodes = plural(cache.replicasPerShard + 1, 'node');
      const layout = cache.clusterMode === 'disabled' ? nodes : `${plural(cache.shards, 'shard')} × ${nodes}`;
      return [
        `${ENGINE_LABELS[cache.engine]} ${cache.engineVersion}`,
        `cluster mode ${cache.clusterMode}`,
        layout,
      ].join(' · ');
    }
    case 'memcached':
      return [`Memcached ${cache.engineVersion}`, cache.azMode === 'cross-az' ? 'across AZs' : 'one AZ'].join(
        ' · ',
      );
    case 'serverless':
      return `Serverless ${ENGINE_LABELS[cache.engine]} ${cache.majorVersion}`;
  }
}

/** e.g. "Valkey 8.0 · cluster mode enabled · 3 shards × 3 nodes · cache.r7g.large" */
export function cacheSummary(cache: Cache): string {
  switch (cache.kind) {
    case 'replication-group':
      return `${topologySummary(cache)} · ${cache.nodeType}`;
    case 'memcached':
      return `${topologySummary(cache)} · ${plural(cache.nodeCount, 'node')} · ${cache.nodeType}`;
    case 'serverless':
      return `${topologySummary(cache)} · ${limitsSummary(cache)}`;
  }
}

function limitsSummary(cache: Extract<Cache, { kind: 'serverless' }>): string {
  const { dataStorageMaxGb, ecpuPerSecondMax } = cache.limits;
  if (dataStorageMaxGb === undefined && ecpuPerSecondMax === undefined) return 'no usage limits';
  return [
    dataStorageMaxGb !== undefined ? `≤ ${dataStorageMaxGb} GB` : undefined,
    ecpuPerSecondMax !== undefined ? `≤ ${ecpuPerSecondMax.toLocaleString('en-US')} ECPU/s` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}

export function sectionSummary(cache: Cache, section: CacheSection): string {
  switch (section) {
    case 'topology':
      return topologySummary(cache);
    case 'capacity':
      if (cache.kind === 'serverless') return limitsSummary(cache);
      return cache.kind === 'memcached'
        ? `${plural(cache.nodeCount, 'node')} of ${nodeTypeSummary(cache.nodeType)}`
        : nodeTypeSummary(cache.nodeType);
    case 'security':
      if (cache.kind === 'memcached')
        return `Encryption in transit ${onOff(cache.transitEncryption.enabled)}`;
      if (cache.kind === 'serverless')
        return `Access control: ${cache.auth.mode === 'rbac' ? 'RBAC' : 'none'}`;
      return `At rest ${onOff(cache.atRestEncryption.enabled)} · in transit ${onOff(cache.transitEncryption.enabled)} · ${
        { none: 'no access control', token: 'AUTH token', rbac: 'RBAC' }[cache.auth.mode]
      }`;
    case 'backup':
      if (cache.kind === 'memcached') return `Maintenance ${cache.maintenance.window}`;
      if (cache.kind === 'serverless')
        return cache.snapshots.retentionDays
          ? `Snapshots kept ${plural(cache.snapshots.retentionDays, 'day')}`
          : 'No snapshots';
      return cache.backups.retentionDays
        ? `Backups kept ${plural(cache.backups.retentionDays, 'day')}`
        : 'No backups';
    case 'parameters': {
      if (cache.kind === 'serverless') return '';
      const engine = cache.kind === 'memcached' ? 'memcached' : cache.engine;
      const family = parameterFamily(engine, cache.engineVersion) ?? 'unknown family';
      return cache.parameterGroup.mode === 'custom'
        ? `Custom ${family}, ${plural(cache.parameterGroup.parameters.length, 'parameter')}`
        : `AWS default (${family})`;
    }
    case 'monitoring': {
      const parts = [`Alarms ${onOff(cache.alarms.enabled)}`];
      if (cache.kind === 'replication-group')
        parts.push(
          `slow log ${onOff(cache.logs.slowLog.enabled)}`,
          `engine log ${onOff(cache.logs.engineLog.enabled)}`,
        );
      return parts.join(' · ');
    }
    case 'global':
      return cache.kind === 'replication-group' && cache.globalDatastore.enabled
        ? `To ${cache.globalDatastore.secondaries.map((secondary) => secondary.region).join(', ') || 'no region yet'}`
        : 'Off';
    case 'environments':
      return '';
  }
}
