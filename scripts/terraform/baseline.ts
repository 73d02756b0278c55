/**
 * Terraform runs for day-2 checks: a bundle written into a folder, planned offline (`-refresh=false`)
 * against the state in that folder, and the state its apply would leave synthesized from the plan
 * (state-synth.ts). The harness's self-test: planning the same configuration against that state
 * reports no changes (`-detailed-exitcode` 0).
 */
import { execFileSync } from 'node:child_process';
import { copyFile, cp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AWS_PROVIDER_VERSION, locateTerraform, type TerraformTools } from './tools';
import {
  awsProviderAliases,
  MOCK_OVERRIDE_FILE,
  mockOverride,
  summariseErrors,
  terraformRunner,
  transcript,
  type BundleCase,
  type BundleFile,
  type Terraform,
} from './verify';
import {
  mockHex,
  synthesizeState,
  type ProviderSchemas,
  type ResourceSchema,
  type SavedPlan,
  type TerraformState,
} from './state-synth';

const STATE_FILE = 'terraform.tfstate';

/** Where the local backend keeps a workspace's state (the default workspace: terraform.tfstate). */
export const statePath = (dir: string, workspace?: string) =>
  workspace ? join(dir, 'terraform.tfstate.d', workspace, STATE_FILE) : join(dir, STATE_FILE);

/** The workspace of an environment's case (`prod.tfvars` → prod); none for the example tfvars. */
export const workspaceOf = (bundle: BundleCase) =>
  /^([a-z][a-z0-9]*)\.tfvars$/.exec(bundle.varFile ?? '')?.[1];
const PLAN_FILE = 'plan.bin';
const LOCK_FILE = '.terraform.lock.hcl';
/** Rounds of "apply" before the self-test gives up: each resolves unknowns one reference deeper. */
const MAX_SYNTHESIS_ROUNDS = 4;

export interface Session {
  tools: TerraformTools;
  terraform: Terraform;
  templateDir: string;
  terraformVersion: string;
  schemas: ProviderSchemas;
}

/**
 * Installs the provider once (with Terraform's built-in provider, for terraform_data) and reads the
 * resource schemas. `terraform providers schema -json` takes half a minute, so its result is kept in
 * the work root's parent, keyed by Terraform and provider version.
 */
export async function openSession(workRoot: string, timeoutMs = 300_000): Promise<Session> {
  const tools = locateTerraform();
  await mkdir(workRoot, { recursive: true });
  const cliConfigFile = join(workRoot, 'terraformrc');
  await writeFile(cliConfigFile, '');
  const terraform = terraformRunner(tools, cliConfigFile, timeoutMs);
  const templateDir = join(workRoot, '_provider-template');
  await rm(templateDir, { recursive: true, force: true });
  await mkdir(templateDir, { recursive: true });
  await writeFile(
    join(templateDir, 'versions.tf'),
    `terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "${AWS_PROVIDER_VERSION}"\n    }\n  }\n}\n\nresource "terraform_data" "builtin" {}\n`,
  );
  const init = await terraform(templateDir, [
    'init',
    '-backend=false',
    `-plugin-dir=${tools.pluginDir}`,
    '-input=false',
    '-no-color',
  ]);
  if (init.exitCode !== 0) throw new Error(`terraform init failed:\n${transcript(init)}`);
  const terraformVersion =
    /Terraform v(\d+\.\d+\.\d+)/.exec(
      execFileSync(tools.terraform, ['version'], {
        encoding: 'utf8',
        env: { ...process.env, TF_CLI_CONFIG_FILE: cliConfigFile },
      }),
    )?.[1] ?? '1.11.4';
  const cacheFile = join(
    workRoot,
    '..',
    `provider-schemas-${terraformVersion}-aws-${AWS_PROVIDER_VERSION}.json`,
  );
  let schemas: ProviderSchemas;
  if (existsSync(cacheFile)) {
    schemas = JSON.parse(await readFile(cacheFile, 'utf8')) as ProviderSchemas;
  } else {
    const run = await terraform(templateDir, ['providers', 'schema', '-json']);
    if (run.exitCode !== 0) throw new Error(`terraform providers schema failed:\n${transcript(run)}`);
    schemas = reduceSchemas(JSON.parse(run.stdout) as RawSchemas);
    await writeFile(cacheFile, JSON.stringify(schemas));
  }
  return { tools, terraform, templateDir, terraformVersion, schemas };
}

