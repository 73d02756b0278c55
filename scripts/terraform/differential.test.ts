import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate, terraformFiles } from '../../src/generate';
import { defineDesign } from '../../src/model/defaults';
import { designSchema } from '../../src/model/design';
import { validateDesign } from '../../src/model/rules';
import { boundaryDesignArbitrary } from '../../src/testing/boundary-arbitrary';
import { differentialCases } from './differential-bundle';
import { judge } from './differential';
import { mapDiagnostic, parseDiagnostics, pathsRelated } from './differential-map';
import type { CaseResult } from './verify';

/** Terraform 1.11 / aws 5.100.0 output, as captured from real runs. */
const VARIABLE_ERROR = `plan failed:
  terraform.tfvars.example:11: Invalid value for variable

$ terraform plan -refresh=false -input=false -lock=false -no-color -out=plan.bin -var-file=terraform.tfvars.example  (exit 1)
--- stderr ---

Error: Invalid value for variable

  on terraform.tfvars.example line 11:
  11: app_replicas_per_shard         = 6
    ├────────────────
    │ var.app_replicas_per_shard is 6

Must be between 0 and 5.

This was checked by the validation rule at variables.tf:62,3-13.
`;

const INGRESS_ERROR = `--- stderr ---

Error: Invalid Attribute Value

  with aws_vpc_security_group_ingress_rule.clients_cidr["6379-10.1.2.3/16"],
  on security.tf line 25, in resource "aws_vpc_security_group_ingress_rule" "clients_cidr":
  25:   cidr_ipv4         = each.value[1]

Attribute cidr_ipv4 value must be a valid IPv4 CIDR that represents a network
address, got: 10.1.2.3/16
`;

const PLAN_CHECK_ERROR = `--- stderr ---

Error: automatic_failover_enabled must be true if multi_az_enabled is true

  with aws_elasticache_replication_group.app,
  on elasticache.tf line 7, in resource "aws_elasticache_replication_group" "app":
   7: resource "aws_elasticache_replication_group" "app" {

`;

const TWO_ERRORS = `--- stderr ---

Error: engine_version: 7.x is invalid. For Redis v6 or higher, use <major>.<minor>. For Redis v5 or lower, use <major>.<minor>.<patch>.

  with aws_elasticache_replication_group.app,
  on elasticache.tf line 11, in resource "aws_elasticache_replication_group" "app":
  11:   engine_version       = "7.x"

Error: Invalid Attribute Value

  with aws_elasticache_serverless_cache.sl,
  on elasticache.tf line 48, in resource "aws_elasticache_serverless_cache" "sl":
  48:       maximum = var.sl_max_ecpu_per_second

Attribute cache_usage_limits[0].ecpu_per_second[0].maximum value must be
between 1000 and 15000000, got: 999
`;

const design = defineDesign({
  name: 'map',
  clients: { cidrBlocks: ['10.1.2.3/16'] },
  caches: [
    { kind: 'replication-group', id: 'app' },
    { kind: 'serverless', id: 'sl' },
  ],
});

const DUPLICATES = `--- stderr ---

Error: Duplicate resource "aws_elasticache_replication_group" configuration

  on elasticache.tf line 112:
 112: resource "aws_elasticache_replication_group" "app_us_west_2" {

A aws_elasticache_replication_group resource named "app_us_west_2" was
already declared at elasticache.tf:89,1-61. Resource names must be unique per
type in each module.

Error: Duplicate output definition

  on outputs.tf line 31:
  31: output "app_us_west_2_endpoint" {

An output named "app_us_west_2_endpoint" was already defined at
outputs.tf:26,1-32. Output names must be unique within a module.
`;

const INSTANCE_KEY = `--- stderr ---

Error: Missing resource instance key

  on elasticache.tf line 95, in resource "aws_elasticache_global_replication_group" "app":
  95:   primary_replication_group_id       = aws_elasticache_replication_group.app.id

Because aws_elasticache_replication_group.app has "for_each" set, its
attributes must be accessed on specific instances.
`;

