# Guide section "Basic Redis Setup" (its HCL block at line 62).
# Redis subnet group
resource "aws_elasticache_subnet_group" "redis" {
  name       = "redis-subnet-group"
  subnet_ids = aws_subnet.private[*].id

  tags = {
    Name        = "Redis Subnet Group"
    Environment = "production"
  }
}

# Redis parameter group
resource "aws_elasticache_parameter_group" "redis" {
  family = "redis7.x"
  name   = "redis-parameter-group"

  parameter {
    name  = "maxmemory-policy"
    value = "allkeys-lru"
  }

  tags = {
    Name        = "Redis Parameter Group"
    Environment = "production"
  }
}

# Redis security group
resource "aws_security_group" "redis" {
  name_prefix = "redis-"
  vpc_id      = aws_vpc.main.id

  ingress {
    from_port   = 6379
    to_port     = 6379
    protocol    = "tcp"
    cidr_blocks = [aws_vpc.main.cidr_block]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = {
    Name        = "Redis Security Group"
    Environment = "production"
  }
}

# Redis cluster
resource "aws_elasticache_replication_group" "redis" {
  replication_group_id       = "redis-cluster"
  description                = "Redis cluster for caching"
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
    Name        = "Redis Cluster"
    Environment = "production"
  }
}
