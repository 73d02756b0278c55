import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { availableParallelism, homedir } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * How many Terraform runs go at once: one per core (each plan keeps a core busy with the provider), at
 * least two, at most eight (each run holds a ~500 MB provider process). `TF_CONCURRENCY` overrides it.
 */
export const TERRAFORM_CONCURRENCY = Number(
  process.env.TF_CONCURRENCY ?? Math.max(2, Math.min(availableParallelism(), 8)),
);

/** The only provider build the generated bundles are verified against. */
export const AWS_PROVIDER_VERSION = '5.100.0';

export interface TerraformTools {
  /** Absolute path of the terraform executable. */
  terraform: string;
  /** Filesystem mirror: the folder that holds `registry.terraform.io/`. */
  pluginDir: string;
}

const TERRAFORM_BIN_ENV = 'TERRAFORM_BIN';
const PLUGIN_MIRROR_ENV = 'TF_PLUGIN_MIRROR';

const COMMON_TERRAFORM_PATHS = [
  '/usr/local/bin/terraform',
  '/usr/bin/terraform',
  '/opt/homebrew/bin/terraform',
  '/snap/bin/terraform',
  join(homedir(), '.local/bin/terraform'),
  join(homedir(), 'bin/terraform'),
];

// Where Terraform itself looks for implied local mirrors, plus our CI image's location.
const WELL_KNOWN_MIRROR_ROOTS = [
  '/opt/tf-plugins',
  join(homedir(), '.terraform.d/plugins'),
  join(homedir(), '.local/share/terraform/plugins'),
  '/usr/share/terraform/plugins',
  '/usr/local/share/terraform/plugins',
];

const GO_ARCH: Partial<Record<string, string>> = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' };
const providerPlatform = `${process.platform}_${GO_ARCH[process.arch] ?? process.arch}`;
const awsProviderFolder = `registry.terraform.io/hashicorp/aws`;

/**
 * Finds the terraform CLI and an offline mirror of hashicorp/aws {@link AWS_PROVIDER_VERSION}.
 * Explicit env vars win and are never second-guessed: a wrong value is an error, not a fallback.
 * Throws one error naming everything that is missing and how to provide it.
 */
export function locateTerraform(): TerraformTools {
  const problems: string[] = [];
  const terraform = findTerraformBinary(problems);
  const pluginDir = findPluginMirror(problems);
  if (terraform === undefined || pluginDir === undefined) {
    throw new Error(
      `Real-Terraform verification cannot run:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  }
  return { terraform, pluginDir };
}

/** The terraform CLI alone (TERRAFORM_BIN, else PATH and the usual places); throws naming how to provide it. */
export function locateTerraformBinary(): string {
  const problems: string[] = [];
  const terraform = findTerraformBinary(problems);
  if (terraform === undefined) throw new Error(`terraform cannot run: ${problems.join(' ')}`);
  return terraform;
}

function findTerraformBinary(problems: string[]): string | undefined {
  const fromEnv = process.env[TERRAFORM_BIN_ENV];
  if (fromEnv) {
    if (isExecutableFile(fromEnv)) return fromEnv;
    problems.push(
      `${TERRAFORM_BIN_ENV}=${fromEnv} is not an executable file. Point ${TERRAFORM_BIN_ENV} at the terraform binary.`,
    );
    return undefined;
  }
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'terraform'));
  const found = [...onPath, ...COMMON_TERRAFORM_PATHS].find(isExecutableFile);
  if (found === undefined) {
    problems.push(
      `terraform CLI not found on PATH nor in ${COMMON_TERRAFORM_PATHS.join(', ')}. ` +
        `Install Terraform or set ${TERRAFORM_BIN_ENV}=/path/to/terraform.`,
    );
  }
  return found;
}

function findPluginMirror(problems: string[]): string | undefined {
  const wanted = `${awsProviderFolder} ${AWS_PROVIDER_VERSION} for ${providerPlatform}`;
  const fromEnv = process.env[PLUGIN_MIRROR_ENV];
  if (fromEnv) {
    if (mirrorHoldsAwsProvider(fromEnv)) return fromEnv;
    problems.push(
      `${PLUGIN_MIRROR_ENV}=${fromEnv} does not hold ${wanted} ` +
        `(expected ${join(fromEnv, awsProviderFolder, AWS_PROVIDER_VERSION, providerPlatform)}/).`,
    );
    return undefined;
  }
  const found = WELL_KNOWN_MIRROR_ROOTS.find(mirrorHoldsAwsProvider);
  if (found === undefined) {
    problems.push(
      `no provider mirror holding ${wanted} in ${WELL_KNOWN_MIRROR_ROOTS.join(', ')}. ` +
        `Set ${PLUGIN_MIRROR_ENV} to the folder that holds registry.terraform.io/ ` +
        `(create one on a connected machine with \`terraform providers mirror -platform=${providerPlatform} <dir>\`).`,
    );
  }
  return found;
}

/** Accepts both mirror layouts terraform understands: unpacked folders and packed zips. */
function mirrorHoldsAwsProvider(root: string): boolean {
  const unpacked = join(root, awsProviderFolder, AWS_PROVIDER_VERSION, providerPlatform);
  const packed = join(
    root,
    awsProviderFolder,
    `terraform-provider-aws_${AWS_PROVIDER_VERSION}_${providerPlatform}.zip`,
  );
  return existsSync(unpacked) || existsSync(packed);
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
