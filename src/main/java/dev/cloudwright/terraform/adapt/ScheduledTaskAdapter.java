package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Role;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.List;

/** ECS tasks started on a schedule by EventBridge Scheduler: batch compute. */
@ResourceAdapter.Adapts(anchors = "aws_scheduler_schedule", summary = "Scheduled ECS task: schedule, task size, count, Fargate or Fargate Spot")
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
            d.property("schedule", s.str("schedule_expression"));
            Res td = tasks.get(0);
            if (!ctx.owned(td)) {
                ctx.absorb(td, d);
            }
            Fact<java.math.BigDecimal> cpu = td.num("cpu");
            Fact<java.math.BigDecimal> mem = td.num("memory");
            if (cpu.known() && mem.known()) {
                java.math.BigDecimal v = cpu.value().divide(java.math.BigDecimal.valueOf(1024), 2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
                java.math.BigDecimal g = mem.value().divide(java.math.BigDecimal.valueOf(1024), 2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
                d.sku = v.toPlainString() + "vCPU-" + g.toPlainString() + "GB";
                d.vcpu = v.doubleValue();
                d.memoryGb = g.doubleValue();
            }
            Fact<Integer> count = s.integer("target.ecs_parameters.task_count");
            d.max = count.known() ? count.value() : 1;
            d.min = 0;
            String capacity = "FARGATE";
            for (EvaluatedBody.Block e : s.blocks("target")) {
                for (EvaluatedBody.Block p : e.body().blocks("ecs_parameters")) {
                    for (EvaluatedBody.Block cp : p.body().blocks("capacity_provider_strategy")) {
                        String name = LoadBalancerAdapter.str(cp.body(), "capacity_provider");
                        if (name != null) {
                            capacity = name;
                        }
                    }
                }
            }
            d.property("capacity", capacity.equals("FARGATE_SPOT") ? "spot" : "on-demand");
            d.property("arch", "ARM64".equalsIgnoreCase(td.str("runtime_platform.cpu_architecture").orElse("X86_64")) ? "arm64" : "x86");
        }
    }
}
