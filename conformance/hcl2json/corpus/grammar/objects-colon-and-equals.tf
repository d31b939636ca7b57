colons = { a: 1, b: 2 }
equals = { a = 1, b = 2 }
mixed = { a = 1, b: 2 }
colon_multiline = {
  "key": "value"
  other: [1, 2]
  nested: { inner: true }
}
json_style = {
  "name": "example",
  "enabled": true,
  "tags": {"env": "prod"},
}
colon_no_space = {a:1}
colon_spaced = { a : 1 }
