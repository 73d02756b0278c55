/**
 * Differential test of our rules against real Terraform. Seeded random designs drawn near the rule
 * boundaries (src/testing/boundary-arbitrary.ts) are rendered with our validation bypassed and run
 * through `terraform fmt` and offline `plan` (plan validates first, with the same diagnostics as
 * `terraform validate`, so validate's own provider start is skipped). For each design:
 *
 * - ours: the schema or an error rule rejects it (`validateDesign`), blaming model paths;
 * - theirs: Terraform rejects it, naming attributes that map back to model paths.
 *
 * Every design Terraform rejects, we must reject too, blaming the attribute Terraform names
 * (a miss otherwise, and no miss is allowed). Every design only we reject must be explained by an
 * AWS-API rule: a limit AWS enforces at apply time that the provider does not check.
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import type { Design } from '../../src/model/design';
import { validateDesign, type Finding } from '../../src/model/rules';
import { overrideTarget } from '../../src/model/fields';
import { boundaryDesignArbitrary } from '../../src/testing/boundary-arbitrary';
import { differentialCases } from './differential-bundle';
import {
  mapDiagnostic,
  parseDiagnostics,
  pathsRelated,
  type MappedDiagnostic,
  type TerraformDiagnostic,
} from './differential-map';
import { verifyBundles, type BundleCase, type CaseResult, type VerifyOptions } from './verify';
import { TERRAFORM_CONCURRENCY } from './tools';

export type Outcome =
  | 'both-reject'
  | 'miss'
  | 'miss-attribute'
  | 'only-ours-explained'
  | 'only-ours-unexplained'
  | 'both-accept'
  | 'harness-failure';

export interface DesignVerdict {
  name: string;
  mutations: string[];
  design: Design;
  outcome: Outcome;
  /** Our error findings (schema and rules). */
  findings: Finding[];
  /** Terraform's errors, mapped to model paths. */
  diagnostics: MappedDiagnostic[];
  /** Diagnostics none of our findings blames. */
  unmatched: MappedDiagnostic[];
  /** For `harness-failure`: what went wrong (fmt failed, …). */
  problem?: string;
}

export interface DifferentialResult {
  seed: number;
  verdicts: DesignVerdict[];
  /** Draws the generator could not render (skipped and replaced by further draws). */
  skipped: number;
  cases: number;
  seconds: number;
}

export interface DifferentialOptions {
  seed: number;
  count: number;
  verify?: VerifyOptions;
  /** Progress lines. */
  log?: (line: string) => void;
}

/** Our blamed paths, with environment overrides also standing for the cache field they override. */
function blamedPaths(design: Design, findings: Finding[]): string[] {
  return findings.flatMap((finding) => {
    const path = finding.path.join('.');
    const [top, , overrides, cacheId, field] = finding.path;
    if (top !== 'environments' || overrides !== 'overrides' || typeof field !== 'string') return [path];
    const index = design.caches.findIndex((cache) => cache.id === cacheId);
    if (index < 0) return [path];
    const mapped = overrideTarget(field, design.caches[index]!.kind) ?? field;
    return [path, `caches.${index}.${mapped}`];
  });
}

/**
 * A failed check the bundle itself declares — a variable's `validation`, a resource's precondition or
 * postcondition, a `check` block — not Terraform or the provider judging the values.
 */
export const isOwnValidation = (diagnostic: TerraformDiagnostic) =>
  (diagnostic.summary === 'Invalid value for variable' &&
    diagnostic.detail.includes('This was checked by the validation rule')) ||
  /^(Resource|Module output value) (pre|post)condition failed$/.test(diagnostic.summary) ||
  diagnostic.summary === 'Check block assertion failed';

/**
 * Rules that refuse more than Terraform on purpose: cache-id-prefix refuses every pair of cache IDs
 * whose bundle names could clash (`app`, `app-cache`), not only the pairs whose users or parts do
 * clash, so the rule needs no copy of the generator's name list. Reported on their own line.
 */
export const CONSERVATIVE_RULES: ReadonlySet<string> = new Set(['cache-id-prefix']);

const explains = (finding: Finding) =>
  (finding.source.kind === 'aws-api' && finding.ruleId !== 'design-schema') ||
  CONSERVATIVE_RULES.has(finding.ruleId);

