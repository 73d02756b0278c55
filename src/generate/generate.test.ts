import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineDesign } from '@/model/defaults';
import { PRESETS, findPreset } from '@/model/presets';
import { designSchema } from '@/model/design';
import { boundaryDesignArbitrary } from '@/testing/boundary-arbitrary';
import { validDesignArbitrary } from '@/testing/design-arbitrary';
import { expectNoInheritedAttributes, replicationGroupBlock } from '@/testing/global-secondary';
import { connectionFacts } from './connection-guide';
import { generate, generateLazily, type Bundle } from './index';
import { bundleZip } from './zip';
import { unzipSync, strFromU8 } from 'fflate';

const fileOf = (bundle: Bundle, path: string) => {
  const file = bundle.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`${path} is not in the bundle: ${bundle.map((entry) => entry.path).join(', ')}`);
  return file.content;
};
const allHcl = (bundle: Bundle) =>
  bundle
    .filter((file) => /\.(tf|tfvars|example)$/.test(file.path))
    .map((file) => file.content)
    .join('\n');

/** Everything the configuration references must be defined in it: no dangling resources, variables or locals. */
function danglingReferences(bundle: Bundle): string[] {
  const tf = bundle
    .filter((file) => file.path.endsWith('.tf'))
    .map((file) => file.content)
    .join('\n');
  // Strip quoted strings' literal parts would be complex; references inside ${} are what matter, and ids never look like references.
  const defined = new Set<string>();
  for (const [, type, name] of tf.matchAll(/^resource "([^"]+)" "([^"]+)"/gm)) defined.add(`${type}.${name}`);
  for (const [, name] of tf.matchAll(/^variable "([^"]+)"/gm)) defined.add(`var.${name}`);
  for (const [, name] of tf.matchAll(/^ {2}([a-z_0-9]+)\s+=/gm)) defined.add(`local.${name}`);
  const referenced = new Set<string>();
  for (const [reference] of tf.matchAll(
    /\b(?:aws_[a-z0-9_]+\.[a-z0-9_]+|var\.[a-z0-9_]+|local\.[a-z0-9_]+)/g,
  ))
    referenced.add(reference);
  const providers = new Set([...tf.matchAll(/alias\s+= "([^"]+)"/g)].map((match) => `aws.${match[1]}`));
  return [...referenced].filter((reference) => !defined.has(reference) && !providers.has(reference));
}

describe('generate', () => {
  it('gives the same bytes for the same design', () => {
    fc.assert(
      fc.property(validDesignArbitrary, (design) => {
        expect(JSON.stringify(generate(design))).toBe(JSON.stringify(generate(structuredClone(design))));
      }),
      { numRuns: 60 },
    );
  });

  it('is self-contained and uses no data sources, for presets and random designs', () => {
    for (const preset of PRESETS) {
      const bundle = generate(preset.design);
      expect(allHcl(bundle), preset.id).not.toMatch(/^data "/m);
      expect(danglingReferences(bundle), preset.id).toEqual([]);
    }
    fc.assert(
      fc.property(validDesignArbitrary, (design) => {
        expect(danglingReferences(generate(design))).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it('writes the contract files in a stable order', () => {
    const paths = generate(findPreset('seed-basic-redis')!.design).map((file) => file.path);
    expect(paths).toEqual([
      'versions.tf',
      'providers.tf',
      'variables.tf',
      'network.tf',
      'security.tf',
      'elasticache.tf',
      'outputs.tf',
      'terraform.tfvars.example',
      'README.md',
    ]);
  });

  it('pins a provider range that includes 5.100.0', () => {
    const versions = fileOf(generate(findPreset('dev-cache')!.design), 'versions.tf');
    expect(versions).toContain('source  = "hashicorp/aws"');
    expect(versions).toContain('version = ">= 5.100.0, < 6.0.0"');
  });

  it('derives the parameter family, correcting the guide’s redis7.x', () => {
    const tf = fileOf(generate(findPreset('seed-basic-redis')!.design), 'elasticache.tf');
    expect(tf).toMatch(/family\s+= "redis7"/);
    expect(tf).not.toContain('redis7.x');
  });

  it("writes the guide's names: subnet, parameter and security groups, the secondary, the Service tag", () => {
    const basic = fileOf(generate(findPreset('seed-basic-redis')!.design), 'elasticache.tf');
    expect(basic).toMatch(/name\s+= "redis-subnet-group"/);
    // The family follows the guide's name: an engine upgrade creates the new group beside the one in use.
    expect(basic).toMatch(/name\s+= "redis-parameter-group-redis7"/);
    const security = fileOf(generate(findPreset('seed-secure')!.design), 'security.tf');
    expect(security).toMatch(/name_prefix\s+= "elasticache-secure-"/);
    const secure = fileOf(generate(findPreset('seed-secure')!.design), 'elasticache.tf');
    expect(secure).toMatch(/name\s+= "secure-elasticache-subnet-group"/);
    const global = fileOf(generate(findPreset('seed-global-datastore')!.design), 'elasticache.tf');
    expect(global).toMatch(/replication_group_id\s+= "redis-secondary-cluster"/);
    expect(global).toMatch(/description\s+= "Secondary Redis cluster"/);
    expect(global).toContain('Name = "Redis Secondary Cluster"');
    const micro = fileOf(generate(findPreset('seed-microservices')!.design), 'elasticache.tf');
    expect(micro).toMatch(/Service\s+= each\.key/);
    // Designs that name nothing keep the names they always had.
    const own = fileOf(generate(findPreset('ha-valkey')!.design), 'elasticache.tf');
    expect(own).toMatch(/name\s+= "ha-valkey"/);
    const customised = structuredClone(findPreset('ha-valkey')!.design);
    const cache = customised.caches[0]!;
    if (cache.kind === 'replication-group') cache.parameterGroup.mode = 'custom';
    expect(fileOf(generate(customised), 'elasticache.tf')).toMatch(/name\s+= "app-cache-params-valkey8"/);
    expect(fileOf(generate(findPreset('ha-valkey')!.design), 'security.tf')).toMatch(
      /name_prefix\s+= "ha-valkey-cache-"/,
    );
  });

  it('writes engine version, port, encryption and windows as guarded variables for seed-configurable', () => {
    const bundle = generate(findPreset('seed-configurable')!.design);
    const tf = fileOf(bundle, 'elasticache.tf');
    const variables = fileOf(bundle, 'variables.tf');
    for (const [attribute, variable] of [
      ['engine_version', 'redis_cluster_engine_version'],
      ['port', 'redis_cluster_port'],
      ['at_rest_encryption_enabled', 'redis_cluster_at_rest_encryption_enabled'],
      ['transit_encryption_enabled', 'redis_cluster_transit_encryption_enabled'],
      ['snapshot_window', 'redis_cluster_snapshot_window'],
      ['maintenance_window', 'redis_cluster_maintenance_window'],
    ]) {
      expect(tf, attribute).toMatch(new RegExp(`${attribute}\\s+= var\\.${variable}\\n`));
      expect(variables, variable).toContain(`variable "${variable}"`);
    }
    // The version stays in the parameter group's family; the AUTH token keeps TLS on; the port opens the group.
    expect(variables).toContain('contains(["7.1", "7.0"], var.redis_cluster_engine_version)');
    expect(variables).toMatch(/condition\s+= var\.redis_cluster_transit_encryption_enabled\n/);
    expect(fileOf(bundle, 'security.tf')).toMatch(/cache_ports = \[var\.redis_cluster_port\]/);
  });

  it('writes no example network ID into tfvars when the design leaves the existing network IDs empty', () => {
    const design = defineDesign({
      name: 'blank-network',
      network: { mode: 'existing' },
      caches: [{ id: 'app-cache', kind: 'replication-group' }],
    });
    const tfvars = fileOf(generate(design), 'terraform.tfvars.example');
    expect(tfvars).not.toMatch(/vpc_id|subnet_ids|0123456789abcdef/);
  });

  it('keeps secrets out of every file: AUTH tokens and passwords are sensitive variables without values', () => {
    const bundle = generate(findPreset('ha-valkey')!.design);
    const variables = fileOf(bundle, 'variables.tf');
    expect(variables).toMatch(/variable "app_cache_user_passwords" \{[^}]*sensitive\s+= true/s);
    const tfvars = fileOf(bundle, 'terraform.tfvars.example');
    expect(tfvars).not.toMatch(/^app_cache_user_passwords\s*=/m);
    expect(tfvars).toContain("export TF_VAR_app_cache_user_passwords='…'");
    const token = generate(findPreset('seed-redis-encrypted')!.design);
    expect(fileOf(token, 'variables.tf')).toMatch(
      /variable "redis_encrypted_cluster_auth_token" \{[^}]*sensitive\s+= true/s,
    );
  });

  it('puts alarms on member clusters, never on the replication group ID', () => {
    const monitoring = fileOf(generate(findPreset('seed-monitoring')!.design), 'monitoring.tf');
    expect(monitoring).toContain('format("%s-%03d", "redis-cluster", node)');
    expect(monitoring).toContain('CacheClusterId = each.key');
    const clustered = fileOf(generate(findPreset('ha-valkey')!.design), 'monitoring.tf');
    expect(clustered).toContain(
      'setproduct(range(1, var.app_cache_shards + 1), range(1, var.app_cache_replicas_per_shard + 2))',
    );
  });

  it('creates log groups for log delivery', () => {
    const bundle = generate(findPreset('seed-advanced')!.design);
    expect(fileOf(bundle, 'monitoring.tf')).toMatch(
      /resource "aws_cloudwatch_log_group" "advanced_redis_cluster_slow_log"/,
    );
    expect(fileOf(bundle, 'elasticache.tf')).toContain(
      'destination      = aws_cloudwatch_log_group.advanced_redis_cluster_slow_log.name',
    );
  });

  it('links the README back to the design only through the share fragment it is given', () => {
    const design = findPreset('dev-cache')!.design;
    const readme = (bundle: Bundle) => fileOf(bundle, 'README.md');
    expect(readme(generate(design))).not.toContain('## Reopen this design');
    const linked = readme(generate(design, { shareFragment: (shared) => `#fragment-of-${shared.name}` }));
    expect(linked).toContain('## Reopen this design');
    expect(linked).toContain('#fragment-of-dev-cache');
  });

  it('guards AUTH tokens: 16–128 characters of the AWS set, in a sensitive variable', () => {
    const variables = fileOf(
      generate(
        defineDesign({
          name: 'token',
          caches: [{ kind: 'replication-group', id: 'app', auth: { mode: 'token' } }],
        }),
      ),
      'variables.tf',
    );
    expect(variables).toContain('can(regex("^[A-Za-z0-9!&#$^<>-]{16,128}$", var.app_auth_token))');
    expect(variables).toMatch(/variable "app_auth_token" \{[^}]*sensitive\s+= true/);
  });

  it('gives global datastore secondaries an aliased provider and none of the inherited fields', () => {
    const bundle = generate(findPreset('global-valkey')!.design);
    const providers = fileOf(bundle, 'providers.tf');
    expect(providers).toContain('alias  = "us_west_2"');
    expect(providers).toContain('alias  = "eu_west_1"');
    const tf = fileOf(bundle, 'elasticache.tf');
    const body = replicationGroupBlock(tf, 'global_cache_us_west_2');
    expect(body).toContain('provider = aws.us_west_2');
    expectNoInheritedAttributes(body);
  });

  it('renders every design the schema accepts, including those its rules refuse (the preview stays up)', () => {
    fc.assert(
      fc.property(boundaryDesignArbitrary, ({ design }) => {
        fc.pre(designSchema.safeParse(design).success);
        expect(() => generate(design)).not.toThrow();
      }),
      { numRuns: 400, seed: 8 },
    );
  });

  it('names only outputs that exist in its connection guide, secondary regions included', () => {
    const designs = [
      ...PRESETS.map((preset) => preset.design),
      ...fc.sample(validDesignArbitrary, { numRuns: 40, seed: 11 }),
    ];
    for (const design of designs) {
      const outputs = new Set(
        [...fileOf(generate(design), 'outputs.tf').matchAll(/^output "([^"]+)"/gm)].map((match) => match[1]),
      );
      for (const cache of design.caches)
        for (const endpoint of connectionFacts(cache).endpoints)
          expect(outputs, `${design.name}/${cache.id}`).toContain(endpoint.output);
    }
    const global = findPreset('global-valkey')!.design.caches[0]!;
    expect(connectionFacts(global).endpoints.map((endpoint) => endpoint.output)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/_endpoint$/),
        ...(global.kind === 'replication-group'
          ? global.globalDatastore.secondaries.map(({ region }) =>
              expect.stringContaining(region.replaceAll('-', '_')),
            )
          : []),
      ]),
    );
  });

  it('writes one tfvars file per environment instead of one state for all', () => {
    const bundle = generate(findPreset('seed-multi-environment')!.design);
    const paths = bundle.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['dev.tfvars', 'staging.tfvars', 'prod.tfvars']));
    expect(paths).not.toContain('terraform.tfvars.example');
    expect(fileOf(bundle, 'prod.tfvars')).toMatch(/environment\s+= "prod"/);
    expect(fileOf(bundle, 'prod.tfvars')).toMatch(/redis_cluster_node_type\s+= "cache.t3.medium"/);
    expect(fileOf(bundle, 'dev.tfvars')).toMatch(/redis_cluster_node_type\s+= "cache.t3.micro"/);
    expect(fileOf(bundle, 'elasticache.tf')).toContain(
      'replication_group_id = "${var.environment}-redis-cluster"',
    );
    expect(
      generate(findPreset('seed-multi-environment')!.design, { environment: 'prod' }).map(
        (file) => file.path,
      ),
    ).not.toContain('dev.tfvars');
  });

  it('stamps instances with for_each', () => {
    const tf = fileOf(generate(findPreset('seed-microservices')!.design), 'elasticache.tf');
    expect(tf).toContain('for_each = toset(var.redis_cluster_instances)');
    expect(tf).toContain('replication_group_id = "${each.key}-redis-cluster"');
  });

  it('names an IAM-authenticated RBAC user after its user ID, as AWS requires', () => {
    const design = defineDesign({
      name: 'iam',
      environments: [{ name: 'dev' }],
      caches: [
        {
          kind: 'replication-group',
          id: 'app',
          engineVersion: '8.0',
          transitEncryption: { enabled: true },
          auth: {
            mode: 'rbac',
            users: [
              { userId: 'default', userName: 'default', accessString: 'off -@all', authentication: 'none' },
              { userId: 'svc', userName: 'svc', accessString: 'on ~* +@all', authentication: 'iam' },
              {
                userId: 'ops',
                userName: 'operator',
                accessString: 'on ~* +@read',
                authentication: 'password',
              },
            ],
          },
        },
      ],
    });
    const tf = fileOf(generate(design), 'elasticache.tf');
    expect(tf).toContain(
      'user_id       = "${var.environment}-app-svc"\n  user_name     = "${var.environment}-app-svc"',
    );
    // Users that log in with a password keep their own name.
    expect(tf).toContain('user_id       = "${var.environment}-app-ops"\n  user_name     = "operator"');
  });

  it('escapes user text so it cannot break out of strings', () => {
    const design = defineDesign({
      name: 'escapes',
      tags: { Owner: 'a "quoted" \\ ${var.x} %{if} \n\t 🚀' },
      caches: [{ kind: 'replication-group', id: 'app', description: 'say "hi" ${nope}' }],
    });
    const bundle = generate(design);
    expect(fileOf(bundle, 'variables.tf')).toContain(
      'Owner = "a \\"quoted\\" \\\\ $${var.x} %%{if} \\n\\t 🚀"',
    );
    expect(fileOf(bundle, 'elasticache.tf')).toContain('description          = "say \\"hi\\" $${nope}"');
  });

  it('describes the topology in the README as Mermaid', () => {
    const readme = fileOf(generate(findPreset('ha-valkey')!.design), 'README.md');
    expect(readme).toContain('```mermaid\nflowchart LR');
    expect(readme).toContain('Shard 3');
  });

  it('zips the bundle under the design folder, byte for byte', () => {
    const design = findPreset('seed-basic-memcached')!.design;
    const bundle = generate(design);
    const zip = bundleZip(design.name, bundle);
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(bundle.map((file) => `${design.name}/${file.path}`).sort());
    for (const file of bundle) expect(strFromU8(entries[`${design.name}/${file.path}`]!)).toBe(file.content);
    expect(bundleZip(design.name, bundle)).toEqual(zip);
  });
});

describe(generateLazily, () => {
  it('renders every file as generate does, whichever order the files are read in', () => {
    for (const preset of PRESETS) {
      const lazy = generateLazily(preset.design);
      const backwards = [...lazy].reverse().map(({ path, content }) => ({ path, content }));
      expect(backwards.reverse()).toEqual(generate(preset.design));
    }
  });
});
