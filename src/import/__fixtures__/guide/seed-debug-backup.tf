# Guide section "Issue: Backup Problems" (its HCL block at line 747).
# Debug ElastiCache cluster with backup
resource "aws_elasticache_replication_group" "debug_backup" {
  replication_group_id       = "debug-backup-redis-cluster"
  description                = "Debug Redis cluster with backup"
  node_type                 = "cache.t3.micro"
  port                      = 6379
  num_cache_clusters         = 1
  automatic_failover_enabled = false
  multi_az_enabled          = false
  engine_version            = "7.0"

  # Debug backup configuration
  snapshot_retention_limit = 1
  snapshot_window         = "03:00-05:00"

  tags = {
    Name        = "Debug Backup Redis Cluster"
    Environment = "production"
  }
}
