resource aws_instance web {
  ami = "ami-1"
}

variable region {
  default = "eu-west-1"
}

thing one two three {
  x = 1
}

mixed "quoted" unquoted {
  y = 2
}

dashes label-with-dash another_label {
  z = 3
}
