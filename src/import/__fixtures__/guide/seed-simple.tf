# Guide section "Basic Deployment" (its HCL block at line 405).
# Simple Redis cluster
resource "aws_elasticache_replication_group" "simple" {
  replication_group_id       = "simple-redis-cluster"
  description                = "Simple Redis cluster"
  node_type                 = "cache.t3.micro"
  port                      = 6379
  num_cache_clusters         = 1
  automatic_failover_enabled = false
  multi_az_enabled          = false
  engine_version            = "7.0"

  tags = {
    Name = "Simple Redis Cluster"
  }
}
