/**
 * The node type picker's options: only the types the cache can run on, grouped by family with the
 * current-generation Graviton families first, each with its memory, vCPUs and estimated hourly price.
 */
import { NODE_TYPES, PREVIOUS_GENERATION_FAMILIES, type NodeType } from '@/model/catalog';
import { nodeHourlyUsd, priceRegionNote } from '@/model/cost';
import { fitsAtAll, nodeTypeMismatch, type NodeTypeNeeds } from '@/model/node-type-fit';

export interface NodeTypeOption {
  /** The node type, or undefined for "same as the cache" in an environment's overrides. */
  value: string | undefined;
  label: string;
  /** "13.07 GiB · 2 vCPU · $0.1264/h" */
  detail: string;
  /** "Memory optimized — R7g (Graviton3)"; empty for options outside the families. */
  group: string;
  /** Why the cache cannot use it yet (e.g. its engine version is too old). */
  disabledReason?: string;
}

/** The families in the order the picker lists them: newest Graviton first, previous generation last. */
const FAMILIES: readonly { family: string; kind: string; processor: string }[] = [
  { family: 'r7g', kind: 'Memory optimized', processor: 'Graviton3' },
  { family: 'm7g', kind: 'General purpose', processor: 'Graviton3' },
  { family: 'c7gn', kind: 'Network optimized', processor: 'Graviton3E' },
  { family: 't4g', kind: 'Burstable', processor: 'Graviton2' },
  { family: 'r6g', kind: 'Memory optimized', processor: 'Graviton2' },
  { family: 'r6gd', kind: 'Memory optimized with data tiering', processor: 'Graviton2' },
  { family: 'm6g', kind: 'General purpose', processor: 'Graviton2' },
  { family: 'r5', kind: 'Memory optimized', processor: 'Intel' },
  { family: 'm5', kind: 'General purpose', processor: 'Intel' },
  { family: 't3', kind: 'Burstable', processor: 'Intel' },
  { family: 'r4', kind: 'Memory optimized', processor: 'Intel, previous generation' },
  { family: 'm4', kind: 'General purpose', processor: 'Intel, previous generation' },
  { family: 't2', kind: 'Burstable', processor: 'Intel, retired' },
];
const FAMILY_RANK = new Map(FAMILIES.map((entry, rank) => [entry.family, rank]));

function familyGroup(family: string): string {
  const entry = FAMILIES.find((candidate) => candidate.family === family);
  const name = family.toUpperCase().replace(/G(D|N)?$/, (suffix) => suffix.toLowerCase());
  if (!entry)
    return `${PREVIOUS_GENERATION_FAMILIES.has(family) ? 'Previous generation' : 'Other'} — ${name}`;
  return `${entry.kind} — ${name} (${entry.processor})`;
}

/** `0.1264` → `$0.1264/h`; four decimals because the small types cost fractions of a cent. */
const hourly = (usd: number | null) => (usd === null ? 'no price' : `$${usd.toFixed(4)}/h`);

function optionOf(nodeType: NodeType, needs: NodeTypeNeeds): NodeTypeOption {
  const reason = nodeTypeMismatch(nodeType, needs);
  return {
    value: nodeType.type,
    label: nodeType.type,
    detail: `${nodeType.memoryGiB} GiB · ${nodeType.vcpu} vCPU · ${hourly(nodeHourlyUsd(nodeType.type, needs.engine))}`,
    group: familyGroup(nodeType.family),
    ...(reason && { disabledReason: reason }),
  };
}

/**
 * The node types a cache with `needs` may use, in picker order (by family rank, then by size within
 * the family). `current` is always listed, so a value from an old link shows as what it is.
 */
export function nodeTypeOptions(needs: NodeTypeNeeds, current?: string): NodeTypeOption[] {
  const rank = (nodeType: NodeType) => FAMILY_RANK.get(nodeType.family) ?? FAMILIES.length;
  const listed = NODE_TYPES.filter((nodeType) => fitsAtAll(nodeType, needs) || nodeType.type === current)
    .map((nodeType, index) => ({ nodeType, index }))
    .sort((a, b) => rank(a.nodeType) - rank(b.nodeType) || a.index - b.index)
    .map(({ nodeType }) => {
      const option = optionOf(nodeType, needs);
      return fitsAtAll(nodeType, needs) ? option : { ...option, disabledReason: 'does not fit this cache' };
    });
  if (current !== undefined && !listed.some((option) => option.value === current))
    listed.unshift({
      value: current,
      label: current,
      detail: 'not in the catalogue',
      group: '',
      disabledReason: 'unknown node type',
    });
  return listed;
}

/** Where the prices come from, said once above the list. */
export const priceNote = (region: string) => `Hourly on-demand prices. ${priceRegionNote(region)}`;
