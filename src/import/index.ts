/**
 * Import: text from outside (a `terraform show -json` plan or state, a state file, Terraform HCL, …) → a design, through
 * the same intake as links and files (decode → migrate → validate → fill defaults), and a report of
 * what was mapped, defaulted and dropped. The format is detected from the content.
 */
import type { Design } from '@/model/design';
import { intakeJson, intakeValue, type IntakeError } from '@/share/intake';
import { MAX_IMPORT_BYTES } from '@/share/limits';
import { designFromAwsCli, isAwsCliOutput, mergeOutputs, parseConcatenatedJson } from './from-aws-cli';
import { designFromDeployment } from './from-terraform';
import { deploymentFromHcl } from './hcl-deployment';
import type { LoadHclWasm } from './hcl-parser';
import { DESIGN_FILE_SOURCE, emptyReport, type ImportReport } from './import-report';
import { isTerraformJson, readDeployment } from './terraform-json';

export { DESIGN_FILE_SOURCE, formatReport, type ImportReport } from './import-report';

export { MAX_IMPORT_BYTES } from '@/share/limits';
export type { LoadHclWasm } from './hcl-parser';

export interface ImportOptions {
  /** The HCL parser's WebAssembly bytes, loaded as the platform can: without it HCL is not read. */
  loadHclWasm?: LoadHclWasm;
}

export type ImportResult =
  | { ok: true; design: Design; report: ImportReport }
  | { ok: false; error: IntakeError; report?: ImportReport };

/** What only the README holds: no deployment records it. */
const README_ONLY = {
  design: ['description', 'notes'],
  cache: ['expectedUsage'],
} as const;

export type ImportFormat = 'terraform-json' | 'aws-cli' | 'design' | 'unknown';

/** Which importer reads this parsed JSON. */
export function detectFormat(value: unknown): ImportFormat {
  if (isTerraformJson(value)) return 'terraform-json';
  if (isAwsCliOutput(value)) return 'aws-cli';
  if (value !== null && typeof value === 'object' && 'schemaVersion' in value) return 'design';
  return 'unknown';
}

/** Fields the input did not set, one level below the design and each cache. */
function reportDefaults(input: Record<string, unknown>, design: Design, report: ImportReport): void {
  const explained = new Set(report.defaulted.map((entry) => entry.field));
  const add = (field: string, reason: string) => {
    if (!explained.has(field)) report.defaulted.push({ field, reason });
    explained.add(field);
  };
  for (const field of README_ONLY.design) add(field, 'only the bundle README holds it: not recoverable');
  for (const key of Object.keys(design))
    if (!(key in input) && key !== 'environments') add(key, 'not in the input');
  const caches = (input.caches as Record<string, unknown>[] | undefined) ?? [];
  design.caches.forEach((cache, index) => {
    for (const field of README_ONLY.cache)
      add(`caches.${cache.id}.${field}`, 'only the bundle README (cost estimate) holds it: not recoverable');
    for (const key of Object.keys(cache))
      if (!(key in (caches[index] ?? {}))) add(`caches.${cache.id}.${key}`, 'not in the input');
  });
}

/** Imports already-parsed JSON of a detected format. */
export function importValue(value: unknown): ImportResult {
  const format = detectFormat(value);
  if (format === 'design') {
    const result = intakeValue(value);
    return result.ok ? { ...result, report: emptyReport(DESIGN_FILE_SOURCE) } : result;
  }
  if (format === 'unknown')
    return {
      ok: false,
      error: {
        kind: 'broken',
        message:
          'Not a design, nor `terraform show -json` output (plan or state), nor a Terraform state file, nor AWS CLI describe output.',
      },
    };
  if (format === 'aws-cli') return importAwsCli([value]);
  const deployment = readDeployment(value as Record<string, unknown>);
  const report = emptyReport(`terraform show -json (${deployment.source})`);
  if (deployment.resources.length === 0 && deployment.childModuleResources === 0)
    return {
      ok: false,
      error: { kind: 'broken', message: 'The Terraform JSON holds no resources.' },
      report,
    };
  return finish(designFromDeployment(deployment, report), report);
}

