/**
 * What changed between a deployed design and the design now, field by field, with what each change
 * does to the running cache (update-behaviour.ts). The Checks tab warns of the replacements; the day-2
 * change suite compares these answers with what Terraform plans.
 */
import type { Design } from './design';
import type { FieldPath } from './field-path';
import type { Finding } from './rule-kit';
import { updateBehaviour, type UpdateBehaviour } from './update-behaviour';

export interface FieldChange {
  /** Dotted path in `before` (`caches.0.nodeType`, `environments.1.overrides.orders.nodeType`). */
  path: string;
  /** The ID of the cache the field belongs to. */
  cacheId: string;
  behaviour: UpdateBehaviour;
}

/** Leaf paths where two values differ (`caches.0.nodeType`); array elements by index. */
export function changedPaths(before: unknown, after: unknown, prefix: string[] = []): string[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  const isContainer = (value: unknown) => typeof value === 'object' && value !== null;
  if (!isContainer(before) || !isContainer(after) || Array.isArray(before) !== Array.isArray(after))
    return [prefix.join('.')];
  const keys = new Set([...Object.keys(before as object), ...Object.keys(after as object)]);
  return [...keys].flatMap((key) =>
    changedPaths((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], [
      ...prefix,
      key,
    ]),
  );
}

export const valueAt = (design: unknown, path: string) =>
  path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], design);

/**
 * The changed fields of the caches `before` and `after` both have. Caches are matched by ID: a cache
 * added or removed is not a change of the caches after it, nor a field change.
 */
export function cacheFieldChanges(before: Design, after: Design): FieldChange[] {
  const aligned = {
    ...after,
    caches: before.caches.map(
      (cache) => after.caches.find((candidate) => candidate.id === cache.id) ?? cache,
    ),
  };
  return changedPaths(before, aligned).flatMap((path) => {
    const segments = path.split('.');
    const cacheIndex = segments[0] === 'caches' ? Number(segments[1]) : undefined;
    const overrideCache =
      segments[0] === 'environments' && segments[2] === 'overrides' ? segments[3] : undefined;
    const cacheId = cacheIndex !== undefined ? before.caches[cacheIndex]?.id : overrideCache;
    if (cacheId === undefined || segments.length < 3) return [];
    const behaviour = updateBehaviour(before, path, valueAt(after, path));
    return behaviour ? [{ path, cacheId, behaviour }] : [];
  });
}

export const REPLACEMENT_RULE_ID = 'cache-replaced';

/**
 * A warning on each field of `current` whose change from `deployed` (the design the session opened:
 * what is running) makes Terraform destroy and recreate the cache.
 */
export function replacementFindings(deployed: Design, current: Design): Finding[] {
  return cacheFieldChanges(deployed, current)
    .filter((change) => change.behaviour.behaviour === 'replacement')
    .map(({ path, cacheId, behaviour }) => {
      const segments: FieldPath = path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
      const cacheIndex = current.caches.findIndex((cache) => cache.id === cacheId);
      // Cache fields are addressed in the current design (its order may differ from the deployed one).
      if (segments[0] === 'caches') segments[1] = cacheIndex;
      return {
        ruleId: REPLACEMENT_RULE_ID,
        severity: 'warning' as const,
        path: segments,
        message: `Changed since this design was opened: applying it destroys ${cacheId} and creates it again. ${behaviour.note}`,
        why: 'A replaced cache starts empty: the data not in a snapshot is lost, and clients reconnect to new endpoints.',
        source: {
          kind: 'provider' as const,
          reference: 'update behaviour (src/model/update-behaviour.ts): forces replacement',
        },
        ...(cacheIndex >= 0 && { cacheIndex }),
      };
    });
}
