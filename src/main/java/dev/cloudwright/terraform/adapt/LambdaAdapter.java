package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Role;
import java.math.BigDecimal;
import java.util.List;

/** Lambda functions with their event sources, permissions and aliases. */
@ResourceAdapter.Adapts(anchors = "aws_lambda_function",
        absorbs = {"aws_lambda_permission", "aws_lambda_event_source_mapping", "aws_lambda_alias", "aws_lambda_function_url",
            "aws_lambda_provisioned_concurrency_config", "aws_lambda_function_event_invoke_config"},
        summary = "Lambda function: memory, timeout, architecture, concurrency, VPC placement, event sources")
final class LambdaAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> functions, Context ctx) {
        for (Res fn : functions) {
            Draft d = ctx.component(fn, Role.COMPUTE, "aws.lambda");
            Fact<Integer> memory = fn.integer("memory_size");
            if (memory.known()) {
                d.sku = memory.value() + "MB";
                d.memoryGb = memory.value() / 1024.0;
            }
            d.property("memory_mb", memory);
            d.property("timeout_seconds", fn.integer("timeout"));
            d.property("runtime", fn.str("runtime"));
            Fact<List<String>> arch = fn.strings("architectures");
            d.property("arch", arch.known() && arch.value().contains("arm64") ? "arm64" : arch.isUnknown() ? null : "x86");
            d.property("reserved_concurrency", fn.integer("reserved_concurrent_executions"));
            d.property("tracing", fn.str("tracing_config.mode"));
            Aws.key(d, fn, "kms_key_arn", ctx);
            d.encryptedAtRest = Fact.defaulted(true, "Lambda encrypts environment variables and code at rest (with the given KMS key when set)");
            List<Res> subnets = fn.refs("vpc_config.subnet_ids");
            if (subnets.isEmpty() && fn.attr("vpc_config.subnet_ids") == null) {
                Aws.managedZones(d);
                d.property("network", "AWS-managed (not in a VPC)");
            } else {
                ctx.zonesFromSubnets(d, subnets);
                d.property("network", "in VPC subnets");
            }
            for (Res r : fn.refs("role")) {
                ctx.support(r, "IAM role of " + fn.address());
            }
            for (String t : new String[] {"aws_lambda_permission", "aws_lambda_alias", "aws_lambda_function_url", "aws_lambda_provisioned_concurrency_config",
                "aws_lambda_function_event_invoke_config"}) {
                for (Res r : fn.referrers(t, "function_name")) {
                    ctx.absorb(r, d);
                }
            }
            for (Res url : fn.referrers("aws_lambda_function_url", "function_name")) {
                d.publicEndpoint = Fact.explicit(true, url.range());
                d.property("function_url", "auth " + url.str("authorization_type").orElse("?"));
            }
            for (Res m : fn.referrers("aws_lambda_event_source_mapping", "function_name")) {
                ctx.absorb(m, d);
                for (Res src : m.refs("event_source_arn")) {
                    ctx.link(src, fn, Connection.Kind.TRAFFIC, "HTTPS", 443, false);
                }
            }
            Fact<BigDecimal> pc = fn.num("provisioned_concurrent_executions");
            d.property("provisioned_concurrency", pc);
        }
    }
}