export function judge(
  name: string,
  mutations: string[],
  design: Design,
  results: CaseResult[],
): DesignVerdict {
  const findings = validateDesign(design).findings.filter((finding) => finding.severity === 'error');
  const base = { name, mutations, design, findings };
  const harness = results.find(
    (result) => !result.ok && result.failedStep !== 'validate' && result.failedStep !== 'plan',
  );
  if (harness)
    return {
      ...base,
      outcome: 'harness-failure',
      diagnostics: [],
      unmatched: [],
      problem: `${harness.name}: ${harness.failedStep} failed: ${harness.errors.join('; ')}`,
    };
  const diagnostics = results
    .filter((result) => !result.ok)
    .flatMap((result) =>
      parseDiagnostics(result.detail).map((diagnostic) => mapDiagnostic(design, diagnostic)),
    );
  // The cases are rendered without our validations (differential-bundle.ts): one that still fails
  // would be our verdict, and it stops the plan before the provider's.
  const ownValidation = diagnostics.find((mapped) => isOwnValidation(mapped.diagnostic));
  if (ownValidation)
    return {
      ...base,
      outcome: 'harness-failure',
      diagnostics,
      unmatched: [],
      problem: `A check the bundle declares (${ownValidation.diagnostic.summary}) rejected the case (our verdict, not Terraform's): ${ownValidation.diagnostic.detail}`,
    };
  const terraformRejects = results.some((result) => !result.ok);
  const weReject = findings.length > 0;
  const ours = blamedPaths(design, findings);
  const unmatched = diagnostics.filter(
    (mapped) => !mapped.paths.some((path) => ours.some((blamed) => pathsRelated(path, blamed))),
  );
  if (terraformRejects && diagnostics.length === 0)
    return {
      ...base,
      outcome: weReject ? 'miss-attribute' : 'miss',
      diagnostics,
      unmatched,
      problem: `Terraform failed without an error diagnostic: ${results.map((result) => result.errors.join('; ')).join(' | ')}`,
    };
  const outcome: Outcome = terraformRejects
    ? !weReject
      ? 'miss'
      : unmatched.length
        ? 'miss-attribute'
        : 'both-reject'
    : !weReject
      ? 'both-accept'
      : findings.some(explains)
        ? 'only-ours-explained'
        : 'only-ours-unexplained';
  return { ...base, outcome, diagnostics, unmatched };
}

/** Draws `count` generatable designs (replacing draws the generator cannot render) and judges each. */
export async function runDifferential(options: DifferentialOptions): Promise<DifferentialResult> {
  const start = performance.now();
  const draws = fc.sample(boundaryDesignArbitrary, { numRuns: options.count * 3, seed: options.seed });
  const picked: { name: string; mutations: string[]; design: Design; cases: BundleCase[] }[] = [];
  let skipped = 0;
  for (const draw of draws) {
    if (picked.length >= options.count) break;
    const name = `diff-${String(picked.length + 1).padStart(3, '0')}`;
    let cases: BundleCase[];
    try {
      cases = differentialCases(name, draw.design);
    } catch (error) {
      if ((error as Error).message.includes('differential-bundle.ts')) throw error;
      skipped++;
      continue;
    }
    picked.push({ name, mutations: draw.mutations, design: draw.design, cases });
  }
  const cases = picked.flatMap((entry) => entry.cases);
  options.log?.(
    `Differential: ${picked.length} designs, ${cases.length} Terraform cases (seed ${options.seed})`,
  );
  const results = cases.length
    ? await verifyBundles(cases, { concurrency: TERRAFORM_CONCURRENCY, validate: false, ...options.verify })
    : [];
  const byName = new Map(results.map((result) => [result.name, result]));
  const verdicts = picked.map(({ name, mutations, design, cases: designCases }) =>
    judge(
      name,
      mutations,
      design,
      designCases.map((bundle) => byName.get(bundle.name)!),
    ),
  );
  return {
    seed: options.seed,
    verdicts,
    skipped,
    cases: cases.length,
    seconds: (performance.now() - start) / 1000,
  };
}

export const isFailure = (verdict: DesignVerdict) =>
  verdict.outcome === 'miss' ||
  verdict.outcome === 'miss-attribute' ||
  verdict.outcome === 'only-ours-unexplained' ||
  verdict.outcome === 'harness-failure';

function describeVerdict(verdict: DesignVerdict): string {
  const ours = verdict.findings.map(
    (finding) =>
      `    ours: ${finding.ruleId} [${finding.source.kind}] ${finding.path.join('.')}: ${finding.message}`,
  );
  const theirs = verdict.diagnostics.map(
    (mapped) =>
      `    terraform${verdict.unmatched.includes(mapped) ? ' (UNMATCHED)' : ''}: ${mapped.diagnostic.summary}${mapped.diagnostic.address ? ` [${mapped.diagnostic.address}]` : ''} → ${mapped.paths.join(', ') || 'no model path'}`,
  );
  return [
    `  ${verdict.name} ${verdict.outcome}: ${verdict.mutations.join('; ')}`,
    ...(verdict.problem ? [`    ${verdict.problem}`] : []),
    ...theirs,
    ...ours,
  ].join('\n');
}

