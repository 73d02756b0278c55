/**
 * Guards in the bundle: every error rule that reads a field a tfvars file exposes has a variable
 * validation with the app's message, and real Terraform refuses a tfvars edit that breaks the rule
 * with that message (our verdict, made by our validation — not the provider's).
 */
import { describe, expect, it } from 'vitest';
import { bundleVariables, generate } from '../../src/generate';
import { TFVARS_FIELDS, messageFor } from '../../src/generate/guards';
import { defineDesign } from '../../src/model/defaults';
import type { Design } from '../../src/model/design';
import { RULES, validateDesign } from '../../src/model/rules';
import { mockSecretEnv } from './cases';
import { verifyBundles } from './verify';

type DesignInput = Parameters<typeof defineDesign>[0];

interface GuardCase {
  rule: string;
  /** A design the rules accept. */
  base: DesignInput;
  /** The tfvars variable the user edits, and the value that breaks the rule (HCL). */
  variable: string;
  tfvars: string;
  /** The same edit in the model. */
  edit: (design: Design) => void;
  /** What the message's interpolations print, in order. */
  values?: string[];
  /** Which of the rule's guards on the variable the value breaks (default: the first). */
  guard?: number;
}

const rg = (fields: Record<string, unknown> = {}) => ({
  kind: 'replication-group' as const,
  id: 'app',
  nodeType: 'cache.r7g.large',
  ...fields,
});
const clustered = rg({
  clusterMode: 'enabled',
  shards: 2,
  replicasPerShard: 1,
  automaticFailover: true,
  multiAz: true,
});
const single = rg({ clusterMode: 'disabled', replicasPerShard: 1, automaticFailover: true, multiAz: true });
const mc = (fields: Record<string, unknown> = {}) => ({
  kind: 'memcached' as const,
  id: 'mc',
  nodeType: 'cache.r7g.large',
  ...fields,
});
const sl = (fields: Record<string, unknown> = {}) => ({ kind: 'serverless' as const, id: 'sl', ...fields });
const global = rg({
  globalDatastore: {
    enabled: true,
    suffix: 'app',
    secondaries: [{ region: 'us-west-2', replicasPerShard: 1 }],
  },
});
const designOf = (...caches: DesignInput['caches'] & object) => ({ name: 'guards', caches });

// Mutating helpers: the model edit that matches each tfvars edit.
type Edited = Record<string, unknown> & { limits: Record<string, unknown>; backups: Record<string, unknown> };
const setCache = (change: (cache: Edited) => void) => (design: Design) =>
  change(design.caches[0] as unknown as Edited);

