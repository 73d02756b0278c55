# Guide section "Production Deployment" (its HCL block at line 424).
# Production ElastiCache setup
locals {
  elasticache_config = {
    replication_group_id = "production-redis-cluster"
    node_type = "cache.t3.small"
    num_cache_clusters = 3
    automatic_failover_enabled = true
    multi_az_enabled = true
    enable_backup = true
    enable_encryption = true
  }
}

# Production Redis cluster
resource "aws_elasticache_replication_group" "production" {
  replication_group_id       = local.elasticache_config.replication_group_id
  description                = "Production Redis cluster"
  node_type                 = local.elasticache_config.node_type
  port                      = 6379
  parameter_group_name      = aws_elasticache_parameter_group.redis.name
  subnet_group_name         = aws_elasticache_subnet_group.redis.name
  security_group_ids        = [aws_security_group.redis.id]
  num_cache_clusters         = local.elasticache_config.num_cache_clusters
  automatic_failover_enabled = local.elasticache_config.automatic_failover_enabled
  multi_az_enabled          = local.elasticache_config.multi_az_enabled
  engine_version            = "7.0"

  # Backup configuration
  snapshot_retention_limit = local.elasticache_config.enable_backup ? 7 : 0
  snapshot_window         = "03:00-05:00"
  maintenance_window      = "sun:05:00-sun:07:00"

  # Encryption configuration
  at_rest_encryption_enabled = local.elasticache_config.enable_encryption
  transit_encryption_enabled = local.elasticache_config.enable_encryption

  tags = {
    Name        = "Production Redis Cluster"
    Environment = "production"
    Project     = "web-app"
  }
}