/** The confusion table, the misses and unexplained rejections in detail (every design with `verbose`), and per-rule counts. */
export function formatDifferentialReport(
  result: DifferentialResult,
  options: { verbose?: boolean } = {},
): string {
  const count = (outcome: Outcome) => result.verdicts.filter((verdict) => verdict.outcome === outcome).length;
  const bothReject = count('both-reject');
  const missAttribute = count('miss-attribute');
  const miss = count('miss');
  const explained = count('only-ours-explained');
  const unexplained = count('only-ours-unexplained');
  const bothAccept = count('both-accept');
  const harness = count('harness-failure');
  const cell = (text: string | number, width: number) => String(text).padStart(width);
  const rows = [
    ['', 'Terraform rejects', 'Terraform accepts'],
    ['We reject', `${bothReject + missAttribute}`, `${explained + unexplained}`],
    ['We accept', `${miss}`, `${bothAccept}`],
  ];
  const widths = [10, 18, 18];
  const table = rows.map((row) =>
    row
      .map((text, column) => (column === 0 ? text.padEnd(widths[0]!) : cell(text, widths[column]!)))
      .join('  '),
  );
  const failures = result.verdicts.filter(isFailure);
  const tally = new Map<string, number>();
  for (const verdict of result.verdicts)
    if (verdict.outcome === 'only-ours-explained')
      for (const ruleId of new Set(verdict.findings.filter(explains).map((finding) => finding.ruleId)))
        tally.set(ruleId, (tally.get(ruleId) ?? 0) + 1);
  const confirmed = new Map<string, number>();
  for (const verdict of result.verdicts)
    if (verdict.outcome === 'both-reject')
      for (const ruleId of new Set(verdict.findings.map((finding) => finding.ruleId)))
        confirmed.set(ruleId, (confirmed.get(ruleId) ?? 0) + 1);
  // Provider-sourced findings on designs Terraform accepted: the generator did not pass the value on,
  // or the rule claims a provider check that does not exist. Listed for review, not failed.
  const unconfirmed = new Map<string, number>();
  for (const verdict of result.verdicts)
    if (verdict.outcome.startsWith('only-ours'))
      for (const ruleId of new Set(
        verdict.findings
          .filter((finding) => finding.source.kind === 'provider')
          .map((finding) => finding.ruleId),
      ))
        unconfirmed.set(ruleId, (unconfirmed.get(ruleId) ?? 0) + 1);
  const listing = (counts: Map<string, number>) =>
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([ruleId, n]) => `${ruleId} ${n}`)
      .join(', ') || 'none';
  return [
    '',
    `Differential test: ${result.verdicts.length} designs near rule boundaries, ${result.cases} Terraform cases, seed ${result.seed}, ${result.seconds.toFixed(0)} s`,
    `(replay: DIFF_SEED=${result.seed} DIFF_DESIGNS=${result.verdicts.length} npx tsx scripts/differential.ts)`,
    '',
    ...table,
    '',
    `  both reject, same attribute:          ${bothReject}`,
    `  both reject, different attribute:     ${missAttribute}  (miss)`,
    `  only Terraform rejects:               ${miss}  (miss)`,
    `  only we reject, AWS-API rule:         ${explained}  (or a conservative naming rule: ${[...CONSERVATIVE_RULES].join(', ')})`,
    `  only we reject, unexplained:          ${unexplained}`,
    `  both accept:                          ${bothAccept}`,
    ...(harness ? [`  harness or generator failures:        ${harness}`] : []),
    ...(result.skipped ? [`  draws the generator could not render: ${result.skipped} (replaced)`] : []),
    '',
    `Misses: ${miss + missAttribute}`,
    `Our rules on designs both reject: ${listing(confirmed)}`,
    `AWS-API (and conservative) rules behind our extra rejections: ${listing(tally)}`,
    `Provider-sourced rules Terraform did not confirm (review): ${listing(unconfirmed)}`,
    ...(options.verbose ? ['', 'Every design:', ...result.verdicts.map(describeVerdict)] : []),
    ...(failures.length ? ['', 'Failures:', ...failures.map(describeVerdict)] : []),
    '',
  ].join('\n');
}
