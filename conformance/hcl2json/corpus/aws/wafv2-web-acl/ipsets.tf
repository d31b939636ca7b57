resource "aws_wafv2_ip_set" "allow" {
  count = length(var.allowed_ip_cidrs) > 0 ? 1 : 0

  name               = "${var.name}-allow"
  scope              = var.scope
  ip_address_version = "IPV4"
  addresses          = var.allowed_ip_cidrs
  tags               = var.tags
}

resource "aws_wafv2_regex_pattern_set" "bad_agents" {
  name  = "${var.name}-bad-user-agents"
  scope = var.scope

  regular_expression {
    regex_string = "(?i)(sqlmap|nikto|nmap|masscan)"
  }

  regular_expression {
    regex_string = "(?i)^python-requests/[0-1]\\."
  }

  tags = var.tags
}
