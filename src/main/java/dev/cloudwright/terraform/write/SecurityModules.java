package dev.cloudwright.terraform.write;

import static dev.cloudwright.terraform.write.Hcl.attr;
import static dev.cloudwright.terraform.write.Hcl.entry;
import static dev.cloudwright.terraform.write.Hcl.raw;
import static dev.cloudwright.terraform.write.RootModule.absent;
import static dev.cloudwright.terraform.write.RootModule.list;
import static dev.cloudwright.terraform.write.RootModule.ref;
import static dev.cloudwright.terraform.write.RootModule.when;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Engine;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Keys, secrets, monitoring, the audit trail, threat detection and backups of a region. */
final class SecurityModules {
    private final RootModule m;

    SecurityModules(RootModule m) {
        this.m = m;
    }

    /** The region's keys: every other module encrypts with them. A replica key set replicates the primary key of REPLICA_OF. */
    void keys(String r) {
        for (Component k : m.all(r, Role.KEY_MANAGEMENT)) {
            Component of = m.referenced(k, Keys.REPLICA_OF);
            boolean replica = of != null && m.secondary != null && r.equals(m.secondary);
            boolean multi = of == null && k.isTrue(Keys.MULTI_REGION);
            m.call("security", m.moduleName(k), r, k, List.of(
                    attr("description", "Data keys of " + m.project.name() + " (" + r + ")"),
                    when(multi, attr("multi_region", true)),
                    replica ? ref("replica_of", "module." + m.moduleName(of) + ".key_arn") : absent("replica_of"),
                    when(replica, attr("is_replica", true))));
        }
    }

    /** The region's secrets; a secret replicated by the primary's is not written again in the second region. */
    void secrets(String r) {
        String p = m.part(r);
        for (Component s : m.all(r, Role.SECRETS)) {
            List<Hcl.Expr> replicas = new ArrayList<>();
            if (r.equals(m.primary) && m.secondary != null && list(s, Keys.REPLICA_REGIONS).contains(m.secondary)) {
                replicas.add(new Hcl.ObjX(List.of(entry("region", raw("var.secondary_region")), entry("kms_key_arn", raw(m.kms(m.secondary)))), false));
            }
            if (r.equals(m.primary) || !replicatedByPrimary(s)) {
                m.call("security", m.moduleName(s), r, s, List.of(
                        attr("secret_name", raw("\"${local.name}/app-" + p + "\"")),
                        attr("description", "Application API keys (" + s.valueOr(Keys.CONTENTS, "set the value out of band") + ")"),
                        ref("kms_key_arn", m.kms(s)),
                        replicas.isEmpty() ? absent("replicas") : attr("replicas", new Hcl.ListX(replicas, true))));
                m.output("app_secret_arn_" + p, "Secret for the application's keys in " + r + " (set its value out of band).",
                        "module." + m.moduleName(s) + ".secret_arn");
            }
        }
    }

    /** The primary region's secret of the same service replicates into this one. */
    private boolean replicatedByPrimary(Component s) {
        return m.find(m.primary, s.service()).map(p -> list(p, Keys.REPLICA_REGIONS).contains(s.region())).orElse(false);
    }

    // ------------------------------------------------------------------ observability

    void observability(String r) {
        for (Component mon : m.all(r, Role.MONITORING)) {
            monitoring(r, mon);
        }
        m.find(r, "aws.cloudtrail").ifPresent(t -> {
            Component bucket = m.referenced(t, Keys.DESTINATION);
            m.call("security", m.moduleName(t), r, t, List.of(
                    ref("s3_bucket_name", bucket == null ? "var.trail_bucket_name" : "module." + m.moduleName(bucket) + ".bucket_id"),
                    ref("kms_key_arn", m.kms(t)),
                    when(t.value(Keys.DATA_EVENTS) != null, attr("data_events", true))));
        });
        threatDetection(r);
    }

