/**
 * npm run test:terraform — every preset (each environment of a multi-environment preset) and a batch
 * of seeded random valid designs, rendered and run through real `terraform fmt -check`, `validate` and
 * offline `plan`. Prints a table and a closing `N passed, M failed` line; exits 1 on any failure.
 *
 * Both layouts: the module layout of every preset and of the first LAYOUT_RANDOM_DESIGNS (default 8)
 * random designs goes through the same steps, and its planned values must equal the stack layout's, resource by resource (`resources compared: N,
 * differences: 0`); each module-layout case counts as a case.
 *
 * Then the differential test of our rules against Terraform (scripts/terraform/differential.ts): designs
 * near the rule boundaries, rendered with our validation bypassed; every design Terraform rejects we must
 * reject too, naming the same attribute. Its confusion table is printed; each design counts as one case.
 *
 * Environment: FC_SEED replays a random batch (and the differential draw), RANDOM_DESIGNS sets its size
 * (default 25), INJECTION_STRINGS the number of adversarial strings pushed through plan (default 1,000),
 * DIFF_DESIGNS the number of differential designs (default 100: CI time; 200 or more for a wider sweep),
 * TERRAFORM_BIN / TF_PLUGIN_MIRROR point at terraform and the provider mirror.
 *
 * Plan coverage (scripts/terraform/plan-coverage.ts): every field the registry maps to a Terraform
 * attribute is set to a non-default value in a few designs, planned once each, and its value must be
 * in the plan; each design is one case.
 * The import round trip (scripts/terraform/import-roundtrip.ts) reads the plan JSONs those runs keep:
 * every single-environment preset, IMPORT_RANDOM_DESIGNS random single-environment designs (default
 * 50: those of the random batch, and as many more drawn and planned for the round trip alone as it
 * lacks) and the injection designs must import back to byte-identical .tf files; each design counts as
 * one case.
 *
 * Last, the day-2 suite (scripts/terraform/changes.ts): every preset's synthesized state must plan no
 * changes (the harness self-test), and each change scenario must plan safely; each is one case.
 */
import fc from 'fast-check';
import { generate } from '../src/generate';
import type { Design } from '../src/model/design';
import { PRESETS } from '../src/model/presets';
import { validDesignArbitrary } from '../src/testing/design-arbitrary';
import { formatDifferentialReport, isFailure, runDifferential } from './terraform/differential';
import { closingLine, printTable } from './terraform/report';
import { alarmDimensionProblems } from './terraform/alarms';
import { bundleCases } from './terraform/cases';
import { changeSuiteCounts, formatChangeReport, runChangeSuite } from './terraform/changes';
import type { SavedPlan } from './terraform/state-synth';
import { adversarialStrings, injectionFuzzDesigns, plannedValueMismatches } from './terraform/injection';
import { formatRoundTrips, roundTrip, type RoundTripCase } from './terraform/import-roundtrip';
import { layoutSummary, verifyModuleLayouts } from './terraform/layouts';
import { runPlanCoverage } from './terraform/plan-coverage';
import { verifyBundles, type BundleCase } from './terraform/verify';
import { TERRAFORM_CONCURRENCY } from './terraform/tools';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const randomCount = Number(process.env.RANDOM_DESIGNS ?? 25);
const injectionCount = Number(process.env.INJECTION_STRINGS ?? 1000);
const differentialCount = Number(process.env.DIFF_DESIGNS ?? 100);
// The module layout repeats every preset and the first few random designs: its code paths are the
// stack's, so more random draws cost plan time without reaching new layout code.
const layoutRandomCount = Number(process.env.LAYOUT_RANDOM_DESIGNS ?? 4);
const importRandomCount = Number(process.env.IMPORT_RANDOM_DESIGNS ?? 50);

const presetCases: BundleCase[] = PRESETS.flatMap((preset) => bundleCases(preset.id, preset.design));
const randomDesigns: Design[] = fc.sample(validDesignArbitrary, { numRuns: randomCount, seed });
const randomCases = randomDesigns.flatMap((design, index) =>
  bundleCases(`random-${index + 1}-${design.name}`, design),
);

// Rendering twice must give the same bytes: checked here on every case, before Terraform runs.
const nondeterministic = [...PRESETS.map((preset) => preset.design), ...randomDesigns].filter(
  (design) => JSON.stringify(generate(design)) !== JSON.stringify(generate(structuredClone(design))),
);

