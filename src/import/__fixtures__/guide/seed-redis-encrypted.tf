# Guide section "Redis with Encryption" (its HCL block at line 232).
# Redis cluster with encryption
resource "aws_elasticache_replication_group" "redis_encrypted" {
  replication_group_id       = "redis-encrypted-cluster"
  description                = "Redis cluster with encryption"
  node_type                 = "cache.t3.micro"
  port                      = 6379
  parameter_group_name      = aws_elasticache_parameter_group.redis.name
  subnet_group_name         = aws_elasticache_subnet_group.redis.name
  security_group_ids        = [aws_security_group.redis.id]
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled          = true
  engine_version            = "7.0"

  # Encryption configuration
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true

  tags = {
    Name        = "Redis Encrypted Cluster"
    Environment = "production"
  }
}
