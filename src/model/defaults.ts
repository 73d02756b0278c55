/**
 * Factories for new designs and caches. Secure by default: encryption at rest and in transit on,
 * authentication on, backups kept for a week, alarms on.
 */
import {
  designSchema,
  replicationGroupSchema,
  memcachedSchema,
  serverlessSchema,
  SCHEMA_VERSION,
  type Cache,
  type CacheKind,
  type Design,
  type DesignInput,
} from './design';

export function createCache(kind: CacheKind, id: string): Cache {
  switch (kind) {
    case 'replication-group':
      return replicationGroupSchema.parse({ kind, id, description: `${id} cache` });
    case 'memcached':
      return memcachedSchema.parse({ kind, id, description: `${id} cache` });
    case 'serverless':
      return serverlessSchema.parse({ kind, id, description: `${id} cache` });
  }
}

/** Parses a design written with defaults left out. Throws on invalid input: for trusted, literal designs only. */
export function defineDesign(input: Omit<DesignInput, 'schemaVersion'>): Design {
  return designSchema.parse({ ...input, schemaVersion: SCHEMA_VERSION });
}

export function createDefaultDesign(): Design {
  return defineDesign({
    name: 'my-cache',
    description: 'A highly available Valkey cache.',
    tags: { Project: 'my-app', ManagedBy: 'terraform' },
    caches: [createCache('replication-group', 'app-cache')],
  });
}

/** A cache ID not yet used in the design: `cache`, `cache-2`, `cache-3`, … */
export function nextCacheId(design: Design, base = 'cache'): string {
  const taken = new Set(design.caches.map((cache) => cache.id));
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix++;
  return `${base}-${suffix}`;
}
