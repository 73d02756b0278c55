# Guide section "Redis with Backup and Restore" (its HCL block at line 204).
# Redis cluster with backup
resource "aws_elasticache_replication_group" "redis_backup" {
  replication_group_id       = "redis-backup-cluster"
  description                = "Redis cluster with backup"
  node_type                 = "cache.t3.micro"
  port                      = 6379
  parameter_group_name      = aws_elasticache_parameter_group.redis.name
  subnet_group_name         = aws_elasticache_subnet_group.redis.name
  security_group_ids        = [aws_security_group.redis.id]
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled          = true
  engine_version            = "7.0"

  # Backup configuration
  snapshot_retention_limit = 5
  snapshot_window         = "03:00-05:00"
  maintenance_window      = "sun:05:00-sun:07:00"

  tags = {
    Name        = "Redis Backup Cluster"
    Environment = "production"
  }
}