const CASES: GuardCase[] = [
  {
    rule: 'node-type-known',
    base: designOf(single),
    variable: 'app_node_type',
    tfvars: '"cache.x9.huge"',
    edit: setCache((cache) => (cache.nodeType = 'cache.x9.huge')),
    values: ['cache.x9.huge'],
  },
  {
    rule: 'node-type-retired',
    base: designOf(mc()),
    variable: 'mc_node_type',
    tfvars: '"cache.t2.micro"',
    edit: setCache((cache) => (cache.nodeType = 'cache.t2.micro')),
  },
  {
    rule: 'graviton-min-version',
    base: designOf(
      rg({
        engine: 'redis',
        engineVersion: '6.0',
        nodeType: 'cache.r6g.large',
        automaticFailover: false,
        multiAz: false,
      }),
    ),
    variable: 'app_node_type',
    tfvars: '"cache.r7g.large"',
    edit: setCache((cache) => (cache.nodeType = 'cache.r7g.large')),
    values: ['cache.r7g.large'],
  },
  {
    rule: 'multi-az-needs-failover',
    base: designOf(single),
    variable: 'app_automatic_failover_enabled',
    tfvars: 'false',
    edit: setCache((cache) => (cache.automaticFailover = false)),
  },
  {
    rule: 'failover-needs-replica',
    base: designOf(
      rg({ clusterMode: 'disabled', replicasPerShard: 1, automaticFailover: true, multiAz: false }),
    ),
    variable: 'app_replicas_per_shard',
    tfvars: '0',
    edit: setCache((cache) => (cache.replicasPerShard = 0)),
  },
  {
    rule: 'multi-az-needs-replica',
    base: designOf(clustered),
    variable: 'app_replicas_per_shard',
    tfvars: '0',
    edit: setCache((cache) => (cache.replicasPerShard = 0)),
  },
  {
    rule: 'cluster-mode-needs-failover',
    base: designOf(
      rg({ clusterMode: 'enabled', shards: 2, replicasPerShard: 1, automaticFailover: true, multiAz: false }),
    ),
    variable: 'app_automatic_failover_enabled',
    tfvars: 'false',
    edit: setCache((cache) => (cache.automaticFailover = false)),
  },
  {
    rule: 'cluster-node-quota',
    base: designOf(clustered),
    variable: 'app_shards',
    tfvars: '300',
    edit: setCache((cache) => (cache.shards = 300)),
    values: ['600'],
  },
  {
    rule: 'preferred-azs-count',
    base: designOf(
      rg({
        replicasPerShard: 1,
        automaticFailover: true,
        multiAz: true,
        preferredAzs: ['us-east-1a', 'us-east-1b'],
      }),
    ),
    variable: 'app_replicas_per_shard',
    tfvars: '2',
    edit: setCache((cache) => (cache.replicasPerShard = 2)),
    values: ['3'],
  },
  {
    rule: 'memcached-cross-az-nodes',
    base: designOf(mc({ azMode: 'cross-az', nodeCount: 2 })),
    variable: 'mc_num_cache_nodes',
    tfvars: '1',
    edit: setCache((cache) => (cache.nodeCount = 1)),
  },
  {
    rule: 'data-tiering-node-type',
    base: designOf(rg({ nodeType: 'cache.r6gd.xlarge', dataTiering: true })),
    variable: 'app_node_type',
    tfvars: '"cache.r7g.large"',
    edit: setCache((cache) => (cache.nodeType = 'cache.r7g.large')),
  },
  {
    rule: 'serverless-limits-order',
    base: designOf(sl({ limits: { dataStorageMinGb: 10, dataStorageMaxGb: 100 } })),
    variable: 'sl_max_data_storage_gb',
    tfvars: '5',
    edit: setCache((cache) => (cache.limits.dataStorageMaxGb = 5)),
    values: ['5'],
  },
  {
    rule: 'global-node-type',
    base: designOf(global),
    variable: 'app_node_type',
    tfvars: '"cache.t4g.medium"',
    edit: setCache((cache) => (cache.nodeType = 'cache.t4g.medium')),
  },
  {
    rule: 'global-secondary-replicas',
    base: designOf(global),
    variable: 'app_replicas_per_shard_us_west_2',
    tfvars: '0',
    edit: (design) => {
      const cache = design.caches[0]!;
      if (cache.kind === 'replication-group') cache.globalDatastore.secondaries[0]!.replicasPerShard = 0;
    },
  },
  {
    rule: 'global-regions-supported',
    base: designOf(global),
    variable: 'region',
    tfvars: '"xx-nowhere-1"',
    edit: (design) => ((design as { region: string }).region = 'xx-nowhere-1'),
    values: ['xx-nowhere-1'],
  },
  {
    rule: 'cache-id-length',
    base: designOf(rg({ id: 'orders-cache', instances: ['svc'] })),
    variable: 'orders_cache_instances',
    tfvars: '["a-rather-long-service-name-for-this"]',
    edit: setCache((cache) => (cache.instances = ['a-rather-long-service-name-for-this'])),
    values: ['a-rather-long-service-name-for-this-orders-cache', '48'],
  },
  {
    rule: 'serverless-name-length',
    base: designOf(sl({ instances: ['svc'] })),
    variable: 'sl_instances',
    tfvars: '["a-rather-long-service-name-for-this-one-x"]',
    edit: setCache((cache) => (cache.instances = ['a-rather-long-service-name-for-this-one-x'])),
    values: ['a-rather-long-service-name-for-this-one-x-sl', '44'],
  },
  {
    rule: 'cache-id-format',
    base: designOf(mc({ instances: ['svc'] })),
    variable: 'mc_instances',
    tfvars: '["Svc"]',
    edit: setCache((cache) => (cache.instances = ['Svc'])),
  },
  {
    rule: 'serverless-name-format',
    base: designOf(sl({ instances: ['svc'] })),
    variable: 'sl_instances',
    tfvars: '["svc-"]',
    edit: setCache((cache) => (cache.instances = ['svc-'])),
    guard: 1,
  },
  {
    rule: 'replicas-range',
    base: designOf(single),
    variable: 'app_replicas_per_shard',
    tfvars: '6',
    edit: setCache((cache) => (cache.replicasPerShard = 6)),
  },
  {
    rule: 'shards-range',
    base: designOf(clustered),
    variable: 'app_shards',
    tfvars: '0',
    edit: setCache((cache) => (cache.shards = 0)),
  },
  {
    rule: 'memcached-node-count-range',
    base: designOf(mc()),
    variable: 'mc_num_cache_nodes',
    tfvars: '41',
    edit: setCache((cache) => (cache.nodeCount = 41)),
  },
  {
    rule: 'retention-range',
    base: designOf(single),
    variable: 'app_snapshot_retention_limit',
    tfvars: '36',
    edit: setCache((cache) => (cache.backups.retentionDays = 36)),
  },
  {
    rule: 'serverless-storage-range',
    base: designOf(sl({ limits: { dataStorageMaxGb: 100 } })),
    variable: 'sl_max_data_storage_gb',
    tfvars: '0',
    edit: setCache((cache) => (cache.limits.dataStorageMaxGb = 0)),
  },
  {
    rule: 'serverless-ecpu-range',
    base: designOf(sl({ limits: { ecpuPerSecondMax: 5000 } })),
    variable: 'sl_max_ecpu_per_second',
    tfvars: '999',
    edit: setCache((cache) => (cache.limits.ecpuPerSecondMax = 999)),
  },
  {
    rule: 'tag-limits',
    base: designOf(mc()),
    variable: 'tags',
    tfvars: `{ owner = "${'x'.repeat(257)}" }`,
    edit: (design) => (design.tags = { owner: 'x'.repeat(257) }),
    guard: 3,
  },
];

