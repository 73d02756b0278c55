/**
 * generate(design) → Bundle: the Terraform files of a design, in a stable order, byte-identical for
 * the same design. Pure: no clock, no randomness, no I/O.
 */
import type { BodyItem } from '@/hcl/ast';
import { renderFile } from '@/hcl/layout';
import type { Design } from '@/model/design';
import { createContext } from './context';
import { elasticacheFile } from './caches';
import { monitoringFile } from './monitoring';
import { networkFile } from './network';
import { outputsFile } from './outputs';
import { providersFile, versionsFile } from './providers';
import { readmeFile } from './readme';
import { securityFile } from './security';
import { declareCommonVariables, tfvarsFile, variablesFile } from './variables';

export interface BundleFile {
  path: string;
  content: string;
}
export type Bundle = BundleFile[];

export interface GenerateOptions {
  /** Only this environment's tfvars file (the CLI's `--env`). */
  environment?: string;
}

const hcl = (items: BodyItem[]) => renderFile({ items });

/** Every Terraform file of the bundle (all but the README), and the context that built them. */
function renderTerraform(design: Design, options: GenerateOptions) {
  const context = createContext(design);
  declareCommonVariables(context);
  // Modules declare variables as they go, so variables.tf and the tfvars files are rendered last.
  const bodies: [string, BodyItem[]][] = [
    ['versions.tf', versionsFile()],
    ['providers.tf', providersFile(context)],
    ['network.tf', networkFile(context)],
    ['security.tf', securityFile(context)],
    ['elasticache.tf', elasticacheFile(context)],
    ['monitoring.tf', monitoringFile(context)],
    ['outputs.tf', outputsFile(context)],
  ];
  const files: Bundle = bodies
    .filter(([, items]) => items.length > 0)
    .map(([path, items]) => ({ path, content: hcl(items) }));
  files.splice(2, 0, { path: 'variables.tf', content: hcl(variablesFile(context)) });
  const environments = design.environments
    .map((env) => env.name)
    .filter((name) => !options.environment || name === options.environment);
  if (design.environments.length)
    files.push(
      ...environments.map((name) => ({ path: `${name}.tfvars`, content: hcl(tfvarsFile(context, name)) })),
    );
  else files.push({ path: 'terraform.tfvars.example', content: hcl(tfvarsFile(context, undefined)) });
  return { context, files };
}

/**
 * The Terraform files alone. Unlike `generate`, it needs no valid design — the README's share link
 * does — so the differential test renders designs our rules reject with it.
 */
export function terraformFiles(design: Design, options: GenerateOptions = {}): Bundle {
  return renderTerraform(design, options).files;
}

export function generate(design: Design, options: GenerateOptions = {}): Bundle {
  const { context, files } = renderTerraform(design, options);
  files.push({
    path: 'README.md',
    content: readmeFile(context, [...files.map((file) => file.path), 'README.md']),
  });
  return files;
}
