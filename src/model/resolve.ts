/**
 * Resolving a cache for one environment, and the AWS IDs a cache will really get. With environments
 * and instances the IDs grow prefixes (`prod-orders-cache`), so limits are checked on those.
 */
import type { Cache, CacheOverride, Design, Memcached, ReplicationGroup } from './design';
import { overridesForKind, withValueAtPath } from './fields';

/** A cache with an environment's overrides applied: the same shape as the cache itself. */
export type ResolvedCache<C extends Cache = Cache> = C;

export function overridesFor(
  design: Design,
  cacheId: string,
  environment: string | undefined,
): CacheOverride {
  if (!environment) return {};
  return design.environments.find((env) => env.name === environment)?.overrides[cacheId] ?? {};
}

export function resolveCache<C extends Cache>(
  design: Design,
  cache: C,
  environment: string | undefined,
): ResolvedCache<C> {
  const override = overridesFor(design, cache.id, environment);
  return overridesForKind(cache.kind).reduce<C>(
    (resolved, field) =>
      override[field.key] === undefined
        ? resolved
        : withValueAtPath(resolved, field.path, override[field.key]),
    cache,
  );
}

/** AWS ID length limits: replication group 40, cache cluster 50, serverless cache 40. */
export const ID_LIMITS: Record<Cache['kind'], number> = {
  'replication-group': 40,
  memcached: 50,
  serverless: 40,
};

/** Every AWS ID a cache gets across environments and instances, with the limit that applies. */
export function effectiveCacheIds(design: Design, cache: Cache): { id: string; limit: number }[] {
  const environments = design.environments.length ? design.environments.map((env) => `${env.name}-`) : [''];
  const instances = cache.instances.length ? cache.instances.map((instance) => `${instance}-`) : [''];
  return environments.flatMap((environment) =>
    instances.map((instance) => ({
      id: `${environment}${instance}${cache.id}`,
      limit: ID_LIMITS[cache.kind],
    })),
  );
}

type Secondary = ReplicationGroup['globalDatastore']['secondaries'][number];

/** The base AWS ID of a global datastore secondary (before environment prefixes). */
export const secondaryIdBase = (cache: ReplicationGroup, secondary: Secondary) =>
  secondary.replicationGroupId ?? `${cache.id}-${secondary.region}`;

/** The base AWS name of a cache's created parameter group (before environment prefixes). */
export const parameterGroupNameBase = (cache: ReplicationGroup | Memcached) =>
  cache.parameterGroup.name ?? `${cache.id}-params`;

/** The base AWS name of the design's cache subnet groups (before environment prefixes). */
export const subnetGroupNameBase = (design: Design) => design.subnetGroupName ?? design.name;

/** The start of the caches' security group name; Terraform appends a unique suffix. */
export const securityGroupNamePrefix = (design: Design) =>
  design.securityGroupNamePrefix ?? `${design.name}-cache-`;
