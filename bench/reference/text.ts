/** The fixed text the reference editor shows; line 4 follows the form's Description field. */
export function referenceText(description: string): string {
  return [
    'resource "aws_elasticache_replication_group" "app_cache" {',
    '  replication_group_id = "app-cache"',
    '  engine               = "valkey"',
    `  description          = ${JSON.stringify(description)}`,
    '  node_type            = "cache.t4g.small"',
    '  num_cache_clusters   = 2',
    '',
    '  at_rest_encryption_enabled = true',
    '  transit_encryption_enabled = true',
    '  auth_token                 = var.app_cache_auth_token',
    '}',
    '',
  ].join('\n');
}
