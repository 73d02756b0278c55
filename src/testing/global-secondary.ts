import { expect } from 'vitest';

/**
 * What a global datastore secondary takes from its primary: AWS rejects these attributes on a
 * secondary member, so the generator must leave them out of its resource block.
 */
const INHERITED_ATTRIBUTES = [
  'engine',
  'engine_version',
  'node_type',
  'parameter_group_name',
  'at_rest_encryption_enabled',
  'transit_encryption_enabled',
  'num_node_groups',
] as const;

/** The block of the replication group `name` in an elasticache.tf text. */
export function replicationGroupBlock(elasticacheTf: string, name: string): string {
  const block = new RegExp(`resource "aws_elasticache_replication_group" "${name}" \\{[\\s\\S]*?\\n\\}`).exec(
    elasticacheTf,
  );
  if (!block) throw new Error(`No replication group "${name}" in elasticache.tf`);
  return block[0];
}

export function expectNoInheritedAttributes(block: string) {
  for (const attribute of INHERITED_ATTRIBUTES)
    expect(block, attribute).not.toMatch(new RegExp(`\\n\\s+${attribute}\\s+=`));
}
