/**
 * Reads what Terraform knows about a deployment into one shape: `terraform show -json` of a plan or
 * of a state, or a raw `terraform.tfstate` (format 4). A plan also carries the variables' values, the
 * names of the declared variables and the configuration (which keeps the source order of blocks and
 * the references between resources); a state carries only the resources' attribute values.
 */
import { isObject, type Json } from './json';

export interface DeployedResource {
  /** `aws_elasticache_user.app_cache_default`, `aws_subnet.private[0]`, `…["orders"]` */
  address: string;
  type: string;
  name: string;
  /** `count` index or `for_each` key. */
  key?: string | number;
  values: Json;
  /** Attributes a plan knows only after apply (computed from other resources). */
  unknown: ReadonlySet<string>;
  /** The region of the aliased provider the resource is created with, where the input says it. */
  region?: string;
}

export interface Deployment {
  /** A configuration is HCL read without Terraform: literal values only. */
  source: 'plan' | 'state' | 'configuration';
  resources: DeployedResource[];
  /** Values of the root module's variables (plans only). */
  variables?: Record<string, unknown>;
  /** Names of the variables the configuration declares (plans only). */
  declaredVariables?: ReadonlySet<string>;
  /** The configuration's expressions per resource block, keyed `type.name` (plans and configurations). */
  expressions?: ReadonlyMap<string, Json>;
  /** Resources inside child modules: the import reads only the root module. */
  childModuleResources: number;
}

/** True for JSON that `terraform show -json` or a state file produced. */
export function isTerraformJson(value: unknown): boolean {
  if (!isObject(value)) return false;
  if ('planned_values' in value || ('values' in value && 'format_version' in value)) return true;
  return typeof value.version === 'number' && 'terraform_version' in value && Array.isArray(value.resources);
}

interface ShownModule {
  resources?: Json[];
  child_modules?: ShownModule[];
}

const countChildResources = (module: ShownModule | undefined): number =>
  (module?.child_modules ?? []).reduce(
    (sum, child) => sum + (child.resources?.length ?? 0) + countChildResources(child),
    0,
  );

function shownResources(
  module: ShownModule | undefined,
  unknownOf: (address: string) => Set<string>,
  regionOf: (block: string) => string | undefined = () => undefined,
) {
  return (module?.resources ?? [])
    .filter((resource) => resource.mode === 'managed')
    .map((resource): DeployedResource => ({
      address: String(resource.address),
      type: String(resource.type),
      name: String(resource.name),
      ...(resource.index !== undefined ? { key: resource.index as string | number } : {}),
      values: isObject(resource.values) ? resource.values : {},
      unknown: unknownOf(String(resource.address)),
      ...withRegion(regionOf(`${String(resource.type)}.${String(resource.name)}`)),
    }));
}

export const withRegion = (region: string | undefined) => (region ? { region } : {});

/** Per resource block (`type.name`), the literal region of the aliased provider it is created with. */
function providerRegions(configuration: Json): Map<string, string> {
  const providers = (configuration.provider_config as Record<string, Json> | undefined) ?? {};
  const regions = new Map<string, string>();
  for (const resource of ((configuration.root_module as Json | undefined)?.resources as Json[]) ?? []) {
    const provider = providers[String(resource.provider_config_key)];
    const region = ((provider?.expressions as Json | undefined)?.region as Json | undefined)?.constant_value;
    if (provider?.alias && typeof region === 'string')
      regions.set(`${String(resource.type)}.${String(resource.name)}`, region);
  }
  return regions;
}

/** The top-level attributes a plan marks unknown, per resource address. */
function unknownAttributes(plan: Json): Map<string, Set<string>> {
  const byAddress = new Map<string, Set<string>>();
  for (const change of (plan.resource_changes as Json[] | undefined) ?? []) {
    const afterUnknown = (change.change as Json | undefined)?.after_unknown;
    if (!isObject(afterUnknown)) continue;
    byAddress.set(
      String(change.address),
      new Set(Object.keys(afterUnknown).filter((key) => afterUnknown[key] === true)),
    );
  }
  return byAddress;
}

function fromPlan(plan: Json): Deployment {
  const unknown = unknownAttributes(plan);
  const root = (plan.planned_values as Json | undefined)?.root_module as ShownModule | undefined;
  const regions = providerRegions((plan.configuration as Json | undefined) ?? {});
  const configuration = ((plan.configuration as Json | undefined)?.root_module ?? {}) as Json;
  const variables = Object.fromEntries(
    Object.entries((plan.variables as Record<string, Json> | undefined) ?? {}).map(([name, entry]) => [
      name,
      entry.value,
    ]),
  );
  const expressions = new Map<string, Json>(
    ((configuration.resources as Json[] | undefined) ?? []).map((resource) => [
      `${String(resource.type)}.${String(resource.name)}`,
      (resource.expressions as Json | undefined) ?? {},
    ]),
  );
  return {
    source: 'plan',
    resources: shownResources(
      root,
      (address) => unknown.get(address) ?? new Set(),
      (block) => regions.get(block),
    ),
    variables,
    declaredVariables: new Set(Object.keys((configuration.variables as Json | undefined) ?? {})),
    expressions,
    childModuleResources: countChildResources(root),
  };
}

/** A raw state file: resources with their instances, attributes and index keys. */
function fromStateFile(state: Json): Deployment {
  const resources: DeployedResource[] = [];
  let childModuleResources = 0;
  for (const resource of (state.resources as Json[]) ?? []) {
    if (resource.mode !== 'managed') continue;
    if (resource.module) {
      childModuleResources += 1;
      continue;
    }
    for (const instance of (resource.instances as Json[] | undefined) ?? []) {
      const key = instance.index_key as string | number | undefined;
      const base = `${String(resource.type)}.${String(resource.name)}`;
      resources.push({
        address: key === undefined ? base : `${base}[${JSON.stringify(key)}]`,
        type: String(resource.type),
        name: String(resource.name),
        ...(key !== undefined ? { key } : {}),
        values: isObject(instance.attributes) ? instance.attributes : {},
        unknown: new Set(),
      });
    }
  }
  return { source: 'state', resources, childModuleResources };
}

/** Reads a parsed Terraform JSON document; call {@link isTerraformJson} first. */
export function readDeployment(document: Json): Deployment {
  if ('planned_values' in document) return fromPlan(document);
  if ('values' in document) {
    const root = (document.values as Json | null)?.root_module as ShownModule | undefined;
    return {
      source: 'state',
      resources: shownResources(root, () => new Set()),
      childModuleResources: countChildResources(root),
    };
  }
  return fromStateFile(document);
}
