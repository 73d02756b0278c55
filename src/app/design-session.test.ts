import { describe, expect, it, vi } from 'vitest';
import { createDefaultDesign } from '@/model/defaults';
import type { Design, Environment } from '@/model/design';
import { checkDesign } from '@/model/rules';
import { createDesignSession } from './design-session';

/** The session batches form changes per microtask; the first batch waits for the schema to load. */
const settle = async () => {
  await vi.dynamicImportSettled();
  await Promise.resolve();
};

const withName = (design: Design, name: string): Design => ({ ...design, name });

describe(createDesignSession, () => {
  it('makes a valid form change the current design and an undo step', async () => {
    const initial = createDefaultDesign();
    const session = createDesignSession(initial);
    session.formChanged(withName(initial, 'orders'), 'name');
    await settle();
    expect(session.getState().design.name).toBe('orders');
    expect(session.getState().canUndo).toBe(true);
  });

  it('keeps the last valid design while the form is invalid, and lists the issues', async () => {
    const initial = createDefaultDesign();
    const session = createDesignSession(initial);
    session.formChanged(withName(initial, 'Not A Slug'), 'name');
    await settle();
    expect(session.getState().design).toBe(initial);
    expect(session.getState().schemaIssues).toEqual([
      { path: ['name'], message: 'Lowercase letters, digits and hyphens, starting with a letter' },
    ]);
  });

  it('parses a burst of changes once', async () => {
    const initial = createDefaultDesign();
    const session = createDesignSession(initial);
    const listener = vi.fn();
    session.subscribe(listener);
    session.formChanged(withName(initial, 'a'), 'name');
    session.formChanged(withName(initial, 'ab'), 'name');
    session.formChanged(withName(initial, 'abc'), 'name');
    await settle();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(session.getState().design.name).toBe('abc');
  });

  it('undoes uncommitted invalid edits first, then the history', async () => {
    const initial = createDefaultDesign();
    let now = 0;
    const session = createDesignSession(initial, () => now);
    const resets: string[] = [];
    session.onReplace((design) => resets.push(design.name));

    session.formChanged(withName(initial, 'valid'), 'name');
    await settle();
    now = 5000;
    session.formChanged(withName(initial, 'In Valid'), 'name');
    await settle();

    session.undo();
    expect(resets).toEqual(['valid']);
    expect(session.getState().schemaIssues).toEqual([]);
    session.undo();
    expect(resets).toEqual(['valid', 'my-cache']);
    session.redo();
    expect(session.getState().design.name).toBe('valid');
  });

  it('keeps list entries added and removed in quick succession as separate steps', async () => {
    const initial = createDefaultDesign();
    let now = 0;
    const session = createDesignSession(initial, () => now);
    const original = initial.caches[0]!;
    const duplicated = { ...initial, caches: [original, { ...original, id: `${original.id}-2` }] };

    session.formChanged(duplicated, 'caches');
    await settle();
    now = 300;
    session.formChanged(initial, 'caches');
    await settle();

    session.undo();
    expect(session.getState().design.caches.map((cache) => cache.id)).toEqual([
      original.id,
      `${original.id}-2`,
    ]);
    session.undo();
    expect(session.getState().design).toBe(initial);
  });

  it('coalesces quick edits of one field into one step', async () => {
    const initial = createDefaultDesign();
    let now = 0;
    const session = createDesignSession(initial, () => now);
    session.formChanged(withName(initial, 'o'), 'name');
    await settle();
    now = 300;
    session.formChanged(withName(initial, 'or'), 'name');
    await settle();

    session.undo();
    expect(session.getState().design).toBe(initial);
  });

  it('coalesces a list rewritten while a field is typed (overrides following a renamed cache)', async () => {
    const initial = createDefaultDesign();
    let now = 0;
    const session = createDesignSession(initial, () => now);
    const environment: Environment = { name: 'dev', overrides: {}, tags: {} };
    session.replace({ ...initial, environments: [environment] });
    const base = session.getState().design;
    for (const [at, name] of [
      [2000, 'o'],
      [2300, 'or'],
    ] as const) {
      now = at;
      session.formChanged({ ...withName(base, name), environments: [{ ...environment }] }, 'name');
      session.formChanged({ ...withName(base, name), environments: [{ ...environment }] }, 'environments');
      await settle();
    }
    expect(session.getState().design.name).toBe('or');
    session.undo();
    expect(session.getState().design).toBe(base);
  });

  it('records a replacement as one step and resets the form', () => {
    const initial = createDefaultDesign();
    const session = createDesignSession(initial);
    const resets: Design[] = [];
    session.onReplace((design) => resets.push(design));
    const replacement = withName(initial, 'from-preset');
    session.replace(replacement);
    expect(resets).toEqual([replacement]);
    session.undo();
    expect(session.getState().design).toBe(initial);
  });

  it('has no findings until the rules arrive, then keeps them current', async () => {
    const initial = createDefaultDesign();
    const session = createDesignSession(initial);
    expect(session.getState().findings).toBeNull();
    session.setChecker(checkDesign);
    const summary = (findings: { ruleId: string; path: unknown }[] | null) =>
      findings?.map(({ ruleId, path }) => ({ ruleId, path }));
    expect(summary(session.getState().findings)).toEqual(summary(checkDesign(initial)));

    const risky = structuredClone(initial);
    const cache = risky.caches[0]!;
    if (cache.kind === 'replication-group') cache.automaticFailover = false;
    session.formChanged(risky, 'caches.0.automaticFailover');
    await settle();
    expect(session.getState().findings?.map((finding) => finding.ruleId)).toContain(
      'multi-az-needs-failover',
    );
  });
});
