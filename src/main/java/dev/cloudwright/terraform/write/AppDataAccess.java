package dev.cloudwright.terraform.write;

import static dev.cloudwright.terraform.write.Hcl.attr;
import static dev.cloudwright.terraform.write.Hcl.block;
import static dev.cloudwright.terraform.write.Hcl.entry;
import static dev.cloudwright.terraform.write.Hcl.raw;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the application reaches its data: the endpoints it is given as environment variables, the secrets it may read
 * (the database credentials and the application's keys; a standby region reads their replicas), and a policy on its
 * role for the tables, buckets and queues of its region. The README lists the variable names.
 */
final class AppDataAccess {
    /** Environment variable names the application may read, with what they hold (the README lists those a design passes). */
    static final List<Map.Entry<String, String>> NAMES = List.of(
            Map.entry("DB_HOST", "database writer endpoint (the RDS Proxy endpoint when there is one)"),
            Map.entry("DB_READER_HOST", "Aurora reader endpoint"),
            Map.entry("DB_PORT", "database port"),
            Map.entry("DB_CREDENTIALS", "secret with the database user name and password (JSON)"),
            Map.entry("CACHE_HOST", "cache endpoint (the configuration endpoint in cluster mode)"),
            Map.entry("CACHE_PORT", "cache port"),
            Map.entry("TABLE_NAME", "DynamoDB table"),
            Map.entry("QUEUE_URL", "SQS queue"),
            Map.entry("UPLOADS_BUCKET", "bucket for user uploads"),
            Map.entry("ASSETS_BUCKET", "bucket for static assets"),
            Map.entry("APP_SECRETS", "secret with the application's API keys (JSON)"));

    private final RootModule m;

    AppDataAccess(RootModule m) {
        this.m = m;
    }

    /** Plain environment variables: the endpoints of the region's data stores. */
    Hcl.Expr environment(String r) {
        List<Map.Entry<String, Hcl.Expr>> env = new ArrayList<>();
        Optional<Component> db = m.find(r, "aws.aurora").or(() -> m.find(r, "aws.rds"));
        db.ifPresent(d -> {
            String mod = "module." + m.moduleName(d);
            boolean proxy = d.service().equals("aws.rds") && m.find(r, "aws.rds-proxy").isPresent();
            env.add(entry("DB_HOST", raw(mod + (proxy ? ".proxy_endpoint" : d.service().equals("aws.rds") ? ".address" : ".endpoint"))));
            if (d.service().equals("aws.aurora")) {
                env.add(entry("DB_READER_HOST", raw(mod + ".reader_endpoint")));
            }
            env.add(entry("DB_PORT", raw("tostring(" + mod + ".port)")));
        });
        cache(r).ifPresent(c -> {
            env.add(entry("CACHE_HOST", raw(c[0])));
            env.add(entry("CACHE_PORT", raw(c[1])));
        });
        m.find(m.primary, "aws.dynamodb").ifPresent(t -> env.add(entry("TABLE_NAME", raw("module." + m.moduleName(t) + ".table_name"))));
        m.find(r, "aws.sqs").ifPresent(q -> env.add(entry("QUEUE_URL", raw("module." + m.moduleName(q) + ".queue_url"))));
        for (Component b : m.all(r, Role.OBJECT_STORAGE)) {
            String local = RootModule.shortName(b);
            if (local.equals("uploads") || local.equals("assets")) {
                env.add(entry(local.toUpperCase(java.util.Locale.ROOT) + "_BUCKET", raw("module." + m.moduleName(b) + ".bucket_id")));
            }
        }
        env.forEach(e -> m.appVariables.add(e.getKey()));
        return env.isEmpty() ? null : new Hcl.ObjX(env, true);
    }

    /**
     * The cache's endpoint and port expressions: the configuration endpoint in cluster mode; a standby's cache that only
     * a failover creates is read with try() (empty until then).
     */
    private Optional<String[]> cache(String r) {
        Optional<Component> here = m.find(r, "aws.elasticache");
        Optional<Component> c = here.or(() -> m.standby() && !r.equals(m.primary) ? m.find(m.primary, "aws.elasticache") : Optional.empty());
        if (c.isEmpty()) {
            return Optional.empty();
        }
        boolean cluster = c.get().sizing().shards() != null && c.get().sizing().shards() > 1;
        String endpoint = cluster ? "configuration_endpoint" : "primary_endpoint";
        if (here.isPresent()) {
            String mod = "module." + m.moduleName(c.get());
            return Optional.of(new String[] {mod + "." + endpoint, "tostring(" + mod + ".port)"});
        }
        String mod = "module." + m.moduleName(c.get()).replace("_" + m.part(m.primary), "_" + m.part(r)) + "[0]";
        return Optional.of(new String[] {"try(" + mod + "." + endpoint + ", \"\")", "try(tostring(" + mod + ".port), \"\")"});
    }

    /** Secrets the application reads: in the primary its own, in the second region their replicas (same name, its region). */
    Hcl.Expr secrets(String r) {
        List<Map.Entry<String, Hcl.Expr>> out = new ArrayList<>();
        Optional<Component> db = m.find(m.primary, "aws.aurora").or(() -> m.find(m.primary, "aws.rds"));
        db.ifPresent(d -> out.add(entry("DB_CREDENTIALS", raw(here(r, "module." + m.moduleName(d) + ".master_user_secret_arn")))));
        m.find(m.primary, "aws.secrets-manager").ifPresent(s -> out.add(entry("APP_SECRETS", raw(here(r, "module." + m.moduleName(s) + ".secret_arn")))));
        out.forEach(e -> m.appVariables.add(e.getKey()));
        return out.isEmpty() ? null : new Hcl.ObjX(out, true);
    }

    private String here(String r, String primaryArn) {
        return r.equals(m.primary) ? primaryArn : "replace(" + primaryArn + ", \":${var.primary_region}:\", \":${var.secondary_region}:\")";
    }

    /** The application role's access to the region's tables, buckets and queues (read and write). */
    void policy(String r, String roleNameExpr) {
        List<Hcl.Block> statements = new ArrayList<>();
        m.find(m.primary, "aws.dynamodb").ifPresent(t -> {
            String arn = r.equals(m.primary) ? "module." + m.moduleName(t) + ".table_arn"
                    : "replace(module." + m.moduleName(t) + ".table_arn, \":${var.primary_region}:\", \":${var.secondary_region}:\")";
            statements.add(statement("Tables", "[\"dynamodb:GetItem\", \"dynamodb:PutItem\", \"dynamodb:UpdateItem\", \"dynamodb:DeleteItem\", "
                    + "\"dynamodb:Query\", \"dynamodb:BatchGetItem\", \"dynamodb:BatchWriteItem\", \"dynamodb:ConditionCheckItem\"]", "[" + arn + ", \"${" + arn + "}/index/*\"]"));
        });
        List<String> buckets = new ArrayList<>();
        for (Component b : m.all(r, Role.OBJECT_STORAGE)) {
            String local = RootModule.shortName(b);
            if (local.equals("uploads") || local.equals("assets")) {
                buckets.add("\"${module." + m.moduleName(b) + ".bucket_arn}/*\"");
            }
        }
        if (!buckets.isEmpty()) {
            statements.add(statement("Objects", "[\"s3:GetObject\", \"s3:PutObject\", \"s3:DeleteObject\"]", "[" + String.join(", ", buckets) + "]"));
        }
        m.find(r, "aws.sqs").ifPresent(q -> statements.add(statement("Queue", "[\"sqs:SendMessage\", \"sqs:ReceiveMessage\", \"sqs:DeleteMessage\", "
                + "\"sqs:GetQueueAttributes\", \"sqs:ChangeMessageVisibility\"]", "[module." + m.moduleName(q) + ".queue_arn]")));
        if (statements.isEmpty()) {
            return;
        }
        statements.add(statement("DataKey", "[\"kms:Decrypt\", \"kms:GenerateDataKey\"]", "[" + m.kms(r) + "]"));
        String name = "app_data_" + m.part(r);
        m.add("compute", block("data", List.of("aws_iam_policy_document", name), new ArrayList<>(statements)));
        m.add("compute", block("resource", List.of("aws_iam_role_policy", name), List.of(
                attr("name", raw("\"${local.short_name}-app-data-" + m.part(r) + "\"")),
                attr("role", raw(roleNameExpr)),
                attr("policy", raw("data.aws_iam_policy_document." + name + ".json")))));
    }

    private static Hcl.Block statement(String sid, String actions, String resources) {
        return block("statement", List.of(), List.of(attr("sid", sid), attr("actions", raw(actions)), attr("resources", raw(resources))));
    }

}
