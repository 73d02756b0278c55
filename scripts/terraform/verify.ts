import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { AWS_PROVIDER_VERSION, locateTerraform, type TerraformTools } from './tools';

export interface BundleFile {
  path: string;
  content: string;
}

export interface BundleCase {
  name: string;
  files: BundleFile[];
  /** A file name in `files` to pass as -var-file, e.g. 'terraform.tfvars.example' or 'prod.tfvars'. */
  varFile?: string;
  /** Extra environment for terraform, e.g. TF_VAR_* secrets that no bundle file may hold. */
  env?: Record<string, string>;
}

export type StepName = 'fmt' | 'validate' | 'plan' | 'show';

export interface VerifyOptions {
  /** Cases verified at once. Every terraform command loads the ~700 MB aws provider, so keep it small. Default 2. */
  concurrency?: number;
  /** Also run `terraform show -json plan.bin` and return the parsed plan. */
  showJson?: boolean;
  /**
   * Run `terraform validate` before plan (default true). Plan validates the configuration first and
   * stops on the same diagnostics, so a sweep that plans every case can skip it: one provider start
   * (~4 s of CPU) less per case.
   */
  validate?: boolean;
  /** Folder that receives one sub-folder per case. Default: a fresh `<repo>/.tf-work/<run>/`. */
  workRoot?: string;
  /** Default: {@link locateTerraform}. */
  tools?: TerraformTools;
  /** A terraform command running longer than this is stopped and fails its step. Default 180 s. */
  stepTimeoutMs?: number;
}

export interface CaseResult {
  name: string;
  ok: boolean;
  failedStep: StepName | null;
  /** Milliseconds per step that ran. */
  durations: Partial<Record<StepName, number>>;
  /** Milliseconds for the whole case, writing its files included. */
  totalMs: number;
  /** First error lines of the failed step, e.g. `main.tf:16: expected ... got 36`. Empty when ok. */
  errors: string[];
  /** The errors, then every command of the failed step with exit code, stdout and stderr. Empty when ok. */
  detail: string;
  /** Where the case ran; left in place for inspection. */
  workDir: string;
  /** Parsed `terraform show -json plan.bin` when `showJson` was set and every step passed. */
  plan?: PlanJson;
}

export interface PlannedResource {
  address: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  provider_name: string;
  values: Record<string, unknown>;
}

export interface PlannedModule {
  resources?: PlannedResource[];
  child_modules?: PlannedModule[];
}

/** The part of Terraform's JSON plan format that callers compare; the rest stays reachable untyped. */
export interface PlanJson {
  format_version: string;
  terraform_version: string;
  planned_values: { root_module: PlannedModule };
  [key: string]: unknown;
}

/** The harness's own file; a bundle must not ship one. */
export const MOCK_OVERRIDE_FILE = 'mock_override.tf';
const PLAN_FILE = 'plan.bin';
const LOCK_FILE = '.terraform.lock.hcl';
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
// terraform fmt -recursive only visits these; other HCL files (e.g. *.tfvars.example) are checked through stdin.
const FMT_VISIBLE_EXTENSIONS = ['.tf', '.tfvars', '.tftest.hcl'];
const MAX_ERROR_LINES = 5;

const TEMPLATE_CONFIG = `terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "${AWS_PROVIDER_VERSION}"
    }
  }
}
`;

const MOCK_CREDENTIALS: ReadonlyArray<[string, string]> = [
  ['access_key', '"mock"'],
  ['secret_key', '"mock"'],
  ['skip_credentials_validation', 'true'],
  ['skip_requesting_account_id', 'true'],
  ['skip_metadata_api_check', 'true'],
  ['skip_region_validation', 'true'],
];

// Bundles are terraform-fmt canonical: top-level blocks open and close at column 0.
const AWS_PROVIDER_BLOCK = /^provider "aws" \{\n([\s\S]*?)^\}/gm;
const ALIAS_ATTRIBUTE = /^\s+alias\s*=\s*"([^"]+)"/m;

/**
 * Runs terraform fmt, validate, plan (and optionally show) offline on each bundle.
 * Throws for harness problems (missing tools, malformed cases, failed provider init);
 * a bundle that terraform rejects is a failed CaseResult instead.
 */
