import { describe, expect, it } from 'vitest';
import { PRESETS, findPreset } from '@/model/presets';
import { generate, type Bundle } from './index';
import { moduleFolder, moduleName } from './layout-module';

const fileOf = (bundle: Bundle, path: string) => {
  const file = bundle.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`${path} is not in the bundle: ${bundle.map((entry) => entry.path).join(', ')}`);
  return file.content;
};
const names = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]!);
const RESOURCE_FILES = [
  'environment.tf',
  'network.tf',
  'security.tf',
  'elasticache.tf',
  'monitoring.tf',
  'outputs.tf',
];

describe('module layout', () => {
  it('holds the very resource files of the stack in modules/<design-name>/, for every preset', () => {
    for (const { id, design } of PRESETS) {
      const stack = generate(design);
      const module = generate(design, { layout: 'module' });
      const folder = moduleFolder(design.name);
      const stackResources = stack.filter((file) => RESOURCE_FILES.includes(file.path));
      expect(stackResources.length, id).toBeGreaterThan(0);
      for (const file of stackResources)
        expect(fileOf(module, `${folder}/${file.path}`), id).toBe(file.content);
      const inModule = module.filter((file) => file.path.startsWith(`${folder}/`));
      expect(inModule.map((file) => file.path).sort(), id).toEqual(
        [
          ...stackResources.map((file) => `${folder}/${file.path}`),
          `${folder}/variables.tf`,
          `${folder}/versions.tf`,
        ].sort(),
      );
      // A reusable module configures no provider and no backend: its caller does.
      for (const file of inModule)
        expect(file.content, `${id} ${file.path}`).not.toMatch(/^provider |backend "/m);
      const root = module.filter((file) => !file.path.includes('/')).map((file) => file.path);
      expect(root, id).toEqual(
        expect.arrayContaining([
          'main.tf',
          'versions.tf',
          'providers.tf',
          'backend.tf',
          'variables.tf',
          'outputs.tf',
          'README.md',
        ]),
      );
      // The root's tfvars are the stack's: the same variables with the same values.
      for (const file of stack.filter((candidate) => /\.tfvars(\.example)?$/.test(candidate.path)))
        expect(fileOf(module, file.path), id).toBe(file.content);
      expect(fileOf(module, 'variables.tf'), id).toBe(fileOf(stack, 'variables.tf'));
      expect(fileOf(module, 'providers.tf'), id).toBe(fileOf(stack, 'providers.tf'));
    }
  });

  it('declares every variable its files read, and the root passes each of them, no more', () => {
    for (const { id, design } of PRESETS) {
      const module = generate(design, { layout: 'module' });
      const folder = moduleFolder(design.name);
      const read = new Set(
        module
          .filter((file) => file.path.startsWith(`${folder}/`) && file.path !== `${folder}/variables.tf`)
          .flatMap((file) => names(file.content, /\bvar\.([a-z0-9_]+)/g)),
      );
      const declared = names(fileOf(module, `${folder}/variables.tf`), /^variable "([^"]+)"/gm);
      expect(declared.sort(), id).toEqual([...read].sort());
      const main = fileOf(module, 'main.tf');
      const passed = names(main, /^ {2}([a-z0-9_]+)\s+= var\.\1$/gm);
      expect(passed.sort(), id).toEqual([...read].sort());
      expect(main, id).toContain(`module "${moduleName(design.name)}" {\n  source = "./${folder}"`);
      // Provider settings stay in the root.
      expect(declared, id).not.toContain('region');
      expect(declared, id).not.toContain('tags');
    }
  });

  it('forwards every output of the module from the root', () => {
    for (const { id, design } of PRESETS) {
      const module = generate(design, { layout: 'module' });
      const inner = names(fileOf(module, `${moduleFolder(design.name)}/outputs.tf`), /^output "([^"]+)"/gm);
      const outer = fileOf(module, 'outputs.tf');
      expect(names(outer, /^output "([^"]+)"/gm), id).toEqual(inner);
      for (const output of inner)
        expect(outer, `${id} ${output}`).toContain(
          `value       = module.${moduleName(design.name)}.${output}\n`,
        );
    }
  });

  it('takes the global datastore regions from its caller', () => {
    const { design } = findPreset('global-valkey')!;
    const module = generate(design, { layout: 'module' });
    expect(fileOf(module, `${moduleFolder(design.name)}/versions.tf`)).toContain(
      'configuration_aliases = [aws.eu_west_1, aws.us_west_2]',
    );
    expect(fileOf(module, 'main.tf')).toContain(
      '  providers = {\n    aws           = aws\n    aws.eu_west_1 = aws.eu_west_1\n    aws.us_west_2 = aws.us_west_2\n  }\n',
    );
    // A single-region design passes no providers: the module inherits the default one.
    const single = generate(findPreset('ha-valkey')!.design, { layout: 'module' });
    expect(fileOf(single, 'main.tf')).not.toContain('providers');
    expect(fileOf(single, `modules/${findPreset('ha-valkey')!.design.name}/versions.tf`)).not.toContain(
      'configuration_aliases',
    );
  });

  it('outputs what a caller wires to: member clusters, parameter and subnet groups, user group, topic', () => {
    const outputs = (presetId: string) =>
      names(fileOf(generate(findPreset(presetId)!.design), 'outputs.tf'), /^output "([^"]+)"/gm);
    const ha = findPreset('ha-valkey')!.design;
    const cache = ha.caches[0]!.id.replace(/-/g, '_');
    expect(outputs('ha-valkey')).toEqual(
      expect.arrayContaining([
        `${cache}_member_clusters`,
        `${cache}_parameter_group_name`,
        'security_group_id',
        'subnet_group_name',
      ]),
    );
    expect(outputs('serverless-valkey').some((name) => name.endsWith('_user_group_id'))).toBe(true);
    expect(outputs('seed-monitoring')).toContain('notification_topic_arn');
  });
});

