/**
 * The day-2 change suite (npm run test:changes; also part of npm run test:terraform): each baseline
 * design is planned, the state its apply would leave is synthesized (baseline.ts, self-tested: the
 * same configuration then plans no changes), and each scenario (change-scenarios.ts) renders its
 * changed design into a copy of that folder and plans it against the state, offline. Prints the table
 * scenario | creates | updates | replaces | destroys | verdict, the before/after of the upgrade and
 * environment cases, and whether the update-behaviour data agrees with what Terraform planned.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from '../../src/generate';
import { reviewChanges } from '../../src/generate/changes';
import type { Design } from '../../src/model/design';
import { cacheFieldChanges } from '../../src/model/design-changes';
import {
  copyBaseline,
  openSession,
  planDir,
  statePath,
  synthesizeBaseline,
  writeBundle,
  type BaselineResult,
  type Session,
} from './baseline';
import { mockSecretEnv } from './cases';
import { BASELINES, SCENARIOS, type Baseline, type Scenario } from './change-scenarios';
import { actionOf, CACHE_TYPES, judge, type Counts, type Judgement } from './change-verdict';
import type { ResourceChange, SavedPlan, TerraformState } from './state-synth';
import { closingLine } from './report';
import { compareReview, type ReviewComparison } from './review-compare';
import { freshRunFolder, mapWithConcurrency, type BundleCase } from './verify';
import { TERRAFORM_CONCURRENCY } from './tools';

export interface Agreement {
  path: string;
  behaviour: string;
  agrees: boolean;
  /** What Terraform did to the field's cache. */
  observed: string;
}

export interface ScenarioResult {
  scenario: Scenario;
  judgement: Judgement;
  agreements: Agreement[];
  /** Before/after lines, for scenarios that ask for them. */
  detail: string[];
  /** The change review's prediction against the plan (none when the plan failed, as some must). */
  review?: ReviewComparison;
  workDir: string;
  ms: number;
}

export interface ChangeSuiteResult {
  /** The harness self-test on extra cases (every preset, in `npm run test:terraform`). */
  selfTests: BaselineResult[];
  baselines: BaselineResult[];
  scenarios: ScenarioResult[];
  seconds: number;
}

const snake = (id: string) => id.replace(/-/g, '_');

/** The case of a design in one environment (its tfvars and workspace), or with the example tfvars. */
export function baselineCase(name: string, design: Design, environment?: string): BundleCase {
  return {
    name,
    files: generate(design),
    varFile: environment ? `${environment}.tfvars` : 'terraform.tfvars.example',
    env: mockSecretEnv(design),
  };
}

/**
 * Checks each changed field against the update-behaviour data: "in place" or "disruption" must not
 * have replaced the field's cache; "forces replacement" must have replaced, created or destroyed it.
 */
export function behaviourAgreements(before: Design, after: Design, changes: ResourceChange[]): Agreement[] {
  return cacheFieldChanges(before, after).map(({ path, cacheId, behaviour }) => {
    const cacheChanges = changes.filter(
      (change) =>
        CACHE_TYPES.includes(change.type) &&
        (change.name === snake(cacheId) || change.name.startsWith(`${snake(cacheId)}_`)),
    );
    const actions = new Set(cacheChanges.map(actionOf));
    const observed = [...actions].filter((action) => action !== 'no-op').join('+') || 'no-op';
    const agrees =
      behaviour.behaviour === 'replacement'
        ? actions.has('replace') || actions.has('create') || actions.has('destroy')
        : !actions.has('replace');
    return { path, behaviour: behaviour.behaviour, agrees, observed };
  });
}

/**
 * The secrets a scenario's environment changes from the baseline's: a variable's name, or
 * `name["key"]` for each changed entry when both values are JSON objects (a map of tokens).
 */
