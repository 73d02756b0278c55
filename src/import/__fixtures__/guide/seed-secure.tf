# Guide section "Access Control" (its HCL block at line 601).
# Security group for ElastiCache
resource "aws_security_group" "elasticache_secure" {
  name_prefix = "elasticache-secure-"
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
    Name        = "ElastiCache Secure Security Group"
    Environment = "production"
  }
}

# Guide section "Encryption" (its HCL block at line 629).
# Redis cluster with encryption
resource "aws_elasticache_replication_group" "secure" {
  replication_group_id       = "secure-redis-cluster"
  description                = "Secure Redis cluster with encryption"
  node_type                 = "cache.t3.micro"
  port                      = 6379
  parameter_group_name      = aws_elasticache_parameter_group.redis.name
  subnet_group_name         = aws_elasticache_subnet_group.redis.name
  security_group_ids        = [aws_security_group.elasticache_secure.id]
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled          = true
  engine_version            = "7.0"

  # Encryption configuration
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true

  tags = {
    Name        = "Secure Redis Cluster"
    Environment = "production"
  }
}

# Guide section "Network Security" (its HCL block at line 656).
# ElastiCache subnet group
resource "aws_elasticache_subnet_group" "secure" {
  name       = "secure-elasticache-subnet-group"
  subnet_ids = aws_subnet.private[*].id

  tags = {
    Name        = "Secure ElastiCache Subnet Group"
    Environment = "production"
  }
}
