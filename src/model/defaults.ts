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

const CACHE_SCHEMAS = {
  'replication-group': replicationGroupSchema,
  memcached: memcachedSchema,
  serverless: serverlessSchema,
};

export function createCache(kind: CacheKind, id: string): Cache {
  return CACHE_SCHEMAS[kind].parse({ kind, id, description: `${id} cache` });
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

/**
 * What the schema fills in by itself: the baseline a share link leaves out (share/prune.ts). The
 * values depend on no name or ID; `npm run schema` writes them to data/schema-defaults.json, so
 * writing a link needs no zod.
 */
export function schemaDefaults(name = 'design', cacheId = 'cache') {
  const {
    schemaVersion: _version,
    name: _name,
    caches: _caches,
    ...design
  } = designSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    name,
  });
  const cacheDefaults = (kind: CacheKind) => {
    const { kind: _kind, id: _id, ...fields } = CACHE_SCHEMAS[kind].parse({ kind, id: cacheId });
    return fields;
  };
  return {
    design,
    caches: {
      'replication-group': cacheDefaults('replication-group'),
      memcached: cacheDefaults('memcached'),
      serverless: cacheDefaults('serverless'),
    },
  };
}