describe('README of each layout', () => {
  it('shows a commented-out import block per cache, with the ID AWS knows it by', () => {
    const { design } = findPreset('global-valkey')!;
    const cache = design.caches[0]!;
    const stack = fileOf(generate(design), 'README.md');
    const module = fileOf(generate(design, { layout: 'module' }), 'README.md');
    const address = `aws_elasticache_replication_group.${cache.id.replace(/-/g, '_')}`;
    expect(stack).toContain(`# import {\n#   to = ${address}\n#   id = "${cache.id}"\n# }`);
    expect(module).toContain(`#   to = module.${moduleName(design.name)}.${address}\n`);
    expect(stack).toContain('#   provider = aws.us_west_2');
    expect(stack).toMatch(/aws_elasticache_global_replication_group\.\w+\n# {3}id = "xxxxx-/);
    // Moving a stack state into the module: one moved block per resource.
    const resources = generate(design)
      .filter((file) => file.path.endsWith('.tf'))
      .flatMap((file) => names(file.content, /^resource "([^"]+" "[^"]+)"/gm))
      .map((labels) => labels.replace('" "', '.'));
    for (const resource of resources)
      expect(module).toContain(
        `moved {\n  from = ${resource}\n  to   = module.${moduleName(design.name)}.${resource}\n}`,
      );
    expect(stack).not.toContain('moved {');
  });

  it('uses each kind of cache ID, with the environment and service prefixes', () => {
    const memcached = fileOf(generate(findPreset('seed-basic-memcached')!.design), 'README.md');
    expect(memcached).toMatch(/# cluster ID\n# import \{\n# {3}to = aws_elasticache_cluster\./);
    const serverless = fileOf(generate(findPreset('serverless-valkey')!.design), 'README.md');
    expect(serverless).toContain('# serverless cache name');
    const environments = fileOf(generate(findPreset('seed-multi-environment')!.design), 'README.md');
    expect(environments).toContain('#   id = "${var.environment}-');
    const { design } = findPreset('seed-microservices')!;
    const instanced = design.caches.find((cache) => cache.instances.length)!;
    expect(fileOf(generate(design), 'README.md')).toContain(
      `[${JSON.stringify(instanced.instances[0])}]\n#   id = `,
    );
  });

  it('states the versions it was verified with and why the provider stays below 6.0', () => {
    for (const layout of ['stack', 'module'] as const) {
      const readme = fileOf(generate(findPreset('dev-cache')!.design, { layout }), 'README.md');
      expect(readme).toContain('Verified with Terraform 1.11 and hashicorp/aws 5.100.0');
      expect(readme).toContain('version-6-upgrade.html.markdown');
      expect(readme).toContain('auth_token_update_strategy');
    }
  });
});
