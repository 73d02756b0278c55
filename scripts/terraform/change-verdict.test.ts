import { describe, expect, it } from 'vitest';
import { judge } from './change-verdict';
import type { ResourceChange, SavedPlan } from './state-synth';

const change = (
  address: string,
  actions: string[],
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): ResourceChange => {
  const [type, name] = address.split('.') as [string, string];
  return {
    address,
    mode: 'managed',
    type,
    name,
    provider_name: 'registry.terraform.io/hashicorp/aws',
    change: {
      actions,
      before,
      after,
      after_unknown: {},
      replace_paths: actions.length === 2 ? [['family']] : undefined,
    },
  };
};

const planOf = (changes: ResourceChange[]): SavedPlan => ({
  resource_changes: changes,
  configuration: {
    root_module: {
      resources: [
        {
          address: 'aws_elasticache_replication_group.cache',
          mode: 'managed',
          type: 'aws_elasticache_replication_group',
          name: 'cache',
          expressions: {
            parameter_group_name: { references: ['aws_elasticache_parameter_group.cache.name'] },
          },
        },
      ],
    },
  },
});

const upgrade = (parameterGroup: ResourceChange) =>
  planOf([
    change(
      'aws_elasticache_replication_group.cache',
      ['update'],
      { replication_group_id: 'c' },
      { replication_group_id: 'c' },
    ),
    parameterGroup,
  ]);
const expectation = {
  actions: { aws_elasticache_replication_group: 'update', aws_elasticache_parameter_group: 'replace' },
} as const;

describe('change verdicts', () => {
  it('a parameter group replaced under a new name is safe', () => {
    const plan = upgrade(
      change(
        'aws_elasticache_parameter_group.cache',
        ['create', 'delete'],
        { name: 'c-redis7' },
        { name: 'c-valkey7' },
      ),
    );
    const result = judge({ plan }, expectation, true);
    expect(result).toEqual({
      verdict: 'safe',
      counts: { creates: 0, updates: 1, replaces: 1, destroys: 0 },
      problems: [],
    });
  });

  it('created before destroyed under the same name: UNSAFE (b), whatever was expected', () => {
    const plan = upgrade(
      change(
        'aws_elasticache_parameter_group.cache',
        ['create', 'delete'],
        { name: 'c-params' },
        { name: 'c-params' },
      ),
    );
    const result = judge({ plan }, expectation, true);
    expect(result.verdict).toBe('UNSAFE');
    expect(result.problems[0]).toMatch(
      /^\(b\) aws_elasticache_parameter_group.cache replaced .*name = "c-params".*created first/,
    );
  });

  it('destroyed first under the same name while a staying cache uses it: UNSAFE (b)', () => {
    const plan = upgrade(
      change(
        'aws_elasticache_parameter_group.cache',
        ['delete', 'create'],
        { name: 'c-params' },
        { name: 'c-params' },
      ),
    );
    expect(judge({ plan }, expectation, true).problems[0]).toMatch(
      /still uses it: aws_elasticache_replication_group.cache|while aws_elasticache_replication_group.cache still uses it/,
    );
  });

  it('a cache replaced where AWS changes the field in place: UNSAFE (a)', () => {
    const plan = planOf([
      change(
        'aws_elasticache_replication_group.cache',
        ['delete', 'create'],
        { replication_group_id: 'c' },
        { replication_group_id: 'c' },
      ),
    ]);
    const result = judge({ plan }, { actions: { aws_elasticache_replication_group: 'replace' } }, true);
    expect(result.verdict).toBe('UNSAFE');
    expect(result.problems[0]).toMatch(/^\(a\)/);
    // Where AWS cannot change it in place, a delete-then-create nobody else uses is what AWS does.
    expect(
      judge({ plan }, { actions: { aws_elasticache_replication_group: 'replace' } }, false).verdict,
    ).toBe('safe');
  });

  it('a plan error where a plan was expected: UNSAFE (c); an expected guard error: safe', () => {
    expect(judge({ errors: ['boom'] }, expectation, true).verdict).toBe('UNSAFE');
    expect(
      judge(
        { errors: ['Workspace "dev" is not the workspace of environment prod'] },
        { error: /environment prod/ },
        true,
      ).verdict,
    ).toBe('safe');
    expect(judge({ plan: planOf([]) }, { error: /environment prod/ }, true).verdict).toBe('mismatch');
  });

  it('an action the expectation does not allow, a missing one, or an unlisted change: mismatch', () => {
    const plan = planOf([
      change('aws_elasticache_replication_group.cache', ['no-op'], {}, {}),
      change('aws_sns_topic.alerts', ['update'], { name: 't' }, { name: 't' }),
    ]);
    const result = judge({ plan }, { actions: { aws_elasticache_replication_group: 'update' } }, true);
    expect(result.verdict).toBe('mismatch');
    expect(result.problems).toEqual([
      'aws_sns_topic.alerts: unexpected update',
      'aws_elasticache_replication_group: no update, expected one',
    ]);
    // A list allows; "*" covers what no other pattern does; an address outranks its type.
    expect(judge({ plan }, { actions: { '*': ['update', 'no-op'] } }, true).verdict).toBe('safe');
    expect(
      judge(
        { plan },
        {
          actions: {
            'aws_sns_topic.alerts': 'update',
            aws_sns_topic: ['destroy', 'no-op'],
            aws_elasticache_replication_group: 'no-op',
          },
        },
        true,
      ).verdict,
    ).toBe('safe');
  });
});
