/**
 * Hands the form's field annotations to every field. The context value never changes: fields
 * subscribe to their own entry in the store, so a rule run re-renders only the fields it affects.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Finding } from '@/model/rules';
import { NO_FINDINGS, type FieldAnnotations, type FieldAnnotationStore } from './field-annotations';
import { formNameOfDomId } from './field-paths';

export interface FieldAnnotationsValue {
  store: FieldAnnotationStore;
  /** Applies a finding's fix to the design (one undoable step). */
  applyFix: (finding: Finding) => void;
}

export const FieldAnnotationsContext = createContext<FieldAnnotationsValue | null>(null);

const NONE: FieldAnnotations = { findings: NO_FINDINGS, update: undefined };
const subscribeToNothing = () => () => {};

/** The annotations of the field named `name`; none for a field without a model path or outside a form. */
export function useFieldAnnotations(name: string | undefined): FieldAnnotations {
  const context = useContext(FieldAnnotationsContext);
  const store = name === undefined ? undefined : context?.store;
  return useSyncExternalStore(store?.subscribe ?? subscribeToNothing, () =>
    store && name !== undefined ? store.at(name) : NONE,
  );
}

/** True while a rule error marks the field with DOM id `fieldId`: its control shows as invalid, as for a schema error. */
export function useHasRuleError(fieldId: string): boolean {
  const { findings } = useFieldAnnotations(formNameOfDomId(fieldId));
  return findings.some((finding) => finding.severity === 'error');
}

export function useApplyFix(): ((finding: Finding) => void) | undefined {
  return useContext(FieldAnnotationsContext)?.applyFix;
}
