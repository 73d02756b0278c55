/**
 * The one source of truth for the design being edited. The form holds what the user is typing; every
 * change is parsed with the design schema here: a valid result becomes the current design (and a
 * history step), an invalid one leaves the last valid design in place and lists the schema issues.
 * Everything else — preview, checks, share link, autosave — reads the current design from here.
 */
import { useSyncExternalStore } from 'react';
import type { Design, designSchema as DesignSchema } from '@/model/design';
import type { FieldPath, Finding } from '@/model/rules';
import { friendlyIssueMessage } from '@/features/design-form/friendly-errors';
import { createUndoHistory, type UndoHistory } from '@/features/history/undo-history';
import { runWhenIdle } from '@/features/shared/idle-work';

export interface SchemaIssue {
  path: FieldPath;
  message: string;
}

export interface SessionState {
  /** The last valid design: what the preview shows, the link encodes and the zip holds. */
  design: Design;
  /** Problems of what the form holds now; empty when it is the design above. */
  schemaIssues: SchemaIssue[];
  /** The rules' findings on `design`; null until the rules have loaded (just after first paint). */
  findings: Finding[] | null;
  canUndo: boolean;
  canRedo: boolean;
  /**
   * What the Changes view compares the design with: the deployed design, as far as the session
   * knows — the design it started from, or the last one opened whole (a preset, link or file).
   */
  baseline: Design;
}

export type ReplaceListener = (design: Design) => void;

const serialize = (design: Design) => JSON.stringify(design);

/** Only form edits need the design schema, so it (and zod) loads with the form, not the first screen. */
let designSchema: typeof DesignSchema | undefined;
const loadDesignSchema = () =>
  import('@/model/design').then((model) => {
    designSchema = model.designSchema;
  });

/**
 * The length of the list at a form field name such as `caches.0.tags`; undefined if it is no list.
 * (react-hook-form's `get` would do the walk, but would bring the library into the first screen.)
 */
function listLength(values: unknown, name: string): number | undefined {
  let node = values;
  for (const key of name.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return Array.isArray(node) ? node.length : undefined;
}

export interface DesignSession {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /** The form's values changed (`name`: the field, for coalescing undo steps). Batched per microtask. */
  formChanged(values: unknown, name: string | undefined): void;
  /** Replaces the design from outside the form (preset, import, link) as one undoable step. */
  replace(design: Design): void;
  undo(): void;
  redo(): void;
  /** The form registers here to be reset whenever the design is replaced from outside. */
  onReplace(listener: ReplaceListener): () => void;
  /** Gets ready for the form's first edit (call once the form is there), in idle time. */
  prepareForEdits(): void;
  /** Provides the rule checker, which loads separately to keep it out of the first paint. */
  setChecker(check: (design: Design) => Finding[]): void;
  /** Makes `design` what the Changes view reviews against (an imported deployment, an opened design). */
  setBaseline(design: Design): void;
}

export function createDesignSession(
  initial: Design,
  now: () => number = () => performance.now(),
): DesignSession {
  const history: UndoHistory<Design> = createUndoHistory(initial);
  let presentJson = serialize(initial);
  let check: ((design: Design) => Finding[]) | undefined;
  let state: SessionState = {
    design: initial,
    schemaIssues: [],
    findings: null,
    canUndo: false,
    canRedo: false,
    baseline: initial,
  };
  const listeners = new Set<() => void>();
  const replaceListeners = new Set<ReplaceListener>();
  let pending: { values: unknown; names: Set<string>; listChanged: boolean } | null = null;

  const publish = (next: Partial<SessionState>) => {
    const design = next.design ?? state.design;
    const findings =
      next.findings !== undefined
        ? next.findings
        : design === state.design
          ? state.findings
          : (check?.(design) ?? null);
    state = { ...state, ...next, findings, canUndo: history.canUndo, canRedo: history.canRedo };
    listeners.forEach((listener) => listener());
  };

  /** Makes `design` current without a history step (undo, redo, or an edit already recorded). */
  const show = (design: Design, notifyForm: boolean) => {
    presentJson = serialize(design);
    publish({ design, schemaIssues: [] });
    if (notifyForm) replaceListeners.forEach((listener) => listener(design));
  };

  const flush = () => {
    if (!pending || !designSchema) return;
    const { values, names, listChanged } = pending;
    pending = null;
    const parsed = designSchema.safeParse(values, { error: friendlyIssueMessage });
    if (!parsed.success) {
      publish({
        schemaIssues: parsed.error.issues.map((issue) => ({
          path: issue.path as FieldPath,
          message: issue.message,
        })),
      });
      return;
    }
    const json = serialize(parsed.data);
    if (json === presentJson) {
      if (state.schemaIssues.length) publish({ schemaIssues: [] });
      return;
    }
    // Adding, duplicating or removing a list entry is a step of its own: two such actions in quick
    // succession (duplicate, then remove) must not merge, or Undo would skip past the first.
    const key = listChanged ? undefined : [...names].sort().join('|') || undefined;
    history.record(parsed.data, key, now());
    show(parsed.data, false);
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    formChanged(values, name) {
      // The form calls this once per field it sets; one user action may set several.
      if (!pending) {
        pending = { values, names: new Set(), listChanged: false };
        if (designSchema) queueMicrotask(flush);
        else void loadDesignSchema().then(flush);
      }
      pending.values = values;
      if (name) {
        pending.names.add(name);
        // The form names the list itself when an entry is added or removed.
        if (listLength(values, name) !== listLength(state.design, name)) pending.listChanged = true;
      }
    },
    replace(design) {
      pending = null;
      if (serialize(design) !== presentJson) history.record(design, undefined, now());
      show(design, true);
    },
    undo() {
      pending = null;
      // Invalid edits not yet in the history are undone first: back to the last valid design.
      if (state.schemaIssues.length) return show(history.present, true);
      const previous = history.undo();
      if (previous) show(previous, true);
    },
    redo() {
      pending = null;
      const next = history.redo();
      if (next) show(next, true);
    },
    prepareForEdits() {
      // zod builds a schema's parser on its first use: do that while idle, not on the first keystroke.
      void loadDesignSchema().then(() => runWhenIdle([() => designSchema?.safeParse(state.design)]));
    },
    onReplace(listener) {
      replaceListeners.add(listener);
      return () => replaceListeners.delete(listener);
    },
    setChecker(checker) {
      check = checker;
      publish({ findings: checker(state.design) });
    },
    setBaseline(baseline) {
      publish({ baseline });
    },
  };
}

/** How many of the rule findings are errors: a number, so its readers skip edits that keep it. */
export const ruleErrorCount = (state: SessionState): number =>
  state.findings?.filter((finding) => finding.severity === 'error').length ?? 0;

/**
 * A slice of the session state; the component re-renders only when the slice changes. `select` must
 * return a part of the state (not a new object), or React would see a change on every read.
 */
export function useSession<T>(session: DesignSession, select: (state: SessionState) => T): T {
  return useSyncExternalStore(session.subscribe, () => select(session.getState()));
}
