package dev.cloudwright.terraform.write;

import static dev.cloudwright.terraform.write.Hcl.attr;
import static dev.cloudwright.terraform.write.Hcl.blank;
import static dev.cloudwright.terraform.write.Hcl.block;
import static dev.cloudwright.terraform.write.Hcl.entry;
import static dev.cloudwright.terraform.write.Hcl.raw;
import static dev.cloudwright.terraform.write.Hcl.str;

import dev.cloudwright.model.Engine;
import dev.cloudwright.model.Keys;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The root module's fixed files: versions, providers, locals, variables (with validations) and the example variable values. */
final class RootFiles {
    private final RootModule m;

    RootFiles(RootModule m) {
        this.m = m;
    }

    String versions() {
        List<Hcl.Node> providers = new ArrayList<>();
        providers.add(attr("aws", new Hcl.ObjX(List.of(entry("source", str("hashicorp/aws")), entry("version", str("~> 6.0"))), true)));
        if (m.randomSecret) {
            providers.add(attr("random", new Hcl.ObjX(List.of(entry("source", str("hashicorp/random")), entry("version", str("~> 3.6"))), true)));
        }
        if (m.used.contains("lambda-api")) {
            providers.add(attr("archive", new Hcl.ObjX(List.of(entry("source", str("hashicorp/archive")), entry("version", str("~> 2.7"))), true)));
        }
        return Hcl.render(List.of(block("terraform", List.of(), List.of(
                attr("required_version", ">= 1.11.0"),
                blank(),
                block("required_providers", List.of(), providers)))));
    }

    String providers() {
        List<Hcl.Node> items = new ArrayList<>();
        items.add(block("provider", List.of("aws"), List.of(attr("region", raw("var.primary_region")), blank(), defaultTags())));
        if (m.secondary != null) {
            items.add(blank());
            items.add(block("provider", List.of("aws"), List.of(attr("alias", "secondary"), attr("region", raw("var.secondary_region")), blank(),
                    defaultTags())));
        }
        if (m.find(null, "aws.cloudfront").isPresent()) {
            String region = AwsFacts.value("cloudfront.region");
            items.add(blank());
            items.add(Hcl.comment("CloudFront certificates and web ACLs live in " + region + "."));
            items.add(block("provider", List.of("aws"), List.of(attr("alias", NetworkEdge.edgeAlias()), attr("region", region), blank(), defaultTags())));
        }
        return Hcl.render(items);
    }

    private static Hcl.Block defaultTags() {
        return block("default_tags", List.of(), List.of(attr("tags", raw("local.default_tags"))));
    }

    String locals() {
        return Hcl.render(List.of(block("locals", List.of(), List.of(
                attr("name", raw("\"${var.project}-${var.environment}\"")),
                attr("short_name", raw("\"${trimsuffix(substr(var.project, 0, 12), \"-\")}-${substr(var.environment, 0, 4)}\"")),
                attr("bucket_prefix", raw("\"${var.project}-${var.environment}-${data.aws_caller_identity.current.account_id}\"")),
                attr("default_tags", Hcl.object(List.of(
                        entry("Project", raw("var.project")),
                        entry("Environment", raw("var.environment")),
                        entry("Owner", raw("var.owner")),
                        entry("CostCentre", raw("var.cost_centre")),
                        entry("ManagedBy", str("terraform"))))))), blank(), block("data", List.of("aws_caller_identity", "current"), List.of())));
    }

