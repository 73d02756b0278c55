/**
 * The lossless import, proven on real plans: render → terraform plan → show -json → import → render
 * must give byte-identical .tf files. Works on the plan JSONs the suite already made
 * (`verifyBundles(…, { showJson: true })`). What a deployment does not record (the order of caches,
 * secondaries and tag keys) is compared in the order an import lists it (src/import/canonical-order.ts):
 * designs that needed it are counted as "reordered".
 */
import { terraformFiles } from '../../src/generate';
import type { Design } from '../../src/model/design';
import { importValue, type ImportReport } from '../../src/import';
import { inRecordedOrder } from '../../src/import/canonical-order';
import type { PlanJson } from './verify';

export interface RoundTripCase {
  name: string;
  /** Which batch the design comes from (preset, random, injection): counted apart. */
  group: string;
  design: Design;
  plan: PlanJson | undefined;
}

export interface RoundTripResult {
  name: string;
  group: string;
  ok: boolean;
  /** The design lists caches, secondaries or tag keys in another order than an import does. */
  reordered: boolean;
  /** Files whose bytes differ, or why the import failed. */
  problems: string[];
  report?: ImportReport;
}

export function roundTrip({ name, group, design, plan }: RoundTripCase): RoundTripResult {
  const base = { name, group, reordered: false };
  if (!plan) return { ...base, ok: false, problems: ['no plan JSON (an earlier step failed)'] };
  const imported = importValue(plan);
  if (!imported.ok) return { ...base, ok: false, problems: [`import failed: ${imported.error.message}`] };
  const expected = inRecordedOrder(design);
  const reordered = JSON.stringify(terraformFiles(expected)) !== JSON.stringify(terraformFiles(design));
  const want = terraformFiles(expected);
  const got = new Map(terraformFiles(imported.design).map((file) => [file.path, file.content]));
  const problems = [
    ...want.filter((file) => got.get(file.path) !== file.content).map((file) => `${file.path} differs`),
    ...[...got.keys()]
      .filter((path) => !want.some((file) => file.path === path))
      .map((path) => `${path} is extra`),
  ];
  return { name, group, ok: problems.length === 0, reordered, problems, report: imported.report };
}

/** One line per group, the failures with their files, and the total. */
export function formatRoundTrips(results: readonly RoundTripResult[]): string {
  const groups = [...new Set(results.map((result) => result.group))];
  const lines = [
    'Import round trip (render → plan → show -json → import → render, byte-identical .tf files):',
  ];
  for (const group of groups) {
    const members = results.filter((result) => result.group === group);
    const identical = members.filter((result) => result.ok).length;
    const reordered = members.filter((result) => result.ok && result.reordered).length;
    lines.push(
      `  ${group}: ${identical}/${members.length} identical (${reordered} after listing caches, secondaries and tags in recorded order)`,
    );
  }
  for (const result of results.filter((entry) => !entry.ok))
    lines.push(`  FAILED ${result.name}: ${result.problems.join('; ')}`);
  const identical = results.filter((result) => result.ok).length;
  lines.push(`  total: ${identical}/${results.length} identical, ${results.length - identical} failed`);
  return `${lines.join('\n')}\n`;
}
