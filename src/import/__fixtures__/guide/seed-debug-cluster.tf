# Guide section "Issue: ElastiCache Cluster Not Accessible" (its HCL block at line 727).
# Debug ElastiCache cluster
resource "aws_elasticache_replication_group" "debug" {
  replication_group_id       = "debug-redis-cluster"
  description                = "Debug Redis cluster"
  node_type                 = "cache.t3.micro"
  port                      = 6379
  num_cache_clusters         = 1
  automatic_failover_enabled = false
  multi_az_enabled          = false
  engine_version            = "7.0"

  tags = {
    Name        = "Debug Redis Cluster"
    Environment = "production"
  }
}