    String variables() {
        List<Hcl.Node> v = new ArrayList<>();
        variable(v, "project", "string", str(m.slug), "Short project name, used in resource names.", List.of(
                validation("can(regex(\"^[a-z][a-z0-9-]{1,23}$\", var.project))", "Lowercase letters, digits and hyphens, 2 to 24 characters.")));
        variable(v, "environment", "string", str(m.project.environment()), "Environment name.", List.of(
                validation("contains([\"production\", \"staging\", \"development\"], var.environment)", "One of production, staging, development.")));
        variable(v, "owner", "string", str(m.project.owner()), "Team that owns the resources (tag).", List.of());
        variable(v, "cost_centre", "string", str(m.project.costCentre()), "Cost centre the resources are charged to (tag).", List.of());
        variable(v, "primary_region", "string", str(m.primary), "Region that serves traffic.", List.of());
        if (m.secondary != null) {
            variable(v, "secondary_region", "string", str(m.secondary), "Second region (" + m.arch.regions().get(1).part().name().toLowerCase(Locale.ROOT)
                    + ").", List.of(validation("var.secondary_region != var.primary_region", "The second region must differ from the primary.")));
        }
        if (m.standby()) {
            variable(v, "failover", "bool", Hcl.raw("false"), "Set to true to fail over to " + m.secondary + " once its database is promoted (see the"
                    + " README's failover runbook): creates what the standby lacks (NAT gateways, cache), scales it to the primary's capacity and"
                    + " opens the DNS gate to it.", List.of());
        }
        variable(v, "domain_name", "string", null, "DNS name of the service, in the hosted zone (e.g. shop.example.com).", List.of(
                validation("can(regex(\"^[a-z0-9.-]+\\\\.[a-z]{2,}$\", var.domain_name))", "A DNS name such as shop.example.com.")));
        variable(v, "hosted_zone_id", "string", null, "Route 53 hosted zone that holds domain_name.", List.of());
        variable(v, "alarm_email", "string", null, "Address that receives alarm notifications.", List.of(
                validation("can(regex(\"^[^@]+@[^@]+$\", var.alarm_email))", "An e-mail address.")));
        if (m.hasLocks()) {
            variable(v, RootModule.LOCKS_VARIABLE, "bool", new Hcl.Bool(false), "Turn on S3 Object Lock (compliance mode) on the log archive and the "
                    + "Backup vault lock. IRREVERSIBLE: object lock cannot be turned off and locked versions cannot be deleted until their retention "
                    + "ends; a vault lock cannot be removed after its 3-day grace period. Set true only once the retention periods are confirmed.",
                    List.of());
        }
        if (m.used.contains("ecs-service")) {
            variable(v, "container_image", "string", null, "Application container image (registry/repository:tag or @digest).", List.of());
        }
        if (m.used.contains("ecs-scheduled-task")) {
            variable(v, "batch_image", "string", null, "Batch job container image.", List.of());
        }
        if (m.used.contains("aurora")) {
            Engine engine = m.find(null, "aws.aurora").map(c -> c.valueOr(Keys.ENGINE, Engine.POSTGRESQL)).orElse(Engine.POSTGRESQL);
            variable(v, "aurora_engine_version", "string", str(AwsFacts.engineVersion("aurora", engine)), "Aurora engine version.", List.of());
        }
        if (m.auroraPostgresGlobal()) {
            variable(v, RootModule.MANAGED_RPO_VARIABLE, "number", Hcl.raw("null"), "Aurora managed RPO (rds.global_db_rpo) in seconds, 20 or more; null leaves"
                    + " it off. On, the primary makes commits wait whenever every secondary cluster lags more than this, so an outage of the recovery"
                    + " region stops writes in the primary until it is set back to null.", List.of(
                    validation("var." + RootModule.MANAGED_RPO_VARIABLE + " == null || try(var." + RootModule.MANAGED_RPO_VARIABLE + " >= 20, false)",
                            "aurora_managed_rpo_seconds must be null or at least 20.")));
        }
        if (m.used.contains("rds")) {
            engineVersion(v, "rds", Engine.POSTGRESQL, "RDS for PostgreSQL engine version.");
            engineVersion(v, "rds", Engine.MYSQL, "RDS for MySQL engine version.");
        }
        if (m.used.contains("elasticache")) {
            engineVersion(v, "elasticache", Engine.REDIS, "Redis OSS engine version.");
            engineVersion(v, "elasticache", Engine.VALKEY, "Valkey engine version.");
            engineVersion(v, "elasticache", Engine.MEMCACHED, "Memcached engine version.");
        }
        if (v.get(v.size() - 1) instanceof Hcl.Blank) {
            v.remove(v.size() - 1);
        }
        return Hcl.render(v);
    }

    /** The engine version variable the module's calls refer to ({@code var.<engine>_engine_version}). */
    private static void engineVersion(List<Hcl.Node> v, String module, Engine engine, String description) {
        variable(v, AwsFacts.engine(module, engine) + "_engine_version", "string", str(AwsFacts.engineVersion(module, engine)), description, List.of());
    }

    private static Hcl.Block validation(String condition, String message) {
        return block("validation", List.of(), List.of(attr("condition", raw(condition)), attr("error_message", message)));
    }

    private static void variable(List<Hcl.Node> out, String name, String type, Hcl.Expr dflt, String description, List<Hcl.Block> validations) {
        List<Hcl.Node> body = new ArrayList<>();
        body.add(attr("description", description));
        body.add(attr("type", raw(type)));
        if (dflt != null) {
            body.add(attr("default", dflt));
        }
        for (Hcl.Block b : validations) {
            body.add(blank());
            body.add(b);
        }
        out.add(block("variable", List.of(name), body));
        out.add(blank());
    }

    String tfvarsExample() {
        List<Hcl.Node> items = new ArrayList<>();
        items.add(Hcl.comment("Copy to terraform.tfvars and set these values."));
        items.add(attr("domain_name", "shop.example.com"));
        items.add(attr("hosted_zone_id", "Z0123456789EXAMPLE"));
        items.add(attr("alarm_email", "oncall@example.com"));
        if (m.used.contains("ecs-service")) {
            items.add(attr("container_image", "111122223333.dkr.ecr." + m.primary + ".amazonaws.com/app:1.0.0"));
        }
        if (m.used.contains("ecs-scheduled-task")) {
            items.add(attr("batch_image", "111122223333.dkr.ecr." + m.primary + ".amazonaws.com/batch:1.0.0"));
        }
        if (m.hasLocks()) {
            items.add(blank());
            items.add(Hcl.comment("Irreversible (see README.md, Irreversible settings): turn on only once the retention periods are confirmed."));
            items.add(attr(RootModule.LOCKS_VARIABLE, false));
        }
        return Hcl.render(items);
    }
}
