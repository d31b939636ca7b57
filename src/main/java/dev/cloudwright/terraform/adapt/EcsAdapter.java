package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Arch;
import dev.cloudwright.model.CapacityType;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.ArrayList;
import java.util.List;

/** ECS services with their task definition, cluster settings and application auto scaling. */
@ResourceAdapter.Adapts(anchors = "aws_ecs_service",
        absorbs = {"aws_ecs_task_definition", "aws_appautoscaling_target", "aws_appautoscaling_policy", "aws_appautoscaling_scheduled_action"},
        services = {"aws.ecs-fargate", "aws.ecs-ec2"},
        summary = "ECS service: Fargate or EC2, task size, desired count, auto scaling range, zones, deployment safety")
final class EcsAdapter implements ResourceAdapter {

    /** Why a Fargate task without a runtime platform runs on x86. */
    static final String FARGATE_X86 = "Fargate runs Linux tasks on X86_64 unless runtime_platform.cpu_architecture is ARM64"
            + " (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#runtime-platform)";

    /** How a service's tasks are launched and on what capacity. */
    private record Launch(Fact<String> type, Fact<CapacityType> capacity) {}

    @Override
    public void adapt(List<Res> services, Context ctx) {
        for (Res svc : services) {
            Draft d = ctx.component(svc, Role.COMPUTE, "aws.ecs-fargate");
            Launch launch = launch(svc);
            boolean fargate = launch.type().known() && launch.type().value().equals("FARGATE");
            d.service = fargate ? "aws.ecs-fargate" : "aws.ecs-ec2";
            d.set(Keys.LAUNCH_TYPE, launch.type());
            d.set(Keys.CAPACITY, launch.capacity());
            for (Res cluster : svc.refs("cluster")) {
                ctx.support(cluster, "ECS cluster");
                d.set(Keys.CLUSTER, cluster.label(), svc.attr("cluster").range());
                d.set(Keys.CONTAINER_INSIGHTS, containerInsights(cluster));
            }
            for (Res td : svc.refs("task_definition")) {
                ctx.absorb(td, d);
                EcsTaskSize.apply(d, td);
                d.set(Keys.ARCH, arch(td, fargate));
                environment(td, d);
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
            d.set(Keys.PUBLIC_ENDPOINT, svc.bool("network_configuration.assign_public_ip"));
            d.set(Keys.CIRCUIT_BREAKER, svc.bool("deployment_circuit_breaker.enable")
                    .or(Fact.defaulted(false, Defaults.explained("aws_ecs_service", "deployment_circuit_breaker"))));
            d.set(Keys.ROLLOUT, rollout(svc));
            d.set(Keys.EXECUTE_COMMAND, svc.bool("enable_execute_command"));
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

    /**
     * How the service's tasks launch, as ECS decides it: the service's capacity provider strategy, else its launch type,
     * else the default strategy of its cluster ({@code aws_ecs_cluster_capacity_providers}), else EC2 when the cluster is
     * in the configuration and has none; a cluster named from outside the configuration leaves it unknown.
     */
    private static Launch launch(Res svc) {
        Launch own = strategy(svc.blocks("capacity_provider_strategy"));
        if (own != null) {
            return own;
        }
        Fact<String> type = svc.str("launch_type");
        if (type.origin() == Fact.Origin.EXPLICIT || type.isUnknown()) {
            return new Launch(type, type.map(t -> t.equals("FARGATE") ? ProviderNames.ECS_CAPACITY_PROVIDER.get("FARGATE").orElse(null) : null));
        }
        List<Res> clusters = svc.refs("cluster");
        if (clusters.isEmpty()) {
            String why = "the service's cluster is not in this configuration, and its default capacity provider strategy decides the launch type";
            return new Launch(Fact.unknown(why, svc.range()), Fact.unknown(why, svc.range()));
        }
        for (Res providers : clusters.get(0).referrers("aws_ecs_cluster_capacity_providers", "cluster_name")) {
            Launch byCluster = strategy(providers.blocks("default_capacity_provider_strategy"));
            if (byCluster != null) {
                return byCluster;
            }
        }
        return new Launch(type, Fact.absent());
    }

    /** The first capacity provider of a strategy (FARGATE, FARGATE_SPOT, or an EC2 capacity provider); null when there is none. */
    private static Launch strategy(List<EvaluatedBody.Block> blocks) {
        for (EvaluatedBody.Block s : blocks) {
            EvaluatedBody.Attr a = s.body().attribute("capacity_provider");
            if (a == null) {
                continue;
            }
            if (!a.value().isWhollyKnown()) {
                return new Launch(Fact.unknown(a.value().firstUnknown().reason(), a.range()), Fact.unknown(a.value().firstUnknown().reason(), a.range()));
            }
            String cp = LoadBalancerAdapter.str(s.body(), "capacity_provider");
            if (cp != null) {
                var capacity = ProviderNames.ECS_CAPACITY_PROVIDER.get(cp);
                // Any other name is a capacity provider of EC2 instances: their Auto Scaling group decides on-demand or Spot.
                return capacity.isPresent() ? new Launch(Fact.explicit("FARGATE", a.range()), Fact.explicit(capacity.get(), a.range()))
                        : new Launch(Fact.explicit("EC2", a.range()), Fact.absent());
            }
        }
        return null;
    }

    /** Container Insights from the cluster's setting; not set, it is off unless the account-level setting (not read offline) turns it on. */
    private static Fact<Boolean> containerInsights(Res cluster) {
        List<EvaluatedBody.Block> settings = cluster.blocks("setting");
        for (EvaluatedBody.Block s : settings) {
            if ("containerInsights".equals(LoadBalancerAdapter.str(s.body(), "name"))) {
                EvaluatedBody.Attr v = s.body().attribute("value");
                if (v == null) {
                    break;
                }
                Fact<String> value = !v.value().isWhollyKnown() ? Fact.unknown(v.value().firstUnknown().reason(), v.range())
                        : Fact.explicit(LoadBalancerAdapter.str(s.body(), "value"), v.range());
                return ProviderNames.ECS_CONTAINER_INSIGHTS.read(value, "containerInsights");
            }
        }
        return Fact.defaulted(false, Defaults.explained("aws_ecs_cluster", "(setting containerInsights)"));
    }

    /** Deployment percentages in words, with the provenance of the one written (both are defaulted when neither is). */
    private static Fact<String> rollout(Res svc) {
        Fact<Integer> min = svc.integer("deployment_minimum_healthy_percent");
        Fact<Integer> max = svc.integer("deployment_maximum_percent");
        for (Fact<Integer> f : List.of(min, max)) {
            if (f.isUnknown()) {
                return f.map(v -> null);
            }
        }
        String text = "minimum healthy " + min.orElse(100) + "%, maximum " + max.orElse(200) + "%";
        Fact<Integer> written = min.origin() == Fact.Origin.EXPLICIT ? min : max;
        return written.origin() == Fact.Origin.EXPLICIT ? Fact.explicit(text, written.at()) : Fact.defaulted(text, min.reason());
    }

    /** The task's architecture: written, the Fargate default, or (on EC2) the container instances', not known here. */
    static Fact<Arch> arch(Res td, boolean fargate) {
        Fact<String> cpu = td.str("runtime_platform.cpu_architecture");
        if (!cpu.isAbsent()) {
            return ProviderNames.ECS_CPU_ARCHITECTURE.read(cpu, "runtime_platform.cpu_architecture");
        }
        return fargate ? Fact.defaulted(Arch.X86, FARGATE_X86)
                : Fact.unknown("runtime_platform.cpu_architecture is not set: tasks run on the architecture of the container instances", td.range());
    }

    private static void scaling(Draft d, Res svc, Context ctx) {
        for (Res t : ctx.index.ofType(AppAutoScaling.TARGET)) {
            if (!t.refs("resource_id").contains(svc)) {
                continue;
            }
            ctx.absorb(t, d);
            d.range(t.integer("min_capacity"), t.integer("max_capacity"));
            d.scaling = AppAutoScaling.policies(t, svc, d, ctx);
        }
    }

    /** Whether an environment variable of a container, written in the configuration, looks like a secret (at container_definitions). */
    static void environment(Res td, Draft d) {
        EvaluatedBody.Attr a = td.attr("container_definitions");
        if (a == null) {
            return;
        }
        Object doc;
        if (a.value() instanceof dev.cloudwright.terraform.eval.Value.Str s) {
            try {
                doc = dev.cloudwright.core.JsonParser.parsePlain(s.value());
            } catch (dev.cloudwright.core.JsonParser.JsonException e) {
                return;
            }
        } else if (a.value() instanceof dev.cloudwright.terraform.eval.Value.Unknown u && u.encoded() != null) {
            doc = PolicyJson.plain(u.encoded().value());
        } else {
            return;
        }
        if (!(doc instanceof List<?> containers)) {
            return;
        }
        boolean any = false;
        boolean secret = false;
        for (Object c : containers) {
            if (c instanceof java.util.Map<?, ?> m && m.get("environment") instanceof List<?> env) {
                for (Object e : env) {
                    if (e instanceof java.util.Map<?, ?> v && v.get("name") instanceof String name && v.get("value") instanceof String value) {
                        any = true;
                        secret |= Secrets.inVariable(name, value) != null;
                    }
                }
            }
        }
        if (any) {
            d.set(Keys.SECRET_IN_ENVIRONMENT, secret, a.range());
        }
    }
}
