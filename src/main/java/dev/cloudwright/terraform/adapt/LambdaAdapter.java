package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.BillingParts;
import dev.cloudwright.model.Arch;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.List;

/** Lambda functions with their event sources, permissions and aliases. */
@ResourceAdapter.Adapts(anchors = "aws_lambda_function",
        absorbs = {"aws_lambda_permission", "aws_lambda_event_source_mapping", "aws_lambda_alias", "aws_lambda_function_url",
            "aws_lambda_provisioned_concurrency_config", "aws_lambda_function_event_invoke_config"},
        services = "aws.lambda",
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
            } else if (memory.isUnknown()) {
                d.unresolved("sku", memory.reason());
            }
            d.set(Keys.MEMORY_MB, memory);
            d.set(Keys.TIMEOUT_SECONDS, fn.integer("timeout"));
            d.set(Keys.RUNTIME, fn.str("runtime"));
            d.set(Keys.ARCH, arch(fn.strings("architectures")));
            d.set(Keys.RESERVED_CONCURRENCY, fn.integer("reserved_concurrent_executions"));
            d.set(Keys.TRACING, fn.str("tracing_config.mode").or(Fact.defaulted("PassThrough",
                    "tracing_config is not set: " + Defaults.explained("aws_lambda_function", "tracing_config.mode"))));
            Aws.key(d, fn, "kms_key_arn", ctx);
            d.defaulted(Keys.ENCRYPTED_AT_REST, true, "Lambda encrypts environment variables and code at rest (with the given KMS key when set)");
            List<Res> subnets = fn.refs("vpc_config.subnet_ids");
            if (subnets.isEmpty() && fn.attr("vpc_config.subnet_ids") == null) {
                Aws.managedZones(d);
                d.defaulted(Keys.IN_VPC, false, "no vpc_config: the function runs in the AWS-managed network");
            } else {
                ctx.zonesFromSubnets(d, subnets);
                d.set(Keys.IN_VPC, true, fn.attr("vpc_config.subnet_ids").range());
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
                d.set(Keys.PUBLIC_ENDPOINT, true, url.range());
                d.set(Keys.FUNCTION_URL, "auth " + url.str("authorization_type").orElse("?"), url.range());
                d.set(Keys.FUNCTION_URL_AUTH, url.str("authorization_type"));
            }
            environment(fn.attr("environment.variables"), d);
            for (Res m : fn.referrers("aws_lambda_event_source_mapping", "function_name")) {
                ctx.absorb(m, d);
                for (Res src : m.refs("event_source_arn")) {
                    ctx.link(src, fn, Connection.Kind.TRAFFIC, "HTTPS", 443, false);
                }
            }
            provisioned(fn.referrers("aws_lambda_provisioned_concurrency_config", "function_name"), d);
            deadLetter(fn, d);
        }
    }

    /** Whether an environment variable written in the configuration looks like a secret (where the variables are written). */
    static void environment(dev.cloudwright.terraform.module.EvaluatedBody.Attr vars, Draft d) {
        if (vars == null || !(vars.value() instanceof dev.cloudwright.terraform.eval.Value.Obj o)) {
            return;
        }
        boolean secret = false;
        for (var e : o.attrs().entrySet()) {
            if (e.getValue() instanceof dev.cloudwright.terraform.eval.Value.Str s && Secrets.inVariable(e.getKey(), s.value()) != null) {
                secret = true;
            }
        }
        d.set(Keys.SECRET_IN_ENVIRONMENT, secret, vars.range());
    }

    /**
     * Provisioned concurrency over all of the function's aliases and versions: each configuration pays for its own
     * instances; one not known offline makes the total not known.
     */
    private static void provisioned(List<Res> configs, Draft d) {
        int total = 0;
        for (Res pc : configs) {
            Fact<Integer> n = pc.integer("provisioned_concurrent_executions");
            if (!n.known()) {
                d.set(Keys.PROVISIONED_CONCURRENCY, n);
                return;
            }
            total += n.value();
            d.pays(BillingParts.PROVISIONED_CONCURRENCY, pc.address(), Math.max(1, n.value()));
        }
        if (!configs.isEmpty()) {
            d.set(Keys.PROVISIONED_CONCURRENCY, total, configs.get(0).range());
        }
    }

    /** Lambda takes one architecture in its list: x86_64 or arm64. */
    static Fact<Arch> arch(Fact<List<String>> architectures) {
        if (architectures.known() && architectures.value().size() != 1) {
            return Fact.unknown("architectures = " + architectures.value() + ": Lambda takes exactly one", architectures.at());
        }
        return ProviderNames.LAMBDA_ARCHITECTURE.read(architectures.map(l -> l.get(0)), "architectures");
    }

    /** Whether failed asynchronous invocations go to a dead-letter queue or an on-failure destination. */
    private static void deadLetter(Res fn, Draft d) {
        Fact<String> dlq = fn.str("dead_letter_config.target_arn");
        if (!dlq.isAbsent()) {
            d.set(Keys.DEAD_LETTER, dlq.map(v -> true));
            return;
        }
        for (Res c : fn.referrers("aws_lambda_function_event_invoke_config", "function_name")) {
            Fact<String> onFailure = c.str("destination_config.on_failure.destination");
            if (!onFailure.isAbsent()) {
                d.set(Keys.DEAD_LETTER, onFailure.map(v -> true));
                return;
            }
        }
        d.defaulted(Keys.DEAD_LETTER, false, "no dead_letter_config and no on-failure destination: an asynchronous invocation that fails its retries is dropped"
                + " (https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html)");
    }
}
