resource "aws_iam_policy" "p" {
  name = "policy"
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:GetObject"],
      "Resource": "arn:aws:s3:::${var.bucket}/*",
      "Condition": {"StringEquals": {"aws:SourceVpce": "${var.vpce}"}}
    }
  ]
}
POLICY
}
