import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatReport } from './report';
import { locateTerraform } from './tools';
import {
  awsProviderAliases,
  mockOverride,
  plannedResources,
  verifyBundles,
  type BundleCase,
  type CaseResult,
} from './verify';

const TERRAFORM_TIMEOUT_MS = 180_000;

const PROVIDERS_TF = `terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.100.0, < 6.0.0"
    }
  }
}

provider "aws" {
  region = var.region
}

provider "aws" {
  alias  = "us_west_2"
  region = "us-west-2"
}
`;

const VARIABLES_TF = `variable "region" {
  type    = string
  default = "us-east-1"
}

variable "subnet_ids" {
  type = list(string)
}
`;

const TFVARS_EXAMPLE = `subnet_ids = ["subnet-aaa", "subnet-bbb"]
`;

function mainTf({ automaticFailover = true, snapshotRetentionLimit = 5 } = {}): string {
  return `resource "aws_elasticache_subnet_group" "this" {
  name       = "cache-subnets"
  subnet_ids = var.subnet_ids
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = "cache"
  description                = "cache"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.micro"
  num_cache_clusters         = 2
  subnet_group_name          = aws_elasticache_subnet_group.this.name
  automatic_failover_enabled = ${automaticFailover}
  multi_az_enabled           = true
  snapshot_retention_limit   = ${snapshotRetentionLimit}
}

# Planning this needs the aliased provider configured, which only the mock override does.
resource "aws_elasticache_subnet_group" "west" {
  provider   = aws.us_west_2
  name       = "cache-subnets-west"
  subnet_ids = ["subnet-west"]
}
`;
}

function elasticacheBundle(
  name: string,
  overrides: { main?: string; tfvarsExample?: string } = {},
): BundleCase {
  return {
    name,
    varFile: 'terraform.tfvars.example',
    files: [
      { path: 'providers.tf', content: PROVIDERS_TF },
      { path: 'variables.tf', content: VARIABLES_TF },
      { path: 'main.tf', content: overrides.main ?? mainTf() },
      { path: 'terraform.tfvars.example', content: overrides.tfvarsExample ?? TFVARS_EXAMPLE },
    ],
  };
}

