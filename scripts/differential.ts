/**
 * npx tsx scripts/differential.ts — the differential test of our rules against real Terraform on its
 * own (it also runs as part of `npm run test:terraform`). Prints the confusion table, the misses and a
 * closing `N passed, M failed` line (one per design); exits 1 on any miss or unexplained rejection.
 *
 * Environment: DIFF_SEED replays a run, DIFF_DESIGNS sets the number of designs (default 200),
 * DIFF_VERBOSE=1 lists every design with our findings and Terraform's errors.
 */
import { formatDifferentialReport, isFailure, runDifferential } from './terraform/differential';

const seed = Number(process.env.DIFF_SEED ?? Date.now() % 2 ** 31);
const count = Number(process.env.DIFF_DESIGNS ?? 200);

try {
  const result = await runDifferential({ seed, count, log: (line) => console.log(line) });
  process.stdout.write(formatDifferentialReport(result, { verbose: process.env.DIFF_VERBOSE === '1' }));
  const failed = result.verdicts.filter(isFailure).length;
  console.log(`${result.verdicts.length - failed} passed, ${failed} failed`);
  if (failed) process.exitCode = 1;
} catch (error) {
  console.error(`The differential test could not run: ${(error as Error).message}`);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
}
