# Guide section "Node Type Optimization" (its HCL block at line 672).
# Cost-optimized Redis cluster
resource "aws_elasticache_replication_group" "cost_optimized" {
  replication_group_id       = "cost-optimized-redis-cluster"
  description                = "Cost-optimized Redis cluster"
  node_type                 = "cache.t3.micro"
  port                      = 6379
  parameter_group_name      = aws_elasticache_parameter_group.redis.name
  subnet_group_name         = aws_elasticache_subnet_group.redis.name
  security_group_ids        = [aws_security_group.redis.id]
  num_cache_clusters         = 1
  automatic_failover_enabled = false
  multi_az_enabled          = false
  engine_version            = "7.0"

  tags = {
    Name        = "Cost Optimized Redis Cluster"
    Environment = "production"
  }
}
