package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.LockMode;
import dev.cloudwright.model.Role;
import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.hcl.Range;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.ArrayList;
import java.util.List;

/**
 * AWS Backup plans with their vaults and selections. The resources a selection covers get the plan's
 * retention and cross-region copy as their backup protection.
 */
@ResourceAdapter.Adapts(anchors = {"aws_backup_plan", "aws_backup_vault"},
        absorbs = {"aws_backup_selection", "aws_backup_vault", "aws_backup_vault_lock_configuration", "aws_backup_vault_policy", "aws_backup_vault_notifications"},
        services = "aws.backup",
        summary = "AWS Backup plan: schedule, retention, continuous backup, cross-region copies, vault lock, covered resources")
final class BackupAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> all, Context ctx) {
        List<Res> plans = all.stream().filter(r -> r.type().equals("aws_backup_plan")).toList();
        for (Res plan : plans) {
            plan(plan, ctx);
        }
        // Vaults no plan in this configuration writes to: copy destinations in another region, or vaults for other accounts' plans.
        String family = coveredFamily(ctx);
        for (Res v : all) {
            if (v.type().equals("aws_backup_vault") && !ctx.owned(v)) {
                Draft d = ctx.component(v, Role.BACKUP, "aws.backup");
                Aws.managedZones(d);
                d.set(Keys.VAULT, "vault (receives copies)", v.range());
                Aws.key(d, v, "kms_key_arn", ctx);
                if (family != null) {
                    // the copies it receives are snapshots of what the configuration's plans cover
                    d.set(Keys.BACKUP_SOURCE, family, v.range());
                }
                vault(v, d, ctx);
            }
        }
    }

    /** The service family ({@code rds}, {@code aurora}, {@code dynamodb}) of everything the plans cover, if it is one family. */
    private static String coveredFamily(Context ctx) {
        java.util.Set<String> families = new java.util.TreeSet<>();
        for (Context.BackupCover b : ctx.backups) {
            families.add(family(b.address()));
        }
        return families.size() == 1 && !families.contains("other") ? families.iterator().next() : null;
    }

    private static String family(String address) {
        for (String part : address.split("\\.")) {
            switch (part) {
                case "aws_db_instance" -> { return "rds"; }
                case "aws_rds_cluster" -> { return "aurora"; }
                case "aws_dynamodb_table" -> { return "dynamodb"; }
                default -> { }
            }
        }
        return "other";
    }

    private static void plan(Res plan, Context ctx) {
        Draft d = ctx.component(plan, Role.BACKUP, "aws.backup");
        Aws.managedZones(d);
        List<String> schedules = new ArrayList<>();
        int retention = 0;
        Range retentionAt = null;
        Range copyAt = null;
        String copyRegion = null;
        Range continuousAt = null;
        for (EvaluatedBody.Block rule : plan.blocks("rule")) {
            String schedule = LoadBalancerAdapter.str(rule.body(), "schedule");
            schedules.add(schedule == null ? "?" : schedule);
            for (EvaluatedBody.Block lc : rule.body().blocks("lifecycle")) {
                EvaluatedBody.Attr del = lc.body().attribute("delete_after");
                if (del != null && del.value() instanceof Value.Num n && n.value().intValue() > retention) {
                    retention = n.value().intValue();
                    retentionAt = del.range();
                }
            }
            EvaluatedBody.Attr cb = rule.body().attribute("enable_continuous_backup");
            if (cb != null && Value.TRUE.equals(cb.value())) {
                continuousAt = cb.range();
            }
            for (Res vault : plan.refs(rule.body(), "target_vault_name")) {
                vault(vault, d, ctx);
            }
            for (EvaluatedBody.Block copy : rule.body().blocks("copy_action")) {
                for (Res dest : plan.refs(copy.body(), "destination_vault_arn")) {
                    vault(dest, d, ctx);
                    if (dest.region() != null && !dest.region().equals(plan.region())) {
                        copyRegion = dest.region();
                        copyAt = copy.range();
                    }
                }
            }
        }
        d.set(Keys.SCHEDULE, String.join("; ", schedules), plan.range());
        if (retentionAt != null) {
            d.set(Keys.RETENTION_DAYS, retention, retentionAt);
            d.set(Keys.BACKUP_RETENTION_DAYS, retention, retentionAt);
        } else {
            d.defaulted(Keys.RETENTION_DAYS, 0, Defaults.explained("aws_backup_plan", "rule.lifecycle.delete_after"));
        }
        if (continuousAt != null) {
            d.set(Keys.CONTINUOUS_BACKUP, true, continuousAt);
        } else {
            d.defaulted(Keys.CONTINUOUS_BACKUP, false, Defaults.explained("aws_backup_plan", "rule.enable_continuous_backup"));
        }
        if (copyRegion != null) {
            d.set(Keys.COPY_TO_REGION, copyRegion, copyAt);
            d.set(Keys.COPIES, "copied to " + copyRegion, copyAt);
        }
        List<String> covered = new ArrayList<>();
        for (Res sel : plan.referrers("aws_backup_selection", "plan_id")) {
            ctx.absorb(sel, d);
            for (Res target : sel.refs("resources")) {
                covered.add(target.address());
                ctx.link(plan, target, Connection.Kind.BACKUP, "AWS Backup", 0, false);
                ctx.backups.add(new Context.BackupCover(target.address(), retention, continuousAt != null, copyRegion, plan.address()));
            }
            if (sel.attr("resources") != null && sel.refs("resources").isEmpty()) {
                covered.add("resources named by ARN");
            }
            if (!sel.blocks("selection_tag").isEmpty() || !sel.blocks("condition").isEmpty()) {
                covered.add("resources selected by tag");
            }
        }
        d.set(Keys.PROTECTS, covered, plan.range());
        java.util.Set<String> families = new java.util.TreeSet<>();
        covered.forEach(address -> families.add(family(address)));
        if (families.size() == 1 && !families.contains("other")) {
            d.set(Keys.BACKUP_SOURCE, families.iterator().next(), plan.range());
        }
    }

    private static void vault(Res vault, Draft d, Context ctx) {
        if (!ctx.owned(vault)) {
            ctx.absorb(vault, d);
        }
        for (Res lock : vault.referrers("aws_backup_vault_lock_configuration", "backup_vault_name")) {
            ctx.absorb(lock, d);
            d.set(Keys.VAULT_LOCK, lock.attr("changeable_for_days") != null ? LockMode.COMPLIANCE : LockMode.GOVERNANCE, lock.range());
        }
        for (String t : new String[] {"aws_backup_vault_policy", "aws_backup_vault_notifications"}) {
            for (Res r : vault.referrers(t, "backup_vault_name")) {
                ctx.absorb(r, d);
            }
        }
    }
}