    /** Alarms and dashboards over what the region runs. */
    private void monitoring(String r, Component mon) {
        List<Hcl.Attr> args = new ArrayList<>();
        List<String> watch = new ArrayList<>();
        args.add(ref("kms_key_arn", m.kms(mon)));
        args.add(ref("alarm_email", "var.alarm_email"));
        m.find(r, "aws.alb").ifPresent(a -> {
            watch.add("alb");
            args.add(ref("alb_arn_suffix", "module." + m.moduleName(a) + ".alb_arn_suffix"));
            args.add(ref("target_group_arn_suffix", "module." + m.moduleName(a) + ".target_group_arn_suffix"));
        });
        for (Component c : m.all(r, Role.COMPUTE)) {
            String name = "module." + m.moduleName(c);
            switch (c.service()) {
                case "aws.ecs-fargate" -> {
                    watch.add("ecs");
                    args.add(ref("ecs_cluster_name", name + ".cluster_name"));
                    args.add(ref("ecs_service_name", name + ".service_name"));
                }
                case "aws.lambda" -> {
                    watch.add("lambda");
                    watch.add("api");
                    args.add(ref("lambda_function_name", name + ".function_name"));
                    args.add(ref("api_id", name + ".api_id"));
                }
                case "aws.ec2-asg" -> {
                    watch.add("asg");
                    args.add(ref("asg_name", name + ".asg_name"));
                }
                case "aws.eks" -> {
                    watch.add("eks");
                    args.add(ref("eks_cluster_name", name + ".cluster_name"));
                }
                default -> {
                }
            }
        }
        m.find(r, "aws.aurora").ifPresent(d -> {
            watch.add("aurora");
            args.add(ref("aurora_cluster_identifier", "module." + m.moduleName(d) + ".cluster_identifier"));
        });
        m.find(r, "aws.rds").ifPresent(d -> {
            watch.add("rds");
            args.add(ref("rds_instance_identifier", "module." + m.moduleName(d) + ".instance_identifier"));
        });
        m.find(m.primary, "aws.dynamodb").filter(d -> r.equals(m.primary)).ifPresent(d -> {
            watch.add("dynamodb");
            args.add(ref("dynamodb_table_name", "module." + m.moduleName(d) + ".table_name"));
        });
        m.find(r, "aws.elasticache").filter(cc -> cc.value(Keys.ENGINE) != Engine.MEMCACHED).ifPresent(cc -> {
            watch.add("elasticache");
            args.add(ref("elasticache_replication_group_id", "module." + m.moduleName(cc) + ".replication_group_id"));
            args.add(attr("elasticache_num_node_groups", cc.sizing().shards() == null ? 1 : cc.sizing().shards()));
            args.add(attr("elasticache_replicas_per_node_group", cc.sizing().replicas() == null ? 0 : cc.sizing().replicas()));
        });
        args.add(attr("log_retention_days", mon.valueOr(Keys.LOG_RETENTION_DAYS, AwsFacts.integer("monitoring.log_retention_days"))));
        if (m.find(r, "aws.guardduty").isPresent()) {
            args.add(attr("security_findings", true));
        }
        args.add(2, attr("watch", Hcl.strings(watch)));
        m.call("observability", m.moduleName(mon), r, mon, args);
    }

    /** GuardDuty, AWS Config and Security Hub of a region, in one module call. */
    private void threatDetection(String r) {
        Optional<Component> gd = m.find(r, "aws.guardduty");
        Optional<Component> cfg = m.find(r, "aws.config");
        Optional<Component> hub = m.find(r, "aws.security-hub");
        Optional<Component> anchor = gd.isPresent() ? gd : cfg.isPresent() ? cfg : hub;
        anchor.ifPresent(a -> {
            // AWS Config delivers to the region's log bucket, else to the primary region's (delivery may cross regions).
            Optional<Component> logs = logBucket(r).or(() -> logBucket(m.primary));
            List<String> standards = hub.map(h -> list(h, Keys.STANDARDS)).orElse(List.of()).stream().map(AwsFacts::standardArnSuffix).toList();
            boolean config = cfg.isPresent() && logs.isPresent();
            m.call("security", "threat_detection_" + m.part(r), r, a, List.of(
                    attr("enable_guardduty", gd.isPresent()),
                    attr("enable_config", config),
                    config ? ref("config_bucket_name", "module." + m.moduleName(logs.get()) + ".bucket_id") : absent("config_bucket_name"),
                    attr("include_global_resources", r.equals(m.primary)),
                    attr("enable_security_hub", hub.isPresent()),
                    standards.isEmpty() ? absent("security_hub_standards") : attr("security_hub_standards", Hcl.strings(standards))));
        });
    }