export async function verifyBundles(cases: BundleCase[], options: VerifyOptions = {}): Promise<CaseResult[]> {
  cases.forEach(assertWellFormed);
  assertUniqueNames(cases);
  const tools = options.tools ?? locateTerraform();
  const workRoot = options.workRoot ?? (await freshRunFolder());
  await mkdir(workRoot, { recursive: true });

  const cliConfigFile = join(workRoot, 'terraformrc');
  await writeFile(cliConfigFile, '');
  const terraform = terraformRunner(tools, cliConfigFile, options.stepTimeoutMs ?? 180_000);
  const templateDir = join(workRoot, '_provider-template');
  await initProviderTemplate(terraform, templateDir, tools.pluginDir);

  const steps: StepName[] = [
    'fmt',
    ...(options.validate === false ? [] : ['validate' as const]),
    'plan',
    ...(options.showJson ? ['show' as const] : []),
  ];
  return mapWithConcurrency(cases, options.concurrency ?? 2, async (bundle, index) => {
    const caseDir = join(
      workRoot,
      `${String(index + 1).padStart(2, '0')}-${bundle.name.replace(/[^\w.-]+/g, '-')}`,
    );
    return verifyCase(bundle, caseDir, templateDir, terraform, steps);
  });
}

/** Every provider alias a root-module .tf file declares for aws. */
export function awsProviderAliases(files: BundleFile[]): string[] {
  return files
    .filter((file) => file.path.endsWith('.tf') && !file.path.includes('/'))
    .flatMap((file) => [...file.content.matchAll(AWS_PROVIDER_BLOCK)])
    .map((block) => ALIAS_ATTRIBUTE.exec(block[1] ?? '')?.[1])
    .filter((alias): alias is string => alias !== undefined);
}

/** Mock credentials for the default aws provider and each alias, in terraform-fmt canonical form. */
export function mockOverride(aliases: string[]): string {
  return [undefined, ...aliases]
    .map((alias) => {
      const attributes =
        alias === undefined ? MOCK_CREDENTIALS : [['alias', `"${alias}"`] as const, ...MOCK_CREDENTIALS];
      const keyWidth = Math.max(...attributes.map(([key]) => key.length));
      const lines = attributes.map(([key, value]) => `  ${key.padEnd(keyWidth)} = ${value}`);
      return `provider "aws" {\n${lines.join('\n')}\n}\n`;
    })
    .join('\n');
}

/** All resources of the plan's planned_values, child modules included. */
export function plannedResources(plan: PlanJson): PlannedResource[] {
  const collect = (module: PlannedModule): PlannedResource[] => [
    ...(module.resources ?? []),
    ...(module.child_modules ?? []).flatMap(collect),
  ];
  return collect(plan.planned_values.root_module);
}

export interface CommandRun {
  args: string[];
  /** Label of what was piped to stdin, for the transcript. */
  stdinFrom?: string;
  exitCode: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

export type Terraform = (
  cwd: string,
  args: string[],
  stdin?: { label: string; content: string },
  extraEnv?: Record<string, string>,
) => Promise<CommandRun>;

interface StepOutcome {
  ok: boolean;
  errors: string[];
  runs: CommandRun[];
  plan?: PlanJson;
}

interface CaseContext {
  bundle: BundleCase;
  dir: string;
  terraform: Terraform;
}

const STEP_RUNNERS: Record<StepName, (context: CaseContext) => Promise<StepOutcome>> = {
  fmt: checkFormatting,
  validate: ({ dir, terraform }) => terraform(dir, ['validate', '-no-color']).then(outcomeOf),
  plan: ({ dir, terraform, bundle }) =>
    terraform(
      dir,
      [
        'plan',
        '-refresh=false',
        '-input=false',
        '-lock=false',
        '-no-color',
        `-out=${PLAN_FILE}`,
        ...(bundle.varFile ? [`-var-file=${bundle.varFile}`] : []),
      ],
      undefined,
      bundle.env,
    ).then(outcomeOf),
  show: showPlanJson,
};

async function verifyCase(
  bundle: BundleCase,
  dir: string,
  templateDir: string,
  terraform: Terraform,
  steps: StepName[],
): Promise<CaseResult> {
  const caseStart = performance.now();
  await prepareCaseDir(bundle, dir, templateDir);
  const durations: CaseResult['durations'] = {};
  const elapsed = () => Math.round(performance.now() - caseStart);
  let plan: PlanJson | undefined;
  for (const step of steps) {
    const stepStart = performance.now();
    const outcome = await STEP_RUNNERS[step]({ bundle, dir, terraform });
    durations[step] = Math.round(performance.now() - stepStart);
    if (!outcome.ok) {
      const detail = describeFailure(step, outcome);
      return {
        name: bundle.name,
        ok: false,
        failedStep: step,
        durations,
        totalMs: elapsed(),
        errors: outcome.errors,
        detail,
        workDir: dir,
      };
    }
    plan = outcome.plan ?? plan;
  }
  return {
    name: bundle.name,
    ok: true,
    failedStep: null,
    durations,
    totalMs: elapsed(),
    errors: [],
    detail: '',
    workDir: dir,
    plan,
  };
}

/**
 * Hands the case the template's init result instead of running init again: the lock file plus a
 * symlink to the installed providers is all that validate and plan read (init costs ~0.6 s per case).
 */
async function prepareCaseDir(bundle: BundleCase, dir: string, templateDir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const file of bundle.files) {
    const target = join(dir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  await writeFile(join(dir, MOCK_OVERRIDE_FILE), mockOverride(awsProviderAliases(bundle.files)));
  // A bundle that ships its own lock file is verified against it.
  if (!bundle.files.some((file) => file.path === LOCK_FILE)) {
    await copyFile(join(templateDir, LOCK_FILE), join(dir, LOCK_FILE));
  }
  await mkdir(join(dir, '.terraform', 'modules'), { recursive: true });
  await symlink(join(templateDir, '.terraform', 'providers'), join(dir, '.terraform', 'providers'), 'dir');
  await writeFile(join(dir, '.terraform', 'modules', 'modules.json'), localModuleManifest(bundle.files));
}

const LOCAL_MODULE_CALL = /^module "([^"]+)" \{\n\s+source\s*= "\.\/([^"]+)"/gm;

/**
 * What `terraform init` records for the root's calls of local modules (`source = "./modules/x"`): it
 * copies nothing for them, only notes where each lives, and validate and plan read that note.
 */
export function localModuleManifest(files: BundleFile[]): string {
  const calls = files
    .filter((file) => file.path.endsWith('.tf') && !file.path.includes('/'))
    .flatMap((file) => [...file.content.matchAll(LOCAL_MODULE_CALL)])
    .map(([, key, path]) => ({ Key: key!, Source: `./${path!}`, Dir: path! }));
  return JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, ...calls] });
}

