/**
 * Names across the whole bundle: two caches must never get the same Terraform block name or AWS ID,
 * and the generator renders every design the schema accepts without throwing (a design the
 * catalogue cannot build is a rule error in the Checks tab, not a crash of the preview).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineDesign } from '@/model/defaults';
import { designSchema, type Design, type DesignInput } from '@/model/design';
import { validateDesign } from '@/model/rules';
import { designInputArbitrary } from '@/testing/design-arbitrary';
import { generate, terraformFiles } from './index';

type CacheInput = NonNullable<DesignInput['caches']>[number];

/** Block headers (`resource "t" "n"`, `output "n"`, …) and AWS IDs that occur more than once in a bundle. */
function duplicateNames(design: Design): string[] {
  const tf = terraformFiles(design)
    .filter((file) => file.path.endsWith('.tf'))
    .map((file) => file.content)
    .join('\n');
  const blocks = [...tf.matchAll(/^(resource|variable|output|module) ((?:"[^"]+" ?)+)\{/gm)].map(
    ([, type, labels]) => `${type} ${labels!.trim()}`,
  );
  // AWS IDs at resource level (two-space indent), log group names among them; a template of
  // `each.key` differs per instance.
  const ids = [
    ...tf.matchAll(/^ {2}(user_id|alarm_name|replication_group_id|cluster_id|name)\s+= ("[^"\n]+")$/gm),
  ]
    .filter(
      ([, attribute, value]) =>
        !value!.includes('each.key') && (attribute !== 'name' || value!.startsWith('"/aws/')),
    )
    .map(([, attribute, value]) => `${attribute} = ${value}`);
  const seen = new Set<string>();
  return [...blocks, ...ids].filter((name) => seen.has(name) || !seen.add(name));
}

const PARTS = ['cache', 'reader', 'primary', 'engine', 'cpu', 'us-west-2', 'cache-reader', 'engine-cpu'];
const user = (userId: string) => ({
  userId,
  userName: userId,
  accessString: 'on ~* +@all',
  authentication: 'password' as const,
});
const DEFAULT_USER = {
  userId: 'default',
  userName: 'default',
  accessString: 'off -@all',
  authentication: 'none' as const,
};

/** Two or three caches whose IDs extend one another (`app`, `app-cache`, …), with users, logs, alarms and secondaries named from the same parts. */
const clashingDesign = fc
  .uniqueArray(
    fc.record({
      id: fc.constantFrom('app', ...PARTS.map((part) => `app-${part}`), 'app-cache-reader'),
      kind: fc.constantFrom('replication-group', 'global', 'memcached', 'serverless'),
      users: fc.uniqueArray(fc.constantFrom(...PARTS), { maxLength: 2 }),
    }),
    { minLength: 2, maxLength: 3, selector: (cache) => cache.id },
  )
  .map((caches) =>
    defineDesign({
      name: 'names',
      caches: caches.map(({ id, kind, users }): CacheInput => {
        const auth = { mode: 'rbac' as const, users: [DEFAULT_USER, ...users.map(user)] };
        if (kind === 'memcached') return { kind, id, parameterGroup: { mode: 'custom' } };
        if (kind === 'serverless') return { kind, id, auth };
        return {
          kind: 'replication-group',
          id,
          parameterGroup: { mode: 'custom' },
          logs: { slowLog: { enabled: true }, engineLog: { enabled: true } },
          ...(kind === 'global'
            ? {
                nodeType: 'cache.r7g.large',
                globalDatastore: {
                  enabled: true,
                  secondaries: [{ region: 'us-west-2', replicasPerShard: 1 }],
                },
              }
            : { auth }),
        };
      }),
    }),
  );

const errorRules = (design: Design) =>
  validateDesign(design)
    .findings.filter((finding) => finding.severity === 'error')
    .map((finding) => finding.ruleId);

describe('names across the bundle', () => {
  it('refuses the caches app (user cache-reader) and app-cache (user reader), which make one user twice', () => {
    const design = defineDesign({
      name: 'names',
      caches: [
        {
          kind: 'replication-group',
          id: 'app',
          auth: { mode: 'rbac', users: [DEFAULT_USER, user('cache-reader')] },
        },
        {
          kind: 'replication-group',
          id: 'app-cache',
          auth: { mode: 'rbac', users: [DEFAULT_USER, user('reader')] },
        },
      ],
    });
    expect(duplicateNames(design)).toEqual([
      'resource "aws_elasticache_user" "app_cache_reader"',
      'user_id = "app-cache-reader"',
    ]);
    const finding = validateDesign(design).findings.find(
      (candidate) => candidate.ruleId === 'cache-id-prefix',
    );
    expect(finding).toMatchObject({ severity: 'error', path: ['caches', 1, 'id'] });
    expect(finding?.message).toContain('"app" and "app-cache"');
  });

  it('accepts caches whose IDs only share a beginning without the hyphen (app, apple)', () => {
    const design = defineDesign({
      name: 'names',
      caches: [
        { kind: 'replication-group', id: 'app' },
        { kind: 'replication-group', id: 'apple' },
      ],
    });
    expect(errorRules(design)).toEqual([]);
    expect(duplicateNames(design)).toEqual([]);
  });

  it('refuses every drawn design whose bundle names a block or an AWS ID twice', () => {
    let clashes = 0;
    fc.assert(
      fc.property(clashingDesign, (design) => {
        const duplicates = duplicateNames(design);
        if (duplicates.length === 0) return;
        clashes++;
        expect(errorRules(design), duplicates.join(', ')).not.toEqual([]);
        // The clash is blamed on a cache ID (cache-id-prefix), not left to some unrelated rule.
        expect(
          errorRules(design).some((rule) => rule === 'cache-id-prefix' || rule.startsWith('unique-')),
        ).toBe(true);
      }),
      { numRuns: 300, seed: 14 },
    );
    expect(clashes).toBeGreaterThan(10);
  });
});

/** Any string where the schema takes one: unknown but well-shaped versions, and nonsense. */
const anyVersion = fc.oneof(
  fc.constantFrom('1.7.0', '1.4.5', '1.6', '9.9', '6.x', '7.x', '8', '', 'latest'),
  fc.string({ maxLength: 8 }),
);

describe('the generator', () => {
  it('renders every schema-valid design, unknown engine versions included, without throwing', () => {
    const withAnyVersions = fc
      .tuple(designInputArbitrary, fc.array(anyVersion, { minLength: 3, maxLength: 3 }))
      .map(([input, versions]): DesignInput => ({
        ...input,
        caches: input.caches?.map((cache, index) =>
          cache.kind === 'serverless'
            ? { ...cache, majorVersion: versions[index]! }
            : { ...cache, engineVersion: versions[index]! },
        ),
      }));
    fc.assert(
      fc.property(withAnyVersions, (input) => {
        const parsed = designSchema.safeParse(input);
        fc.pre(parsed.success);
        expect(() => generate(parsed.data!)).not.toThrow();
        expect(() => generate(parsed.data!, { layout: 'module' })).not.toThrow();
      }),
      { numRuns: 150, seed: 5 },
    );
  });

  it('names no parameter group for a version the catalogue has no family for, and the rules refuse it', () => {
    const design = defineDesign({
      name: 'unknown',
      caches: [{ kind: 'memcached', id: 'mc', engineVersion: '1.7.0', parameterGroup: { mode: 'custom' } }],
    });
    const elasticache = generate(design).find((file) => file.path === 'elasticache.tf')!.content;
    expect(elasticache).not.toContain('undefined');
    expect(elasticache).not.toContain('parameter_group_name');
    expect(elasticache).not.toContain('aws_elasticache_parameter_group');
    expect(errorRules(design)).toContain('engine-version-known');
  });
});