describe('Terraform diagnostics', () => {
  it('are parsed with their address, source line and variables', () => {
    const [variable] = parseDiagnostics(VARIABLE_ERROR);
    expect(variable).toMatchObject({
      summary: 'Invalid value for variable',
      file: 'terraform.tfvars.example',
      variables: ['app_replicas_per_shard'],
    });
    const [ingress] = parseDiagnostics(INGRESS_ERROR);
    expect(ingress).toMatchObject({
      address: 'aws_vpc_security_group_ingress_rule.clients_cidr["6379-10.1.2.3/16"]',
      sourceLine: 'cidr_ipv4         = each.value[1]',
    });
    expect(ingress!.detail).toContain('network address, got: 10.1.2.3/16');
    expect(parseDiagnostics(TWO_ERRORS)).toHaveLength(2);
  });

  it('map to the model fields the generator took the attribute from', () => {
    const paths = (output: string) =>
      parseDiagnostics(output).map((diagnostic) => mapDiagnostic(design, diagnostic).paths);
    expect(paths(VARIABLE_ERROR)).toEqual([['caches.0.replicasPerShard']]);
    expect(paths(INGRESS_ERROR)).toEqual([['clients.cidrBlocks.0']]);
    expect(paths(PLAN_CHECK_ERROR)).toEqual([['caches.0.automaticFailover', 'caches.0.multiAz']]);
    expect(paths(TWO_ERRORS)).toEqual([['caches.0.engineVersion'], ['caches.1.limits.ecpuPerSecondMax']]);
  });

  it('map duplicate blocks and for_each references to the fields that caused them', () => {
    const global = defineDesign({
      name: 'dup',
      caches: [
        {
          kind: 'replication-group',
          id: 'app',
          nodeType: 'cache.r7g.large',
          globalDatastore: { enabled: true, secondaries: [{ region: 'us-west-2' }, { region: 'us-west-2' }] },
        },
      ],
    });
    const paths = (output: string) =>
      parseDiagnostics(output).map((diagnostic) => mapDiagnostic(global, diagnostic).paths);
    expect(paths(DUPLICATES)).toEqual([
      ['caches.0.globalDatastore.secondaries'],
      ['caches.0.globalDatastore.secondaries'],
    ]);
    expect(paths(INSTANCE_KEY)).toEqual([['caches.0.instances']]);
  });

  it('map the client-blocks variable to the VPC block when no client blocks are listed', () => {
    const variable = VARIABLE_ERROR.replace(/app_replicas_per_shard/g, 'allowed_cidr_blocks');
    const [mapped] = parseDiagnostics(variable).map((diagnostic) =>
      mapDiagnostic(defineDesign({ name: 'vpc', caches: [] }), diagnostic),
    );
    expect(mapped!.paths).toEqual(['clients.cidrBlocks', 'network.vpcCidr']);
  });

  it('match our paths when equal or nested below a cache field', () => {
    expect(pathsRelated('caches.0.logs', 'caches.0.logs.slowLog.format')).toBe(true);
    expect(pathsRelated('caches.0.atRestEncryption.kmsKey', 'caches.0.atRestEncryption.kmsKey.keyArn')).toBe(
      true,
    );
    expect(pathsRelated('caches.0', 'caches.0.port')).toBe(false);
    expect(pathsRelated('caches.0.port', 'caches.1.port')).toBe(false);
  });
});

const failed = (name: string, detail: string): CaseResult => ({
  name,
  ok: false,
  failedStep: 'plan',
  durations: {},
  totalMs: 0,
  errors: [],
  detail,
  workDir: '',
});
const passed = (name: string): CaseResult => ({ ...failed(name, ''), ok: true, failedStep: null });

