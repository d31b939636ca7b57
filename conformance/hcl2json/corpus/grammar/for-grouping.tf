grouped = { for u in var.users : u.role => u.name... }
grouped_filtered = { for u in var.users : u.role => u.name... if u.active }
grouped_object = { for k, v in var.map : v.group => { key = k, value = v }... }
grouped_spaced = { for x in var.l : x.k => x.v ... }
grouped_call = { for s in var.l : substr(s, 0, 1) => s... }
