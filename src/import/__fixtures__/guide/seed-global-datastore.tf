# Guide section "Redis with Global Datastore" (its HCL block at line 259).
# Primary Redis cluster
resource "aws_elasticache_replication_group" "redis_primary" {
  provider = aws.us_east_1

  replication_group_id       = "redis-primary-cluster"
  description                = "Primary Redis cluster"
  node_type                 = "cache.t3.micro"
  port                      = 6379
  parameter_group_name      = aws_elasticache_parameter_group.redis.name
  subnet_group_name         = aws_elasticache_subnet_group.redis.name
  security_group_ids        = [aws_security_group.redis.id]
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled          = true
  engine_version            = "7.0"

  tags = {
    Name        = "Redis Primary Cluster"
    Environment = "production"
  }
}

# Global datastore
resource "aws_elasticache_global_replication_group" "redis_global" {
  global_replication_group_id_suffix = "global"
  primary_replication_group_id       = aws_elasticache_replication_group.redis_primary.id

  tags = {
    Name        = "Redis Global Datastore"
    Environment = "production"
  }
}

# Secondary Redis cluster
resource "aws_elasticache_replication_group" "redis_secondary" {
  provider = aws.us_west_2

  replication_group_id       = "redis-secondary-cluster"
  description                = "Secondary Redis cluster"
  node_type                 = "cache.t3.micro"
  port                      = 6379
  parameter_group_name      = aws_elasticache_parameter_group.redis.name
  subnet_group_name         = aws_elasticache_subnet_group.redis.name
  security_group_ids        = [aws_security_group.redis.id]
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled          = true
  engine_version            = "7.0"

  global_replication_group_id = aws_elasticache_global_replication_group.redis_global.global_replication_group_id

  tags = {
    Name        = "Redis Secondary Cluster"
    Environment = "production"
  }
}