export function changedSecretNames(before: Record<string, string>, after: Record<string, string>): string[] {
  const parse = (text: string | undefined): Record<string, unknown> | undefined => {
    try {
      const value: unknown = text === undefined ? undefined : JSON.parse(text);
      return value && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : undefined;
    } catch {
      return undefined;
    }
  };
  return Object.entries(after).flatMap(([variable, value]) => {
    const name = variable.replace(/^TF_VAR_/, '');
    const [oldMap, newMap] = [parse(before[variable]), parse(value)];
    if (!oldMap || !newMap) return before[variable] === value ? [] : [name];
    return [...new Set([...Object.keys(oldMap), ...Object.keys(newMap)])]
      .filter((key) => JSON.stringify(oldMap[key]) !== JSON.stringify(newMap[key]))
      .map((key) => `${name}[${JSON.stringify(key)}]`);
  });
}

async function runScenario(
  session: Session,
  scenario: Scenario,
  baseline: Baseline,
  baselineDir: string,
  dir: string,
): Promise<ScenarioResult> {
  const started = Date.now();
  await copyBaseline(session, baselineDir, dir);
  const workspace = baseline.environment;
  if (scenario.editState) {
    const file = statePath(dir, workspace);
    const state = JSON.parse(await readFile(file, 'utf8')) as TerraformState;
    scenario.editState(state);
    state.serial++;
    await writeFile(file, JSON.stringify(state, null, 2));
  }
  const changed = structuredClone(baseline.design);
  scenario.change?.(changed);
  await writeBundle(session, dir, generate(changed));
  const environment = scenario.planEnvironment ?? baseline.environment;
  const run = await planDir(session, dir, {
    varFile: environment ? `${environment}.tfvars` : 'terraform.tfvars.example',
    env: { ...mockSecretEnv(changed), ...scenario.env },
    workspace,
    show: 'always',
  });
  const judgement = judge(
    { plan: run.plan, errors: run.errors },
    scenario.expect,
    scenario.cacheChangesInPlace,
  );
  const changes = run.plan?.resource_changes ?? [];
  // A rotated secret is the only change the designs do not show: the review is told its name, or
  // for a map of secrets (one token per service) the keys whose value changed.
  const changedSecrets = changedSecretNames(mockSecretEnv(baseline.design), scenario.env ?? {});
  return {
    scenario,
    judgement,
    agreements: run.plan ? behaviourAgreements(baseline.design, changed, changes) : [],
    detail: scenario.showDetail ? beforeAfter(run.plan, run.errors) : [],
    review: run.plan
      ? compareReview(reviewChanges(baseline.design, changed, { environment, changedSecrets }), changes)
      : undefined,
    workDir: dir,
    ms: Date.now() - started,
  };
}

const show = (value: unknown) => (value === undefined ? '(known after apply)' : JSON.stringify(value));

/** What each changed ElastiCache resource was and becomes, attribute by attribute. */
export function beforeAfter(plan: SavedPlan | undefined, errors: string[]): string[] {
  if (!plan) return errors.map((error) => `plan stopped: ${error}`);
  return (plan.resource_changes ?? [])
    .filter((change) => change.type.startsWith('aws_elasticache') && actionOf(change) !== 'no-op')
    .flatMap((change) => {
      const before = (change.change.before ?? {}) as Record<string, unknown>;
      const after = (change.change.after ?? {}) as Record<string, unknown>;
      const unknown = (change.change.after_unknown ?? {}) as Record<string, unknown>;
      const sensitive = (change.change.after_sensitive ?? {}) as Record<string, unknown>;
      const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
        (key) =>
          !['tags_all', 'timeouts'].includes(key) &&
          (unknown[key] === true
            ? before[key] !== undefined && before[key] !== null
            : JSON.stringify(before[key]) !== JSON.stringify(after[key])) &&
          (actionOf(change) !== 'replace' || !['arn', 'id'].includes(key)),
      );
      return [
        `  ${change.address}: ${actionOf(change)}${change.action_reason ? ` (${change.action_reason})` : ''}`,
        ...keys.map((key) =>
          sensitive[key] === true
            ? `      ${key}: (sensitive) changed`
            : `      ${key}: ${show(before[key])} → ${unknown[key] === true ? '(known after apply)' : show(after[key])}`,
        ),
      ];
    });
}

