/**
 * The verdict on one day-2 change: what Terraform plans (counted per action), whether it is what the
 * scenario expects, and whether it is safe whatever the expectation says. Pure: it reads the JSON
 * plan only.
 */
import type { ResourceChange, SavedPlan } from './state-synth';

export type Action = 'create' | 'update' | 'replace' | 'destroy' | 'no-op';

/**
 * Per resource address (`aws_x.y`, also matching `aws_x.y[…]`), type (`aws_elasticache_parameter_group`)
 * or `*` (any other): one action that must happen, or the actions allowed (one must happen unless
 * `no-op` is listed). Matching instances may also stay untouched; a change no pattern covers must be a no-op.
 */
export type ExpectedActions = Record<string, Action | Action[]>;

export type Expectation =
  | { actions: ExpectedActions }
  /** The plan fails with this message (a guard we generated). */
  | { error: RegExp };

export interface PlanOutcome {
  /** The plan's error lines when it failed. */
  errors?: string[];
  plan?: SavedPlan;
}

export interface Counts {
  creates: number;
  updates: number;
  replaces: number;
  destroys: number;
}

export type Verdict = 'safe' | 'UNSAFE' | 'mismatch';

export interface Judgement {
  verdict: Verdict;
  counts: Counts;
  /** Why it is not safe: broken invariants first, then differences from the expectation. */
  problems: string[];
}

export const CACHE_TYPES = [
  'aws_elasticache_replication_group',
  'aws_elasticache_cluster',
  'aws_elasticache_serverless_cache',
  'aws_elasticache_global_replication_group',
];

/** The attribute that holds a resource's AWS name or ID: two resources cannot hold the same one. */
export const NAME_ATTRIBUTES: Record<string, string> = {
  aws_elasticache_replication_group: 'replication_group_id',
  aws_elasticache_cluster: 'cluster_id',
  aws_elasticache_serverless_cache: 'name',
  aws_elasticache_global_replication_group: 'global_replication_group_id_suffix',
  aws_elasticache_user: 'user_id',
  aws_elasticache_user_group: 'user_group_id',
  aws_elasticache_parameter_group: 'name',
  aws_elasticache_subnet_group: 'name',
  aws_cloudwatch_log_group: 'name',
  aws_cloudwatch_metric_alarm: 'alarm_name',
  aws_sns_topic: 'name',
  aws_security_group: 'name',
  aws_kms_alias: 'name',
};

export function actionOf(change: ResourceChange): Action {
  const actions = change.change.actions;
  if (actions.includes('delete') && actions.includes('create')) return 'replace';
  if (actions.includes('create')) return 'create';
  if (actions.includes('delete')) return 'destroy';
  if (actions.includes('update')) return 'update';
  return 'no-op';
}

export function countActions(changes: ResourceChange[]): Counts {
  const counts: Counts = { creates: 0, updates: 0, replaces: 0, destroys: 0 };
  for (const change of changes) {
    const action = actionOf(change);
    if (action === 'create') counts.creates++;
    else if (action === 'update') counts.updates++;
    else if (action === 'replace') counts.replaces++;
    else if (action === 'destroy') counts.destroys++;
  }
  return counts;
}

/**
 * The expectation pattern a change falls under, the most specific first: its address (`aws_x.y`,
 * which also covers `aws_x.y[…]`), its type, then `*`.
 */
export function patternFor(patterns: string[], change: ResourceChange): string | undefined {
  return (
    patterns.find((pattern) => change.address === pattern || change.address.startsWith(`${pattern}[`)) ??
    patterns.find((pattern) => pattern === change.type) ??
    patterns.find((pattern) => pattern === '*')
  );
}

/** `attr.0.x`: the paths Terraform says force the replacement. */
const replacePaths = (change: ResourceChange) =>
  (change.change.replace_paths ?? []).map((path) => path.join('.')).join(', ');

