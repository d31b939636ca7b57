locals {
  tags = merge(
    var.tags,
    { Name = var.domain_name },
    var.component_id == null ? {} : { "cloudwright:component" = var.component_id },
  )

  # ACM validates a name and its wildcard (example.com and *.example.com) with the same CNAME record,
  # so one record per distinct base name. Keys come from the inputs, hence known before apply.
  validation_names = toset([for n in distinct(concat([var.domain_name], var.subject_alternative_names)) : trimprefix(n, "*.")])

  # The validation record ACM asks for, per base name (known after the certificate request).
  validation_options = { for o in aws_acm_certificate.this.domain_validation_options : trimprefix(o.domain_name, "*.") => o... }
}

resource "aws_acm_certificate" "this" {
  domain_name               = var.domain_name
  subject_alternative_names = [for n in distinct(var.subject_alternative_names) : n if n != var.domain_name]
  validation_method         = "DNS"
  key_algorithm             = "RSA_2048"

  options {
    certificate_transparency_logging_preference = "ENABLED"
  }

  tags = local.tags

  # Listeners and distributions keep using the old certificate until its replacement is issued.
  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_route53_record" "validation" {
  for_each = local.validation_names

  zone_id         = var.zone_id
  name            = local.validation_options[each.key][0].resource_record_name
  type            = local.validation_options[each.key][0].resource_record_type
  records         = [local.validation_options[each.key][0].resource_record_value]
  ttl             = 300
  allow_overwrite = true
}

# Waits until ACM has issued the certificate, so that consumers of certificate_arn only attach an
# issued certificate.
resource "aws_acm_certificate_validation" "this" {
  certificate_arn         = aws_acm_certificate.this.arn
  validation_record_fqdns = [for r in aws_route53_record.validation : r.fqdn]
}
