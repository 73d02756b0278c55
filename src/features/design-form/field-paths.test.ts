import { describe, expect, it } from 'vitest';
import { createCache, createDefaultDesign } from '@/model/defaults';
import { designSchema } from '@/model/design';
import { fieldLabel } from './field-help';
import { fieldDomId, focusTargetIds, formNameOfDomId, sectionsForPath } from './field-paths';
import { friendlyIssueMessage } from './friendly-errors';

describe(sectionsForPath, () => {
  const design = {
    ...createDefaultDesign(),
    caches: [createCache('replication-group', 'orders'), createCache('memcached', 'sessions')],
  };

  it("opens the cache's card and the sub-section that holds a field", () => {
    expect(sectionsForPath(['caches', 1, 'nodeType'], design)).toEqual([
      'caches',
      'caches.1',
      'caches.1.capacity',
    ]);
    expect(sectionsForPath(['caches', 0, 'backups', 'window'], design)).toEqual([
      'caches',
      'caches.0',
      'caches.0.backup',
    ]);
    expect(sectionsForPath(['caches', 0, 'auth', 'users', 1, 'userId'], design)).toEqual([
      'caches',
      'caches.0',
      'caches.0.security',
    ]);
  });

  it("opens just the card for the fields of its header, and for the cache's path itself", () => {
    expect(sectionsForPath(['caches', 1, 'description'], design)).toEqual(['caches', 'caches.1']);
    expect(sectionsForPath(['caches', 1], design)).toEqual(['caches', 'caches.1']);
  });

  it('finds the cache of an environment override by its ID', () => {
    expect(sectionsForPath(['environments', 0, 'overrides', 'sessions', 'nodeCount'], design)).toEqual([
      'caches',
      'caches.1',
      'caches.1.environments',
    ]);
  });

  it('puts design-wide fields in General or Network & access', () => {
    expect(sectionsForPath(['tags', 'Project'], design)).toEqual(['general']);
    expect(sectionsForPath(['clients', 'cidrBlocks', 0], design)).toEqual(['network']);
  });
});

describe(focusTargetIds, () => {
  it('tries the field, then each enclosing object', () => {
    expect(focusTargetIds(['caches', 0, 'auth', 'users'])).toEqual([
      'field-caches.0.auth.users',
      'field-caches.0.auth',
      'field-caches.0',
      'field-caches',
    ]);
    expect(fieldDomId('caches.0.nodeType')).toBe('field-caches.0.nodeType');
  });
});

describe(formNameOfDomId, () => {
  it('reads the form name back from a field’s DOM id, and nothing from other ids', () => {
    expect(formNameOfDomId(fieldDomId(['caches', 0, 'multiAz']))).toBe('caches.0.multiAz');
    expect(formNameOfDomId('output-tab-checks')).toBeUndefined();
  });
});

describe(fieldLabel, () => {
  it('names fields in the words of the form', () => {
    expect(fieldLabel(['caches', 3, 'automaticFailover'])).toBe('Automatic failover');
    expect(fieldLabel(['caches', 0, 'logs', 'slowLog', 'enabled'])).toBe('Slow log');
    expect(fieldLabel(['tags', 'aws:reserved'])).toBe('Tags');
    expect(fieldLabel(['schemaVersion'])).toBeUndefined();
  });
});

describe(friendlyIssueMessage, () => {
  const messages = (input: unknown) =>
    designSchema
      .safeParse(input, { error: friendlyIssueMessage })
      .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

  it('says what to do instead of quoting the schema', () => {
    const design = createDefaultDesign();
    const cache = { ...design.caches[0]!, port: 80, shards: Number.NaN, description: 'x'.repeat(300) };
    expect(messages({ ...design, caches: [cache], tags: { 'aws:x': 'y' } })).toEqual([
      'tags.aws:x: Tag keys starting with "aws:" are reserved',
      'caches.0.description: At most 255 characters',
      'caches.0.port: At least 1024',
      'caches.0.shards: Enter a number',
    ]);
  });
});