/** Resources (config addresses) that refer to each resource, from the plan's configuration. */
function referrers(plan: SavedPlan): Map<string, Set<string>> {
  const byTarget = new Map<string, Set<string>>();
  for (const resource of plan.configuration.root_module.resources ?? []) {
    const references =
      JSON.stringify(resource.expressions ?? {}).match(/"(?:aws|terraform)_[a-z0-9_]+\.[A-Za-z0-9_-]+/g) ??
      [];
    for (const reference of new Set(references.map((text) => text.slice(1)))) {
      if (reference === resource.address) continue;
      const set = byTarget.get(reference) ?? new Set();
      set.add(resource.address);
      byTarget.set(reference, set);
    }
  }
  return byTarget;
}

const configAddress = (change: ResourceChange) => `${change.type}.${change.name}`;

/**
 * Judges a planned change. Invariants (UNSAFE whatever the expectation): (a) no cache resource is
 * replaced when AWS changes the field in place; (b) nothing is replaced under a name it still holds
 * when that collides — created before the old one is destroyed, or destroyed while a resource that
 * stays still uses it; (c) no plan error where a plan was expected.
 */
export function judge(
  outcome: PlanOutcome,
  expectation: Expectation,
  cacheChangesInPlace: boolean,
): Judgement {
  const changes = (outcome.plan?.resource_changes ?? []).filter((change) => change.mode === 'managed');
  const counts = countActions(changes);
  const errorText = (outcome.errors ?? []).join('\n');
  if ('error' in expectation) {
    if (!outcome.plan && expectation.error.test(errorText)) return { verdict: 'safe', counts, problems: [] };
    return {
      verdict: 'mismatch',
      counts,
      problems: [
        outcome.plan
          ? `expected the plan to fail with ${expectation.error}, but it planned`
          : `expected the error ${expectation.error}, got: ${errorText}`,
      ],
    };
  }
  if (!outcome.plan) return { verdict: 'UNSAFE', counts, problems: [`(c) plan failed: ${errorText}`] };

  const unsafe: string[] = [];
  const byTarget = referrers(outcome.plan);
  const actionByConfig = new Map<string, Action[]>();
  for (const change of changes) {
    const list = actionByConfig.get(configAddress(change)) ?? [];
    list.push(actionOf(change));
    actionByConfig.set(configAddress(change), list);
  }
  for (const change of changes.filter((candidate) => actionOf(candidate) === 'replace')) {
    const why = `${change.action_reason ?? 'replace'}${replacePaths(change) ? ` by ${replacePaths(change)}` : ''}`;
    if (CACHE_TYPES.includes(change.type) && cacheChangesInPlace)
      unsafe.push(`(a) ${change.address} replaced (${why}) though AWS changes it in place`);
    const nameAttribute = NAME_ATTRIBUTES[change.type];
    if (!nameAttribute) continue;
    const before = (change.change.before as Record<string, unknown> | null)?.[nameAttribute];
    const after = (change.change.after as Record<string, unknown> | null)?.[nameAttribute];
    if (before === undefined || before === null || before !== after) continue;
    const createdFirst = change.change.actions[0] === 'create';
    const stayingUsers = [...(byTarget.get(configAddress(change)) ?? [])].filter((user) =>
      (actionByConfig.get(user) ?? []).some((action) => action === 'update' || action === 'no-op'),
    );
    if (createdFirst || stayingUsers.length)
      unsafe.push(
        `(b) ${change.address} replaced (${why}) under the name it holds, ${nameAttribute} = "${String(before)}": ${
          createdFirst
            ? 'the new one is created first, and AWS refuses the duplicate name'
            : `AWS refuses to delete it while ${stayingUsers.join(', ')} still uses it`
        }`,
      );
  }
  if (unsafe.length) return { verdict: 'UNSAFE', counts, problems: unsafe };

  const mismatches: string[] = [];
  const expected = expectation.actions;
  const matchedBy = new Map<string, ResourceChange[]>();
  for (const change of changes) {
    const pattern = patternFor(Object.keys(expected), change);
    const action = actionOf(change);
    if (pattern === undefined) {
      if (action !== 'no-op')
        mismatches.push(
          `${change.address}: unexpected ${action}${action === 'replace' ? ` (${replacePaths(change)})` : ''}`,
        );
      continue;
    }
    matchedBy.set(pattern, [...(matchedBy.get(pattern) ?? []), change]);
    const allowed = [expected[pattern]!].flat();
    // Untouched instances (existing alarms when more are created) are fine under any pattern.
    if (action !== 'no-op' && !allowed.includes(action))
      mismatches.push(
        `${change.address}: ${action}, expected ${allowed.join(' or ')}${action === 'replace' ? ` (${replacePaths(change)})` : ''}`,
      );
  }
  for (const [pattern, allowed] of Object.entries(expected)) {
    const found = (matchedBy.get(pattern) ?? []).map(actionOf);
    // One action: it must happen. Several: one of them must, unless "no-op" is among them.
    const required = Array.isArray(allowed)
      ? allowed.includes('no-op')
        ? []
        : allowed
      : allowed === 'no-op'
        ? []
        : [allowed];
    if (required.length && !found.some((action) => required.includes(action)))
      mismatches.push(`${pattern}: no ${required.join(' or ')}, expected one`);
  }
  return { verdict: mismatches.length ? 'mismatch' : 'safe', counts, problems: mismatches };
}
