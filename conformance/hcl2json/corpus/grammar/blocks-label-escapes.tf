resource "quote\"inside" "back\\slash" {
  a = 1
}

resource "tab\there" "newline\nhere" {
  b = 2
}

resource "unicode\u00e9scape" "astral\U0001F600" {
  c = 3
}

resource "carriage\rreturn" "dollar$sign" {
  d = 4
}

resource "percent%sign" "escaped$${notinterp}" {
  e = 5
}

resource "escaped%%{notdirective}" "" {
  f = 6
}
