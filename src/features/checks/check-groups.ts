/** Findings and schema issues as one list, grouped by the cache they concern. */
import type { Design } from '@/model/design';
import { schemaRuleFor, type FieldPath, type Finding } from '@/model/rules';

/**
 * Rule findings of the current design plus the schema issues of what the form holds, each issue
 * attributed to the schema rule that explains it. `design` tells the rules which kind each cache is.
 */
export function toCheckItems(
  findings: readonly Finding[],
  schemaIssues: readonly { path: FieldPath; message: string }[],
  design: Design,
): Finding[] {
  const issues = schemaIssues.map((issue): Finding => {
    const rule = schemaRuleFor(design, issue.path);
    const cacheIndex =
      issue.path[0] === 'caches' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
    return {
      ruleId: rule.id,
      severity: 'error',
      path: issue.path,
      message: issue.message,
      why: rule.why,
      source: rule.source,
      ...(cacheIndex !== undefined && { cacheIndex }),
    };
  });
  return [...issues, ...findings];
}

export interface CheckGroup {
  key: string;
  title: string;
  items: Finding[];
}

/** Design-wide items first, then one group per cache in design order; errors before warnings. */
export function groupChecks(items: readonly Finding[], design: Pick<Design, 'caches'>): CheckGroup[] {
  const groups = new Map<string, CheckGroup>();
  for (const item of items) {
    const cache = item.cacheIndex === undefined ? undefined : design.caches[item.cacheIndex];
    const key = cache ? `cache-${item.cacheIndex}` : 'design';
    let group = groups.get(key);
    if (!group) {
      group = { key, title: cache ? `Cache ${cache.id}` : 'Design', items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  const order = (key: string) => (key === 'design' ? -1 : Number(key.slice('cache-'.length)));
  const rank = (item: Finding) => (item.severity === 'error' ? 0 : 1);
  return [...groups.values()]
    .sort((a, b) => order(a.key) - order(b.key))
    .map((group) => ({ ...group, items: [...group.items].sort((a, b) => rank(a) - rank(b)) }));
}
