/**
 * `npm run render -- <preset-id | design.json | share-URL> --out <dir> [--env <name>] [--layout stack|module]`
 * Writes the same files as the app's zip. Exit codes: 0 written, 1 the design breaks a rule
 * (findings printed, nothing written), 2 usage or input error (one line per problem).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { BUNDLE_LAYOUTS, generate, type BundleLayout } from '@/generate';
import { reviewChanges, type PlannedChange } from '@/generate/changes';
import type { Design } from '@/model/design';
import { PRESETS, findPreset } from '@/model/presets';
import { costReport } from '@/model/cost';
import { checkDesign, type Finding } from '@/model/rules';
import { decodeShareFragment, encodeShareFragment, isShareFragment } from '@/share/codec';
import { jsonPath, type IntakeResult } from '@/share/intake';
import { DESIGN_FILE_SOURCE, MAX_IMPORT_BYTES, formatReport, importText, type ImportReport } from '@/import';
import { loadHclWasm } from './hcl-wasm';

const USAGE = `Usage:
  npm run render -- <preset-id | design.json | share-URL | import file> --out <dir> [--env <name>] [--layout stack|module]
      an import file is \`terraform show -json\` output (plan or state) or a terraform.tfstate,
      detected by its content; what the import mapped, defaulted and dropped is printed to stderr
      --layout stack   one standalone root configuration (the default)
      --layout module  a reusable module in modules/<design-name>/ and a thin root that calls it
  npm run render -- <input> --print-design      print the design JSON (start a file from a preset)
  npm run render -- <input> --check             print the rule findings; exit 1 on any error
  npm run render -- <input> --cost              print the monthly cost estimate
  npm run render -- <input> --changes-from <baseline input> [--env <name>] [--json]
      what terraform plan will do to the deployed baseline when <input> is applied over it, worst first
      (--json: [{"address", "action", "because"}] for every resource instance that changes)
  npm run render -- --list-presets              list the presets`;

class UsageError extends Error {}

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** A preset, a share link, or a file: a design file or anything the importer reads (by content). */
async function loadInput(input: string): Promise<IntakeResult & { report?: ImportReport }> {
  const preset = findPreset(input);
  if (preset) return { ok: true, design: preset.design };
  if (input.includes('#') || isShareFragment(input)) return decodeShareFragment(input);
  const path = resolve(input);
  if (!existsSync(path)) throw new UsageError(`${input}: no such preset or file (see --list-presets).`);
  if (!statSync(path).isFile()) throw new UsageError(`${input}: not a file.`);
  if (statSync(path).size > MAX_IMPORT_BYTES)
    throw new UsageError(
      `${input}: larger than ${MAX_IMPORT_BYTES / 1_000_000} MB; not a design or an import file.`,
    );
  const imported = await importText(readFileSync(path, 'utf8'), { loadHclWasm });
  // A design file reads as before; an import's report says what it did.
  return imported.ok && imported.report.source === DESIGN_FILE_SOURCE
    ? { ok: true, design: imported.design }
    : imported;
}

const findingLine = (finding: Finding) =>
  `${finding.severity}: ${jsonPath(finding.path)}: ${finding.message}${finding.environment ? ` [environment ${finding.environment}]` : ''} (${finding.ruleId})`;

const SOURCE_LABELS = {
  provider: 'Terraform provider',
  'aws-api': 'AWS API',
  'best-practice': 'best practice',
} as const;

/** A finding for --check: the line above, then why, where the rule comes from, and the fix if any. */
const checkLines = (finding: Finding) => {
  const ids = [finding.source.checkov, finding.source.tfsec].filter(Boolean).join(', ');
  return [
    findingLine(finding),
    `  why: ${finding.why}`,
    `  source: ${SOURCE_LABELS[finding.source.kind]}${ids ? ` (${ids})` : ''}: ${finding.source.reference}`,
    ...(finding.fix ? [`  fix: ${finding.fix.label}`] : []),
  ];
};

/** The design of an input (an import prints its report first), or undefined after printing one line per problem. */
async function loadDesign(input: string, io: CliIo): Promise<Design | undefined> {
  const loaded = await loadInput(input);
  if (loaded.report) io.err(formatReport(loaded.report));
  if (loaded.ok) return loaded.design;
  const { error } = loaded;
  if (error.kind === 'invalid' && error.issues.length)
    for (const issue of error.issues) io.err(`error: ${input}: ${issue.path}: ${issue.message}`);
  else io.err(`error: ${input}: ${error.message}`);
  return undefined;
}

