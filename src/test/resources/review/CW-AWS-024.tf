resource "aws_vpc" "bad" { # expect: CW-AWS-024
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "good" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_flow_log" "good" {
  vpc_id               = aws_vpc.good.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::flow-logs"
}
