resource "café" "naïve" {
  a = 1
}

resource "日本語" "ラベル" {
  b = 2
}

resource "emoji 🚀" "math ∑∫" {
  c = 3
}

resource "combining e\u0301" "precomposed é" {
  d = 4
}

resource "spaces in label" "  leading and trailing  " {
  e = 5
}

unquoted_ünïcode label_名前 {
  f = 6
}
