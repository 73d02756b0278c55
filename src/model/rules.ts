/**
 * AWS and Terraform rules for a design, as data. Each rule has an id, a severity (error: the
 * provider or AWS rejects it; warning: legal but against best practice), the fields it marks, a
 * one-sentence why, its source, and per violation a path, a message and where obvious a fix.
 *
 * - `checkDesign(design)`: findings of the cache and design rules for a parsed design.
 * - `schemaFindings(input)`: the zod schema's issues, attributed to the schema-enforced limits.
 * - `validateDesign(input)`: both, sorted — what a design file, the differential test and the
 *   Checks tab mean by "our rules".
 *
 * Source: shared/reference/elasticache-rules.md (section numbers in `source.reference`).
 */
import type { Design } from './design';
import { designSchema } from './design';
import { CACHE_RULES } from './rule-cache';
import { DESIGN_RULES } from './rule-design';
import { cacheIndexOf, type Finding, type Rule, type Violation } from './rule-kit';
import { GENERIC_SCHEMA_RULE, SCHEMA_RULES, schemaFindings } from './rule-schema';
import { resolveCache } from './resolve';

export type {
  CacheRule,
  DesignRule,
  FieldPath,
  Finding,
  Fix,
  Rule,
  RuleSource,
  RuleSourceKind,
  SchemaRule,
  Severity,
  Violation,
} from './rule-kit';
export { matchesPattern, windowsOverlap } from './rule-kit';
export { schemaFindings, schemaRuleFor } from './rule-schema';

/** Every rule: design-wide, per cache, then the limits the schema enforces. */
export const RULES: readonly Rule[] = [...DESIGN_RULES, ...CACHE_RULES, ...SCHEMA_RULES, GENERIC_SCHEMA_RULE];

const RULES_BY_ID = new Map(RULES.map((candidate) => [candidate.id, candidate]));
export const ruleById = (id: string): Rule | undefined => RULES_BY_ID.get(id);

function toFinding(design: Design, rule: Rule, found: Violation, environment?: string): Finding {
  const cacheIndex = cacheIndexOf(design, found.path);
  return {
    ruleId: rule.id,
    severity: rule.severity,
    path: found.path,
    message: found.message,
    why: rule.why,
    source: rule.source,
    ...(found.fix && { fix: found.fix }),
    ...(cacheIndex !== undefined && { cacheIndex }),
    ...(environment && { environment }),
  };
}

/**
 * Runs one rule. On input the schema rejects, a rule that cannot evaluate it reports nothing (the
 * schema reports the malformation). On a valid design a rule must not throw: there the error is a
 * bug in the rule and fails tests, scripts and the dev server; only the production build keeps the
 * Checks tab up without that rule's findings.
 */
function runRule(check: () => Violation[], malformed: boolean): Violation[] {
  try {
    return check();
  } catch (error) {
    if (malformed || import.meta.env?.PROD === true) return [];
    throw error;
  }
}

/** Errors first, then design-wide findings, then by cache; the rule order within. */
export function sortFindings(findings: Finding[]): Finding[] {
  const rank = (finding: Finding) =>
    [finding.severity === 'error' ? 0 : 1, finding.cacheIndex ?? -1] as const;
  return findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => {
      const [severityA, cacheA] = rank(a.finding);
      const [severityB, cacheB] = rank(b.finding);
      return severityA - severityB || cacheA - cacheB || a.order - b.order;
    })
    .map(({ finding }) => finding);
}

/**
 * Every rule finding for a parsed design, sorted. Cache rules run on the base design and, when
 * there are environments, on each environment's resolved values too; a finding that only an
 * environment triggers names it.
 */
export const checkDesign = (design: Design): Finding[] => runRules(design, false);

function runRules(design: Design, malformed: boolean): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (rule: Rule, found: Violation, environment?: string) => {
    const key = `${rule.id}|${found.path.join('.')}|${found.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(toFinding(design, rule, found, environment));
  };
  for (const rule of DESIGN_RULES)
    for (const found of runRule(() => rule.check(design), malformed)) add(rule, found);
  const variants = [undefined, ...design.environments.map((env) => env.name)];
  design.caches.forEach((baseCache, index) => {
    for (const environment of variants) {
      const cache = resolveCache(design, baseCache, environment);
      for (const rule of CACHE_RULES) {
        if (!rule.kinds.includes(cache.kind)) continue;
        const context = { design, cache, index, at: ['caches', index], environment };
        for (const found of runRule(() => rule.check(context), malformed)) add(rule, found, environment);
      }
    }
  });
  return sortFindings(findings);
}

export interface Validation {
  /** The parsed design, when the input matches the schema. */
  design?: Design;
  /** Schema issues and rule findings, errors first. */
  findings: Finding[];
}

/**
 * Schema issues and rule findings for any input. Rules also run on input the schema rejects (as
 * far as they can), so every problem is reported at once.
 */
export function validateDesign(input: unknown): Validation {
  const parsed = designSchema.safeParse(input);
  const schema = parsed.success ? [] : schemaFindings(input);
  let rules: Finding[] = [];
  if (parsed.success) rules = checkDesign(parsed.data);
  else {
    // Resolving environments of malformed input may fail before any rule runs.
    try {
      rules = runRules(withDefaults(input), true);
    } catch {
      rules = [];
    }
  }
  return { ...(parsed.success && { design: parsed.data }), findings: sortFindings([...schema, ...rules]) };
}

type Container = Record<string | number, unknown>;
const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (isContainer(node) ? node[key] : undefined), root);
}

/**
 * Input the schema rejects, with the schema's defaults filled in around the rejected values, so the
 * rules can run on it: each rejected value is removed (its object key, or the array holding it)
 * until the rest parses, then put back.
 */
function withDefaults(input: unknown): Design {
  if (!isContainer(input)) return input as Design;
  const candidate = structuredClone(input) as Container;
  const removed: (string | number)[][] = [];
  for (let attempt = 0; attempt < 20; attempt++) {
    const parsed = designSchema.safeParse(candidate);
    if (parsed.success) {
      const design = parsed.data as unknown as Container;
      for (const path of removed) {
        const parent = valueAt(design, path.slice(0, -1));
        if (isContainer(parent)) parent[path.at(-1)!] = structuredClone(valueAt(input, path));
      }
      return design as unknown as Design;
    }
    let progressed = false;
    for (const issue of parsed.error.issues) {
      let path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      // An array element cannot be dropped without shifting the others: drop the array instead.
      while (path.length && typeof path.at(-1) === 'number') path = path.slice(0, -1);
      const parent = valueAt(candidate, path.slice(0, -1));
      if (!path.length || !isContainer(parent) || !(path.at(-1)! in parent)) continue;
      delete parent[path.at(-1)!];
      removed.push(path);
      progressed = true;
    }
    if (!progressed) break;
  }
  return input as Design;
}

export const errorsOf = (findings: Finding[]) => findings.filter((finding) => finding.severity === 'error');
