arn = provider::aws::arn_parse(var.arn)
arn_build = provider::aws::arn_build("aws", "s3", "", "", "bucket")
zero_args = provider::example::now()
nested = provider::aws::arn_parse(provider::aws::arn_build("a", "b", "c", "d", "e")).service
in_template = "${provider::aws::arn_parse(var.arn).account_id}"
spaced_args = provider::terraform::encode_tfvars(
  { a = 1 },
)
underscored = provider::my_provider::my_function(1, 2, 3)
dashed = provider::my-provider::my-function(1)
expansion = provider::example::sum(var.nums...)
mixed = upper(provider::example::name(var.x))
