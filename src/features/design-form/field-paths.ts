/**
 * Model paths ↔ the form: the DOM id of a field, and the collapsible sections that must be open to
 * show it. Checks (and later, fix buttons and badges) find fields through these.
 */
import type { Design } from '@/model/design';
import type { CacheSection } from '@/model/field-path';
import { cacheFieldSection, designFieldSection } from '@/model/fields';

export type ModelPath = readonly (string | number)[];

/** `['caches', 0, 'nodeType']` → `caches.0.nodeType`: the react-hook-form name of a field. */
export const formName = (path: ModelPath) => path.join('.');

const FIELD_ID_PREFIX = 'field-';

/** The stable DOM id of the control editing `path`, e.g. `field-caches.0.nodeType`. */
export const fieldDomId = (path: ModelPath | string) =>
  `${FIELD_ID_PREFIX}${typeof path === 'string' ? path : formName(path)}`;

/** The form name a field's DOM id was made from: `field-caches.0.nodeType` → `caches.0.nodeType`. */
export const formNameOfDomId = (id: string) =>
  id.startsWith(FIELD_ID_PREFIX) ? id.slice(FIELD_ID_PREFIX.length) : undefined;

export { CACHE_SECTIONS, type CacheSection } from '@/model/field-path';

/** The id of a cache's card, which collapses to its header like a section. */
export const cacheCardId = (cacheIndex: number) => `caches.${cacheIndex}`;
export const sectionId = (cacheIndex: number, section: CacheSection) =>
  `${cacheCardId(cacheIndex)}.${section}`;

/** The card of a cache, then its sub-section (none for the fields of the card's header). */
function cacheSections(cacheIndex: number, section: CacheSection | undefined): string[] {
  return ['caches', cacheCardId(cacheIndex), ...(section ? [sectionId(cacheIndex, section)] : [])];
}

/** The ids of the sections to open so the field at `path` is visible (outermost first). */
export function sectionsForPath(path: ModelPath, design: Pick<Design, 'caches'>): string[] {
  const [top, second, third] = path;
  if (top === 'caches' && typeof second === 'number')
    return cacheSections(second, typeof third === 'string' ? cacheFieldSection(third) : undefined);
  if (top === 'environments' && path[2] === 'overrides' && typeof path[3] === 'string') {
    const cacheIndex = design.caches.findIndex((cache) => cache.id === path[3]);
    if (cacheIndex >= 0) return cacheSections(cacheIndex, 'environments');
  }
  return [typeof top === 'string' ? designFieldSection(top) : 'general'];
}

/**
 * The DOM id to focus for `path`: the path's own field when the form has one, else its nearest
 * ancestor that does (a finding may point at an object such as `auth.users`).
 */
export function focusTargetIds(path: ModelPath): string[] {
  const ids: string[] = [];
  for (let length = path.length; length > 0; length--) ids.push(fieldDomId(path.slice(0, length)));
  return ids;
}
