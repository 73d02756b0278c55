/**
 * Paths into a design (`caches.0.backups.window`) and the patterns that match them. Free of zod: the
 * generator's README (update behaviour), which the first screen loads, reads them.
 */
export type FieldPath = (string | number)[];

export const pathText = (path: readonly (string | number)[]) => path.join('.');

/** True when `path` matches a pattern such as `caches.*.backups.window` (`*` is one segment). */
export function matchesPattern(pattern: string, path: readonly (string | number)[]): boolean {
  const parts = pattern.split('.');
  return (
    parts.length === path.length && parts.every((part, index) => part === '*' || part === String(path[index]))
  );
}

/** Sub-sections of a cache card in the form, in the order they appear. */
export const CACHE_SECTIONS = [
  'topology',
  'capacity',
  'security',
  'backup',
  'parameters',
  'monitoring',
  'global',
  'environments',
] as const;
export type CacheSection = (typeof CACHE_SECTIONS)[number];
/** Sections of the form outside the cache cards. */
export type DesignSection = 'general' | 'network';
