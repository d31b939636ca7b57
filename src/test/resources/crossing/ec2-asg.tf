resource "aws_launch_template" "app" {
  name_prefix   = "app"
  image_id      = "ami-12345678"
  instance_type = "m7i.large"
  metadata_options {
    http_tokens = "required"
  }
}
resource "aws_autoscaling_group" "app" {
  name                = "app"
  desired_capacity    = 2
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = ["subnet-a", "subnet-b"]
  launch_template {
    id      = aws_launch_template.app.id
    version = "$Latest"
  }
}
