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

# Guide section "CloudWatch Integration" (its HCL block at line 525).
# CloudWatch log group for ElastiCache
resource "aws_cloudwatch_log_group" "elasticache_logs" {
  name              = "/aws/elasticache/clusters"
  retention_in_days = 30

  tags = {
    Name        = "ElastiCache Logs"
    Environment = "production"
  }
}

# CloudWatch metric filter for ElastiCache
resource "aws_cloudwatch_log_metric_filter" "elasticache_errors" {
  name           = "ElastiCacheErrors"
  log_group_name = aws_cloudwatch_log_group.elasticache_logs.name
  pattern        = "[timestamp, request_id, level=\"ERROR\", ...]"

  metric_transformation {
    name      = "ElastiCacheErrors"
    namespace = "ElastiCache/Errors"
    value     = "1"
  }
}

# CloudWatch alarm for ElastiCache
resource "aws_cloudwatch_metric_alarm" "elasticache_alarm" {
  alarm_name          = "ElastiCacheAlarm"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = "2"
  metric_name         = "CPUUtilization"
  namespace           = "AWS/ElastiCache"
  period              = "300"
  statistic           = "Average"
  threshold           = "80"
  alarm_description   = "This metric monitors ElastiCache CPU utilization"

  dimensions = {
    CacheClusterId = aws_elasticache_replication_group.redis.replication_group_id
  }

  tags = {
    Name        = "ElastiCache Alarm"
    Environment = "production"
  }
}

# Guide section "ElastiCache Metrics" (its HCL block at line 574).
# CloudWatch alarm for ElastiCache memory
resource "aws_cloudwatch_metric_alarm" "elasticache_memory" {
  alarm_name          = "ElastiCacheMemoryAlarm"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = "2"
  metric_name         = "DatabaseMemoryUsagePercentage"
  namespace           = "AWS/ElastiCache"
  period              = "300"
  statistic           = "Average"
  threshold           = "85"
  alarm_description   = "This metric monitors ElastiCache memory usage"

  dimensions = {
    CacheClusterId = aws_elasticache_replication_group.redis.replication_group_id
  }

  tags = {
    Name        = "ElastiCache Memory Alarm"
    Environment = "production"
  }
}
