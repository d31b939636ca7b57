tuple = [
  for x in var.list :
  upper(x)
  if x != ""
]

object = {
  for k, v in var.map :
  k => v
  if v != null
}

object_grouped = {
  for item in var.items :
  item.category => item.name...
}

split_body = [
  for s in var.servers : {
    name = s.name
    ip   = s.ip
  }
]

wrapped_in_call = toset([
  for x in var.list :
  lower(x)
])
