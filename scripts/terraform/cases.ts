/**
 * Turns a design into the Terraform cases that prove it: one per environment (each with its own
 * tfvars file), or one with the example tfvars. Secrets, which no generated file holds, are supplied
 * the way users supply them — TF_VAR_* environment variables — with mock values.
 */
import { generate, type BundleLayout } from '../../src/generate';
import type { Design } from '../../src/model/design';
import type { BundleCase } from './verify';

/** A value every secret validation accepts: 32 letters and digits. */
export const MOCK_SECRET = 'MockSecret0123456789abcdefghijkl';

const snake = (id: string) => id.replace(/-/g, '_');

export function mockSecretEnv(design: Design): Record<string, string> {
  const env: Record<string, string> = {};
  for (const cache of design.caches) {
    if (cache.kind === 'memcached') continue;
    if (cache.auth.mode === 'token' && cache.instances.length)
      env[`TF_VAR_${snake(cache.id)}_auth_tokens`] = JSON.stringify(
        Object.fromEntries(
          cache.instances.map((service) => [service, `${MOCK_SECRET}-${service}`.slice(0, 128)]),
        ),
      );
    else if (cache.auth.mode === 'token') env[`TF_VAR_${snake(cache.id)}_auth_token`] = MOCK_SECRET;
    const passwordUsers =
      cache.auth.mode === 'rbac' ? cache.auth.users.filter((user) => user.authentication === 'password') : [];
    const passwords = Object.fromEntries(passwordUsers.map((user) => [user.userId, MOCK_SECRET]));
    // A stamped cache's users are per service: a map of each service's passwords.
    if (passwordUsers.length)
      env[`TF_VAR_${snake(cache.id)}_user_passwords`] = JSON.stringify(
        cache.instances.length
          ? Object.fromEntries(cache.instances.map((service) => [service, passwords]))
          : passwords,
      );
  }
  return env;
}

/** The cases of one layout of the bundle; a module layout's case names end in `[module]`. */
export function bundleCases(name: string, design: Design, layout: BundleLayout = 'stack'): BundleCase[] {
  const env = mockSecretEnv(design);
  const files = generate(design, { layout });
  const suffix = layout === 'stack' ? '' : ` [${layout}]`;
  if (design.environments.length === 0)
    return [{ name: `${name}${suffix}`, files, varFile: 'terraform.tfvars.example', env }];
  return design.environments.map((environment) => ({
    name: `${name}:${environment.name}${suffix}`,
    files,
    varFile: `${environment.name}.tfvars`,
    env,
  }));
}
