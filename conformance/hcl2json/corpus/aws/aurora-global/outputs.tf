output "global_cluster_id" {
  value = aws_rds_global_cluster.this.id
}

output "primary_writer_endpoint" {
  value = aws_rds_cluster.primary.endpoint
}

output "primary_reader_endpoint" {
  value = aws_rds_cluster.primary.reader_endpoint
}

output "secondary_reader_endpoint" {
  value = one(aws_rds_cluster.secondary[*].reader_endpoint)
}

output "primary_instance_ids" {
  value = aws_rds_cluster_instance.primary.*.id
}

output "master_secret_arn" {
  value     = aws_rds_cluster.primary.master_user_secret[0].secret_arn
  sensitive = true
}