/** Synthesizes every baseline the scenarios use, then runs the scenarios on copies of them. */
export async function runChangeSuite(
  options: {
    workRoot?: string;
    scenarios?: Scenario[];
    /**
     * Cases to self-test too: their synthesized state must plan no changes. A case's `plan`, when
     * given, is its saved plan against an empty state (the stack verification's), used as the first.
     */
    selfTestCases?: (BundleCase & { plan?: SavedPlan })[];
    concurrency?: number;
    log?: (line: string) => void;
  } = {},
): Promise<ChangeSuiteResult> {
  const started = Date.now();
  const workRoot = options.workRoot ?? (await freshRunFolder());
  const session = await openSession(workRoot);
  const scenarios = options.scenarios ?? SCENARIOS;
  const used = BASELINES.filter((baseline) =>
    scenarios.some((scenario) => scenario.baseline === baseline.id),
  );
  const baselineDir = (baseline: Baseline) =>
    join(workRoot, `baseline-${baseline.id.replace(/[^\w.-]+/g, '-')}`);
  const baselines = await mapWithConcurrency(
    used,
    options.concurrency ?? TERRAFORM_CONCURRENCY,
    async (baseline) => {
      const result = await synthesizeBaseline(
        session,
        baselineDir(baseline),
        baselineCase(baseline.id, baseline.design, baseline.environment),
      );
      options.log?.(
        `baseline ${baseline.id}: ${result.ok ? `state synthesized, no changes after ${result.rounds} round(s)` : 'FAILED'} (${(result.ms / 1000).toFixed(0)} s)`,
      );
      return result;
    },
  );
  const selfTests = await mapWithConcurrency(
    options.selfTestCases ?? [],
    options.concurrency ?? TERRAFORM_CONCURRENCY,
    async (bundle, index) => {
      const result = await synthesizeBaseline(
        session,
        join(
          workRoot,
          `self-test-${String(index + 1).padStart(2, '0')}-${bundle.name.replace(/[^\w.-]+/g, '-')}`,
        ),
        bundle,
        bundle.plan,
      );
      options.log?.(
        `self-test ${bundle.name}: ${result.ok ? 'no changes' : 'FAILED'} (${(result.ms / 1000).toFixed(0)} s)`,
      );
      return result;
    },
  );
  const results = await mapWithConcurrency(
    scenarios,
    options.concurrency ?? TERRAFORM_CONCURRENCY,
    async (scenario, index) => {
      const baselineIndex = used.findIndex((baseline) => baseline.id === scenario.baseline);
      const baseline = used[baselineIndex];
      const dir = join(
        workRoot,
        `${String(index + 1).padStart(2, '0')}-${scenario.name.replace(/[^\w.-]+/g, '-').slice(0, 60)}`,
      );
      if (!baseline || !baselines[baselineIndex]?.ok) {
        return {
          scenario,
          judgement: {
            verdict: 'mismatch' as const,
            counts: { creates: 0, updates: 0, replaces: 0, destroys: 0 },
            problems: [`baseline ${scenario.baseline} could not be synthesized`],
          },
          agreements: [],
          detail: [],
          workDir: dir,
          ms: 0,
        };
      }
      const result = await runScenario(session, scenario, baseline, baselineDir(baseline), dir);
      options.log?.(`${scenario.name}: ${result.judgement.verdict} (${(result.ms / 1000).toFixed(0)} s)`);
      return result;
    },
  );
  return { selfTests, baselines, scenarios: results, seconds: Math.round((Date.now() - started) / 1000) };
}

/**
 * A scenario fails on an UNSAFE or mismatching verdict, or when the update-behaviour data or the
 * change review disagrees with Terraform.
 */
export const scenarioFailed = (result: ScenarioResult) =>
  result.judgement.verdict !== 'safe' ||
  result.agreements.some((agreement) => !agreement.agrees) ||
  Boolean(result.review?.disagreements.length);

/** Each self-test, baseline and scenario is one case. */
export function changeSuiteCounts(suite: ChangeSuiteResult): { passed: number; failed: number } {
  const baselines = [...suite.selfTests, ...suite.baselines];
  const failed =
    baselines.filter((baseline) => !baseline.ok).length + suite.scenarios.filter(scenarioFailed).length;
  return { passed: baselines.length + suite.scenarios.length - failed, failed };
}

