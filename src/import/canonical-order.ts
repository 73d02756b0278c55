/**
 * What a deployment does not record: the order of the caches, of a global datastore's secondaries and
 * of tag keys (Terraform's JSON sorts its objects). An import lists them in this order; a design put in
 * the same order renders exactly what its import renders (the round-trip test compares the two).
 */
import type { Design } from '@/model/design';

const naturalOrder = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

const sortedKeys = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export function inRecordedOrder(design: Design): Design {
  return {
    ...design,
    tags: sortedKeys(design.tags),
    environments: design.environments.map((environment) => ({
      ...environment,
      tags: sortedKeys(environment.tags),
    })),
    caches: [...design.caches]
      .sort((a, b) => naturalOrder(a.id, b.id))
      .map((cache) => ({
        ...cache,
        tags: sortedKeys(cache.tags),
        ...(cache.kind === 'replication-group'
          ? {
              globalDatastore: {
                ...cache.globalDatastore,
                secondaries: [...cache.globalDatastore.secondaries]
                  .sort((a, b) => naturalOrder(a.region, b.region))
                  .map((secondary) =>
                    secondary.tags ? { ...secondary, tags: sortedKeys(secondary.tags) } : secondary,
                  ),
              },
            }
          : {}),
      })) as Design['caches'],
  };
}