async function initProviderTemplate(
  terraform: Terraform,
  templateDir: string,
  pluginDir: string,
): Promise<void> {
  await rm(templateDir, { recursive: true, force: true });
  await mkdir(templateDir, { recursive: true });
  await writeFile(join(templateDir, 'versions.tf'), TEMPLATE_CONFIG);
  const init = await terraform(templateDir, [
    'init',
    '-backend=false',
    `-plugin-dir=${pluginDir}`,
    '-input=false',
    '-no-color',
  ]);
  if (init.exitCode !== 0) {
    throw new Error(
      `Installing hashicorp/aws ${AWS_PROVIDER_VERSION} from ${pluginDir} failed:\n${transcript(init)}`,
    );
  }
}

async function checkFormatting({ bundle, dir, terraform }: CaseContext): Promise<StepOutcome> {
  const listing = await terraform(dir, ['fmt', '-check', '-recursive', '-list=true', '-no-color']);
  const runs = [listing];
  const errors: string[] = [];
  if (listing.exitCode === 3) {
    errors.push(`not in canonical form: ${nonEmptyLines(listing.stdout).join(', ')}`);
    // Under -check, terraform 1.11 prints no diff unless -list=true; -write=false keeps this run read-only.
    runs.push(
      await terraform(dir, ['fmt', '-recursive', '-list=false', '-write=false', '-diff', '-no-color']),
    );
  } else if (listing.exitCode !== 0) {
    errors.push(...summariseErrors(listing));
  }

  const varFile = bundle.files.find((file) => file.path === bundle.varFile);
  if (varFile && !FMT_VISIBLE_EXTENSIONS.some((extension) => varFile.path.endsWith(extension))) {
    // Without -check, `fmt -diff -` prints a diff exactly when stdin is not canonical.
    const piped = await terraform(dir, ['fmt', '-diff', '-no-color', '-'], {
      label: varFile.path,
      content: varFile.content,
    });
    runs.push(piped);
    if (piped.exitCode !== 0)
      errors.push(...summariseErrors(piped).map((error) => `${varFile.path}: ${error}`));
    else if (piped.stdout.trim() !== '') errors.push(`not in canonical form: ${varFile.path}`);
  }
  return { ok: errors.length === 0, errors, runs };
}

async function showPlanJson({ dir, terraform }: CaseContext): Promise<StepOutcome> {
  const show = await terraform(dir, ['show', '-json', '-no-color', PLAN_FILE]);
  if (show.exitCode !== 0) return outcomeOf(show);
  try {
    return { ok: true, errors: [], runs: [show], plan: JSON.parse(show.stdout) as PlanJson };
  } catch (error) {
    return { ok: false, errors: [`show printed invalid JSON: ${(error as Error).message}`], runs: [show] };
  }
}

function outcomeOf(run: CommandRun): StepOutcome {
  const ok = run.exitCode === 0;
  return { ok, errors: ok ? [] : summariseErrors(run), runs: [run] };
}

