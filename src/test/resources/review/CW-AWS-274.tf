resource "aws_s3_bucket" "bad" {
  bucket = "bad-site"
}

resource "aws_s3_bucket_website_configuration" "bad" { # expect: CW-AWS-274
  bucket = aws_s3_bucket.bad.id
  index_document {
    suffix = "index.html"
  }
}

resource "aws_s3_bucket" "good" {
  bucket = "good-site"
}

resource "aws_s3_bucket_website_configuration" "good" {
  bucket = aws_s3_bucket.good.id
  index_document {
    suffix = "index.html"
  }
}

resource "aws_cloudfront_distribution" "good" {
  enabled = true
  origin {
    domain_name = aws_s3_bucket.good.bucket_regional_domain_name
    origin_id   = "site"
  }
  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

resource "aws_s3_bucket" "good_data" {
  bucket = "good-data"
}