/** Imports one or several AWS CLI describe outputs as one deployment. */
function importAwsCli(documents: readonly unknown[]): ImportResult {
  const report = emptyReport('AWS CLI describe output');
  const input = designFromAwsCli(mergeOutputs(documents), report);
  if ((input.caches as unknown[]).length === 0)
    return {
      ok: false,
      error: { kind: 'broken', message: 'The AWS CLI output describes no cache.' },
      report,
    };
  return finish(input, report);
}

function finish(input: Record<string, unknown>, report: ImportReport): ImportResult {
  const result = intakeValue(input);
  if (!result.ok) return { ...result, report };
  reportDefaults(input, result.design, report);
  return { ok: true, design: result.design, report };
}

/** Blocks only HCL opens a line with: `resource "…"`, `variable "…"`, `locals {`, … */
const HCL_BLOCK = /^\s*(resource|data|variable|output|module|locals|provider|terraform)\s*["{]/m;

const HCL_FILE_NAME = 'input.tf';

/** Imports Terraform HCL: the parser loads on first use, then the literal values map as a plan's would. */
async function importHcl(text: string, loadHclWasm: LoadHclWasm | undefined): Promise<ImportResult> {
  const broken = (message: string, report?: ImportReport): ImportResult => ({
    ok: false,
    error: { kind: 'broken', message },
    ...(report ? { report } : {}),
  });
  if (!loadHclWasm) return broken('This looks like Terraform HCL, which cannot be read here.');
  // The parser (Go's runtime, then 1.7 MB of WebAssembly) loads only when HCL is imported.
  const { parseHcl } = await import('./hcl-parser');
  let document: Record<string, unknown>;
  try {
    document = await parseHcl(HCL_FILE_NAME, text, loadHclWasm);
  } catch (error) {
    return broken(`The Terraform HCL could not be read: ${hclErrorText(error)}`);
  }
  const report = emptyReport('Terraform HCL (literal values only)');
  const deployment = deploymentFromHcl(document, report);
  const types = new Set(deployment.resources.map((resource) => resource.type));
  if (![...types].some((type) => type.startsWith('aws_elasticache_')))
    return broken(
      `The Terraform HCL declares no aws_elasticache_* resource${types.size ? ` (only ${[...types].join(', ')})` : ''}.`,
      report,
    );
  return finish(designFromDeployment(deployment, report), report);
}

/** `parse config: [input.tf:3,7-8: Invalid expression; …]` → `line 3, column 7: Invalid expression; …` */
function hclErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/^parse config: \[(.*)\]$/s, '$1')
    .replaceAll(/input\.tf:(\d+),(\d+)(?:-[\d,]+)?: /g, 'line $1, column $2: ');
}

/** Imports text: a design file, JSON of any supported import format, or Terraform HCL. */
export async function importText(text: string, options: ImportOptions = {}): Promise<ImportResult> {
  if (text.length > MAX_IMPORT_BYTES)
    return {
      ok: false,
      error: { kind: 'too-large', message: `The input is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB.` },
    };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    if (HCL_BLOCK.test(text)) return importHcl(text, options.loadHclWasm);
    // Several AWS CLI outputs pasted one after the other are several JSON documents.
    const documents = parseConcatenatedJson(text);
    if (documents?.every(isAwsCliOutput)) return importAwsCli(documents);
    value = undefined; // the design intake below says why the text is not JSON
  }
  const format = detectFormat(value);
  if (format === 'terraform-json' || format === 'aws-cli') return importValue(value);
  // A design file (or something that is none of the formats) goes through the design intake as before.
  const result = intakeJson(text);
  if (result.ok) return { ...result, report: emptyReport(DESIGN_FILE_SOURCE) };
  if (format === 'unknown')
    return {
      ok: false,
      error: {
        kind: 'broken',
        message: `${result.error.message} It is not \`terraform show -json\` output (plan or state), a Terraform state file or AWS CLI describe output either.`,
      },
    };
  return result;
}
