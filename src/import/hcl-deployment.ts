/**
 * Parsed HCL (the JSON shape of `hcl2json`) → the `Deployment` a plan or state gives, so the
 * Terraform mapping reads a configuration unchanged. Only literals map: a reference, a function call or
 * a template cannot be evaluated without Terraform, so it is left out of the values (its field keeps
 * its default) and named in the report. A variable or local with a literal value is read as that value.
 */
import type { ImportReport } from './import-report';
import { isObject, type Json } from './json';
import type { DeployedResource, Deployment } from './terraform-json';

/** Arguments of Terraform itself, not of the resource type. */
const META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'lifecycle', 'provider', 'provisioner']);
const INTERPOLATION = /\$\{([^}]*)\}/g;
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

/** Top-level attributes and blocks: a block's unresolvable arguments are left out of the block alone. */
function resourceValues(
  address: string,
  body: Json,
  names: ReadonlyMap<string, unknown>,
  report: ImportReport,
): { values: Json; unknown: Set<string> } {
  const values: Json = {};
  const unknown = new Set<string>();
  const unresolved = (attribute: string, expression: unknown) =>
    report.unresolved.push({ attribute: `${address}.${attribute}`, expression: expressionText(expression) });
  for (const [attribute, value] of Object.entries(body)) {
    if (META_ARGUMENTS.has(attribute)) continue;
    const isBlockList = Array.isArray(value) && value.length > 0 && value.every(isObject);
    if (isBlockList) {
      values[attribute] = value.map((block: Json) =>
        Object.fromEntries(
          Object.entries(block).flatMap(([argument, item]) => {
            const resolved = resolve(item, names);
            if (resolved !== UNRESOLVED) return [[argument, resolved]];
            unresolved(`${attribute}.${argument}`, item);
            return [];
          }),
        ),
      );
      continue;
    }
    const resolved = resolve(value, names);
    if (resolved !== UNRESOLVED) values[attribute] = resolved;
    else {
      unresolved(attribute, value);
      // Set, to a value only Terraform knows: read as a plan reads a value known after apply.
      unknown.add(attribute);
    }
  }
  return { values, unknown };
}

/** The resources of a parsed configuration, one instance per block; the report says what was not read. */
export function deploymentFromHcl(document: Json, report: ImportReport): Deployment {
  const names = literalNames(document);
  const resources: DeployedResource[] = [];
  for (const [type, blocks] of Object.entries((document.resource as Json | undefined) ?? {}))
    for (const [name, bodies] of Object.entries(blocks as Json)) {
      const address = `${type}.${name}`;
      for (const body of bodies as Json[]) {
        const repeat = ['count', 'for_each'].find((argument) => argument in body);
        if (repeat)
          report.notes.push(
            `${address} has ${repeat} = ${expressionText(body[repeat])}: imported as one instance.`,
          );
        const { values, unknown } = resourceValues(address, body, names, report);
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
        resources.push({ address, type, name, values, unknown });
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
    childModuleResources: 0,
  };
}
