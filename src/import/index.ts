/**
 * Import: text from outside (a `terraform show -json` plan or state, a state file, …) → a design, through
 * the same intake as links and files (decode → migrate → validate → fill defaults), and a report of
 * what was mapped, defaulted and dropped. The format is detected from the content.
 */
import type { Design } from '@/model/design';
import { intakeJson, intakeValue, type IntakeError } from '@/share/intake';
import { MAX_IMPORT_BYTES } from '@/share/limits';
import { designFromAwsCli, isAwsCliOutput, mergeOutputs, parseConcatenatedJson } from './from-aws-cli';
import { designFromDeployment } from './from-terraform';
import { DESIGN_FILE_SOURCE, emptyReport, type ImportReport } from './import-report';
import { isTerraformJson, readDeployment } from './terraform-json';

export { DESIGN_FILE_SOURCE, formatReport, type ImportReport } from './import-report';

export { MAX_IMPORT_BYTES } from '@/share/limits';

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

/** Imports text: a design file, or JSON of any supported import format. */
export function importText(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES)
    return {
      ok: false,
      error: { kind: 'too-large', message: `The input is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB.` },
    };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
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
