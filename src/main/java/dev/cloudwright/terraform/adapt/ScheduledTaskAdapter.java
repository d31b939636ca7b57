package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.CapacityType;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.terraform.hcl.Range;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.ArrayList;
import java.util.List;

/**
 * ECS tasks started by a schedule or a rule rather than kept running by a service: batch compute. Either an EventBridge
 * Scheduler schedule ({@code target.ecs_parameters}) or an EventBridge rule's target ({@code ecs_target}, with the
 * rule's {@code schedule_expression} or event pattern, see {@link EventRules}).
 */
@ResourceAdapter.Adapts(anchors = {"aws_scheduler_schedule", "aws_cloudwatch_event_target"}, absorbs = "aws_cloudwatch_event_rule",
        services = "aws.fargate-batch",
        summary = "Scheduled ECS task (EventBridge Scheduler, or an EventBridge rule's ECS target): schedule, task size, count, Fargate or Fargate Spot")
final class ScheduledTaskAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> anchors, Context ctx) {
        for (Res s : anchors) {
            if (s.type().equals("aws_scheduler_schedule")) {
                schedule(s, ctx);
            } else {
                eventTarget(s, ctx);
            }
        }
    }

    private static void schedule(Res s, Context ctx) {
        List<Res> tasks = s.refs("target.ecs_parameters.task_definition_arn");
        if (tasks.isEmpty()) {
            ctx.support(s, "schedule");
            return;
        }
        Draft d = ctx.component(s, Role.COMPUTE, "aws.fargate-batch");
        d.set(Keys.SCHEDULE, s.str("schedule_expression"));
        List<EvaluatedBody.Block> strategy = new ArrayList<>();
        for (EvaluatedBody.Block e : s.blocks("target")) {
            for (EvaluatedBody.Block p : e.body().blocks("ecs_parameters")) {
                strategy.addAll(p.body().blocks("capacity_provider_strategy"));
            }
        }
        task(d, tasks.get(0), s.integer("target.ecs_parameters.task_count"), strategy, s.str("target.ecs_parameters.launch_type"), s, "target.arn",
                ctx);
    }

    /** An EventBridge rule's target that runs an ECS task; other targets (functions, queues, log groups) are left to supporting resources. */
    private static void eventTarget(Res t, Context ctx) {
        if (t.blocks("ecs_target").isEmpty()) {
            return;
        }
        List<Res> tasks = t.refs("ecs_target.task_definition_arn");
        if (tasks.isEmpty()) {
            ctx.support(t, "event rule target (its task definition is not in this configuration)");
            return;
        }
        Draft d = ctx.component(t, Role.COMPUTE, "aws.fargate-batch");
        EventRules.schedule(t, d, ctx);
        task(d, tasks.get(0), t.integer("ecs_target.task_count"), t.blocks("ecs_target").get(0).body().blocks("capacity_provider_strategy"),
                t.str("ecs_target.launch_type"), t, "arn", ctx);
    }

    /** The task definition's size, how many tasks each run starts (one unless written), the capacity and the cluster ({@code clusterArg} of {@code r}). */
    private static void task(Draft d, Res td, Fact<Integer> count, List<EvaluatedBody.Block> strategy, Fact<String> launch, Res r, String clusterArg,
            Context ctx) {
        if (!ctx.owned(td)) {
            ctx.absorb(td, d);
        }
        EcsTaskSize.apply(d, td);
        d.max = count.known() ? count.value() : 1;
        d.min = 0;
        if (count.isUnknown()) {
            d.unresolved("max", count.reason());
        }
        d.set(Keys.CAPACITY, capacity(strategy, launch, r.range()));
        boolean ec2 = launch.known() && !launch.value().equals("FARGATE");
        d.set(Keys.ARCH, EcsAdapter.arch(td, !ec2));
        for (Res cluster : r.refs(clusterArg)) {
            if (cluster.type().equals("aws_ecs_cluster")) {
                ctx.support(cluster, "ECS cluster");
                d.set(Keys.CLUSTER, cluster.label(), r.attr(clusterArg).range());
            }
        }
    }

    /** The last capacity provider named in the strategy, else on demand for the FARGATE launch type. */
    private static Fact<CapacityType> capacity(List<EvaluatedBody.Block> strategy, Fact<String> launch, Range at) {
        Fact<String> provider = Fact.absent();
        for (EvaluatedBody.Block cp : strategy) {
            EvaluatedBody.Attr a = cp.body().attribute("capacity_provider");
            if (a != null) {
                provider = a.value().isWhollyKnown() ? Fact.explicit(LoadBalancerAdapter.str(cp.body(), "capacity_provider"), a.range())
                        : Fact.unknown(a.value().firstUnknown().reason(), a.range());
            }
        }
        if (provider.isAbsent()) {
            if (launch.isAbsent()) {
                return Fact.unknown("neither capacity_provider_strategy nor launch_type is set: the cluster's default capacity provider strategy applies", at);
            }
            return launch.map(t -> t.equals("FARGATE") ? CapacityType.ON_DEMAND : null);
        }
        return ProviderNames.ECS_CAPACITY_PROVIDER.read(provider, "capacity_provider");
    }
}
