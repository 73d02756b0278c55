import { describe, expect, it } from 'vitest';
import { defineDesign } from '@/model/defaults';
import type { Design } from '@/model/design';
import { checkDesign, type Finding } from '@/model/rules';
import { currentFinding } from '@/features/checks';
import { createFieldAnnotationStore, indexFindings, NO_FINDINGS } from './field-annotations';

const designWith = (failover: boolean, engineVersion = '7.1', caches = 1): Design =>
  defineDesign({
    name: 'annotations',
    caches: Array.from({ length: caches }, (_, index) => ({
      kind: 'replication-group' as const,
      id: `cache-${index}`,
      engine: 'redis' as const,
      engineVersion,
      multiAz: true,
      automaticFailover: failover,
    })),
  });

/** A session stand-in: a design and its findings, and listeners told of every change. */
function fakeSession(design: Design) {
  let state = { design, findings: checkDesign(design) as readonly Finding[] | null };
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    show(next: Design) {
      state = { design: next, findings: checkDesign(next) };
      listeners.forEach((listener) => listener());
    },
  };
}

const FAILOVER = 'caches.0.automaticFailover';

describe('indexFindings', () => {
  it('groups findings by the form name of the field they mark', () => {
    const findings = checkDesign(designWith(false));
    const index = indexFindings(findings);
    expect(index.get(FAILOVER)?.map((finding) => finding.ruleId)).toContain('multi-az-needs-failover');
    expect([...index.values()].flat()).toHaveLength(findings.length);
  });

  it('keeps the previous array of a field whose findings look the same, and only that one', () => {
    const before = indexFindings(checkDesign(designWith(false, '7.1', 2)));
    const second = designWith(false, '7.1', 2);
    second.caches[1] = { ...designWith(true).caches[0]!, id: 'cache-1' };
    const after = indexFindings(checkDesign(second), before);
    expect(after.get(FAILOVER)).toBe(before.get(FAILOVER));
    expect(after.get('caches.1.automaticFailover')).toBeUndefined();
  });
});

describe('the field annotation store', () => {
  it('gives each field its findings and update behaviour, with a frozen empty list when it has none', () => {
    const store = createFieldAnnotationStore(fakeSession(designWith(false)));
    expect(store.at(FAILOVER).findings.map((finding) => finding.message)).toContain(
      'Multi-AZ needs automatic failover: turn it on, or turn Multi-AZ off.',
    );
    expect(store.at(FAILOVER).update?.behaviour).toBe('in-place');
    expect(store.at('caches.0.atRestEncryption.enabled').update?.behaviour).toBe('replacement');
    expect(store.at('caches.0.port').findings).toBe(NO_FINDINGS);
    expect(store.at('caches.0.noSuchField').update).toBeUndefined();
  });

  it('answers with the same object until the field’s own annotations change', () => {
    const session = fakeSession(designWith(false, '6.2'));
    const store = createFieldAnnotationStore(session);
    const failover = store.at(FAILOVER);
    const tls = store.at('caches.0.transitEncryption.enabled');
    const port = store.at('caches.0.port');
    expect(store.at(FAILOVER)).toBe(failover);

    // An edit elsewhere: new design, new findings, same annotations.
    const renamed = designWith(false, '6.2');
    renamed.description = 'renamed';
    session.show(renamed);
    expect(store.at(FAILOVER)).toBe(failover);
    expect(store.at('caches.0.transitEncryption.enabled')).toBe(tls);

    // The upgrade changes how TLS can be switched; turning failover on clears its finding.
    session.show(designWith(true, '7.1'));
    expect(store.at(FAILOVER).findings).toBe(NO_FINDINGS);
    expect(store.at('caches.0.transitEncryption.enabled').update?.behaviour).toBe('disruption');
    expect(tls.update?.behaviour).toBe('replacement');
    expect(store.at('caches.0.port')).toBe(port);
  });

  it('shows no findings before the rules have loaded', () => {
    const session = fakeSession(designWith(false));
    session.getState().findings = null;
    expect(createFieldAnnotationStore(session).at(FAILOVER).findings).toBe(NO_FINDINGS);
  });
});

describe('currentFinding', () => {
  it('finds what a shown finding stands for in the latest rule run, and whose fix repairs the design', () => {
    const broken = designWith(false);
    const shown = checkDesign(broken).find((finding) => finding.ruleId === 'multi-az-needs-failover')!;
    const latest = checkDesign(structuredClone(broken));
    const current = currentFinding(latest, shown);
    expect(current).toBeDefined();
    expect(latest).toContain(current);
    const fixed = current!.fix!.apply(broken, current!);
    expect(fixed.caches[0]).toMatchObject({ automaticFailover: true });
    expect(currentFinding(checkDesign(fixed), shown)).toBeUndefined();
  });
});