console.log(
  `Random designs: ${randomCount} drawn with seed ${seed} (replay: FC_SEED=${seed} npm run test:terraform)`,
);
console.log(`Cases: ${presetCases.length} from ${PRESETS.length} presets, ${randomCases.length} random\n`);
try {
  // Presets are also checked on their plan: every alarm must watch a metric the bundle's caches publish.
  const presetResults = (
    await verifyBundles(presetCases, { concurrency: TERRAFORM_CONCURRENCY, showJson: true })
  ).map((result) => {
    const problems = result.plan ? alarmDimensionProblems(result.plan) : [];
    return result.ok && problems.length
      ? {
          ...result,
          ok: false,
          failedStep: 'show' as const,
          detail: `Alarm dimensions:\n${problems.join('\n')}`,
        }
      : result;
  });
  const randomResults = await verifyBundles(randomCases, {
    concurrency: TERRAFORM_CONCURRENCY,
    showJson: true,
  });
  const layoutStart = Date.now();
  const layouts = await verifyModuleLayouts(
    [
      ...PRESETS.map((preset) => ({ name: preset.id, design: preset.design })),
      ...randomDesigns
        .slice(0, layoutRandomCount)
        .map((design, index) => ({ name: `random-${index + 1}-${design.name}`, design })),
    ],
    [...presetResults, ...randomResults],
    { concurrency: TERRAFORM_CONCURRENCY },
  );
  console.log(
    `${layoutSummary(layouts)} (module layout cases: ${Math.round((Date.now() - layoutStart) / 1000)} s)`,
  );
  const results = [...presetResults, ...randomResults, ...layouts.results];
  // More random designs for the import round trip alone (a different seed: no overlap with the batch above).
  const importStart = Date.now();
  const singleEnvironmentRandom = randomDesigns.filter((design) => design.environments.length === 0).length;
  const extraDesigns = fc.sample(
    validDesignArbitrary.filter((design) => design.environments.length === 0),
    { numRuns: Math.max(0, importRandomCount - singleEnvironmentRandom), seed: seed + 1 },
  );
  const extraCases = extraDesigns.flatMap((design, index) =>
    bundleCases(`import-${index + 1}-${design.name}`, design),
  );
  // Only their plan is needed (plan validates first); the batch above ran each step on its designs.
  const extraResults = await verifyBundles(extraCases, {
    concurrency: TERRAFORM_CONCURRENCY,
    showJson: true,
    validate: false,
  });
  results.push(...extraResults);
  const extraSeconds = Math.round((Date.now() - importStart) / 1000);
  const planOf = (caseResults: typeof presetResults, name: string) =>
    caseResults.find((result) => result.name === name)?.plan;
  const singleEnvironment = (
    group: string,
    designs: { name: string; design: Design }[],
    caseResults: typeof presetResults,
  ) =>
    designs
      .filter(({ design }) => design.environments.length === 0)
      .map(({ name, design }): RoundTripCase => ({ name, group, design, plan: planOf(caseResults, name) }));
  // Adversarial user text: every string must reach Terraform's plan unchanged.
  const strings = adversarialStrings(injectionCount, seed);
  const { designs: injectionDesigns, refused } = injectionFuzzDesigns(strings);
  console.log(
    `Injection fuzz: ${strings.length} strings over ${injectionDesigns.length} designs (seed ${seed}); ${refused.length} refused by the schema (too long or not text)`,
  );
  const injected = await verifyBundles(
    injectionDesigns.flatMap((design) => bundleCases(design.name, design)),
    { concurrency: TERRAFORM_CONCURRENCY, showJson: true, validate: false },
  );
  injected.forEach((result, index) => {
    const mismatches = result.plan ? plannedValueMismatches(result.plan, injectionDesigns[index]!) : [];
    results.push(
      result.ok && mismatches.length
        ? {
            ...result,
            ok: false,
            failedStep: 'show',
            detail: `Planned values differ from the design:\n${mismatches.join('\n')}`,
          }
        : result,
    );
  });
  results.push(...(await runPlanCoverage()));
  const roundTripStart = Date.now();
  const roundTrips = [
    ...singleEnvironment(
      'presets',
      PRESETS.map((preset) => ({ name: preset.id, design: preset.design })),
      presetResults,
    ),
    ...singleEnvironment(
      'random designs',
      [
        ...randomDesigns.map((design, index) => ({ name: `random-${index + 1}-${design.name}`, design })),
        ...extraDesigns.map((design, index) => ({ name: `import-${index + 1}-${design.name}`, design })),
      ],
      [...randomResults, ...extraResults],
    ),
    ...singleEnvironment(
      'injection designs',
      injectionDesigns.map((design) => ({ name: design.name, design })),
      injected,
    ),
  ].map(roundTrip);
  process.stdout.write(formatRoundTrips(roundTrips));
  console.log(
    `(import round trip: ${extraCases.length} extra random designs planned in ${extraSeconds} s; imports and renders ${Math.round((Date.now() - roundTripStart) / 1000)} s)`,
  );
  if (nondeterministic.length)
    console.error(
      `Non-deterministic output for: ${nondeterministic.map((design) => design.name).join(', ')}`,
    );
  printTable(results, { closingLine: false });
  const differential = await runDifferential({
    seed,
    count: differentialCount,
    log: (line) => console.log(line),
  });
  process.stdout.write(formatDifferentialReport(differential));
  // Day 2: every preset's synthesized state plans no changes (starting from the plan verified above),
  // then the change scenarios.
  const changes = await runChangeSuite({
    selfTestCases: presetCases.map((bundle, index) => ({
      ...bundle,
      plan: presetResults[index]?.plan as SavedPlan | undefined,
    })),
  });
  process.stdout.write(formatChangeReport(changes));
  const changeCounts = changeSuiteCounts(changes);
  // The determinism check counts as one case.
  const failed =
    results.filter((result) => !result.ok).length +
    roundTrips.filter((result) => !result.ok).length +
    differential.verdicts.filter(isFailure).length +
    changeCounts.failed +
    (nondeterministic.length ? 1 : 0);
  const total =
    results.length +
    roundTrips.length +
    differential.verdicts.length +
    changeCounts.passed +
    changeCounts.failed +
    1;
  console.log(
    `Bundle cases: ${results.length}; differential designs: ${differential.verdicts.length}; day-2 self-tests and scenarios: ${changeCounts.passed + changeCounts.failed}`,
  );
  console.log(closingLine(total - failed, failed));
  if (failed) process.exitCode = 1;
} catch (error) {
  console.error(`The Terraform suite could not run: ${(error as Error).message}`);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
}
