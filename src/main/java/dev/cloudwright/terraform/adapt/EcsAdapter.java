package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Role;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** ECS services with their task definition, cluster settings and application auto scaling. */
@ResourceAdapter.Adapts(anchors = "aws_ecs_service",
        absorbs = {"aws_ecs_task_definition", "aws_appautoscaling_target", "aws_appautoscaling_policy", "aws_appautoscaling_scheduled_action"},
        summary = "ECS service: Fargate or EC2, task size, desired count, auto scaling range, zones, deployment safety")
final class EcsAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> services, Context ctx) {
        for (Res svc : services) {
            Draft d = ctx.component(svc, Role.COMPUTE, "aws.ecs-fargate");
            String launch = launchType(svc);
            d.service = launch.equals("EC2") ? "aws.ecs-ec2" : "aws.ecs-fargate";
            d.property("launch_type", launch);
            for (Res cluster : svc.refs("cluster")) {
                ctx.support(cluster, "ECS cluster");
                d.property("cluster", cluster.label());
                String insights = "disabled";
                for (EvaluatedBody.Block s : cluster.blocks("setting")) {
                    if ("containerInsights".equals(LoadBalancerAdapter.str(s.body(), "name"))) {
                        insights = LoadBalancerAdapter.str(s.body(), "value");
                    }
                }
                d.property("container_insights", insights);
            }
            for (Res td : svc.refs("task_definition")) {
                ctx.absorb(td, d);
                taskSize(d, td);
                for (String role : new String[] {"task_role_arn", "execution_role_arn"}) {
                    for (Res r : td.refs(role)) {
                        ctx.support(r, "IAM role of " + svc.address());
                    }
                }
            }
            d.count = svc.integer("desired_count");
            List<Res> subnets = new ArrayList<>();
            for (EvaluatedBody.Block n : svc.blocks("network_configuration")) {
                subnets.addAll(svc.refs(n.body(), "subnets"));
            }
            ctx.zonesFromSubnets(d, subnets);
            d.publicEndpoint = svc.bool("network_configuration.assign_public_ip");
            d.property("circuit_breaker", Fact.isTrue(svc.bool("deployment_circuit_breaker.enable"))
                    ? "enabled" + (Fact.isTrue(svc.bool("deployment_circuit_breaker.rollback")) ? " with rollback" : "") : "disabled");
            d.property("deployment", "minimum healthy " + svc.integer("deployment_minimum_healthy_percent").orElse(100) + "%, maximum "
                    + svc.integer("deployment_maximum_percent").orElse(200) + "%");
            d.property("execute_command", svc.bool("enable_execute_command"));
            for (EvaluatedBody.Block lb : svc.blocks("load_balancer")) {
                int port = 0;
                var cp = lb.body().attribute("container_port");
                if (cp != null && cp.value() instanceof dev.cloudwright.terraform.eval.Value.Num num) {
                    port = num.value().intValue();
                }
                for (Res tg : svc.refs(lb.body(), "target_group_arn")) {
                    ctx.link(tg, svc, Connection.Kind.TRAFFIC, Aws.protocolFor(port), port, true);
                }
            }
            scaling(d, svc, ctx);
        }
    }

    private static String launchType(Res svc) {
        for (EvaluatedBody.Block s : svc.blocks("capacity_provider_strategy")) {
            String cp = LoadBalancerAdapter.str(s.body(), "capacity_provider");
            if (cp != null) {
                return cp.startsWith("FARGATE") ? (cp.equals("FARGATE_SPOT") ? "FARGATE_SPOT" : "FARGATE") : "EC2";
            }
        }
        return svc.str("launch_type").orElse("EC2");
    }

    /** Task size as the catalog names it ("2vCPU-4GB") from CPU units and MiB. */
    private static void taskSize(Draft d, Res td) {
        Fact<BigDecimal> cpu = td.num("cpu");
        Fact<BigDecimal> mem = td.num("memory");
        if (cpu.known() && mem.known()) {
            BigDecimal v = cpu.value().divide(BigDecimal.valueOf(1024), 2, RoundingMode.HALF_UP).stripTrailingZeros();
            BigDecimal g = mem.value().divide(BigDecimal.valueOf(1024), 2, RoundingMode.HALF_UP).stripTrailingZeros();
            d.sku = v.toPlainString() + "vCPU-" + g.toPlainString() + "GB";
            d.vcpu = v.doubleValue();
            d.memoryGb = g.doubleValue();
        } else if (cpu.isUnknown() || mem.isUnknown()) {
            d.unknown("sku", cpu.isUnknown() ? cpu.reason() : mem.reason());
        }
        String arch = td.str("runtime_platform.cpu_architecture").orElse("X86_64");
        d.property("arch", arch.equalsIgnoreCase("ARM64") ? "arm64" : "x86");
    }

    private static void scaling(Draft d, Res svc, Context ctx) {
        for (Res t : ctx.index.ofType("aws_appautoscaling_target")) {
            if (!t.refs("resource_id").contains(svc)) {
                continue;
            }
            ctx.absorb(t, d);
            Fact<Integer> min = t.integer("min_capacity");
            Fact<Integer> max = t.integer("max_capacity");
            d.min = min.known() ? min.value() : null;
            d.max = max.known() ? max.value() : null;
            if (min.isUnknown()) {
                d.unknown("min", min.reason());
            }
            List<String> policies = new ArrayList<>();
            for (Res p : ctx.index.ofType("aws_appautoscaling_policy")) {
                if (p.refs("resource_id").contains(t) || p.refs("resource_id").contains(svc)) {
                    ctx.absorb(p, d);
                    String metric = p.str("target_tracking_scaling_policy_configuration.predefined_metric_specification.predefined_metric_type").orElse(null);
                    Fact<BigDecimal> target = p.num("target_tracking_scaling_policy_configuration.target_value");
                    policies.add(metric != null ? "target tracking: " + metric + " " + (target.known() ? target.value().stripTrailingZeros().toPlainString() : "?")
                            : p.str("policy_type").orElse("StepScaling").equals("StepScaling") ? "step scaling" : "target tracking");
                }
            }
            for (Res s : ctx.index.ofType("aws_appautoscaling_scheduled_action")) {
                if (s.refs("resource_id").contains(t) || s.refs("resource_id").contains(svc)) {
                    ctx.absorb(s, d);
                    policies.add("scheduled: " + s.str("schedule").orElse("?"));
                }
            }
            d.scaling = policies.isEmpty() ? null : String.join("; ", policies);
        }
    }
}