describe('verifyBundles with the real terraform CLI', () => {
  let workRoot: string;
  const resultOf = new Map<string, CaseResult>();

  beforeAll(async () => {
    workRoot = await mkdtemp(join(tmpdir(), 'tf-verify-test-'));
    const results = await verifyBundles(
      [
        elasticacheBundle('passing'),
        elasticacheBundle('unformatted', {
          main: mainTf().replace('engine                     =', 'engine ='),
        }),
        elasticacheBundle('unformatted-var-file', { tfvarsExample: 'subnet_ids   = ["subnet-aaa"]\n' }),
        elasticacheBundle('invalid', { main: mainTf({ snapshotRetentionLimit: 36 }) }),
        elasticacheBundle('plan-only-failure', { main: mainTf({ automaticFailover: false }) }),
      ],
      { workRoot: join(workRoot, 'batch') },
    );
    results.forEach((result) => resultOf.set(result.name, result));
  }, TERRAFORM_TIMEOUT_MS);

  afterAll(() => rm(workRoot, { recursive: true, force: true }));

  it('passes a canonical bundle, its aliased provider covered by the mock override', () => {
    const passing = resultOf.get('passing');
    expect(passing).toMatchObject({ ok: true, failedStep: null, errors: [], detail: '' });
    expect(Object.keys(passing?.durations ?? {})).toEqual(['fmt', 'validate', 'plan']);
    expect(passing?.plan).toBeUndefined();
  });

  it('fails at fmt, naming the file and showing the diff', () => {
    const unformatted = resultOf.get('unformatted');
    expect(unformatted).toMatchObject({
      ok: false,
      failedStep: 'fmt',
      errors: ['not in canonical form: main.tf'],
    });
    expect(unformatted?.detail).toContain('+  engine                     = "redis"');
  });

  it('fails at fmt when the var file, which fmt -recursive skips, is not canonical', () => {
    expect(resultOf.get('unformatted-var-file')).toMatchObject({
      failedStep: 'fmt',
      errors: ['not in canonical form: terraform.tfvars.example'],
    });
  });

  it('fails at validate with the located provider error', () => {
    expect(resultOf.get('invalid')).toMatchObject({
      failedStep: 'validate',
      errors: ['main.tf:16: expected snapshot_retention_limit to be at most (35), got 36'],
    });
  });

  it('fails only at plan for multi-AZ without automatic failover', () => {
    const planFailure = resultOf.get('plan-only-failure');
    expect(planFailure).toMatchObject({ failedStep: 'plan' });
    expect(planFailure?.durations.validate).toBeDefined();
    expect(planFailure?.errors).toEqual([
      'main.tf:6: automatic_failover_enabled must be true if multi_az_enabled is true',
    ]);
  });

  it(
    'returns the planned values with showJson',
    async () => {
      const [result] = await verifyBundles([elasticacheBundle('passing')], {
        workRoot: join(workRoot, 'show'),
        showJson: true,
      });
      expect(result).toMatchObject({ ok: true, failedStep: null });
      const byAddress = new Map(
        plannedResources(result!.plan!).map((resource) => [resource.address, resource.values]),
      );
      expect(byAddress.get('aws_elasticache_replication_group.this')).toMatchObject({
        automatic_failover_enabled: true,
        multi_az_enabled: true,
        num_cache_clusters: 2,
        snapshot_retention_limit: 5,
      });
      expect(byAddress.get('aws_elasticache_subnet_group.this')).toMatchObject({
        subnet_ids: ['subnet-aaa', 'subnet-bbb'],
      });
    },
    TERRAFORM_TIMEOUT_MS,
  );
});

describe('mock provider override', () => {
  it('finds aliases of aws provider blocks in root-module files only', () => {
    const aliases = awsProviderAliases([
      { path: 'providers.tf', content: PROVIDERS_TF },
      { path: 'extra.tf', content: 'provider "aws" {\n  region = "eu-west-1"\n  alias  = "eu"\n}\n' },
      { path: 'modules/x/providers.tf', content: 'provider "aws" {\n  alias = "nested"\n}\n' },
    ]);
    expect(aliases).toEqual(['us_west_2', 'eu']);
  });

  it('writes one canonical block for the default provider and one per alias', () => {
    expect(mockOverride(['eu'])).toBe(`provider "aws" {
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "eu"
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
`);
  });
});

describe('locateTerraform', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('names each missing tool and the env var that provides it', () => {
    vi.stubEnv('TERRAFORM_BIN', '/nonexistent/terraform');
    vi.stubEnv('TF_PLUGIN_MIRROR', '/nonexistent-mirror');
    expect(locateTerraform).toThrow(/TERRAFORM_BIN=\/nonexistent\/terraform is not an executable file/);
    expect(locateTerraform).toThrow(
      /TF_PLUGIN_MIRROR=\/nonexistent-mirror does not hold registry.terraform.io\/hashicorp\/aws 5.100.0/,
    );
  });
});

describe('formatReport', () => {
  it('ends with the pass/fail line CI parses', () => {
    const base = { durations: { fmt: 40 }, totalMs: 40, errors: [], workDir: '/tmp/x' };
    const report = formatReport([
      { ...base, name: 'good', ok: true, failedStep: null, detail: '' },
      {
        ...base,
        name: 'bad',
        ok: false,
        failedStep: 'fmt',
        errors: ['not in canonical form: main.tf'],
        detail: 'fmt failed',
      },
    ]);
    expect(report).toContain('bad   FAIL 0.0s  -         -         0.0');
    expect(report.trimEnd().split('\n').at(-1)).toBe('1 passed, 1 failed');
  });
});