/**
 * The environment named by --env, checked against the design. A review of a design with
 * environments needs one (each has its own state); '' accepts a missing --env.
 */
function environmentOf(design: Design, env: string | undefined): string | undefined {
  const names = design.environments.map((environment) => environment.name);
  if (env && !names.includes(env))
    throw new UsageError(
      `The design has no environment "${env}"${names.length ? ` (it has ${names.join(', ')})` : ''}.`,
    );
  if (env === undefined && names.length)
    throw new UsageError(`Say which environment's state to review with --env (${names.join(', ')}).`);
  return env || undefined;
}

/** The review as a table, worst first: action, address, what causes it, what it means. */
function changeTable(changes: readonly PlannedChange[]): string[] {
  if (!changes.length) return ['No changes: the plan of this design over the baseline changes nothing.'];
  const rows = changes.map((change) => [
    change.action,
    change.address,
    change.because.join(', ') || '—',
    change.impact,
  ]);
  const header = ['action', 'resource', 'because', 'what it means'];
  const widths = [0, 1, 2].map((column) =>
    Math.max(header[column]!.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ');
  const counts = (['replace', 'destroy', 'update', 'create'] as const)
    .map((action) => `${changes.filter((change) => change.action === action).length} to ${action}`)
    .join(', ');
  return [line(header), ...rows.map(line), '', `Plan: ${counts}.`];
}

export async function runRender(argv: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        env: { type: 'string' },
        layout: { type: 'string', default: 'stack' },
        'list-presets': { type: 'boolean' },
        'print-design': { type: 'boolean' },
        check: { type: 'boolean' },
        cost: { type: 'boolean' },
        'changes-from': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (values['list-presets']) {
      for (const preset of PRESETS)
        io.out(`${preset.id.padEnd(26)} ${preset.fromGuide ? '[guide] ' : ''}${preset.title}`);
      return 0;
    }
    if (positionals.length !== 1)
      throw new UsageError('Give exactly one input: a preset ID, a design JSON file or a share URL.');
    const design = await loadDesign(positionals[0]!, io);
    if (!design) return 2;
    if (values['print-design']) {
      io.out(JSON.stringify(design, null, 2));
      return 0;
    }
    if (values.cost) {
      costReport(design).forEach((line) => io.out(line));
      return 0;
    }
    if (values['changes-from'] !== undefined) {
      const baseline = await loadDesign(values['changes-from'], io);
      if (!baseline) return 2;
      const environment = environmentOf(design, values.env);
      if (environment && !baseline.environments.some((env) => env.name === environment))
        throw new UsageError(`The baseline has no environment "${environment}".`);
      const changes = reviewChanges(baseline, design, environment ? { environment } : {});
      if (values.json)
        io.out(
          JSON.stringify(
            changes.map(({ address, action, because }) => ({ address, action, because })),
            null,
            2,
          ),
        );
      else changeTable(changes).forEach((line) => io.out(line));
      return 0;
    }
    const findings = checkDesign(design);
    const errors = findings.filter((finding) => finding.severity === 'error');
    if (values.check) {
      // checkDesign sorts errors first, then by cache.
      findings.forEach((finding) => checkLines(finding).forEach((line) => io.out(line)));
      io.out(`${errors.length} error(s), ${findings.length - errors.length} warning(s)`);
      return errors.length ? 1 : 0;
    }
    if (!values.out) throw new UsageError('Say where to write the bundle: --out <dir>.');
    const layout = values.layout as BundleLayout;
    if (!BUNDLE_LAYOUTS.includes(layout))
      throw new UsageError(`Unknown layout "${values.layout}": use ${BUNDLE_LAYOUTS.join(' or ')}.`);
    environmentOf(design, values.env ?? '');
    if (errors.length) {
      errors.forEach((finding) => io.err(findingLine(finding)));
      io.err(`The design breaks ${errors.length} rule(s); nothing was written.`);
      return 1;
    }
    const bundle = generate(design, {
      layout,
      shareFragment: encodeShareFragment,
      ...(values.env ? { environment: values.env } : {}),
    });
    const outDir = resolve(values.out);
    if (existsSync(outDir) && !statSync(outDir).isDirectory())
      throw new UsageError(`${values.out} exists and is not a folder.`);
    for (const file of bundle) {
      const target = join(outDir, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
    io.out(`Wrote ${bundle.length} files (${layout} layout) for "${design.name}" to ${outDir}`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`error: ${(error as Error).message}`);
      io.err(USAGE);
      return 2;
    }
    if ((error as { code?: string }).code) {
      io.err(`error: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  }
}

// Run when invoked as a script (not when imported by tests).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runRender(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