    /** The region's log archive bucket (component id {@code <region>.logs}). */
    Optional<Component> logBucket(String r) {
        return m.all(r, Role.OBJECT_STORAGE).stream().filter(b -> b.id().endsWith(".logs")).findFirst();
    }

    // ------------------------------------------------------------------ backup

    /** The backup plan (primary region) with a copy to the second region's vault, and that vault. */
    void backup(String r) {
        int maxDays = AwsFacts.integer("backup.max_retention_days");
        for (Component b : m.all(r, Role.BACKUP)) {
            boolean plan = b.value(Keys.SCHEDULE) != null;
            List<Hcl.Attr> args = new ArrayList<>();
            args.add(ref("kms_key_arn", m.kms(b)));
            args.add(attr("create_plan", plan));
            if (plan) {
                List<Hcl.Expr> arns = new ArrayList<>();
                for (Component c : m.all(r, Role.DATABASE)) {
                    switch (c.service()) {
                        case "aws.aurora" -> arns.add(raw("module." + m.moduleName(c) + ".cluster_arn"));
                        case "aws.rds" -> arns.add(raw("module." + m.moduleName(c) + ".instance_arn"));
                        case "aws.dynamodb" -> arns.add(raw("module." + m.moduleName(c) + ".table_arn"));
                        default -> {
                        }
                    }
                }
                int days = Math.min(maxDays, b.valueOr(Keys.RETENTION_DAYS, maxDays));
                args.add(attr("resource_arns", new Hcl.ListX(arns, false)));
                args.add(attr("retention_days", days));
                Optional<Component> vault = m.secondary == null || r.equals(m.secondary) ? Optional.empty()
                        : m.all(m.secondary, Role.BACKUP).stream().findFirst();
                int every = b.valueOr(Keys.BACKUP_EVERY_HOURS, 1);
                if (every >= 24) {
                    args.add(attr("schedule", AwsFacts.value("backup.daily_schedule")));
                }
                vault.ifPresent(v -> {
                    args.add(ref("copy_destination_vault_arn", "module." + m.moduleName(v) + ".vault_arn"));
                    args.add(attr("copy_retention_days", v.valueOr(Keys.COPY_RETENTION_DAYS, AwsFacts.integer("backup.copy_retention_days"))));
                    // Copies less often than backups: a rule of their own, on the daily schedule.
                    int copyEvery = v.valueOr(Keys.COPY_EVERY_HOURS, every);
                    if (copyEvery > every) {
                        args.add(attr("copy_schedule", AwsFacts.value(copyEvery >= 168 ? "backup.weekly_schedule" : "backup.daily_schedule")));
                    }
                });
                if (b.value(Keys.VAULT_LOCK) != null) {
                    // A compliance-mode vault lock is permanent after its grace period: switched on by the root module's variable.
                    args.add(attr("vault_lock_days", raw(RootModule.LOCKS_VARIABLE_REF + " ? " + days + " : 0")));
                }
            } else {
                args.add(attr("copy_retention_days", b.valueOr(Keys.COPY_RETENTION_DAYS, AwsFacts.integer("backup.copy_retention_days"))));
            }
            m.call("backup", m.moduleName(b), r, b, args);
        }
    }
}
