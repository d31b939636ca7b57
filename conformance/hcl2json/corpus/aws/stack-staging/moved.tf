moved {
  from = module.bastion
  to   = module.bastion[0]
}

moved {
  from = module.preview_bucket["pr-101"].aws_s3_bucket.this
  to   = module.preview_bucket["pr-101"].aws_s3_bucket.this
}

removed {
  from = module.legacy_vpc
  lifecycle {
    destroy = false
  }
}

import {
  to = module.vpc.aws_vpc.this[0]
  id = "vpc-0a1b2c3d4e5f60718"
}
