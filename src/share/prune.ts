/**
 * Keeps only what differs from the schema defaults, so share links stay short. Parsing the pruned
 * document with the schema fills the defaults back in, giving the same design.
 */
import {
  designSchema,
  memcachedSchema,
  replicationGroupSchema,
  serverlessSchema,
  SCHEMA_VERSION,
  type Cache,
  type Design,
} from '@/model/design';

type Json = unknown;

/** Keys that pick a union member: zod needs them to parse the rest, so they stay with their object. */
const DISCRIMINATORS = new Set(['kind', 'mode']);

function isPlainObject(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function deepEqual(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function pickDiscriminators(value: Record<string, Json>): Record<string, Json> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => DISCRIMINATORS.has(key)));
}

/** `value` without the entries equal to `defaults`; nested objects are pruned entry by entry. */
function pruneAgainst(value: Json, defaults: Json): Json {
  if (!isPlainObject(value) || !isPlainObject(defaults)) return value;
  const kept: Record<string, Json> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (key in defaults && deepEqual(entry, defaults[key]) && !DISCRIMINATORS.has(key)) continue;
    const pruned = key in defaults ? pruneAgainst(entry, defaults[key]) : entry;
    // An object left with nothing but its discriminator equals its default; drop it.
    if (
      isPlainObject(pruned) &&
      isPlainObject(defaults[key]) &&
      Object.keys(pruned).every((inner) => DISCRIMINATORS.has(inner)) &&
      deepEqual(pruned, pickDiscriminators(defaults[key]))
    )
      continue;
    kept[key] = pruned;
  }
  return kept;
}

const CACHE_SCHEMAS = {
  'replication-group': replicationGroupSchema,
  memcached: memcachedSchema,
  serverless: serverlessSchema,
};

function defaultCache(cache: Cache): Cache {
  return CACHE_SCHEMAS[cache.kind].parse({ kind: cache.kind, id: cache.id });
}

export function pruneDefaults(design: Design): Record<string, Json> {
  const defaults = designSchema.parse({ schemaVersion: SCHEMA_VERSION, name: design.name });
  const { caches, schemaVersion: _version, ...rest } = design;
  const top = pruneAgainst(rest, defaults) as Record<string, Json>;
  const prunedCaches = caches.map((cache) => {
    const { kind, id, ...fields } = cache;
    const { kind: _kind, id: _id, ...cacheDefaults } = defaultCache(cache);
    return { kind, id, ...(pruneAgainst(fields, cacheDefaults) as Record<string, Json>) };
  });
  return { ...top, name: design.name, ...(prunedCaches.length ? { caches: prunedCaches } : {}) };
}
