# Guide section "Backup Optimization" (its HCL block at line 695).
# Redis cluster with optimized backup
resource "aws_elasticache_replication_group" "backup_optimized" {
  replication_group_id       = "backup-optimized-redis-cluster"
  description                = "Redis cluster with optimized backup"
  node_type                 = "cache.t3.micro"
  port                      = 6379
  parameter_group_name      = aws_elasticache_parameter_group.redis.name
  subnet_group_name         = aws_elasticache_subnet_group.redis.name
  security_group_ids        = [aws_security_group.redis.id]
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled          = true
  engine_version            = "7.0"

  # Optimized backup configuration
  snapshot_retention_limit = 3
  snapshot_window         = "03:00-05:00"
  maintenance_window      = "sun:05:00-sun:07:00"

  tags = {
    Name        = "Backup Optimized Redis Cluster"
    Environment = "production"
  }
}
