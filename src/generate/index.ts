/**
 * generate(design) → Bundle: the Terraform files of a design, in a stable order, byte-identical for
 * the same design. Pure: no clock, no randomness, no I/O.
 */
import type { BodyItem } from '@/hcl/ast';
import type { Design } from '@/model/design';
import { hcl, lazyFile, type Bundle, type BundleLayout, type TerraformBodies } from './bundle';
import { createContext, type Variable } from './context';
import { moduleLayout } from './layout-module';
import { elasticacheFile } from './caches';
import { environmentFile } from './environment';
import { monitoringFile } from './monitoring';
import { networkFile } from './network';
import { outputsFile } from './outputs';
import { providersFile, versionsFile } from './providers';
import { readmeFile } from './readme';
import { securityFile } from './security';
import { declareCommonVariables, tfvarsFile, variablesFile } from './variables';

export { BUNDLE_LAYOUTS } from './bundle';
export type { Bundle, BundleFile, BundleLayout } from './bundle';

export interface GenerateOptions {
  /** Only this environment's tfvars file (the CLI's `--env`). */
  environment?: string;
  /** Default `stack`. */
  layout?: BundleLayout;
  /**
   * The share-link fragment of a design (`encodeShareFragment` of src/share), for the README's
   * "Reopen this design" section, which is left out without it: the generator does not depend on
   * the link format.
   */
  shareFragment?: (design: Design) => string;
}

export function buildTerraformBodies(design: Design, options: GenerateOptions = {}): TerraformBodies {
  const context = createContext(design);
  declareCommonVariables(context);
  // Modules declare variables as they go, so variables.tf and the tfvars files are rendered last.
  const providers = providersFile(context);
  const resources: [string, BodyItem[]][] = [
    ['environment.tf', environmentFile(context)],
    ['network.tf', networkFile(context)],
    ['security.tf', securityFile(context)],
    ['elasticache.tf', elasticacheFile(context)],
    ['monitoring.tf', monitoringFile(context)],
    ['outputs.tf', outputsFile(context)],
  ];
  const environments = design.environments
    .map((env) => env.name)
    .filter((name) => !options.environment || name === options.environment);
  return {
    context,
    providers,
    resources: resources.filter(([, items]) => items.length > 0),
    tfvarsFiles: design.environments.length
      ? environments.map((name) => ({ path: `${name}.tfvars`, environment: name }))
      : [{ path: 'terraform.tfvars.example', environment: undefined }],
  };
}

/** The standalone stack: one root configuration holding providers, variables and every resource. */
function stackLayout(bodies: TerraformBodies): Bundle {
  const { context } = bodies;
  return [
    lazyFile('versions.tf', () => hcl(versionsFile())),
    lazyFile('providers.tf', () => hcl(bodies.providers)),
    lazyFile('variables.tf', () => hcl(variablesFile(context))),
    ...bodies.resources.map(([path, items]) => lazyFile(path, () => hcl(items))),
    ...bodies.tfvarsFiles.map(({ path, environment }) =>
      lazyFile(path, () => hcl(tfvarsFile(context, environment))),
    ),
  ];
}

/**
 * Every Terraform file of the bundle (all but the README), and the context that built them. The
 * modules are built at once (they declare the variables), the text of each file only when read.
 */
function renderTerraform(design: Design, options: GenerateOptions) {
  const bodies = buildTerraformBodies(design, options);
  const files = options.layout === 'module' ? moduleLayout(bodies) : stackLayout(bodies);
  const resources = bodies.resources.flatMap(([, items]) =>
    items.flatMap((item) =>
      item.kind === 'block' && item.type === 'resource' ? [item.labels.join('.')] : [],
    ),
  );
  return { context: bodies.context, files, resources };
}

/** The variables a design's bundle declares, with their validations (guards.test.ts reads them). */
export const bundleVariables = (design: Design): readonly Variable[] =>
  buildTerraformBodies(design).context.variables;

/** Plain files with their text, for callers that write, zip or compare every file. */
const rendered = (files: Bundle): Bundle => files.map(({ path, content }) => ({ path, content }));

/** The Terraform files alone (all but the README), as the differential test renders them. */
export function terraformFiles(design: Design, options: GenerateOptions = {}): Bundle {
  return rendered(renderTerraform(design, options).files);
}

/**
 * The bundle with each file's text rendered when first read: the preview shows one file per
 * keystroke, and a big design's other files cost tens of milliseconds.
 */
export function generateLazily(design: Design, options: GenerateOptions = {}): Bundle {
  const { context, files, resources } = renderTerraform(design, options);
  const paths = [...files.map((file) => file.path), 'README.md'];
  return [
    ...files,
    lazyFile('README.md', () =>
      readmeFile(context, paths, options.layout ?? 'stack', resources, options.shareFragment),
    ),
  ];
}

export function generate(design: Design, options: GenerateOptions = {}): Bundle {
  return rendered(generateLazily(design, options));
}
