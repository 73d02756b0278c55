/**
 * Plan coverage: every field the registry maps to a Terraform attribute reaches the plan with the
 * design's value. Each mapping's example (a value other than the default, with the fields it needs)
 * is set on a cache of its kind; mappings are packed into as few designs as the rules allow, each
 * design is planned once, and the value is looked for in `terraform show -json` on a resource of the
 * mapped type. A generator that drops an attribute (say `snapshot_window`) fails here.
 *
 * `npx tsx scripts/terraform/plan-coverage.ts` runs it alone; the Terraform suite runs it as one batch.
 */
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { CacheKind, Design } from '../../src/model/design';
import { createCache, defineDesign } from '../../src/model/defaults';
import { FIELDS, valueAtPath, withValueAtPath, type TerraformMapping } from '../../src/model/fields';
import { existingNetwork } from '../../src/testing/existing-network';
import { checkDesign } from '../../src/model/rules';
import { designSchema } from '../../src/model/design';
import { bundleCases } from './cases';
import { plannedResources, verifyBundles, type CaseResult, type PlanJson } from './verify';
import { TERRAFORM_CONCURRENCY } from './tools';

const KINDS: readonly CacheKind[] = ['replication-group', 'memcached', 'serverless'];
const CACHE_PREFIX = 'caches.*.';

/** One mapping of one field, for one cache kind. */
export interface CoverageTarget {
  field: string;
  kind: CacheKind;
  mapping: TerraformMapping;
}

export interface CoverageDesign {
  design: Design;
  targets: CoverageTarget[];
}

/** Every mapped field of the registry, once per cache kind it maps for. */
export function coverageTargets(): CoverageTarget[] {
  return FIELDS.flatMap((entry) =>
    (entry.terraform ?? []).flatMap((mapping) =>
      (mapping.kind ? [mapping.kind] : KINDS).map((kind) => ({
        field: entry.path.slice(CACHE_PREFIX.length),
        kind,
        mapping,
      })),
    ),
  );
}

const baseCache = (kind: CacheKind) => createCache(kind, 'covered');

/**
 * The design with one cache, or undefined when the schema or an error rule refuses it. Its network is
 * an existing VPC, whose subnets may be dual-stack (a created VPC has IPv4 subnets only).
 */
function designWith(name: string, cache: Record<string, unknown>): Design | undefined {
  const parsed = designSchema.safeParse({
    ...defineDesign({ name, network: existingNetwork() }),
    caches: [cache],
  });
  if (!parsed.success) return undefined;
  return checkDesign(parsed.data).some((finding) => finding.severity === 'error') ? undefined : parsed.data;
}

/** The values a target fixes on the cache: the fields it needs, then its own example. */
const valuesOf = (target: CoverageTarget): [string, unknown][] => [
  ...Object.entries(target.mapping.requires ?? {}),
  [target.field, target.mapping.example],
];

/**
 * Packs the targets into designs: each target joins the first design of its kind whose fixed values
 * it agrees with and whose rules still pass with it, else starts a new one.
 */
export function coverageDesigns(targets: CoverageTarget[] = coverageTargets()): {
  designs: CoverageDesign[];
  unplaced: string[];
} {
  const packs: {
    kind: CacheKind;
    cache: Record<string, unknown>;
    fixed: Map<string, unknown>;
    targets: CoverageTarget[];
  }[] = [];
  const unplaced: string[] = [];
  for (const target of targets) {
    const values = valuesOf(target);
    const fits = (pack: (typeof packs)[number]) =>
      pack.kind === target.kind &&
      values.every(
        ([path, value]) => !pack.fixed.has(path) || isDeepStrictEqual(pack.fixed.get(path), value),
      );
    const tryPack = (pack: (typeof packs)[number]) => {
      if (!fits(pack)) return false;
      const cache = values.reduce((at, [path, value]) => withValueAtPath(at, path, value), pack.cache);
      if (!designWith('coverage', cache)) return false;
      pack.cache = cache;
      values.forEach(([path, value]) => pack.fixed.set(path, value));
      pack.targets.push(target);
      return true;
    };
    if (packs.some(tryPack)) continue;
    const fresh = {
      kind: target.kind,
      cache: baseCache(target.kind) as unknown as Record<string, unknown>,
      fixed: new Map<string, unknown>(),
      targets: [],
    };
    if (isDeepStrictEqual(valueAtPath(fresh.cache, target.field), target.mapping.example))
      unplaced.push(`${target.kind} ${target.field}: the example equals the default, so it proves nothing`);
    else if (tryPack(fresh)) packs.push(fresh);
    else
      unplaced.push(
        `${target.kind} ${target.field}: no valid design takes the example (the rules refuse it)`,
      );
  }
  const designs = packs.map((pack, index) => ({
    design: designWith(`coverage-${index + 1}`, pack.cache)!,
    targets: pack.targets,
  }));
  return { designs, unplaced };
}

/** True when `values` (a resource's planned values) hold `attribute` = `expected` at any depth. */
function holds(values: unknown, attribute: string, expected: unknown): boolean {
  if (Array.isArray(values)) return values.some((item) => holds(item, attribute, expected));
  if (values === null || typeof values !== 'object') return false;
  return Object.entries(values).some(
    ([key, value]) =>
      (key === attribute && isDeepStrictEqual(value, expected)) || holds(value, attribute, expected),
  );
}

/** The targets whose value the plan does not show on a resource of the mapped type. */
export function missingFromPlan(plan: PlanJson, targets: CoverageTarget[]): string[] {
  const resources = plannedResources(plan);
  return targets
    .filter(({ mapping }) => {
      const expected = mapping.planned ?? mapping.example;
      return !resources.some(
        (resource) =>
          resource.type === mapping.resource && holds(resource.values, mapping.attribute, expected),
      );
    })
    .map(
      ({ kind, field, mapping }) =>
        `${kind} ${field}: no ${mapping.resource} plans ${mapping.attribute} = ${JSON.stringify(mapping.planned ?? mapping.example)}`,
    );
}

/** Plans every coverage design; a case fails on a missing value, and one more on fields no design could take. */
export async function runPlanCoverage(): Promise<CaseResult[]> {
  const { designs, unplaced } = coverageDesigns();
  const cases = designs.flatMap(({ design }) => bundleCases(design.name, design));
  const results = await verifyBundles(cases, {
    concurrency: TERRAFORM_CONCURRENCY,
    showJson: true,
    validate: false,
  });
  const checked = results.map((result, index) => {
    const missing = result.plan ? missingFromPlan(result.plan, designs[index]!.targets) : [];
    return result.ok && missing.length
      ? { ...result, ok: false, failedStep: 'show' as const, errors: missing, detail: missing.join('\n') }
      : result;
  });
  if (!unplaced.length) return checked;
  const failure: CaseResult = {
    name: 'coverage: unplaced fields',
    ok: false,
    failedStep: null,
    durations: {},
    totalMs: 0,
    errors: unplaced,
    detail: unplaced.join('\n'),
    workDir: '',
  };
  return [...checked, failure];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { designs } = coverageDesigns();
  console.log(
    `Plan coverage: ${coverageTargets().length} mapped fields in ${designs.length} designs (${designs.map((design) => design.targets.length).join(', ')})`,
  );
  const results = await runPlanCoverage();
  for (const result of results)
    console.log(
      `${result.ok ? 'ok  ' : 'FAIL'} ${result.name}${result.ok ? '' : `\n  ${result.errors.join('\n  ')}`}`,
    );
  const failed = results.filter((result) => !result.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  if (failed) process.exitCode = 1;
}
