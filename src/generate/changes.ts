/**
 * Change review: what `terraform plan` will do to a deployed baseline when the current design is
 * applied over it — per resource instance the action (create, update in place, replace, destroy),
 * the arguments that cause it and what it means to a running cache, worst first. Both designs are
 * expanded into plan models (plan-model.ts) and compared argument by argument with the provider's
 * replacement rules (force-new.ts); a value only an apply can know (the ID of a resource being
 * replaced) counts as changed, so a replacement propagates to what refers to it.
 * The real-Terraform change suite compares every prediction with Terraform's own plan.
 */
import { canonical, refsOf, type Value } from '@/hcl/evaluate';
import type { Design } from '@/model/design';
import { forcesReplacement, OPTIONAL_COMPUTED, TAGGED_TYPES } from './force-new';
import { planModel, type PlanModel, type PlanModelOptions, type ResourceInstance } from './plan-model';

export type ChangeAction = 'create' | 'update' | 'replace' | 'destroy';

export interface PlannedChange {
  /** As `terraform plan` names it: `aws_cloudwatch_metric_alarm.app_cache_memory["app-cache-0001-001"]`. */
  address: string;
  type: string;
  action: ChangeAction;
  /** The arguments that cause the action: for a replacement, those that force it. */
  because: string[];
  /** What it means to the running deployment, in a sentence. */
  impact: string;
  /** Higher is worse; the review is sorted by it. */
  severity: number;
}

export type ReviewOptions = PlanModelOptions;

const CACHE_TYPES = new Set([
  'aws_elasticache_replication_group',
  'aws_elasticache_cluster',
  'aws_elasticache_serverless_cache',
  'aws_elasticache_global_replication_group',
]);

/** Arguments whose change AWS applies node by node, with a failover or restart. */
const DISRUPTIVE: Record<string, string> = {
  node_type: 'online resize: nodes are replaced one at a time, each primary fails over briefly',
  cache_node_type: 'online resize through the global datastore: each primary fails over briefly',
  engine_version: 'engine upgrade: nodes restart one at a time with a brief failover',
  engine: 'engine change: nodes restart one at a time with a brief failover',
  num_node_groups: 'online resharding: slots move between shards, latency rises while it runs',
  replicas_per_node_group: 'replicas added or removed online',
  num_cache_clusters: 'replicas added or removed online',
  num_cache_nodes: 'nodes added or removed (keys on removed Memcached nodes are lost)',
  parameter_group_name: 'parameters switch to another group; some take effect only after a reboot',
  transit_encryption_enabled: 'in-transit encryption switched: clients must reconnect',
  transit_encryption_mode: 'in-transit encryption mode switched: clients must reconnect',
  auth_token: 'AUTH token rotated: clients need the new token',
  multi_az_enabled: 'Multi-AZ switched; replicas may move',
  automatic_failover_enabled: 'automatic failover switched',
  cache_usage_limits: 'usage limits changed online',
};

function impactOf(
  type: string,
  action: ChangeAction,
  because: string[],
): { impact: string; severity: number } {
  const cache = CACHE_TYPES.has(type);
  if (action === 'replace')
    return cache
      ? {
          impact:
            'full rebuild: the cache is deleted and created again; its data is lost unless restored from a snapshot',
          severity: 100,
        }
      : {
          impact: `replaced (${type === 'aws_elasticache_parameter_group' || type === 'aws_security_group' ? 'the new one is created first, then the cache switches to it' : 'deleted and created again'})`,
          severity: 50,
        };
  if (action === 'destroy')
    return cache
      ? {
          impact: 'the cache is deleted: its data is gone (a final snapshot is kept when one is configured)',
          severity: 90,
        }
      : { impact: 'removed', severity: 40 };
  if (action === 'create')
    return cache
      ? { impact: 'a new, empty cache is created', severity: 20 }
      : { impact: 'added', severity: 10 };
  if (!cache) return { impact: 'updated in place; no effect on the running cache', severity: 5 };
  const effects = [...new Set(because.flatMap((name) => (DISRUPTIVE[name] ? [DISRUPTIVE[name]] : [])))];
  return effects.length
    ? { impact: effects.join('; '), severity: 60 }
    : { impact: 'settings updated in place; clients are not affected', severity: 30 };
}

const isSet = (value: Value | undefined) => value !== undefined && value !== null;

/**
 * The changed arguments of an instance present in both models. `planned` answers another
 * instance's action, so a value read from a resource being replaced or created counts as changed.
 */
function changedArguments(
  before: ResourceInstance,
  after: ResourceInstance,
  planned: (address: string) => ChangeAction | undefined,
): string[] {
  const names = [...new Set([...before.values.keys(), ...after.values.keys()])].sort();
  return names.filter((name) => {
    if (after.ignoreChanges.has(name) || after.ignoreChanges.has('all')) return false;
    const [old, next] = [before.values.get(name), after.values.get(name)];
    if (!isSet(old) && !isSet(next)) return false;
    // An optional+computed argument left out keeps the value in the state.
    if (!isSet(next)) return !OPTIONAL_COMPUTED[after.type]?.includes(name);
    if (!isSet(old) || canonical(old!) !== canonical(next!)) return true;
    return refsOf(next!).some((ref) => {
      const action = planned(ref.address);
      return action === 'replace' || action === 'create';
    });
  });
}

/** Predicts the plan of `current` applied over the state `baseline` left, worst first. */
export function reviewChanges(
  baseline: Design,
  current: Design,
  options: ReviewOptions = {},
): PlannedChange[] {
  const before = planModel(baseline, { environment: options.environment });
  const after = planModel(current, options);
  return diffPlanModels(before, after);
}

export function diffPlanModels(before: PlanModel, after: PlanModel): PlannedChange[] {
  const decided = new Map<string, { action: ChangeAction | undefined; because: string[] }>();
  const decide = (address: string): { action: ChangeAction | undefined; because: string[] } => {
    const known = decided.get(address);
    if (known) return known;
    const [old, next] = [before.instances.get(address), after.instances.get(address)];
    let result: { action: ChangeAction | undefined; because: string[] };
    if (!old && !next) result = { action: undefined, because: [] };
    else if (!old) result = { action: 'create', because: [] };
    else if (!next) result = { action: 'destroy', because: [] };
    else {
      const changed = changedArguments(old, next, (target) => decide(target).action);
      if (
        TAGGED_TYPES.includes(next.type) &&
        before.defaultTags.get(next.providerAlias ?? '') !== after.defaultTags.get(next.providerAlias ?? '')
      )
        changed.push('tags_all');
      const forcing = changed.filter((name) => forcesReplacement(next.type, name, old.values, next.values));
      result = forcing.length
        ? { action: 'replace', because: forcing }
        : { action: changed.length ? 'update' : undefined, because: changed };
    }
    decided.set(address, result);
    return result;
  };
  const addresses = [...new Set([...before.instances.keys(), ...after.instances.keys()])];
  return addresses
    .flatMap((address): PlannedChange[] => {
      const { action, because } = decide(address);
      if (!action) return [];
      const type = (after.instances.get(address) ?? before.instances.get(address))!.type;
      return [{ address, type, action, because, ...impactOf(type, action, because) }];
    })
    .sort((a, b) => b.severity - a.severity || (a.address < b.address ? -1 : 1));
}
