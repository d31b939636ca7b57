terraform {
  required_version = ">= 1.0"
}

locals {
  a = 1
}

locals {
  b = 2
}
