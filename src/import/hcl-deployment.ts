/**
 * Parsed HCL (the JSON shape of `hcl2json`) → the `Deployment` a plan or state gives, so the
 * Terraform mapping reads a configuration unchanged. Only literals map: a reference, a function call or
 * a template cannot be evaluated without Terraform, so it is left out of the values (its field keeps
 * its default) and named in the report. A variable or local with a literal value is read as that value.
 */
import { REGIONS } from '@/model/catalog';
import type { ImportReport } from './import-report';
import { isObject, type Json } from './json';
import { withRegion, type DeployedResource, type Deployment } from './terraform-json';

/** Arguments of Terraform itself, not of the resource type. */
const META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'lifecycle', 'provider', 'provisioner']);
const INTERPOLATION = /\$\{([^}]*)\}/g;
/** `aws_vpc.main.cidr_block`, `var.x`: a name and its attributes, as Terraform lists references. */
const TRAVERSAL = /[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+/g;
/** An interpolation or a directive: text only Terraform can finish. */
const isTemplate = (text: string) => text.includes('${') || text.includes('%{');

/**
 * What the provider sets when the configuration does not (or sets what the import cannot evaluate):
 * the mapping reads the complete values of a plan.
 */
const PROVIDER_DEFAULTS: Record<string, Json> = {
  aws_elasticache_replication_group: { engine: 'redis' },
};
/** The attribute a cache's ID comes from: when only Terraform knows it, the block's name stands in. */
const ID_ATTRIBUTES: Record<string, string> = {
  aws_elasticache_replication_group: 'replication_group_id',
  aws_elasticache_cluster: 'cluster_id',
  aws_elasticache_serverless_cache: 'name',
};

/** A value nothing in the file can resolve. */
const UNRESOLVED = Symbol('unresolved');

/** `var.x` and `local.x` with literal values: the only names an import can evaluate. */
function literalNames(document: Json): Map<string, unknown> {
  const names = new Map<string, unknown>();
  const isLiteral = (value: unknown): boolean =>
    typeof value === 'string'
      ? !isTemplate(value)
      : Array.isArray(value)
        ? value.every(isLiteral)
        : isObject(value)
          ? Object.values(value).every(isLiteral)
          : true;
  for (const [name, blocks] of Object.entries((document.variable as Json | undefined) ?? {}))
    for (const block of blocks as Json[])
      if ('default' in block && block.default !== null && isLiteral(block.default))
        names.set(`var.${name}`, block.default);
  for (const block of (document.locals as Json[] | undefined) ?? [])
    for (const [name, value] of Object.entries(block))
      if (isLiteral(value)) names.set(`local.${name}`, value);
  return names;
}

/** `local.config.node_type`: a literal name, then attributes of its object value; undefined if unknown. */
function lookup(expression: string, names: ReadonlyMap<string, unknown>): unknown {
  const [root, name, ...path] = expression.trim().split('.');
  let value = names.get(`${root}.${name}`);
  for (const key of path) value = isObject(value) ? value[key] : undefined;
  return value;
}

/** A value with every `${…}` replaced by its literal, or UNRESOLVED. */
function resolve(value: unknown, names: ReadonlyMap<string, unknown>): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => resolve(item, names));
    return items.includes(UNRESOLVED) ? UNRESOLVED : items;
  }
  if (isObject(value)) {
    const entries = Object.entries(value).map(([key, item]) => [key, resolve(item, names)] as const);
    return entries.some(([, item]) => item === UNRESOLVED) ? UNRESOLVED : Object.fromEntries(entries);
  }
  if (typeof value !== 'string' || !isTemplate(value)) return value;
  if (value.includes('%{')) return UNRESOLVED;
  const whole = /^\$\{([^}]*)\}$/.exec(value)?.[1];
  if (whole !== undefined) return lookup(whole, names) ?? UNRESOLVED;
  const parts = [...value.matchAll(INTERPOLATION)].map((match) => lookup(match[1]!, names));
  if (parts.some((part) => part === undefined || isObject(part) || Array.isArray(part))) return UNRESOLVED;
  return value.replace(INTERPOLATION, (_, expression: string) => String(lookup(expression, names)));
}

/** `${var.x}` → `var.x`: the expression as it reads in the file. */
const expressionText = (value: unknown): string =>
  typeof value === 'string' ? value.replace(/^\$\{([^}]*)\}$/, '$1') : JSON.stringify(value);

/** The names an unresolved value refers to: what a plan lists as an expression's `references`. */
const referencesIn = (value: unknown): string[] => [
  ...new Set(
    [...JSON.stringify(value).matchAll(INTERPOLATION)].flatMap((match) => match[1]!.match(TRAVERSAL) ?? []),
  ),
];

/**
 * Top-level attributes and blocks: a block's unresolvable arguments are left out of the block alone.
 * The expressions take a plan's shape (a constant, or the references of what is left out), so the
 * mapping follows references between resources as it does in a plan.
 */
