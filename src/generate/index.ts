/**
 * generate(design) → Bundle: the Terraform files of a design, in a stable order, byte-identical for
 * the same design. Pure: no clock, no randomness, no I/O.
 */
import type { BodyItem } from '@/hcl/ast';
import { renderFile } from '@/hcl/layout';
import type { Design } from '@/model/design';
import { createContext, type Variable } from './context';
import { elasticacheFile } from './caches';
import { environmentFile } from './environment';
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

/** A file whose text is rendered when first read (and then kept). */
function lazyFile(path: string, render: () => string): BundleFile {
  let content: string | undefined;
  return {
    path,
    get content() {
      return (content ??= render());
    },
  };
}

/**
 * Every Terraform file of the bundle (all but the README), and the context that built them. The
 * modules are built at once (they declare the variables), the text of each file only when read.
 */
function renderTerraform(design: Design, options: GenerateOptions) {
  const context = createContext(design);
  declareCommonVariables(context);
  // Modules declare variables as they go, so variables.tf and the tfvars files are rendered last.
  const bodies: [string, BodyItem[]][] = [
    ['versions.tf', versionsFile()],
    ['providers.tf', providersFile(context)],
    ['environment.tf', environmentFile(context)],
    ['network.tf', networkFile(context)],
    ['security.tf', securityFile(context)],
    ['elasticache.tf', elasticacheFile(context)],
    ['monitoring.tf', monitoringFile(context)],
    ['outputs.tf', outputsFile(context)],
  ];
  const files: Bundle = bodies
    .filter(([, items]) => items.length > 0)
    .map(([path, items]) => lazyFile(path, () => hcl(items)));
  files.splice(
    2,
    0,
    lazyFile('variables.tf', () => hcl(variablesFile(context))),
  );
  const environments = design.environments
    .map((env) => env.name)
    .filter((name) => !options.environment || name === options.environment);
  if (design.environments.length)
    files.push(
      ...environments.map((name) => lazyFile(`${name}.tfvars`, () => hcl(tfvarsFile(context, name)))),
    );
  else files.push(lazyFile('terraform.tfvars.example', () => hcl(tfvarsFile(context, undefined))));
  return { context, files };
}

/** The variables a design's bundle declares, with their validations (guards.test.ts reads them). */
export const bundleVariables = (design: Design): readonly Variable[] =>
  renderTerraform(design, {}).context.variables;

/** Plain files with their text, for callers that write, zip or compare every file. */
const rendered = (files: Bundle): Bundle => files.map(({ path, content }) => ({ path, content }));

/**
 * The Terraform files alone. Unlike `generate`, it needs no valid design — the README's share link
 * does — so the differential test renders designs our rules reject with it.
 */
export function terraformFiles(design: Design, options: GenerateOptions = {}): Bundle {
  return rendered(renderTerraform(design, options).files);
}

/**
 * The bundle with each file's text rendered when first read: the preview shows one file per
 * keystroke, and a big design's other files cost tens of milliseconds.
 */
export function generateLazily(design: Design, options: GenerateOptions = {}): Bundle {
  const { context, files } = renderTerraform(design, options);
  const paths = [...files.map((file) => file.path), 'README.md'];
  return [...files, lazyFile('README.md', () => readmeFile(context, paths))];
}

export function generate(design: Design, options: GenerateOptions = {}): Bundle {
  return rendered(generateLazily(design, options));
}
