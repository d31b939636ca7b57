resource "aws_ebs_volume" "bad" { # expect: CW-AWS-151
  availability_zone = "us-east-1a"
  size              = 100
  type              = "gp3"
  encrypted         = true
}

# Images are encrypted with AES-256 under a key AWS manages.
resource "aws_ecr_repository" "bad" { # expect: CW-AWS-151
  name = "bad"
}

resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}

resource "aws_efs_file_system" "good" {
  creation_token = "good"
  encrypted      = true
  kms_key_id     = aws_kms_key.data.arn
}

resource "aws_ecr_repository" "good" {
  name = "good"
  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.data.arn
  }
}