function resourceValues(
  address: string,
  body: Json,
  names: ReadonlyMap<string, unknown>,
  report: ImportReport,
): { values: Json; unknown: Set<string>; expressions: Json } {
  const values: Json = {};
  const unknown = new Set<string>();
  const expressions: Json = {};
  /** Resolves into `target`, or reports what is left out; returns the plan's expression of the value. */
  const read = (target: Json, attribute: string, value: unknown, path: string): Json => {
    const resolved = resolve(value, names);
    if (resolved !== UNRESOLVED) {
      target[attribute] = resolved;
      return { constant_value: resolved };
    }
    report.unresolved.push({ attribute: `${address}.${path}`, expression: expressionText(value) });
    return { references: referencesIn(value) };
  };
  for (const [attribute, value] of Object.entries(body)) {
    if (META_ARGUMENTS.has(attribute)) continue;
    const isBlockList = Array.isArray(value) && value.length > 0 && value.every(isObject);
    if (isBlockList) {
      const blocks = value.map((block: Json) => {
        const blockValues: Json = {};
        const blockExpressions = Object.fromEntries(
          Object.entries(block).map(([argument, item]) => [
            argument,
            read(blockValues, argument, item, `${attribute}.${argument}`),
          ]),
        );
        return { blockValues, blockExpressions };
      });
      values[attribute] = blocks.map((block) => block.blockValues);
      expressions[attribute] = blocks.map((block) => block.blockExpressions);
      continue;
    }
    expressions[attribute] = read(values, attribute, value, attribute);
    // Set, to a value only Terraform knows: read as a plan reads a value known after apply.
    if (!(attribute in values)) unknown.add(attribute);
  }
  return { values, unknown, expressions };
}

/**
 * The region of each `aws` provider alias: its block's literal region, or for an alias no block
 * declares (the guide's `aws.us_west_2`), the region its name spells.
 */
function providerRegions(
  document: Json,
  names: ReadonlyMap<string, unknown>,
  report: ImportReport,
): (provider: unknown) => string | undefined {
  const declared = new Map<string, unknown>();
  for (const block of ((document.provider as Json | undefined)?.aws as Json[] | undefined) ?? [])
    if (typeof block.alias === 'string') declared.set(block.alias, resolve(block.region, names));
  const regions = new Map<string, string | undefined>();
  const regionOf = (alias: string): string | undefined => {
    if (declared.has(alias)) {
      const region = declared.get(alias);
      return typeof region === 'string' ? region : undefined;
    }
    const spelled = REGIONS.find((name) => name === alias.replace(/_/g, '-'));
    if (spelled)
      report.notes.push(
        `The provider aws.${alias} is not declared: its region is read from its alias, ${spelled}.`,
      );
    return spelled;
  };
  return (provider) => {
    const alias = /^\$\{aws\.([\w-]+)\}$/.exec(String(provider))?.[1];
    if (alias === undefined) return undefined;
    if (!regions.has(alias)) regions.set(alias, regionOf(alias));
    return regions.get(alias);
  };
}

/** The resources of a parsed configuration, one instance per block; the report says what was not read. */
export function deploymentFromHcl(document: Json, report: ImportReport): Deployment {
  const names = literalNames(document);
  const regionOfProvider = providerRegions(document, names, report);
  const resources: DeployedResource[] = [];
  const expressionsByBlock = new Map<string, Json>();
  for (const [type, blocks] of Object.entries((document.resource as Json | undefined) ?? {}))
    for (const [name, bodies] of Object.entries(blocks as Json)) {
      const address = `${type}.${name}`;
      for (const body of bodies as Json[]) {
        const repeat = ['count', 'for_each'].find((argument) => argument in body);
        if (repeat)
          report.notes.push(
            `${address} has ${repeat} = ${expressionText(body[repeat])}: imported as one instance.`,
          );
        const { values, unknown, expressions } = resourceValues(address, body, names, report);
        expressionsByBlock.set(address, expressions);
        for (const [attribute, value] of Object.entries(PROVIDER_DEFAULTS[type] ?? {}))
          if (!(attribute in values)) {
            values[attribute] = value;
            report.notes.push(
              `${address}.${attribute} read as the provider's default, ${JSON.stringify(value)}.`,
            );
          }
        const idAttribute = ID_ATTRIBUTES[type];
        if (idAttribute && typeof values[idAttribute] !== 'string') {
          values[idAttribute] = name.replace(/_/g, '-');
          unknown.delete(idAttribute);
          report.notes.push(`${address}.${idAttribute} is not a literal: the cache ID is the block's name.`);
        }
        resources.push({
          address,
          type,
          name,
          values,
          unknown,
          ...withRegion(regionOfProvider(body.provider)),
        });
      }
    }
  const modules = Object.keys((document.module as Json | undefined) ?? {});
  if (modules.length)
    report.notes.push(`Module calls are not read (${modules.map((name) => `module.${name}`).join(', ')}).`);
  const variables = Object.fromEntries(
    [...names].flatMap(([name, value]) => (name.startsWith('var.') ? [[name.slice(4), value]] : [])),
  );
  return {
    source: 'configuration',
    resources,
    variables,
    declaredVariables: new Set(Object.keys((document.variable as Json | undefined) ?? {})),
    expressions: expressionsByBlock,
    childModuleResources: 0,
  };
}
