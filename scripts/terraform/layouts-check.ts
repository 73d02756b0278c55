/**
 * `npx tsx scripts/terraform/layouts-check.ts [preset-id …]` — both layouts of the given presets (all
 * when none is named) through real Terraform, and the module layout's planned values compared with the
 * stack's. The whole suite (scripts/terraform-suite.ts) does the same for every preset and random design.
 */
import { PRESETS } from '../../src/model/presets';
import { bundleCases } from './cases';
import { layoutSummary, verifyModuleLayouts } from './layouts';
import { closingLine, printTable } from './report';
import { verifyBundles } from './verify';

const ids = process.argv.slice(2);
const unknown = ids.filter((id) => !PRESETS.some((preset) => preset.id === id));
if (unknown.length) {
  console.error(`Unknown preset(s): ${unknown.join(', ')}`);
  process.exit(2);
}
const designs = PRESETS.filter((preset) => !ids.length || ids.includes(preset.id)).map((preset) => ({
  name: preset.id,
  design: preset.design,
}));
const stack = await verifyBundles(
  designs.flatMap(({ name, design }) => bundleCases(name, design)),
  { showJson: true },
);
const modules = await verifyModuleLayouts(designs, stack);
const results = [...stack, ...modules.results];
printTable(results, { closingLine: false });
console.log(layoutSummary(modules));
const failed = results.filter((result) => !result.ok).length;
console.log(closingLine(results.length - failed, failed));
if (failed) process.exitCode = 1;