/** `file:line: message` for the first diagnostics, falling back to the first stderr lines. */
export function summariseErrors(run: CommandRun): string[] {
  if (run.timedOut) return [`terraform ${run.args[0]} timed out and was stopped`];
  const errors: string[] = [];
  const lines = `${run.stderr}\n${run.stdout}`.split('\n');
  lines.forEach((line, index) => {
    const message = /^Error: (.*)$/.exec(line)?.[1];
    if (message === undefined) return;
    // The location, when there is one, is the first " on <file> line <n>" line of the diagnostic.
    const nextDiagnostic = lines.findIndex(
      (later, laterIndex) => laterIndex > index && /^(Error|Warning): /.test(later),
    );
    const diagnostic = lines.slice(index + 1, nextDiagnostic === -1 ? undefined : nextDiagnostic);
    const location = diagnostic.map((text) => /^\s+on (\S+) line (\d+)/.exec(text)).find(Boolean);
    errors.push(location ? `${location[1]}:${location[2]}: ${message}` : message);
  });
  const summary = errors.length > 0 ? errors : nonEmptyLines(run.stderr);
  return summary.length > 0
    ? summary.slice(0, MAX_ERROR_LINES)
    : [`terraform ${run.args[0]} exited with ${run.exitCode}`];
}

function describeFailure(step: StepName, outcome: StepOutcome): string {
  return [
    `${step} failed:`,
    ...outcome.errors.map((error) => `  ${error}`),
    '',
    ...outcome.runs.map(transcript),
  ].join('\n');
}

export function transcript(run: CommandRun): string {
  const stdin = run.stdinFrom ? ` < ${run.stdinFrom}` : '';
  const status = run.timedOut ? 'timed out' : `exit ${run.exitCode}`;
  const sections = Object.entries({ stdout: run.stdout, stderr: run.stderr })
    .filter(([, output]) => output.trim() !== '')
    .flatMap(([stream, output]) => [`--- ${stream} ---`, output.trimEnd()]);
  return [`$ terraform ${run.args.join(' ')}${stdin}  (${status})`, ...sections, ''].join('\n');
}

export function terraformRunner(tools: TerraformTools, cliConfigFile: string, timeoutMs: number): Terraform {
  const env = hermeticEnv(cliConfigFile);
  return (cwd, args, stdin, extraEnv) =>
    new Promise((resolvePromise, reject) => {
      const child = spawn(tools.terraform, args, {
        cwd,
        env: { ...env, ...extraEnv },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      let timedOut = false;
      // SIGTERM lets terraform stop its provider plugin; SIGKILL would orphan a 700 MB process.
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGTERM');
      }, timeoutMs);
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.on('close', (exitCode) => {
        clearTimeout(timer);
        resolvePromise({ args, stdinFrom: stdin?.label, exitCode, timedOut, stdout, stderr });
      });
      // A terraform command that exits without reading its input closes the pipe: that is not an error here.
      child.stdin.on('error', () => undefined);
      child.stdin.end(stdin?.content ?? '');
    });
}

/**
 * The caller's TF_* and AWS_* variables could change results (TF_CLI_ARGS, TF_VAR_*, TF_DATA_DIR,
 * AWS_PROFILE, AWS_REGION...), so none reach terraform; only ours do.
 */
function hermeticEnv(cliConfigFile: string): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !/^(TF_|AWS_)/.test(name));
  return {
    ...Object.fromEntries(inherited),
    TF_IN_AUTOMATION: '1',
    CHECKPOINT_DISABLE: '1',
    // An empty file: no ~/.terraformrc surprises, and no "Unable to open CLI configuration file" warning.
    TF_CLI_CONFIG_FILE: cliConfigFile,
  };
}

export async function freshRunFolder(): Promise<string> {
  const runsRoot = join(REPO_ROOT, '.tf-work');
  await mkdir(runsRoot, { recursive: true });
  return mkdtemp(join(runsRoot, `${new Date().toISOString().replace(/[:.]/g, '-')}-`));
}

function assertWellFormed(bundle: BundleCase): void {
  const problem = (message: string) => new Error(`Bundle case "${bundle.name}": ${message}`);
  for (const { path } of bundle.files) {
    const staysInside =
      !isAbsolute(path) && normalize(path) === path && path !== '.' && !path.split('/').includes('..');
    if (!staysInside) {
      throw problem(`file path "${path}" must be relative, normalized and stay inside the bundle`);
    }
    if (path === MOCK_OVERRIDE_FILE)
      throw problem(`${MOCK_OVERRIDE_FILE} is written by the harness, not by bundles`);
  }
  if (bundle.varFile !== undefined && !bundle.files.some((file) => file.path === bundle.varFile)) {
    throw problem(`varFile "${bundle.varFile}" is not one of its files`);
  }
}

function assertUniqueNames(cases: BundleCase[]): void {
  const seen = new Set<string>();
  for (const { name } of cases) {
    if (seen.has(name)) throw new Error(`Bundle case name "${name}" is used twice`);
    seen.add(name);
  }
}

export async function mapWithConcurrency<T, R>(
  items: T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  let nextIndex = 0;
  const worker = async () => {
    for (let index = nextIndex++; index < items.length; index = nextIndex++) {
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

function nonEmptyLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}
