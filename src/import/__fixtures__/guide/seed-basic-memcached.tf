# Guide section "Basic Memcached Setup" (its HCL block at line 137).
# Memcached subnet group
resource "aws_elasticache_subnet_group" "memcached" {
  name       = "memcached-subnet-group"
  subnet_ids = aws_subnet.private[*].id

  tags = {
    Name        = "Memcached Subnet Group"
    Environment = "production"
  }
}

# Memcached parameter group
resource "aws_elasticache_parameter_group" "memcached" {
  family = "memcached1.6"
  name   = "memcached-parameter-group"

  tags = {
    Name        = "Memcached Parameter Group"
    Environment = "production"
  }
}

# Memcached security group
resource "aws_security_group" "memcached" {
  name_prefix = "memcached-"
  vpc_id      = aws_vpc.main.id

  ingress {
    from_port   = 11211
    to_port     = 11211
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
    Name        = "Memcached Security Group"
    Environment = "production"
  }
}

# Memcached cluster
resource "aws_elasticache_cluster" "memcached" {
  cluster_id           = "memcached-cluster"
  engine               = "memcached"
  node_type           = "cache.t3.micro"
  num_cache_nodes     = 2
  parameter_group_name = aws_elasticache_parameter_group.memcached.name
  subnet_group_name    = aws_elasticache_subnet_group.memcached.name
  security_group_ids   = [aws_security_group.memcached.id]
  port                = 11211

  tags = {
    Name        = "Memcached Cluster"
    Environment = "production"
  }
}
