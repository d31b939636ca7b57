package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Role;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.ArrayList;
import java.util.List;

/**
 * AWS Backup plans with their vaults and selections. The resources a selection covers get the plan's
 * retention and cross-region copy as their backup protection.
 */
@ResourceAdapter.Adapts(anchors = {"aws_backup_plan", "aws_backup_vault"},
        absorbs = {"aws_backup_selection", "aws_backup_vault", "aws_backup_vault_lock_configuration", "aws_backup_vault_policy", "aws_backup_vault_notifications"},
        summary = "AWS Backup plan: schedule, retention, continuous backup, cross-region copies, vault lock, covered resources")
final class BackupAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> all, Context ctx) {
        List<Res> plans = all.stream().filter(r -> r.type().equals("aws_backup_plan")).toList();
        for (Res plan : plans) {
            Draft d = ctx.component(plan, Role.BACKUP, "aws.backup");
            Aws.managedZones(d);
            List<String> schedules = new ArrayList<>();
            int retention = 0;
            String copyRegion = null;
            boolean continuous = false;
            for (EvaluatedBody.Block rule : plan.blocks("rule")) {
                String schedule = LoadBalancerAdapter.str(rule.body(), "schedule");
                schedules.add(schedule == null ? "?" : schedule);
                for (EvaluatedBody.Block lc : rule.body().blocks("lifecycle")) {
                    EvaluatedBody.Attr del = lc.body().attribute("delete_after");
                    if (del != null && del.value() instanceof dev.cloudwright.terraform.eval.Value.Num n) {
                        retention = Math.max(retention, n.value().intValue());
                    }
                }
                EvaluatedBody.Attr cb = rule.body().attribute("enable_continuous_backup");
                continuous |= cb != null && dev.cloudwright.terraform.eval.Value.TRUE.equals(cb.value());
                for (Res vault : plan.refs(rule.body(), "target_vault_name")) {
                    vault(vault, d, ctx);
                }
                for (EvaluatedBody.Block copy : rule.body().blocks("copy_action")) {
                    for (Res dest : plan.refs(copy.body(), "destination_vault_arn")) {
                        vault(dest, d, ctx);
                        if (dest.region() != null && !dest.region().equals(plan.region())) {
                            copyRegion = dest.region();
                        }
                    }
                }
            }
            d.property("schedule", String.join("; ", schedules));
            d.property("retention_days", retention == 0 ? "kept until deleted" : String.valueOf(retention));
            d.property("continuous_backup", continuous ? "enabled (point-in-time restore)" : null);
            d.copyToRegion = copyRegion;
            d.property("copies", copyRegion == null ? null : "copied to " + copyRegion);
            d.backupRetentionDays = Fact.explicit(retention, plan.range());
            List<String> covered = new ArrayList<>();
            for (Res sel : plan.referrers("aws_backup_selection", "plan_id")) {
                ctx.absorb(sel, d);
                for (Res target : sel.refs("resources")) {
                    covered.add(target.address());
                    ctx.link(plan, target, Connection.Kind.BACKUP, "AWS Backup", 0, false);
                    ctx.backups.add(new Context.BackupCover(target.address(), retention, continuous, copyRegion, plan.address()));
                }
                if (sel.attr("resources") != null && sel.refs("resources").isEmpty()) {
                    covered.add("resources named by ARN");
                }
                if (!sel.blocks("selection_tag").isEmpty() || !sel.blocks("condition").isEmpty()) {
                    covered.add("resources selected by tag");
                }
            }
            d.property("covers", String.join(", ", covered));
        }
        // Vaults no plan in this configuration writes to: copy destinations in another region, or vaults for other accounts' plans.
        for (Res v : all) {
            if (v.type().equals("aws_backup_vault") && !ctx.owned(v)) {
                Draft d = ctx.component(v, Role.BACKUP, "aws.backup");
                Aws.managedZones(d);
                d.property("role", "vault (receives copies)");
                Aws.key(d, v, "kms_key_arn", ctx);
                vault(v, d, ctx);
            }
        }
    }

    private static void vault(Res vault, Draft d, Context ctx) {
        if (!ctx.owned(vault)) {
            ctx.absorb(vault, d);
        }
        for (Res lock : vault.referrers("aws_backup_vault_lock_configuration", "backup_vault_name")) {
            ctx.absorb(lock, d);
            d.property("vault_lock", lock.attr("changeable_for_days") != null ? "compliance mode" : "governance mode");
        }
        for (String t : new String[] {"aws_backup_vault_policy", "aws_backup_vault_notifications"}) {
            for (Res r : vault.referrers(t, "backup_vault_name")) {
                ctx.absorb(r, d);
            }
        }
    }
}
