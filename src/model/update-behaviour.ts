/**
 * What changing a field does to a cache that is already running: `in-place` (modified live, clients
 * unaffected), `disruption` (modified in place, but nodes restart, fail over or reconnect) or
 * `replacement` (Terraform destroys and recreates the resource: data not in a snapshot is lost).
 * Each field declares its answer in the field registry (`fields.ts`); the UI shows it as a badge.
 */
import type { Cache, Design } from './design';
import type { FieldPath } from './field-path';
import {
  FIELDS,
  fieldEntry,
  overrideTarget,
  valueAtPath,
  type FieldEntry,
  type UpdateBehaviour,
  type UpdateRule,
} from './fields';

export type { UpdateBehaviour, UpdateKind } from './fields';

/** `caches.0.nodeType` → `['caches', 0, 'nodeType']`; a path given as segments is returned as is. */
export const fieldPathOf = (path: FieldPath | string): FieldPath =>
  typeof path === 'string'
    ? path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))
    : path;

const CACHE_PREFIX = 'caches.*.';

const isOverridePath = (segments: FieldPath) =>
  segments[0] === 'environments' && segments[2] === 'overrides' && segments.length === 5;

/** The cache a field belongs to: `caches.N…`, or an environment override keyed by the cache's ID. */
function cacheOf(design: Design, segments: FieldPath): Cache | undefined {
  if (segments[0] === 'caches' && typeof segments[1] === 'number') return design.caches[segments[1]];
  if (isOverridePath(segments)) return design.caches.find((candidate) => candidate.id === segments[3]);
  return undefined;
}

const versionOf = (cache: Cache | undefined) =>
  cache && 'engineVersion' in cache ? cache.engineVersion : undefined;

const answer = (rule: UpdateRule, cache: Cache | undefined, design: Design, next: unknown) =>
  typeof rule === 'function' ? rule(cache, design, next) : rule;

/**
 * The rule for `segments` (a path from the design's root): its own entry's, else that of the nearest
 * registered field around it (an element of a list or record answers with its `itemUpdate` if any).
 */
function ruleFor(segments: FieldPath): UpdateRule | undefined {
  for (let length = segments.length; length > 0; length--) {
    const entry = fieldEntry(segments.slice(0, length));
    if (!entry) continue;
    if (length === segments.length - 1 && entry.itemUpdate) return entry.itemUpdate;
    if (entry.update) return entry.update;
  }
  return undefined;
}

/**
 * What changing the field at `path` (e.g. `caches.0.atRestEncryption.enabled` or
 * `['caches', 0, 'nodeType']`) does to the running cache. `next`, the value it would change to,
 * refines the answer where it matters (an engine version upgrade or downgrade). Undefined for
 * paths the model does not have.
 */
export function updateBehaviour(
  design: Design,
  path: FieldPath | string,
  next?: unknown,
): UpdateBehaviour | undefined {
  const segments = fieldPathOf(path);
  const cache = cacheOf(design, segments);
  if (isOverridePath(segments)) {
    const field = cache ? overrideTarget(String(segments[4]), cache.kind) : undefined;
    const rule = field === undefined ? undefined : ruleFor(['caches', '*', ...fieldPathOf(field)]);
    const behaviour = rule && answer(rule, cache, design, next);
    return behaviour && { ...behaviour, note: `In this environment: ${behaviour.note}` };
  }
  const rule = ruleFor(segments);
  return rule && answer(rule, cache, design, next);
}

/**
 * The fields of the cache at `index` whose change recreates it (as the cache stands now: a Valkey
 * cache lists its engine, a Redis OSS one does not), with the reason. The bundle README lists them.
 */
export function replacingFields(design: Design, index: number): { path: string; note: string }[] {
  const cache = design.caches[index];
  if (!cache) return [];
  return FIELDS.flatMap((entry: FieldEntry) => {
    if (!entry.update || !entry.path.startsWith(CACHE_PREFIX)) return [];
    const path = entry.path.slice(CACHE_PREFIX.length);
    if (
      path.includes('*') ||
      valueAtPath(cache, path) === undefined ||
      (path.startsWith('globalDatastore.') &&
        !(cache.kind === 'replication-group' && cache.globalDatastore.enabled))
    )
      return [];
    const behaviour = answer(entry.update, cache, design, undefined);
    return behaviour.behaviour === 'replacement' ? [{ path, note: behaviour.note }] : [];
  });
}

/**
 * All that `updateBehaviour(design, path)` (without `next`) reads of the design, as a string: the
 * kind, engine and engine version of the field's cache. Equal keys give equal answers, so a caller
 * can keep an answer while the key stays the same instead of asking again on every edit.
 */
export function updateBehaviourKey(design: Design, path: FieldPath | string): string {
  const cache = cacheOf(design, fieldPathOf(path));
  if (!cache) return '';
  return `${cache.kind}|${'engine' in cache ? cache.engine : ''}|${versionOf(cache) ?? ''}`;
}
