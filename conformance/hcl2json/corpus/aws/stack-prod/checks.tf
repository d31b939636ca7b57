check "app_health" {
  data "http" "health" {
    url    = "https://app.${var.environment}.${var.domain}/healthz"
    method = "GET"

    request_headers = {
      Accept = "application/json"
    }

    retry {
      attempts     = 3
      min_delay_ms = 500
    }
  }

  assert {
    condition     = data.http.health.status_code == 200
    error_message = "${data.http.health.url} returned HTTP ${data.http.health.status_code}."
  }

  assert {
    condition     = try(jsondecode(data.http.health.response_body).status, "") == "ok"
    error_message = "Health endpoint did not report status=ok."
  }
}

check "certificate_not_expiring" {
  assert {
    condition = timecmp(
      plantimestamp(),
      timeadd(lookup(local.app_config, "certificate_not_after", "2099-01-01T00:00:00Z"), "-720h"),
    ) < 0
    error_message = "The public certificate expires in less than 30 days."
  }
}

check "nat_redundancy" {
  assert {
    condition     = !local.is_prod || length(module.vpc["app"].nat_public_ips) >= 2
    error_message = "Production should run at least two NAT gateways."
  }
}
