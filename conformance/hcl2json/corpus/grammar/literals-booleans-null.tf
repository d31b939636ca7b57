t = true
f = false
n = null
list = [true, false, null]
obj = { t = true, f = false, n = null }
block {
  enabled = true
  disabled = false
  nothing = null
}
