resource "aws_instance" "bad" {
  ami           = "ami-12345678"
  instance_type = "t4g.micro"
  user_data     = "#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n/opt/app/start\n" # expect: CW-AWS-142
}

resource "aws_launch_template" "bad" {
  name_prefix   = "bad"
  instance_type = "t4g.micro"
  user_data     = base64encode("#!/bin/bash\nDB_PASSWORD=hunter2hunter2 /opt/app/start\n") # expect: CW-AWS-142
}

resource "aws_autoscaling_group" "bad" {
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = ["subnet-1"]
  launch_template {
    id = aws_launch_template.bad.id
  }
}

resource "aws_instance" "good" {
  ami           = "ami-12345678"
  instance_type = "t4g.micro"
  user_data     = <<-SCRIPT
    #!/bin/bash
    DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id db --query SecretString --output text)
    /opt/app/start
  SCRIPT
}
