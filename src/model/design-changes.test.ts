import { describe, expect, it } from 'vitest';
import { createCache } from './defaults';
import type { Design, ReplicationGroup } from './design';
import { cacheFieldChanges, replacementFindings, REPLACEMENT_RULE_ID } from './design-changes';
import { findPreset } from './presets';

const haValkey = () => structuredClone(findPreset('ha-valkey')!.design);

describe('replacementFindings', () => {
  it('warns on a field whose change recreates a deployed cache, and only there', () => {
    const deployed = haValkey();
    const current = structuredClone(deployed);
    const cache = current.caches[0] as ReplicationGroup;
    cache.nodeType = 'cache.r7g.xlarge'; // in place
    cache.engine = 'redis'; // Valkey → Redis OSS: recreated
    const findings = replacementFindings(deployed, current);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: REPLACEMENT_RULE_ID,
      severity: 'warning',
      path: ['caches', 0, 'engine'],
      cacheIndex: 0,
    });
    expect(findings[0]!.message).toMatch(/destroys app-cache and creates it again/);
    expect(replacementFindings(deployed, deployed)).toEqual([]);
  });

  it('follows a deployed cache to its place in the current design; a new cache is no change', () => {
    const deployed = haValkey();
    const current: Design = structuredClone(deployed);
    current.caches.unshift(createCache('memcached', 'sessions'));
    (current.caches[1] as ReplicationGroup).atRestEncryption.enabled = false;
    const findings = replacementFindings(deployed, current);
    expect(findings.map((finding) => finding.path)).toEqual([['caches', 1, 'atRestEncryption', 'enabled']]);
    expect(findings[0]!.cacheIndex).toBe(1);
  });

  it('matches each change with its cache ID, environment overrides included', () => {
    const deployed = structuredClone(findPreset('seed-multi-environment')!.design);
    const current = structuredClone(deployed);
    const id = current.caches[0]!.id;
    current.environments[0]!.overrides[id] = {
      ...current.environments[0]!.overrides[id],
      nodeType: 'cache.t3.small',
    };
    expect(cacheFieldChanges(deployed, current)).toEqual([
      expect.objectContaining({ path: `environments.0.overrides.${id}.nodeType`, cacheId: id }),
    ]);
  });
});
