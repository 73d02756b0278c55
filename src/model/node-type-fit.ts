/**
 * Which node types a cache can run on, by the same facts the rules check: the engine, its version
 * (Graviton families need recent builds), data tiering (r6gd only, and always on there) and global
 * datastores (current M, R and C7gn families). The node type picker offers only what fits.
 */
import {
  compareVersions,
  DATA_TIERING_FAMILIES,
  GLOBAL_DATASTORE_FAMILIES,
  RETIRED_FAMILIES,
  type Engine,
  type NodeType,
} from './catalog';

/** The oldest engine version a node family runs, where it has one (rules §2.10). */
export function minimumEngineVersion(engine: Engine, family: string): string | undefined {
  if (engine === 'memcached') return /^(m6g|r6g|t4g|m7g|r7g|c7gn)$/.test(family) ? '1.5.16' : undefined;
  if (engine !== 'redis') return undefined;
  if (/^(m7g|r7g|c7gn)$/.test(family)) return '6.2';
  if (/^(m6g|r6g|r6gd|t4g)$/.test(family)) return '5.0.6';
  return undefined;
}

/** What of a cache decides which node types it may use. */
export interface NodeTypeNeeds {
  engine: Engine;
  engineVersion: string;
  dataTiering: boolean;
  globalDatastore: boolean;
}

/**
 * Why `nodeType` does not fit, or undefined when it does. Only reasons a user can act on elsewhere
 * (the engine version) are returned for types still worth listing; `fitsAtAll` drops the others.
 */
export function nodeTypeMismatch(nodeType: NodeType, needs: NodeTypeNeeds): string | undefined {
  const minimum = minimumEngineVersion(needs.engine, nodeType.family);
  if (minimum && compareVersions(needs.engineVersion, minimum) < 0)
    return `needs version ${minimum} or later`;
  return undefined;
}

/** Whether the picker lists `nodeType` at all for a cache with these needs. */
export function fitsAtAll(nodeType: NodeType, needs: NodeTypeNeeds): boolean {
  if (!nodeType.engines.includes(needs.engine) || RETIRED_FAMILIES.has(nodeType.family)) return false;
  if (needs.dataTiering !== DATA_TIERING_FAMILIES.has(nodeType.family)) return false;
  return !needs.globalDatastore || GLOBAL_DATASTORE_FAMILIES.has(nodeType.family);
}
