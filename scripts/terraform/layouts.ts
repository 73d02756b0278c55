/**
 * The two layouts of a bundle plan the same resources with the same values: every managed resource of
 * the stack's plan has its twin in the module layout's plan, at the same address under
 * `module.<name>.`, with equal planned values and the same provider.
 */
import { isDeepStrictEqual } from 'node:util';
import { moduleName } from '../../src/generate/layout-module';
import type { Design } from '../../src/model/design';
import { bundleCases } from './cases';
import {
  plannedResources,
  verifyBundles,
  type CaseResult,
  type PlanJson,
  type PlannedResource,
  type VerifyOptions,
} from './verify';

export interface LayoutComparison {
  /** Resources found in both plans and compared. */
  compared: number;
  /** One line per resource missing from either plan or planned differently. */
  differences: string[];
}

const managed = (plan: PlanJson) => plannedResources(plan).filter((resource) => resource.mode === 'managed');

/**
 * A final snapshot's name ends in the time of the plan that created the cache (generate/caches.ts):
 * two plans a few seconds apart differ there and nowhere else, so the stamp is compared as its shape.
 */
const withoutPlanTime = (key: string, value: unknown) =>
  key === 'final_snapshot_identifier' && typeof value === 'string'
    ? value.replace(/-final-\d{14}$/, '-final-<plan time>')
    : value;

/** Keys of `a` and `b` whose values differ, for a readable difference line. */
const differingKeys = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (key) => !isDeepStrictEqual(withoutPlanTime(key, a[key]), withoutPlanTime(key, b[key])),
  );

export function compareLayouts(stack: PlanJson, module: PlanJson, moduleName: string): LayoutComparison {
  const prefix = `module.${moduleName}.`;
  const inModule = new Map<string, PlannedResource>();
  const differences: string[] = [];
  for (const resource of managed(module)) {
    if (resource.address.startsWith(prefix)) inModule.set(resource.address.slice(prefix.length), resource);
    else differences.push(`${resource.address}: planned outside ${prefix.slice(0, -1)}`);
  }
  let compared = 0;
  for (const resource of managed(stack)) {
    const twin = inModule.get(resource.address);
    inModule.delete(resource.address);
    if (!twin) {
      differences.push(`${resource.address}: missing from the module layout`);
      continue;
    }
    compared++;
    if (twin.provider_name !== resource.provider_name)
      differences.push(`${resource.address}: provider ${resource.provider_name} vs ${twin.provider_name}`);
    const keys = differingKeys(resource.values, twin.values);
    if (keys.length) differences.push(`${resource.address}: values differ in ${keys.join(', ')}`);
  }
  for (const address of inModule.keys())
    differences.push(`${prefix}${address}: missing from the stack layout`);
  return { compared, differences };
}

export interface LayoutRun {
  /** The module layout's results, failed where its plan differs from the stack's. */
  results: CaseResult[];
  compared: number;
  differences: number;
}

/**
 * Runs the module layout of each design through fmt, plan (which validates first) and show, and compares each plan
 * with the stack layout's plan of the same case (`stackResults`, run with `showJson`).
 */
export async function verifyModuleLayouts(
  designs: { name: string; design: Design }[],
  stackResults: CaseResult[],
  options: VerifyOptions = {},
): Promise<LayoutRun> {
  const cases = designs.flatMap(({ name, design }) =>
    bundleCases(name, design, 'module').map((bundle) => ({ bundle, design })),
  );
  const results = await verifyBundles(
    cases.map(({ bundle }) => bundle),
    { ...options, showJson: true, validate: false },
  );
  const stackPlans = new Map(stackResults.map((result) => [`${result.name} [module]`, result.plan]));
  let compared = 0;
  let differences = 0;
  const checked = results.map((result, index): CaseResult => {
    const stackPlan = stackPlans.get(result.name);
    if (!result.ok || !result.plan) return result;
    if (!stackPlan)
      return {
        ...result,
        ok: false,
        failedStep: 'show',
        detail: 'The stack layout of this case has no plan.',
      };
    const comparison = compareLayouts(stackPlan, result.plan, moduleName(cases[index]!.design.name));
    compared += comparison.compared;
    differences += comparison.differences.length;
    return comparison.differences.length
      ? {
          ...result,
          ok: false,
          failedStep: 'show',
          detail: `Planned values differ from the stack layout's:\n${comparison.differences.join('\n')}`,
        }
      : result;
  });
  return { results: checked, compared, differences };
}

export const layoutSummary = (run: LayoutRun) =>
  `Layouts: resources compared: ${run.compared}, differences: ${run.differences}`;
