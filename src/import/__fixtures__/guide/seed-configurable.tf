# Guide section "ElastiCache Configuration" (its HCL block at line 321).
# Redis replication group configuration
resource "aws_elasticache_replication_group" "custom" {
  replication_group_id       = var.replication_group_id
  description                = var.description
  node_type                 = var.node_type
  port                      = var.port
  parameter_group_name      = var.parameter_group_name
  subnet_group_name         = var.subnet_group_name
  security_group_ids        = var.security_group_ids
  num_cache_clusters         = var.num_cache_clusters
  automatic_failover_enabled = var.automatic_failover_enabled
  multi_az_enabled          = var.multi_az_enabled
  engine_version            = var.engine_version

  # Backup configuration
  snapshot_retention_limit = var.snapshot_retention_limit
  snapshot_window         = var.snapshot_window
  maintenance_window      = var.maintenance_window

  # Encryption configuration
  at_rest_encryption_enabled = var.at_rest_encryption_enabled
  transit_encryption_enabled = var.transit_encryption_enabled

  tags = merge(var.common_tags, {
    Name = var.replication_group_id
  })
}
