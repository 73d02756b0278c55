/**
 * Renders designs that our validation rejects, for the differential test: `generate()` would refuse
 * them (its README embeds the share link, which validates), so only the Terraform files are rendered —
 * with the generator's own `terraformFiles`, the very files `generate()` writes.
 */
import { terraformFiles } from '../../src/generate';
import type { Design } from '../../src/model/design';
import { mockSecretEnv } from './cases';
import type { BundleCase } from './verify';

/** The Terraform cases of a design, whether or not our validation accepts it. Throws when it cannot be rendered. */
export function differentialCases(name: string, design: Design): BundleCase[] {
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
