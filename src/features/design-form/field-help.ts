/**
 * Label, help text and documentation link of every form field. The texts live in the model
 * (`@/model/field-text`) and the field registry gives each model path one of them.
 */
import type { Design } from '@/model/design';
import { HELP, type FieldHelp } from '@/model/field-text';
import { fieldEntry } from '@/model/fields';

export { DOCS, HELP, type FieldHelp } from '@/model/field-text';

/** "Replicas per shard" with cluster mode, "Number of replicas" without, as in the console. */
export const replicasHelp = (clusterMode: unknown): FieldHelp =>
  clusterMode === 'disabled' ? HELP.replicas : HELP.replicasPerShard;

/**
 * The label of the field editing `path`, or of the nearest field around it ("Tags" for a tag): the
 * form's own label, which for some fields depends on the design.
 */
export function fieldLabel(
  path: readonly (string | number)[],
  design?: Pick<Design, 'caches'>,
): string | undefined {
  const [root, index, key] = path;
  if (root === 'caches' && key === 'replicasPerShard' && path.length === 3 && typeof index === 'number') {
    const cache = design?.caches[index];
    if (cache?.kind === 'replication-group') return replicasHelp(cache.clusterMode).label;
  }
  for (let length = path.length; length > 0; length--) {
    const entry = fieldEntry(path.slice(0, length));
    if (entry) return entry.inForm === false ? undefined : entry.text.label;
  }
  return undefined;
}
