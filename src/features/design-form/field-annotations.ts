/**
 * What the form shows beside a field's value: the rule findings that mark the field and what
 * changing it does to a running cache. One store for the whole form; each field reads its own entry,
 * which keeps its identity while it is unchanged, so an edit re-renders only the fields whose
 * findings or badge it changed (useSyncExternalStore compares snapshots with Object.is).
 */
import type { Design } from '@/model/design';
import type { Finding } from '@/model/rules';
import {
  fieldPathOf,
  updateBehaviour,
  updateBehaviourKey,
  type UpdateBehaviour,
} from '@/model/update-behaviour';
import { findingKey } from '@/features/checks';
import { formName } from './field-paths';

export interface FieldAnnotations {
  /** The rule findings whose path is the field's, errors first. */
  findings: readonly Finding[];
  /** What changing the field does to a running cache; undefined when the model does not say. */
  update: UpdateBehaviour | undefined;
}

/** The design session, as far as annotations need it. */
export interface AnnotationSource {
  getState(): { design: Design; findings: readonly Finding[] | null };
  subscribe(listener: () => void): () => void;
}

export interface FieldAnnotationStore {
  subscribe(listener: () => void): () => void;
  /** The annotations of the field named `name` (`caches.0.multiAz`): the same object until they change. */
  at(name: string): FieldAnnotations;
}

export type FindingIndex = ReadonlyMap<string, readonly Finding[]>;

export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

const sameFindings = (a: readonly Finding[], b: readonly Finding[]) =>
  a.length === b.length && a.every((finding, index) => findingKey(finding) === findingKey(b[index]!));

/**
 * Findings by the form name of the field they mark, in the given order. A field whose findings look
 * the same as in `previous` keeps the previous array, so its readers see no change.
 */
export function indexFindings(
  findings: readonly Finding[],
  previous: FindingIndex = new Map(),
): FindingIndex {
  const grouped = new Map<string, Finding[]>();
  for (const finding of findings) {
    const name = formName(finding.path);
    const group = grouped.get(name);
    if (group) group.push(finding);
    else grouped.set(name, [finding]);
  }
  const index = new Map<string, readonly Finding[]>();
  for (const [name, group] of grouped) {
    const before = previous.get(name);
    index.set(name, before && sameFindings(before, group) ? before : group);
  }
  return index;
}

const sameBehaviour = (a: UpdateBehaviour | undefined, b: UpdateBehaviour | undefined) =>
  a?.behaviour === b?.behaviour && a?.note === b?.note;

interface Entry {
  path: (string | number)[];
  updateKey: string;
  annotations: FieldAnnotations;
}

export function createFieldAnnotationStore(source: AnnotationSource): FieldAnnotationStore {
  let indexed: readonly Finding[] | null = null;
  let index: FindingIndex = new Map();
  const entries = new Map<string, Entry>();

  /** The index is rebuilt once per rule run, on the first read after it. */
  const findingsAt = (findings: readonly Finding[] | null, name: string) => {
    if (findings !== indexed) {
      index = indexFindings(findings ?? NO_FINDINGS, index);
      indexed = findings;
    }
    return index.get(name) ?? NO_FINDINGS;
  };

  return {
    subscribe: (listener) => source.subscribe(listener),
    at(name) {
      const { design, findings } = source.getState();
      const fieldFindings = findingsAt(findings, name);
      const entry = entries.get(name);
      const path = entry?.path ?? fieldPathOf(name);
      // Every field reads this on every edit: asking updateBehaviour only when its inputs changed keeps it cheap.
      const updateKey = updateBehaviourKey(design, path);
      const update =
        entry?.updateKey === updateKey ? entry.annotations.update : updateBehaviour(design, path);
      if (
        entry &&
        entry.annotations.findings === fieldFindings &&
        sameBehaviour(entry.annotations.update, update)
      ) {
        entry.updateKey = updateKey;
        return entry.annotations;
      }
      const annotations = { findings: fieldFindings, update };
      entries.set(name, { path, updateKey, annotations });
      return annotations;
    },
  };
}