/** The change review against Terraform over every scenario that planned: counts, then each disagreement. */
function reviewSummary(suite: ChangeSuiteResult): string[] {
  const compared = suite.scenarios.filter((result) => result.review);
  const agree = compared.reduce((sum, result) => sum + result.review!.agreements, 0);
  const differ = compared.flatMap((result) =>
    result.review!.disagreements.map((line) => `  REVIEW DIFFERS ${result.scenario.name}: ${line}`),
  );
  return [
    `Change review vs Terraform: ${agree} changed resource instances agree, ${differ.length} disagree, over ${compared.length} planned scenarios`,
    ...differ,
  ];
}

export function formatChangeReport(suite: ChangeSuiteResult): string {
  const header = ['scenario', 'creates', 'updates', 'replaces', 'destroys', 'review', 'verdict'];
  const counts = (value: Counts) =>
    [value.creates, value.updates, value.replaces, value.destroys].map(String);
  const rows = suite.scenarios.map((result) => [
    result.scenario.name,
    ...counts(result.judgement.counts),
    result.review
      ? `${result.review.agreements} agree, ${result.review.disagreements.length} differ`
      : 'no plan',
    result.judgement.verdict +
      (result.agreements.some((agreement) => !agreement.agrees) ? ' (update data disagrees)' : ''),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column >= 1 && column <= 4 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join(' | ')
      .trimEnd();
  const lines = [
    'Day-2 changes: each scenario planned against the state its baseline’s apply would leave (-refresh=false, offline)',
    '',
    ...[...suite.selfTests, ...suite.baselines].map(
      (baseline) =>
        `state self-test ${baseline.name}: ${baseline.ok ? `no changes (state synthesized in ${baseline.rounds} round(s))` : `FAILED (work dir ${baseline.dir})\n    ${baseline.problems.join('\n    ')}`}`,
    ),
    '',
    line(header),
    widths.map((width) => '-'.repeat(width)).join('-|-'),
    ...rows.map(line),
  ];
  for (const result of suite.scenarios.filter((candidate) => candidate.judgement.problems.length)) {
    lines.push(
      '',
      `${result.judgement.verdict}: ${result.scenario.name} (work dir ${result.workDir})`,
      ...result.judgement.problems.map((problem) => `  ${problem}`),
    );
  }
  for (const result of suite.scenarios.filter((candidate) => candidate.detail.length)) {
    lines.push('', `Before/after: ${result.scenario.name}`, ...result.detail);
  }
  const agreements = suite.scenarios.flatMap((result) =>
    result.agreements.map((agreement) => ({ ...agreement, scenario: result.scenario.name })),
  );
  const disagreements = agreements.filter((agreement) => !agreement.agrees);
  lines.push(
    '',
    `Update-behaviour data vs Terraform: ${agreements.length - disagreements.length} of ${agreements.length} changed fields agree`,
    ...disagreements.map(
      (agreement) =>
        `  DISAGREES ${agreement.scenario}: ${agreement.path} is "${agreement.behaviour}", Terraform: ${agreement.observed} on the cache`,
    ),
    ...reviewSummary(suite),
    `Change suite: ${suite.scenarios.length} scenarios on ${suite.baselines.length} baselines in ${suite.seconds} s; ${suite.scenarios.filter((result) => result.judgement.verdict === 'UNSAFE').length} unsafe`,
    '',
  );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  const scenarios = filter
    ? SCENARIOS.filter((scenario) => scenario.name.includes(filter) || scenario.baseline === filter)
    : SCENARIOS;
  const suite = await runChangeSuite({ scenarios, log: (line) => console.log(line) });
  process.stdout.write(formatChangeReport(suite));
  const { passed, failed } = changeSuiteCounts(suite);
  console.log(closingLine(passed, failed));
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main().catch((error: unknown) => {
    console.error(`The change suite could not run: ${(error as Error).message}`);
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
  });
}