type RawSchemas = { provider_schemas: Record<string, { resource_schemas?: Record<string, ResourceSchema> }> };

/** Keeps resource schemas only (data sources and descriptions are not needed). */
function reduceSchemas(raw: RawSchemas): ProviderSchemas {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (typeof node !== 'object' || node === null) return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => !['description', 'description_kind', 'deprecated'].includes(key))
        .map(([key, value]) => [key, strip(value)]),
    );
  };
  return Object.fromEntries(
    Object.entries(raw.provider_schemas).map(([provider, schema]) => [
      provider,
      strip(schema.resource_schemas ?? {}) as Record<string, ResourceSchema>,
    ]),
  );
}

/**
 * Writes a bundle into `dir`, replacing the Terraform files of an earlier one (the state stays), with
 * the mock-credentials override and the session's installed provider.
 */
export async function writeBundle(session: Session, dir: string, files: BundleFile[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const entry of await readdir(dir)) {
    if (/\.(tf|tfvars|example|md)$/.test(entry) || entry === PLAN_FILE)
      await rm(join(dir, entry), { force: true });
  }
  for (const file of files) {
    await mkdir(join(dir, file.path, '..'), { recursive: true });
    await writeFile(join(dir, file.path), file.content);
  }
  await writeFile(join(dir, MOCK_OVERRIDE_FILE), mockOverride(awsProviderAliases(files)));
  if (!existsSync(join(dir, LOCK_FILE)))
    await copyFile(join(session.templateDir, LOCK_FILE), join(dir, LOCK_FILE));
  if (!existsSync(join(dir, '.terraform'))) {
    await mkdir(join(dir, '.terraform'), { recursive: true });
    await symlink(
      join(session.templateDir, '.terraform', 'providers'),
      join(dir, '.terraform', 'providers'),
      'dir',
    );
  }
}

/** Copies a baseline folder (bundle and state) for a scenario; the providers stay shared. */
export async function copyBaseline(session: Session, from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from)) {
    if (entry === '.terraform' || entry === PLAN_FILE) continue;
    await cp(join(from, entry), join(to, entry), { recursive: true });
  }
  await mkdir(join(to, '.terraform'), { recursive: true });
  await symlink(
    join(session.templateDir, '.terraform', 'providers'),
    join(to, '.terraform', 'providers'),
    'dir',
  );
}

export interface PlanRun {
  /** 0: no changes; 2: changes; 1: error. */
  exitCode: number | null;
  errors: string[];
  detail: string;
  /** The saved plan, when it was read (see {@link PlanOptions.show}) and the plan succeeded. */
  plan?: SavedPlan;
}

export interface PlanOptions {
  varFile?: string;
  env?: Record<string, string>;
  /** The Terraform workspace (an environment's bundle keeps each environment's state in its own). */
  workspace?: string;
  /**
   * Read the saved plan with `terraform show -json`: always, or only when it has changes (a plan
   * without changes is all a self-test needs to know, and show starts the provider once more).
   */
  show: 'always' | 'when-changed';
}

/** `terraform plan -refresh=false -detailed-exitcode` against the folder's state, offline. */
export async function planDir(session: Session, dir: string, options: PlanOptions): Promise<PlanRun> {
  const run = await session.terraform(
    dir,
    [
      'plan',
      '-refresh=false',
      '-input=false',
      '-lock=false',
      '-no-color',
      '-detailed-exitcode',
      `-out=${PLAN_FILE}`,
      ...(options.varFile ? [`-var-file=${options.varFile}`] : []),
    ],
    undefined,
    { ...options.env, ...(options.workspace ? { TF_WORKSPACE: options.workspace } : {}) },
  );
  const failed = run.exitCode !== 0 && run.exitCode !== 2;
  const result: PlanRun = {
    exitCode: run.exitCode,
    errors: failed ? summariseErrors(run) : [],
    detail: failed ? transcript(run) : '',
  };
  if (failed || (options.show === 'when-changed' && run.exitCode === 0)) return result;
  const show = await session.terraform(
    dir,
    ['show', '-json', '-no-color', PLAN_FILE],
    undefined,
    options.workspace ? { TF_WORKSPACE: options.workspace } : {},
  );
  if (show.exitCode !== 0) return { exitCode: 1, errors: summariseErrors(show), detail: transcript(show) };
  return { ...result, plan: JSON.parse(show.stdout) as SavedPlan };
}

