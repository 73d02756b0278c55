# Guide section "Multi-Environment Deployment" (its HCL block at line 470).
# Multi-environment ElastiCache setup
locals {
  environments = {
    dev = {
      replication_group_id = "dev-redis-cluster"
      node_type = "cache.t3.micro"
      num_cache_clusters = 1
      automatic_failover_enabled = false
      multi_az_enabled = false
    }
    staging = {
      replication_group_id = "staging-redis-cluster"
      node_type = "cache.t3.small"
      num_cache_clusters = 2
      automatic_failover_enabled = true
      multi_az_enabled = true
    }
    prod = {
      replication_group_id = "prod-redis-cluster"
      node_type = "cache.t3.medium"
      num_cache_clusters = 3
      automatic_failover_enabled = true
      multi_az_enabled = true
    }
  }
}

# Environment-specific Redis clusters
resource "aws_elasticache_replication_group" "environment" {
  for_each = local.environments

  replication_group_id       = each.value.replication_group_id
  description                = "${each.key} Redis cluster"
  node_type                 = each.value.node_type
  port                      = 6379
  parameter_group_name      = aws_elasticache_parameter_group.redis.name
  subnet_group_name         = aws_elasticache_subnet_group.redis.name
  security_group_ids        = [aws_security_group.redis.id]
  num_cache_clusters         = each.value.num_cache_clusters
  automatic_failover_enabled = each.value.automatic_failover_enabled
  multi_az_enabled          = each.value.multi_az_enabled
  engine_version            = "7.0"

  tags = {
    Name        = "${title(each.key)} Redis Cluster"
    Environment = each.key
    Project     = "multi-env-app"
  }
}
