/**
 * Keeps only what differs from the schema defaults, so share links stay short. Parsing the pruned
 * document with the schema fills the defaults back in, giving the same design. The defaults come as
 * data generated from the schema (`npm run schema`), so writing a link needs no zod.
 */
import type { Design } from '@/model/design';
import SCHEMA_DEFAULTS from '@/model/data/schema-defaults.json';

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

/**
 * Cache fields whose schema default changed after links were first shared. A link leaves out a field
 * equal to the default *of its time*, so these keep their first defaults inside links: an old link
 * still means what it meant, and a new link writes the field whenever it differs from that value.
 * (Memcached's default moved from 1.6.17 to the catalogue's newest, 1.6.22.)
 */
const LINK_CACHE_DEFAULTS: Partial<Record<Design['caches'][number]['kind'], Record<string, Json>>> = {
  memcached: { engineVersion: '1.6.17' },
};

const linkDefaultsOf = (kind: keyof typeof SCHEMA_DEFAULTS.caches) => ({
  ...SCHEMA_DEFAULTS.caches[kind],
  ...LINK_CACHE_DEFAULTS[kind],
});

/** Puts back the fields a link leaves out because they held a frozen link default (see above). */
export function restoreLinkDefaults(payload: Record<string, Json>): Record<string, Json> {
  if (!Array.isArray(payload.caches)) return payload;
  const caches = payload.caches.map((cache: Json) => {
    if (!isPlainObject(cache) || typeof cache.kind !== 'string') return cache;
    const frozen = LINK_CACHE_DEFAULTS[cache.kind as keyof typeof LINK_CACHE_DEFAULTS];
    return frozen ? { ...frozen, ...cache } : cache;
  });
  return { ...payload, caches };
}

export function pruneDefaults(design: Design): Record<string, Json> {
  const { caches, schemaVersion: _version, ...rest } = design;
  // The name is left out here and written after the rest (its place in every link so far).
  const top = pruneAgainst(rest, { ...SCHEMA_DEFAULTS.design, name: design.name }) as Record<string, Json>;
  const prunedCaches = caches.map((cache) => {
    const { kind, id, ...fields } = cache;
    return { kind, id, ...(pruneAgainst(fields, linkDefaultsOf(kind)) as Record<string, Json>) };
  });
  return { ...top, name: design.name, ...(prunedCaches.length ? { caches: prunedCaches } : {}) };
}