export interface BaselineResult {
  name: string;
  ok: boolean;
  /** Plans of the configuration against the synthesized state until it planned no changes. */
  rounds: number;
  /** What the last plan still changed, or why it failed. */
  problems: string[];
  detail: string;
  dir: string;
  ms: number;
}

/**
 * Plans `bundle` in `dir` from an empty state, writes the state its apply would leave, and plans it
 * again until Terraform reports no changes: each round applies what the plan still changed (values a
 * plan could only know once the resources they read existed). Fails when that does not settle.
 * `firstPlan`, the saved plan of the same files against an empty state made elsewhere (the stack
 * verification keeps one per preset), stands in for the first plan.
 */
export async function synthesizeBaseline(
  session: Session,
  dir: string,
  bundle: BundleCase,
  firstPlan?: SavedPlan,
): Promise<BaselineResult> {
  const started = Date.now();
  await rm(dir, { recursive: true, force: true });
  await writeBundle(session, dir, bundle.files);
  const workspace = workspaceOf(bundle);
  const planOptions = { varFile: bundle.varFile, env: bundle.env, workspace };
  // The local backend knows a workspace by its folder.
  if (workspace) await mkdir(join(dir, 'terraform.tfstate.d', workspace), { recursive: true });
  let state: TerraformState | undefined;
  let run: PlanRun = firstPlan
    ? { exitCode: 2, errors: [], detail: '', plan: firstPlan }
    : await planDir(session, dir, { ...planOptions, show: 'always' });
  const result = (ok: boolean, rounds: number, problems: string[], detail = '') => ({
    name: bundle.name,
    ok,
    rounds,
    problems,
    detail,
    dir,
    ms: Date.now() - started,
  });
  for (let round = 1; round <= MAX_SYNTHESIS_ROUNDS; round++) {
    if (!run.plan) return result(false, round - 1, run.errors, run.detail);
    state = synthesizeState(run.plan, session.schemas, {
      terraformVersion: session.terraformVersion,
      lineage: lineageOf(bundle.name),
      serial: round,
      prior: state,
    });
    await writeFile(statePath(dir, workspace), `${JSON.stringify(state, null, 2)}\n`);
    run = await planDir(session, dir, { ...planOptions, show: 'when-changed' });
    if (run.exitCode === 0) return result(true, round, []);
  }
  return result(false, MAX_SYNTHESIS_ROUNDS, run.plan ? pendingChanges(run.plan) : run.errors, run.detail);
}

/** A stable lineage per baseline: the same bundle gives the same state file on every run. */
const lineageOf = (name: string) => {
  const hex = mockHex(`lineage:${name}`, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** `address: actions (attributes)` of every resource and output a plan still changes. */
export function pendingChanges(plan: SavedPlan): string[] {
  const resources = (plan.resource_changes ?? [])
    .filter((change) => !change.change.actions.every((action) => action === 'no-op' || action === 'read'))
    .map((change) => {
      const before = (change.change.before ?? {}) as Record<string, unknown>;
      const after = (change.change.after ?? {}) as Record<string, unknown>;
      const unknown = (change.change.after_unknown ?? {}) as Record<string, unknown>;
      const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
        (key) => unknown[key] === true || JSON.stringify(before[key]) !== JSON.stringify(after[key]),
      );
      return `${change.address}: ${change.change.actions.join('+')} (${changed.join(', ')})${change.action_reason ? ` [${change.action_reason}]` : ''}`;
    });
  const outputs = Object.entries(plan.output_changes ?? {})
    .filter(([, change]) => !change.actions.every((action) => action === 'no-op'))
    .map(([name, change]) => `output.${name}: ${change.actions.join('+')}`);
  return [...resources, ...outputs];
}