/**
 * Rules on an exposed field that the bundle guards otherwise: the environment variable accepts only
 * the environments the app checked (their names, and the IDs they give, passed these rules).
 */
const ENVIRONMENT_RULES = [
  'cache-id-length',
  'serverless-name-length',
  'environment-name-format',
  'unique-environments',
];

/** Rules on an exposed field whose variable the bundle never has when the rule can apply. */
const UNREACHABLE: Record<string, string> = {
  'global-instances': 'a global datastore cache has no instances variable (its bundle has no for_each)',
};

const exposed = (fields: readonly string[]) => fields.some((field) => field in TFVARS_FIELDS);
const guardedRules = RULES.filter((rule) => rule.severity === 'error' && exposed(rule.fields));

const validationsOf = (design: Design, variable: string) =>
  bundleVariables(design).find((candidate) => candidate.name === variable)?.validations ?? [];

/**
 * The message of the case's guard for its value: a rule can have several guards on a variable (one
 * per way to break it), and the case names the one its value breaks.
 */
function guardMessage(entry: GuardCase): string {
  const guards = validationsOf(defineDesign(entry.base), entry.variable).filter((validation) =>
    validation.rules?.includes(entry.rule),
  );
  return messageFor(guards[entry.guard ?? 0]!.message, entry.values ?? []);
}

describe('guards in the bundle', () => {
  it('cover every error rule that reads a field a tfvars file sets', () => {
    const covered = new Set([...CASES.map((entry) => entry.rule), ...Object.keys(UNREACHABLE)]);
    const environmentOnly = guardedRules.filter(
      (rule) => !covered.has(rule.id) && ENVIRONMENT_RULES.includes(rule.id),
    );
    expect(
      guardedRules
        .filter((rule) => !covered.has(rule.id) && !ENVIRONMENT_RULES.includes(rule.id))
        .map((rule) => rule.id),
    ).toEqual([]);
    // Warnings are advice: a guard would turn them into errors.
    expect(guardedRules.every((rule) => rule.severity === 'error')).toBe(true);
    const withEnvironments = defineDesign({
      name: 'envs',
      caches: [mc()],
      environments: [{ name: 'dev' }, { name: 'prod' }],
    });
    const environmentGuard = validationsOf(withEnvironments, 'environment')[0];
    for (const rule of [
      ...environmentOnly,
      ...guardedRules.filter((rule) => rule.fields.includes('environments.*.name')),
    ])
      expect(environmentGuard?.rules, rule.id).toContain(rule.id);
  });

  it.each(CASES.map((entry) => [entry.rule, entry] as const))(
    '%s: a validation with the message the app shows for the same value',
    (_, entry) => {
      const base = defineDesign(entry.base);
      expect(validateDesign(base).findings.filter((finding) => finding.severity === 'error')).toEqual([]);
      const guards = validationsOf(base, entry.variable).filter((validation) =>
        validation.rules?.includes(entry.rule),
      );
      expect(guards.length, `${entry.variable} guards ${entry.rule}`).toBeGreaterThan(0);
      const broken = structuredClone(base);
      entry.edit(broken);
      const messages = validateDesign(broken)
        .findings.filter((finding) => finding.ruleId === entry.rule)
        .map((finding) => finding.message);
      expect(messages).toContain(guardMessage(entry));
    },
  );
});

/** The bundle with one tfvars value replaced (or added): the edit a user makes. */
function editedCase(entry: GuardCase) {
  const design = defineDesign(entry.base);
  const files = generate(design).map((file) => {
    if (file.path !== 'terraform.tfvars.example') return file;
    // The value is replaced after the `=`, so the alignment terraform fmt wants is kept.
    const line = new RegExp(`^(${entry.variable}\\s*=\\s*).*$`, 'm');
    return {
      ...file,
      content: line.test(file.content)
        ? file.content.replace(line, (_, assignment: string) => `${assignment}${entry.tfvars}`)
        : `${file.content}\n${entry.variable} = ${entry.tfvars}\n`,
    };
  });
  return {
    name: `guard-${entry.rule}`,
    files,
    varFile: 'terraform.tfvars.example',
    env: mockSecretEnv(design),
  };
}

const REAL_TERRAFORM = [
  'cluster-mode-needs-failover',
  'serverless-storage-range',
  'node-type-known',
  'cache-id-length',
  'global-secondary-replicas',
];

describe('a tfvars edit that breaks a rule, with real Terraform', () => {
  it('fails plan on our validation with the app message', async () => {
    const entries = CASES.filter((entry) => REAL_TERRAFORM.includes(entry.rule));
    const results = await verifyBundles(entries.map(editedCase), { concurrency: 2 });
    for (const [index, entry] of entries.entries()) {
      const result = results[index]!;
      expect(result.failedStep, entry.rule).toBe('plan');
      const output = result.detail.replace(/\s+/g, ' ');
      expect(output).toContain('Invalid value for variable');
      expect(output, entry.rule).toContain(guardMessage(entry));
    }
  }, 900_000);
});
