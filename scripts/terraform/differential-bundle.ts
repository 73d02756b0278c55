/**
 * Renders designs that our validation rejects, for the differential test: `generate()` would refuse
 * them (its README embeds the share link, which validates), so only the Terraform files are rendered —
 * with the generator's own `terraformFiles`, the very files `generate()` writes.
 */
import { terraformFiles } from '../../src/generate';
import type { Design } from '../../src/model/design';
import { mockSecretEnv } from './cases';
import type { BundleCase, BundleFile } from './verify';

/**
 * The bundle without its own checks: variable validations (guards.ts, with the app's messages) and
 * resource preconditions and postconditions (the environment guard, environment.ts). They are our
 * rules, and a failed one stops the plan before the provider sees the values: left in, they would
 * make our verdict look like Terraform's. The guards are checked on their own (guards.test.ts).
 */
export function withoutValidations(files: BundleFile[]): BundleFile[] {
  return files.map((file) =>
    file.path.endsWith('.tf')
      ? {
          ...file,
          content: file.content.replace(
            /\n\n( +)(?:validation|precondition|postcondition) \{\n[\s\S]*?\n\1\}/g,
            '',
          ),
        }
      : file,
  );
}

/** The Terraform cases of a design, whether or not our validation accepts it. Throws when it cannot be rendered. */
export function differentialCases(name: string, design: Design): BundleCase[] {
  const files = withoutValidations(terraformFiles(design));
  const env = mockSecretEnv(design);
  if (design.environments.length === 0) return [{ name, files, varFile: 'terraform.tfvars.example', env }];
  return design.environments.map((environment) => ({
    name: `${name}:${environment.name}`,
    files,
    varFile: `${environment.name}.tfvars`,
    env,
  }));
}
