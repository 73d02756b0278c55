import { describe, expect, it } from 'vitest';
import type { Design } from '@/model/design';
import { decodeShareFragment } from './codec';
import frozen from './__fixtures__/frozen-links.json';

/**
 * Links written by an earlier version, each with the design it opened then: every preset and some
 * edited designs. A link holds only what differs from the defaults, so changing a default (or the
 * schema) without migrating old links would silently change what they mean; this test catches it.
 * The fixture is never regenerated: a new default needs a migration in share/prune.ts.
 */
describe('frozen share links', () => {
  const links = frozen as unknown as { name: string; link: string; design: Design }[];

  it('cover every kind of cache, environments and RBAC', () => {
    expect(links.length).toBeGreaterThan(20);
    const kinds = new Set(links.flatMap(({ design }) => design.caches.map((cache) => cache.kind)));
    expect([...kinds].sort()).toEqual(['memcached', 'replication-group', 'serverless']);
    expect(links.some(({ design }) => design.environments.length > 0)).toBe(true);
  });

  it.each(links.map((entry) => [entry.name, entry] as const))(
    '%s opens the design it opened when frozen',
    (_, entry) => {
      const opened = decodeShareFragment(entry.link);
      if (!opened.ok) throw new Error(`${entry.name} no longer opens: ${JSON.stringify(opened.error)}`);
      expect(opened.design).toEqual(entry.design);
    },
  );
});
