package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.CapacityType;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.List;

/** ECS tasks started on a schedule by EventBridge Scheduler: batch compute. */
@ResourceAdapter.Adapts(anchors = "aws_scheduler_schedule", services = "aws.fargate-batch",
        summary = "Scheduled ECS task: schedule, task size, count, Fargate or Fargate Spot")
final class ScheduledTaskAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> schedules, Context ctx) {
        for (Res s : schedules) {
            List<Res> tasks = s.refs("target.ecs_parameters.task_definition_arn");
            if (tasks.isEmpty()) {
                ctx.support(s, "schedule");
                continue;
            }
            Draft d = ctx.component(s, Role.COMPUTE, "aws.fargate-batch");
            d.set(Keys.SCHEDULE, s.str("schedule_expression"));
            Res td = tasks.get(0);
            if (!ctx.owned(td)) {
                ctx.absorb(td, d);
            }
            EcsTaskSize.apply(d, td);
            Fact<Integer> count = s.integer("target.ecs_parameters.task_count");
            d.max = count.known() ? count.value() : 1;
            d.min = 0;
            if (count.isUnknown()) {
                d.unresolved("max", count.reason());
            }
            d.set(Keys.CAPACITY, capacity(s));
            d.set(Keys.ARCH, EcsAdapter.arch(td, true));
        }
    }

    /** The last capacity provider named in the target's strategy, else on demand for the FARGATE launch type. */
    private static Fact<CapacityType> capacity(Res s) {
        Fact<String> provider = Fact.absent();
        for (EvaluatedBody.Block e : s.blocks("target")) {
            for (EvaluatedBody.Block p : e.body().blocks("ecs_parameters")) {
                for (EvaluatedBody.Block cp : p.body().blocks("capacity_provider_strategy")) {
                    EvaluatedBody.Attr a = cp.body().attribute("capacity_provider");
                    if (a != null) {
                        provider = a.value().isWhollyKnown() ? Fact.explicit(LoadBalancerAdapter.str(cp.body(), "capacity_provider"), a.range())
                                : Fact.unknown(a.value().firstUnknown().reason(), a.range());
                    }
                }
            }
        }
        if (provider.isAbsent()) {
            Fact<String> launch = s.str("target.ecs_parameters.launch_type");
            if (launch.isAbsent()) {
                return Fact.unknown("neither capacity_provider_strategy nor launch_type is set: the cluster's default capacity provider strategy applies",
                        s.range());
            }
            return launch.map(t -> t.equals("FARGATE") ? CapacityType.ON_DEMAND : null);
        }
        return ProviderNames.ECS_CAPACITY_PROVIDER.read(provider, "capacity_provider");
    }
}
