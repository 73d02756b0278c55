import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '@/model/presets';
import { validDesignArbitrary } from '@/testing/design-arbitrary';
import { DIAGRAM_PALETTES, topologyCounts, topologySvg } from './diagram';
import { existingNetwork } from '@/testing/existing-network';

const countRole = (svg: string, role: string) => svg.split(`data-role="${role}"`).length - 1;

function drawnCounts(svg: string) {
  return {
    primaries: countRole(svg, 'primary'),
    replicas: countRole(svg, 'replica'),
    nodes: countRole(svg, 'node'),
    serverless: countRole(svg, 'serverless'),
    regions: countRole(svg, 'region'),
  };
}

describe('topology diagram', () => {
  it('draws as many primaries, replicas, nodes and regions as each preset has, in both themes', () => {
    for (const preset of PRESETS)
      for (const palette of Object.values(DIAGRAM_PALETTES))
        expect(drawnCounts(topologySvg(preset.design, palette)), preset.id).toEqual(
          topologyCounts(preset.design),
        );
  });

  it('matches the design for random designs and stays well-formed', () => {
    fc.assert(
      fc.property(validDesignArbitrary, (design) => {
        const svg = topologySvg(design);
        expect(drawnCounts(svg)).toEqual(topologyCounts(design));
        expect(svg.startsWith('<svg ')).toBe(true);
        expect(svg.split('<g').length).toBe(svg.split('</g>').length);
      }),
      { numRuns: 60 },
    );
  });

  it('shows the replication direction of a global datastore and labels node type and version', () => {
    const svg = topologySvg(PRESETS.find((preset) => preset.id === 'global-valkey')!.design);
    expect(svg).toContain('data-from="us-east-1" data-to="us-west-2"');
    expect(svg).toContain('data-from="us-east-1" data-to="eu-west-1"');
    expect(svg).toMatch(/Valkey 8\.0 · cache\.r7g\.large/);
  });

  it('labels each replica with its shard when there are several', () => {
    const sharded = PRESETS.find((preset) =>
      preset.design.caches.some(
        (cache) =>
          cache.kind === 'replication-group' &&
          cache.clusterMode !== 'disabled' &&
          cache.shards > 1 &&
          cache.replicasPerShard > 0,
      ),
    )!;
    const svg = topologySvg(sharded.design);
    expect(svg).toMatch(/>Shard 2 replica 1</);
    expect(svg).not.toMatch(/>replica 1</);
  });

  it('shows alarms, SNS events and a customer-managed KMS key as badges on the cache', () => {
    const design = structuredClone(PRESETS.find((preset) => preset.id === 'global-valkey')!.design);
    const badges = (svg: string) =>
      [...svg.matchAll(/<g data-role="badge">[\s\S]*?font-size="10">([^<]+)<\/text><\/g>/g)].map(
        (match) => match[1],
      );
    const cache = design.caches[0]!;
    if (cache.kind !== 'replication-group') throw new Error('global-valkey is a replication group');
    cache.alarms.enabled = true;
    cache.notifications = true;
    design.notifications = { topic: 'create' };
    cache.atRestEncryption = {
      enabled: true,
      kmsKey: { mode: 'existing', keyArn: 'arn:aws:kms:us-east-1:123456789012:key/abc' },
    };
    const regions = 1 + cache.globalDatastore.secondaries.length;
    const drawn = badges(topologySvg(design));
    for (const badge of ['Alarms', 'SNS events', 'KMS key'])
      expect(
        drawn.filter((text) => text === badge),
        badge,
      ).toHaveLength(regions);
    cache.alarms.enabled = false;
    design.notifications = { topic: 'none' };
    cache.atRestEncryption.kmsKey = { mode: 'aws-managed' };
    expect(badges(topologySvg(design))).toEqual([]);
  });

  it('escapes text that came from the user', () => {
    const design = structuredClone(PRESETS[0]!.design);
    design.clients.cidrBlocks = [];
    design.network = { ...existingNetwork(), vpcCidr: '10.0.0.0/16' };
    expect(topologySvg(design)).not.toMatch(/<script/);
  });
});
