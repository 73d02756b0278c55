import { describe, expect, it } from 'vitest';
import type { Cache } from '@/model/design';
import { findPreset } from '@/model/presets';
import { SEED_IDS } from '@/testing/seed-ids';
/* eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests run in Node: they load the parser as the CLI does */
import { loadHclWasm } from '@/cli/hcl-wasm';
import { formatReport, importText, type ImportResult } from '.';

/** The guide's HCL per seed preset, copied into the repository (CI has no ../shared). */
const GUIDE_HCL = import.meta.glob<string>('./__fixtures__/guide/*.tf', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const guideHcl = (presetId: string) => GUIDE_HCL[`./__fixtures__/guide/${presetId}.tf`];

const importHcl = (text: string) => importText(text, { loadHclWasm });

const succeeded = (result: ImportResult) => {
  if (!result.ok)
    throw new Error(`${result.error.message}\n${result.report ? formatReport(result.report) : ''}`);
  return result;
};

/** Memcached is a kind of its own: it has no engine field. */
const engineAndKind = (cache: Cache) => `${'engine' in cache ? cache.engine : 'memcached'} ${cache.kind}`;

describe('import of Terraform HCL', () => {
  // The guide's 16 examples: its real-world examples (the last two seeds) are not among them.
  const examples = SEED_IDS.slice(0, 16);

  it('has the HCL of each of the 16 guide examples', () => {
    expect(examples.filter((id) => !guideHcl(id))).toEqual([]);
  });

  /** What each example's import reports: a change here is a change in what the import reads. */
  const REPORT_COUNTS: Record<string, string> = {
    'seed-basic-redis': '1 cache(s), 18 mapped, 15 defaulted, 6 unresolved, 0 dropped',
    'seed-basic-memcached': '1 cache(s), 12 mapped, 13 defaulted, 6 unresolved, 0 dropped',
    'seed-redis-backup': '1 cache(s), 21 mapped, 14 defaulted, 3 unresolved, 0 dropped',
    'seed-redis-encrypted': '1 cache(s), 20 mapped, 13 defaulted, 3 unresolved, 0 dropped',
    'seed-global-datastore': '1 cache(s), 22 mapped, 13 defaulted, 6 unresolved, 1 dropped',
    'seed-configurable': '1 cache(s), 11 mapped, 22 defaulted, 17 unresolved, 0 dropped',
    'seed-advanced': '1 cache(s), 24 mapped, 12 defaulted, 4 unresolved, 0 dropped',
    'seed-simple': '1 cache(s), 18 mapped, 15 defaulted, 0 unresolved, 0 dropped',
    'seed-production': '1 cache(s), 22 mapped, 12 defaulted, 4 unresolved, 0 dropped',
    'seed-multi-environment': '1 cache(s), 13 mapped, 20 defaulted, 10 unresolved, 0 dropped',
    'seed-monitoring': '1 cache(s), 18 mapped, 15 defaulted, 9 unresolved, 1 dropped',
    'seed-secure': '1 cache(s), 20 mapped, 13 defaulted, 6 unresolved, 0 dropped',
    'seed-cost-optimized': '1 cache(s), 18 mapped, 15 defaulted, 3 unresolved, 0 dropped',
    'seed-backup-optimized': '1 cache(s), 21 mapped, 14 defaulted, 3 unresolved, 0 dropped',
    'seed-debug-cluster': '1 cache(s), 18 mapped, 15 defaulted, 0 unresolved, 0 dropped',
    'seed-debug-backup': '1 cache(s), 20 mapped, 15 defaulted, 0 unresolved, 0 dropped',
  };

  it.each(examples)('imports the guide example of %s', async (id) => {
    const { design, report } = succeeded(await importHcl(guideHcl(id)!));
    const expected = findPreset(id)!.design.caches[0]!;
    expect(design.caches.length).toBeGreaterThan(0);
    expect(design.caches.map(engineAndKind)).toContain(engineAndKind(expected));
    const counts =
      `${design.caches.length} cache(s), ${report.mapped.length} mapped, ` +
      `${report.defaulted.length} defaulted, ${report.unresolved.length} unresolved, ` +
      `${report.dropped.length} dropped`;
    console.log(`${id}: ${counts}`);
    expect(counts).toBe(REPORT_COUNTS[id]);
  });

  it('imports the guide global datastore as one cache, its secondary in the region of its provider', async () => {
    const { design, report } = succeeded(await importHcl(guideHcl('seed-global-datastore')!));
    const preset = findPreset('seed-global-datastore')!.design.caches[0]!;
    expect(design.region).toBe('us-east-1');
    expect(design.caches.map((cache) => cache.id)).toEqual(['redis-primary-cluster']);
    const cache = design.caches[0]!;
    expect(cache.kind === 'replication-group' && cache.globalDatastore).toEqual(
      preset.kind === 'replication-group' && preset.globalDatastore,
    );
    // The references that wire the global datastore are followed, not left unresolved.
    expect(report.unresolved.map((entry) => entry.attribute)).not.toContainEqual(
      expect.stringMatching(/(primary_replication_group_id|\.global_replication_group_id)$/),
    );
    expect(report.mapped).toContainEqual({
      field: 'caches.redis-primary-cluster.globalDatastore.secondaries.us-west-2',
      from: 'aws_elasticache_replication_group.redis_secondary.global_replication_group_id',
    });
  });

  it("reads a secondary's region from its provider block", async () => {
    const { design } = succeeded(
      await importHcl(`
provider "aws" {
  alias  = "replica"
  region = "eu-west-1"
}
resource "aws_elasticache_replication_group" "main" {
  replication_group_id = "main"
  description          = "main"
  node_type            = "cache.r7g.large"
  num_cache_clusters   = 2
}
resource "aws_elasticache_global_replication_group" "world" {
  global_replication_group_id_suffix = "world"
  primary_replication_group_id       = aws_elasticache_replication_group.main.id
}
resource "aws_elasticache_replication_group" "copy" {
  provider                    = aws.replica
  replication_group_id        = "copy"
  description                 = "copy"
  num_cache_clusters          = 3
  global_replication_group_id = aws_elasticache_global_replication_group.world.global_replication_group_id
}
`),
    );
    expect(design.caches).toHaveLength(1);
    expect(design.caches[0]).toMatchObject({
      globalDatastore: {
        enabled: true,
        suffix: 'world',
        secondaries: [{ region: 'eu-west-1', replicationGroupId: 'copy', replicasPerShard: 2 }],
      },
    });
  });

  it('reads clients from the inline ingress rules on the cache port', async () => {
    const { design, report } = succeeded(
      await importHcl(`
variable "office" {
  default = "192.168.0.0/24"
}
resource "aws_security_group" "cache" {
  name_prefix = "cache-"
  ingress {
    from_port       = 6380
    to_port         = 6380
    protocol        = "tcp"
    cidr_blocks     = ["10.1.0.0/16", var.office]
    security_groups = ["sg-0123456789abcdef0"]
  }
  ingress {
    from_port       = 6380
    to_port         = 6380
    protocol        = "tcp"
    security_groups = [aws_security_group.app.id]
  }
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_elasticache_replication_group" "orders" {
  replication_group_id = "orders"
  description          = "orders"
  port                 = 6380
  num_cache_clusters   = 2
}
`),
    );
    expect(design.clients).toEqual({
      cidrBlocks: ['10.1.0.0/16', '192.168.0.0/24'],
      securityGroupIds: ['sg-0123456789abcdef0'],
    });
    expect(report.mapped).toContainEqual({
      field: 'clients.cidrBlocks',
      from: 'aws_security_group.cache.ingress.cidr_blocks',
    });
    expect(report.unresolved).toContainEqual({
      attribute: 'aws_security_group.cache.ingress.security_groups',
      expression: '["${aws_security_group.app.id}"]',
    });
    expect(report.defaulted).toContainEqual({
      field: 'clients.securityGroupIds',
      reason:
        'aws_security_group.cache.ingress.security_groups refers to aws_security_group.app.id, which only Terraform can evaluate',
    });
  });

  it('names the clients field a guide security group leaves at its default', async () => {
    const { design, report } = succeeded(await importHcl(guideHcl('seed-basic-redis')!));
    expect(design.clients).toEqual({ cidrBlocks: [], securityGroupIds: [] });
    expect(report.defaulted).toContainEqual({
      field: 'clients.cidrBlocks',
      reason:
        'aws_security_group.redis.ingress.cidr_blocks refers to aws_vpc.main.cidr_block, which only Terraform can evaluate',
    });
  });

  it('resolves variables and locals with literal values and reports what it cannot evaluate', async () => {
    const { design, report } = succeeded(
      await importHcl(`
variable "node_type" {
  default = "cache.r7g.large"
}
locals {
  config = { port = 6380 }
}
resource "aws_elasticache_replication_group" "orders" {
  replication_group_id = "orders"
  description          = "orders"
  engine               = "valkey"
  engine_version       = "8.0"
  node_type            = var.node_type
  port                 = local.config.port
  num_cache_clusters   = 2
  subnet_group_name    = aws_elasticache_subnet_group.private.name
}
`),
    );
    expect(design.caches[0]).toMatchObject({ nodeType: 'cache.r7g.large', port: 6380 });
    expect(report.unresolved).toEqual([
      {
        attribute: 'aws_elasticache_replication_group.orders.subnet_group_name',
        expression: 'aws_elasticache_subnet_group.private.name',
      },
    ]);
    expect(formatReport(report)).toContain(
      'unresolved: aws_elasticache_replication_group.orders.subnet_group_name = aws_elasticache_subnet_group.private.name',
    );
  });

  it('names the line of a syntax error', async () => {
    const result = await importHcl('resource "aws_elasticache_cluster" "a" {\n  node_type = \n}\n');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(
      /^The Terraform HCL could not be read: line 2, column 15: Invalid expression/,
    );
  });

  it('says when the HCL holds no ElastiCache resource', async () => {
    const result = await importHcl('resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n');
    expect(!result.ok && result.error.message).toBe(
      'The Terraform HCL declares no aws_elasticache_* resource (only aws_s3_bucket).',
    );
  });

  it('reads HCL only where the platform can load the parser', async () => {
    const result = await importText('resource "aws_elasticache_cluster" "a" {}\n');
    expect(!result.ok && result.error.message).toMatch(/looks like Terraform HCL/);
  });
});
