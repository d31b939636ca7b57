locals {
  # endpoint -> origin pairs, flattened
  origins = merge([
    for ep_key, ep in var.endpoints : {
      for o_key, o in ep.origins : "${ep_key}.${o_key}" => merge(o, { endpoint = ep_key })
    }
  ]...)

  routes = merge([
    for ep_key, ep in var.endpoints : {
      for r_key, r in ep.routes : "${ep_key}.${r_key}" => merge(r, { endpoint = ep_key })
    }
  ]...)

  content_types_to_compress = [
    "application/javascript",
    "application/json",
    "application/xml",
    "image/svg+xml",
    "text/css",
    "text/html",
    "text/javascript",
    "text/plain",
  ]
}
