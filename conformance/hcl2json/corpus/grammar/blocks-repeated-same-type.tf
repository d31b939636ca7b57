ingress {
  from_port = 80
}

ingress {
  from_port = 443
}

ingress {
  from_port = 22
}

rule "allow" {
  n = 1
}

rule "allow" {
  n = 2
}

rule "deny" {
  n = 3
}
