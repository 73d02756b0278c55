/**
 * What every generator module needs to know about a design: Terraform names for its caches, how AWS
 * IDs are built (environment and instance prefixes), the regions it spans, and the variables the
 * modules declare on the way (collected here so variables.tf and the tfvars files come from one list).
 */
import type { Expr, TemplatePart } from '@/hcl/ast';
import type { Cache, Design, ReplicationGroup } from '@/model/design';

/** `app-cache` → `app_cache`: Terraform names and variable names are snake case. */
export const snake = (id: string) => id.replace(/-/g, '_');

export interface VariableValidation {
  condition: string;
  /** The error message; a rule's message may name values as HCL expressions (guards.ts `messageExpr`). */
  message: string;
  /** The app rules this validation enforces in the bundle (guards.test.ts maps rules to guards). */
  rules?: readonly string[];
}

export interface Variable {
  name: string;
  /** A Terraform type expression: `string`, `number`, `list(string)`, … */
  type: string;
  description: string;
  /** Default written in variables.tf; none means the user must set it (in tfvars or TF_VAR_*). */
  default?: Expr;
  sensitive?: boolean;
  validations?: VariableValidation[];
  /** Value for the tfvars file of one environment (or the example when `environment` is undefined). */
  tfvarsValue?: (environment: string | undefined) => Expr | undefined;
}

/** A region the bundle deploys to: the design's own (no alias) or a global datastore secondary. */
export interface RegionTarget {
  region: string;
  /** Provider alias (`us_west_2`), undefined for the primary region. */
  alias?: string;
  /** Suffix for resource and variable names in that region (`_us_west_2`), '' for the primary. */
  suffix: string;
}

export interface GeneratorContext {
  design: Design;
  variables: Variable[];
  /** The names in `variables`: a big design declares hundreds, looked up on every declaration. */
  variableNames: Set<string>;
  regions: RegionTarget[];
}

export function createContext(design: Design): GeneratorContext {
  const secondaryRegions = new Set<string>();
  for (const cache of design.caches)
    if (cache.kind === 'replication-group' && cache.globalDatastore.enabled)
      cache.globalDatastore.secondaries.forEach((secondary) => secondaryRegions.add(secondary.region));
  const regions: RegionTarget[] = [
    { region: design.region, suffix: '' },
    ...[...secondaryRegions]
      .sort()
      .map((region) => ({ region, alias: snake(region), suffix: `_${snake(region)}` })),
  ];
  return { design, variables: [], variableNames: new Set(), regions };
}

export const isDeclared = (context: GeneratorContext, name: string) => context.variableNames.has(name);

export function declareVariable(context: GeneratorContext, variable: Variable): string {
  if (!isDeclared(context, variable.name)) {
    context.variables.push(variable);
    context.variableNames.add(variable.name);
  }
  return `var.${variable.name}`;
}

export const hasEnvironments = (design: Design) => design.environments.length > 0;

/**
 * The AWS ID of a resource as an expression: `"orders"`, or with environments and instances
 * `"${var.environment}-${each.key}-orders"`.
 */
export function idExpr(
  design: Design,
  base: string,
  options: { instance?: boolean; leading?: string } = {},
): Expr {
  const parts: TemplatePart[] = options.leading ? [{ literal: options.leading }] : [];
  if (hasEnvironments(design)) parts.push({ interpolate: 'var.environment' }, { literal: '-' });
  if (options.instance) parts.push({ interpolate: 'each.key' }, { literal: '-' });
  parts.push({ literal: base });
  const literalOnly = parts.every((part) => 'literal' in part);
  return literalOnly
    ? { kind: 'string', value: (options.leading ?? '') + base }
    : { kind: 'template', parts };
}

export const isGlobal = (cache: Cache): cache is ReplicationGroup =>
  cache.kind === 'replication-group' && cache.globalDatastore.enabled;

/**
 * The aliased target of a global datastore secondary. A secondary listed in the primary's own region
 * (the rules refuse it: AWS would) still gets its alias, so the preview renders while the form says why.
 */
export const secondaryTarget = (context: GeneratorContext, region: string): RegionTarget =>
  context.regions.find((target) => target.alias !== undefined && target.region === region)!;

export const providerAttr = (target: RegionTarget) => (target.alias ? `aws.${target.alias}` : undefined);
