/**
 * Which form sections are open: the sections the user toggled, and a default for the others. A
 * cache's card and its sub-sections are named by the cache's index (`caches.2`, `caches.2.backup`),
 * so when a cache is inserted or removed, the states of the cards after it move with them.
 */
import { cacheCardId } from '../field-paths';

export type ToggledSections = Readonly<Record<string, boolean>>;

/**
 * What a new visitor sees closed: the cards of all caches but the first (a big design mounts one
 * card's fields, not hundreds), and in every card the less common settings.
 */
const CLOSED_BY_DEFAULT = /^caches\.([1-9]\d*|\d+\.(parameters|monitoring|global|environments))$/;
const CACHE_SECTION = /^caches\.(\d+)(\..+)?$/;

export const isSectionOpen = (toggled: ToggledSections, id: string) =>
  toggled[id] ?? !CLOSED_BY_DEFAULT.test(id);

/**
 * The states after a cache was inserted at `at` (`by` 1) or removed from it (`by` -1), with `count`
 * caches before the change: every card keeps its state as it moves, and the removed one's is dropped.
 */
export function shiftCacheSections(
  toggled: ToggledSections,
  at: number,
  by: 1 | -1,
  count: number,
): ToggledSections {
  // A card's default depends on its place (only the first is open): write down the state of those
  // that move, so moving does not change it.
  const explicit: Record<string, boolean> = { ...toggled };
  for (let index = at; index < count; index++)
    explicit[cacheCardId(index)] = isSectionOpen(toggled, cacheCardId(index));
  const shifted: Record<string, boolean> = {};
  for (const [id, open] of Object.entries(explicit)) {
    const match = CACHE_SECTION.exec(id);
    const index = match ? Number(match[1]) : -1;
    if (!match || index < at) shifted[id] = open;
    else if (by === 1 || index > at) shifted[`${cacheCardId(index + by)}${match[2] ?? ''}`] = open;
  }
  return shifted;
}
