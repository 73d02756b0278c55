# Guide section "Advanced ElastiCache Configuration" (its HCL block at line 352).
# Advanced Redis cluster
resource "aws_elasticache_replication_group" "advanced" {
  replication_group_id       = "advanced-redis-cluster"
  description                = "Advanced Redis cluster with comprehensive configuration"
  node_type                 = "cache.t3.small"
  port                      = 6379
  parameter_group_name      = aws_elasticache_parameter_group.redis.name
  subnet_group_name         = aws_elasticache_subnet_group.redis.name
  security_group_ids        = [aws_security_group.redis.id]
  num_cache_clusters         = 3
  automatic_failover_enabled = true
  multi_az_enabled          = true
  engine_version            = "7.0"

  # Backup configuration
  snapshot_retention_limit = 7
  snapshot_window         = "03:00-05:00"
  maintenance_window      = "sun:05:00-sun:07:00"

  # Encryption configuration
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true

  # Log delivery configuration
  log_delivery_configuration {
    destination      = aws_cloudwatch_log_group.redis_logs.name
    destination_type = "cloudwatch-logs"
    log_format      = "text"
    log_type        = "slow-log"
  }

  tags = {
    Name        = "Advanced Redis Cluster"
    Environment = "production"
  }
}

# CloudWatch log group for Redis
resource "aws_cloudwatch_log_group" "redis_logs" {
  name              = "/aws/elasticache/redis"
  retention_in_days = 30

  tags = {
    Name        = "Redis Logs"
    Environment = "production"
  }
}
