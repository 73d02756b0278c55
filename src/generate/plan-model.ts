/**
 * A design's Terraform configuration as `terraform plan` would see it, without Terraform: every
 * resource instance (count and for_each expanded, addressed as plan names them) with its arguments
 * evaluated from the variables of one tfvars file. What only an apply can know — IDs, ARNs, secrets,
 * `plantimestamp()` — stays an `Unknown` that names what it reads (src/hcl/evaluate.ts).
 */
import type { BodyItem, Expr } from '@/hcl/ast';
import {
  canonical,
  evaluate,
  KeyedUnknown,
  parseExpression,
  ResourceHandle,
  Unknown,
  type Scope,
  type Value,
} from '@/hcl/evaluate';
import { renderFile } from '@/hcl/layout';
import type { Design } from '@/model/design';
import { buildTerraformBodies } from './index';

export interface PlanModelOptions {
  /** The environment whose tfvars are planned (designs with environments). */
  environment?: string;
  /**
   * Secret variables (AUTH tokens, passwords) whose value differs from the one applied: a name, or
   * `name["key"]` for one entry of a map (one service's token).
   */
  changedSecrets?: readonly string[];
}

interface ResourceConfig {
  type: string;
  name: string;
  attributes: Map<string, Expr>;
  blocks: { type: string; body: BodyItem[] }[];
  forEach?: Expr;
  count?: Expr;
  /** The provider alias (`us_west_2`), undefined for the default provider. */
  providerAlias?: string;
  ignoreChanges: Set<string>;
}

export interface ResourceInstance {
  address: string;
  type: string;
  /** The config address, `aws_x.y`. */
  resource: string;
  providerAlias?: string;
  /** Arguments and nested blocks (a block type → a list of objects), evaluated. */
  values: Map<string, Value>;
  ignoreChanges: ReadonlySet<string>;
}

export interface PlanModel {
  instances: Map<string, ResourceInstance>;
  /** The canonical default tags of each provider ('' for the default one). */
  defaultTags: Map<string, string>;
}

const META_ARGUMENTS = new Set(['count', 'for_each', 'provider', 'depends_on']);

/** An expression's text, multi-line ones included (what the bundle file holds after `name =`). */
const exprText = (expr: Expr) =>
  renderFile({ items: [{ kind: 'attribute', name: 'x', value: expr }] }).slice('x = '.length);

const exprValue = (expr: Expr, scope: Scope, bindings?: ReadonlyMap<string, Value>) =>
  evaluate(parseExpression(exprText(expr)), scope, bindings);

function readResource(item: Extract<BodyItem, { kind: 'block' }>): ResourceConfig {
  const attributes = new Map<string, Expr>();
  const blocks: ResourceConfig['blocks'] = [];
  const ignoreChanges = new Set<string>();
  for (const entry of item.body) {
    if (entry.kind === 'attribute') attributes.set(entry.name, entry.value);
    else if (entry.kind === 'block' && entry.type === 'lifecycle') {
      for (const setting of entry.body)
        if (setting.kind === 'attribute' && setting.name === 'ignore_changes')
          exprText(setting.value)
            .replace(/[[\]\s]/g, '')
            .split(',')
            .filter(Boolean)
            .forEach((name) => ignoreChanges.add(name));
    } else if (entry.kind === 'block') blocks.push({ type: entry.type, body: entry.body });
  }
  const provider = attributes.get('provider');
  return {
    type: item.labels[0]!,
    name: item.labels[1]!,
    attributes,
    blocks,
    forEach: attributes.get('for_each'),
    count: attributes.get('count'),
    providerAlias: provider
      ? exprText(provider)
          .trim()
          .replace(/^aws\./, '')
      : undefined,
    ignoreChanges,
  };
}

const instanceAddress = (resource: string, key: string | number | undefined) =>
  key === undefined ? resource : `${resource}[${JSON.stringify(key)}]`;

/** A secret's value: unknown, changed as a whole, or changed only under some keys. */
function secretValue(name: string, changedSecrets: ReadonlySet<string>): Unknown {
  if (changedSecrets.has(name)) return new Unknown(`var.${name} (changed)`);
  const prefix = `${name}[`;
  const changedKeys = [...changedSecrets]
    .filter((secret) => secret.startsWith(prefix) && secret.endsWith(']'))
    .map((secret) => JSON.parse(secret.slice(prefix.length, -1)) as string);
  return changedKeys.length
    ? new KeyedUnknown(`var.${name}`, new Set(changedKeys))
    : new Unknown(`var.${name}`);
}

