/**
 * Renders designs that our validation rejects, for the differential test. `generate()` refuses them:
 * its README embeds the share link, which validates the design. Terraform never reads the README,
 * so this renders every other file exactly as `generate()` does (the same modules in the same order)
 * and checks that claim on every design `generate()` accepts.
 */
import { generate, type Bundle } from '../../src/generate';
import { elasticacheFile } from '../../src/generate/caches';
import { createContext } from '../../src/generate/context';
import { monitoringFile } from '../../src/generate/monitoring';
import { networkFile } from '../../src/generate/network';
import { outputsFile } from '../../src/generate/outputs';
import { providersFile, versionsFile } from '../../src/generate/providers';
import { securityFile } from '../../src/generate/security';
import { declareCommonVariables, tfvarsFile, variablesFile } from '../../src/generate/variables';
import type { BodyItem } from '../../src/hcl/ast';
import { renderFile } from '../../src/hcl/layout';
import type { Design } from '../../src/model/design';
import { designSchema } from '../../src/model/design';
import { bundleCases, mockSecretEnv } from './cases';
import type { BundleCase } from './verify';

const hcl = (items: BodyItem[]) => renderFile({ items });

/** Every file of the bundle except README.md, as `generate()` writes them. */
export function terraformFiles(design: Design): Bundle {
  const context = createContext(design);
  declareCommonVariables(context);
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
  if (design.environments.length)
    files.push(
      ...design.environments.map((env) => ({
        path: `${env.name}.tfvars`,
        content: hcl(tfvarsFile(context, env.name)),
      })),
    );
  else files.push({ path: 'terraform.tfvars.example', content: hcl(tfvarsFile(context, undefined)) });
  return files;
}

/** The Terraform cases of a design, whether or not our validation accepts it. Throws when it cannot be rendered. */
export function differentialCases(name: string, design: Design): BundleCase[] {
  if (designSchema.safeParse(design).success) {
    const cases = bundleCases(name, design);
    const expected = JSON.stringify(generate(design).filter((file) => file.path !== 'README.md'));
    if (JSON.stringify(terraformFiles(design)) !== expected)
      throw new Error(
        'differential-bundle.ts renders differently from generate(): bring terraformFiles() up to date',
      );
    return cases;
  }
  const files = terraformFiles(design);
  const env = mockSecretEnv(design);
  if (design.environments.length === 0) return [{ name, files, varFile: 'terraform.tfvars.example', env }];
  return design.environments.map((environment) => ({
    name: `${name}:${environment.name}`,
    files,
    varFile: `${environment.name}.tfvars`,
    env,
  }));
}
