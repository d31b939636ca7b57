project        = "orders"
environment    = "prod"
image_registry = "123456789012.dkr.ecr.eu-west-1.amazonaws.com"

services = {
  api = {
    image_tag    = "1.14.2"
    path_pattern = "/api/*"
    priority     = 10
    cpu          = 512
    memory       = 1024
  }
  web = {
    image_tag    = "3.2.0"
    port         = 3000
    path_pattern = "/*"
    priority     = 100
    health_path  = "/"
  }
  worker = {
    image_tag     = "1.14.2"
    desired_count = 1
    max_count     = 4
    environment = {
      QUEUE = "orders-events"
    }
  }
}