/** Builds the plan model of one design (one environment of it). */
export function planModel(design: Design, options: PlanModelOptions = {}): PlanModel {
  const environment = options.environment;
  const bodies = buildTerraformBodies(design, environment ? { environment } : {});
  const changedSecrets = new Set(options.changedSecrets ?? []);
  const items = bodies.resources.flatMap(([, fileItems]) => fileItems);

  const variableExprs = new Map(bodies.context.variables.map((variable) => [variable.name, variable]));
  const variableValues = new Map<string, Value>();
  const localExprs = new Map<string, Expr>();
  const localValues = new Map<string, Value>();
  const resources = new Map<string, ResourceConfig>();
  for (const item of items) {
    if (item.kind !== 'block') continue;
    if (item.type === 'locals')
      for (const entry of item.body) if (entry.kind === 'attribute') localExprs.set(entry.name, entry.value);
    if (item.type === 'resource') {
      const config = readResource(item);
      resources.set(`${config.type}.${config.name}`, config);
    }
  }

  const emptyBindings = new Map<string, Value>();
  const variableProxy = new Proxy({} as Record<string, Value>, {
    get: (_target, name: string) => {
      if (!variableValues.has(name)) {
        const variable = variableExprs.get(name);
        const expr = variable ? (variable.tfvarsValue?.(environment) ?? variable.default) : undefined;
        const value =
          variable?.sensitive || !expr ? secretValue(name, changedSecrets) : exprValue(expr, scope);
        variableValues.set(name, value);
      }
      return variableValues.get(name);
    },
  });
  const localProxy = new Proxy({} as Record<string, Value>, {
    get: (_target, name: string) => {
      if (!localValues.has(name)) {
        const expr = localExprs.get(name);
        localValues.set(name, expr ? exprValue(expr, scope) : new Unknown(`local.${name}`));
      }
      return localValues.get(name);
    },
  });

  /** Instance keys and each/count bindings of a resource. */
  const keysMemo = new Map<
    string,
    { key: string | number | undefined; bindings: ReadonlyMap<string, Value> }[]
  >();
  const instanceKeys = (address: string) => {
    const cached = keysMemo.get(address);
    if (cached) return cached;
    const config = resources.get(address)!;
    let keys: { key: string | number | undefined; bindings: ReadonlyMap<string, Value> }[];
    if (config.forEach) {
      const collection = exprValue(config.forEach, scope);
      const entries: [string, Value][] = Array.isArray(collection)
        ? collection.map((item) => [String(item), item])
        : collection &&
            typeof collection === 'object' &&
            !(collection instanceof Unknown) &&
            !(collection instanceof ResourceHandle)
          ? Object.keys(collection)
              .sort()
              .map((key) => [key, (collection as Record<string, Value>)[key]!])
          : [];
      keys = entries.map(([key, value]) => ({ key, bindings: new Map([['each', { key, value }]]) }));
    } else if (config.count) {
      const count = exprValue(config.count, scope);
      keys = Array.from({ length: typeof count === 'number' ? count : 0 }, (_unused, index) => ({
        key: index,
        bindings: new Map([['count', { index }]]),
      }));
    } else keys = [{ key: undefined, bindings: emptyBindings }];
    keysMemo.set(address, keys);
    return keys;
  };

  const scope: Scope = {
    root: (name) => {
      if (name === 'var') return variableProxy;
      if (name === 'local') return localProxy;
      if (name === 'terraform') return { workspace: environment ?? 'default' };
      return undefined;
    },
    attribute: (handle, name) => {
      const resource = `${handle.type}.${handle.name}`;
      const address = instanceAddress(resource, handle.key);
      const config = resources.get(resource);
      const expr = config?.attributes.get(name);
      if (!config || !expr || META_ARGUMENTS.has(name))
        return new Unknown(`${address}.${name}`, [{ address, attribute: name }]);
      const instance = instanceKeys(resource).find((candidate) => candidate.key === handle.key);
      return instance ? exprValue(expr, scope, instance.bindings) : new Unknown(`${address}.${name}`);
    },
    instances: (handle) =>
      instanceKeys(`${handle.type}.${handle.name}`).map(
        ({ key }) => new ResourceHandle(handle.type, handle.name, key),
      ),
  };

  const blockValue = (body: BodyItem[], bindings: ReadonlyMap<string, Value>): Value => {
    const object: Record<string, Value> = {};
    const nested = new Map<string, Value[]>();
    for (const entry of body) {
      if (entry.kind === 'attribute') object[entry.name] = exprValue(entry.value, scope, bindings);
      else if (entry.kind === 'block')
        nested.set(entry.type, [...(nested.get(entry.type) ?? []), blockValue(entry.body, bindings)]);
    }
    for (const [type, list] of nested) object[type] = sortedBlocks(list);
    return object;
  };

  const instances = new Map<string, ResourceInstance>();
  for (const [resource, config] of resources) {
    for (const { key, bindings } of instanceKeys(resource)) {
      const values = new Map<string, Value>();
      for (const [name, expr] of config.attributes)
        if (!META_ARGUMENTS.has(name)) values.set(name, exprValue(expr, scope, bindings));
      const blockLists = new Map<string, Value[]>();
      for (const block of config.blocks)
        blockLists.set(block.type, [...(blockLists.get(block.type) ?? []), blockValue(block.body, bindings)]);
      for (const [type, list] of blockLists) values.set(type, sortedBlocks(list));
      const address = instanceAddress(resource, key);
      instances.set(address, {
        address,
        type: config.type,
        resource,
        providerAlias: config.providerAlias,
        values,
        ignoreChanges: config.ignoreChanges,
      });
    }
  }

  const defaultTags = new Map<string, string>();
  for (const item of bodies.providers) {
    if (item.kind !== 'block' || item.type !== 'provider') continue;
    const alias = item.body.find((entry) => entry.kind === 'attribute' && entry.name === 'alias');
    const tagsBlock = item.body.find((entry) => entry.kind === 'block' && entry.type === 'default_tags');
    const aliasName = alias?.kind === 'attribute' ? String(exprValue(alias.value, scope)) : '';
    defaultTags.set(
      aliasName,
      tagsBlock?.kind === 'block' ? canonical(blockValue(tagsBlock.body, emptyBindings)) : '',
    );
  }
  return { instances, defaultTags };
}

/** Nested blocks compared as sets: their order in the file does not matter to the provider. */
const sortedBlocks = (list: Value[]) => [...list].sort((a, b) => (canonical(a) < canonical(b) ? -1 : 1));