describe('judging a design', () => {
  it('counts a Terraform rejection we also blame on that attribute as agreement', () => {
    const broken = structuredClone(design);
    if (broken.caches[0]!.kind === 'replication-group') broken.caches[0]!.automaticFailover = false;
    expect(judge('d', [], broken, [failed('d', PLAN_CHECK_ERROR)]).outcome).toBe('both-reject');
  });

  it('counts a Terraform rejection we do not make, or blame elsewhere, as a miss', () => {
    const fine = defineDesign({ name: 'fine', caches: [{ kind: 'replication-group', id: 'app' }] });
    expect(judge('d', [], fine, [failed('d', PLAN_CHECK_ERROR)]).outcome).toBe('miss');
    const elsewhere = structuredClone(fine);
    if (elsewhere.caches[0]!.kind === 'replication-group') elsewhere.caches[0]!.port = 70000;
    const verdict = judge('d', [], elsewhere, [failed('d', PLAN_CHECK_ERROR)]);
    expect(verdict.outcome).toBe('miss-attribute');
    expect(verdict.unmatched).toHaveLength(1);
  });

  it('never counts a generated variable validation as Terraform rejecting', () => {
    const broken = structuredClone(design);
    if (broken.caches[0]!.kind === 'replication-group') broken.caches[0]!.replicasPerShard = 6;
    const verdict = judge('d', [], broken, [failed('d', VARIABLE_ERROR)]);
    expect(verdict.outcome).toBe('harness-failure');
    expect(verdict.problem).toContain('our verdict');
  });

  it('never counts a precondition or postcondition the bundle declares as Terraform rejecting', () => {
    const postcondition = `--- stderr ---

Error: Resource postcondition failed

  on environment.tf line 16, in resource "terraform_data" "environment":
  16:       condition     = self.output == var.environment

This state belongs to environment "dev", not "prod": planning would replace its caches.
`;
    const verdict = judge('d', [], design, [failed('d', postcondition)]);
    expect(verdict.outcome).toBe('harness-failure');
    expect(verdict.problem).toContain('our verdict');
  });

  it('explains a rejection only we make by an AWS-API rule', () => {
    const redis72 = defineDesign({
      name: 'r',
      caches: [{ kind: 'replication-group', id: 'app', engine: 'redis', engineVersion: '7.2' }],
    });
    expect(judge('d', [], redis72, [passed('d')]).outcome).toBe('only-ours-explained');
    const fine = defineDesign({ name: 'fine', caches: [{ kind: 'replication-group', id: 'app' }] });
    expect(judge('d', [], fine, [passed('d')]).outcome).toBe('both-accept');
  });
});

describe('the boundary arbitrary', () => {
  const draws = fc.sample(boundaryDesignArbitrary, { numRuns: 80, seed: 2024 });

  it('mixes designs our rules accept and reject', () => {
    const rejected = draws.filter((draw) =>
      validateDesign(draw.design).findings.some((finding) => finding.severity === 'error'),
    );
    expect(rejected.length).toBeGreaterThan(draws.length * 0.3);
    expect(rejected.length).toBeLessThan(draws.length * 0.85);
    expect(draws.some((draw) => !designSchema.safeParse(draw.design).success)).toBe(true);
  });

  it('renders almost every draw, the same files generate() writes for valid ones', () => {
    let rendered = 0;
    for (const draw of draws) {
      try {
        differentialCases('d', draw.design);
        rendered++;
      } catch (error) {
        expect((error as Error).message).not.toContain('differential-bundle.ts');
      }
    }
    expect(rendered).toBeGreaterThan(draws.length * 0.9);
    const valid = defineDesign({
      name: 'same',
      caches: [{ kind: 'memcached', id: 'mc' }],
      environments: [{ name: 'dev' }],
    });
    expect(terraformFiles(valid)).toEqual(generate(valid).filter((file) => file.path !== 'README.md'));
    // The cases leave out our validations, and nothing else.
    const [rendered0] = differentialCases('same', valid);
    const variables = (files: { path: string; content: string }[]) =>
      files.find((file) => file.path === 'variables.tf')!.content;
    expect(variables(generate(valid))).toContain('validation {');
    expect(variables(rendered0!.files)).not.toContain('validation');
    const withoutBlocks = variables(generate(valid)).replace(
      /\n\n {2}validation \{\n(?: {4}.*\n)+ {2}\}/g,
      '',
    );
    expect(variables(rendered0!.files)).toBe(withoutBlocks);
    // Every check of our own is gone from every file: the environment guard's conditions too.
    const ours = /\b(validation|precondition|postcondition|check) \{|\bcheck "/;
    expect(generate(valid).some((file) => /(pre|post)condition \{/.test(file.content))).toBe(true);
    expect(rendered0!.files.filter((file) => ours.test(file.content)).map((file) => file.path)).toEqual([]);
  }, 60_000);
});
