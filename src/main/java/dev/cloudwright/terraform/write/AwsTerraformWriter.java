package dev.cloudwright.terraform.write;

import static dev.cloudwright.terraform.write.Hcl.attr;
import static dev.cloudwright.terraform.write.Hcl.blank;
import static dev.cloudwright.terraform.write.Hcl.block;
import static dev.cloudwright.terraform.write.Hcl.raw;
import static dev.cloudwright.terraform.write.Hcl.str;

import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.RegionPlan;
import dev.cloudwright.model.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the Terraform for an architecture: a root module with one call per component and region to the
 * bundled modules (see {@code terraform/modules/aws/CONTRACT.md}), providers for each region, variables
 * with validations, outputs, and a README. Only this class and the modules know Terraform's names.
 */
public final class AwsTerraformWriter {

    /** Project settings that are not in the architecture. */
    public record Project(String name, String environment, String owner, String costCentre) {}

    /** A written file: path relative to the output folder, and its text. */
    public record File(String path, String text) {}

    private static final String MODULES = "/dev/cloudwright/terraform/modules/aws/";
    private static final Map<String, List<String>> MODULE_FILES = new LinkedHashMap<>();

    private final Architecture arch;
    private final Project project;
    private final String slug;
    private final String primary;
    private final String secondary;
    private final Map<String, List<Hcl.Node>> layers = new LinkedHashMap<>();
    private final java.util.SortedSet<String> used = new java.util.TreeSet<>();
    private final List<Hcl.Node> outputs = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private AwsTerraformWriter(Architecture arch, Project project) {
        this.arch = arch;
        this.project = project;
        this.slug = slug(project.name());
        this.primary = arch.regions().isEmpty() ? "us-east-1" : arch.regions().get(0).region();
        this.secondary = arch.regions().size() > 1 ? arch.regions().get(1).region() : null;
        for (String l : new String[] {"security", "network", "edge", "compute", "data", "cache", "storage", "observability", "backup"}) {
            layers.put(l, new ArrayList<>());
        }
    }

    /** The files of the Terraform folder for this architecture, in a fixed order. */
    public static List<File> write(Architecture arch, Project project) {
        return new AwsTerraformWriter(arch, project).files();
    }

    // ------------------------------------------------------------------ naming

    static String slug(String s) {
        String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (out.length() > 24) {
            out = out.substring(0, 24).replaceAll("-+$", "");
        }
        return out.isEmpty() ? "app" : out;
    }

    /** "primary" or "secondary" for a region. */
    private String part(String region) {
        return region.equals(primary) ? "primary" : "secondary";
    }

    private String provider(String region) {
        return region.equals(primary) ? "aws" : "aws.secondary";
    }

    /** The module name for a component: its local name and the region's part ("db_primary"), or its local name when global. */
    private String moduleName(Component c) {
        String local = c.id().substring(c.id().indexOf('.') + 1).replace('-', '_');
        return c.placement().isGlobal() ? local : local + "_" + part(c.region());
    }

    private Optional<Component> find(String region, String service) {
        return arch.components().stream().filter(c -> c.service().equals(service) && (region == null || c.region().equals(region))).findFirst();
    }

    private List<Component> all(String region, Role role) {
        return arch.components().stream().filter(c -> c.role() == role && c.region().equals(region)).toList();
    }

    private String kms(String region) {
        return "module.kms_" + part(region) + ".key_arn";
    }

    // ------------------------------------------------------------------ module calls

    /** A module call: source, providers, then the arguments (null values are left out). */
    private void call(String layer, String name, String module, String region, Component c, List<Hcl.Attr> args) {
        used.add(module);
        List<Hcl.Node> body = new ArrayList<>();
        body.add(attr("source", "./modules/" + module));
        if (region != null && !region.equals(primary)) {
            body.add(attr("providers", new Hcl.ObjX(List.of(entry("aws", raw("aws.secondary"))), false)));
        }
        body.add(blank());
        if (c != null && !module.equals("dns") && !module.equals("certificate")) {
            body.add(attr("name", Hcl.raw("\"${local.short_name}-" + shortName(c) + (region == null ? "" : "-" + (region.equals(primary) ? "pri" : "sec"))
                    + "\"")));
        }
        if (c != null) {
            body.add(attr("component_id", c.id()));
        }
        List<Hcl.Attr> args2 = args.stream().filter(a -> a.value() != null).toList();
        if (!args2.isEmpty()) {
            if (c != null) {
                body.add(blank());
            }
            body.addAll(args2);
        }
        List<Hcl.Node> layerItems = layers.get(layer);
        if (!layerItems.isEmpty()) {
            layerItems.add(blank());
        }
        layerItems.add(block("module", List.of(name), body));
    }

    private static String shortName(Component c) {
        return c.id().substring(c.id().indexOf('.') + 1);
    }

    static Map.Entry<String, Hcl.Expr> entry(String k, Hcl.Expr v) {
        return new AbstractMap.SimpleImmutableEntry<>(k, v);
    }

    private static Hcl.Attr arg(String name, Hcl.Expr v) {
        return v == null ? new Hcl.Attr(name, null) : attr(name, v);
    }

    private static Hcl.Attr arg(String name, String v) {
        return v == null ? new Hcl.Attr(name, null) : attr(name, v);
    }

    private static Hcl.Attr argRaw(String name, String expr) {
        return expr == null ? new Hcl.Attr(name, null) : attr(name, raw(expr));
    }

    private static Hcl.Attr arg(String name, Number v) {
        return v == null ? new Hcl.Attr(name, null) : attr(name, v);
    }

    // ------------------------------------------------------------------ generation

    private List<File> files() {
        for (RegionPlan r : arch.regions()) {
            region(r.region());
        }
        global();
        List<File> out = new ArrayList<>();
        out.add(new File("terraform/versions.tf", versions()));
        out.add(new File("terraform/providers.tf", providers()));
        out.add(new File("terraform/variables.tf", variables()));
        out.add(new File("terraform/locals.tf", locals()));
        for (Map.Entry<String, List<Hcl.Node>> l : layers.entrySet()) {
            if (!l.getValue().isEmpty()) {
                out.add(new File("terraform/" + l.getKey() + ".tf", Hcl.render(l.getValue())));
            }
        }
        outputs.add(block("output", List.of("domain_name"), List.of(attr("description", "DNS name of the service."),
                attr("value", raw("var.domain_name")))));
        out.add(new File("terraform/outputs.tf", Hcl.render(outputs)));
        out.add(new File("terraform/terraform.tfvars.example", tfvarsExample()));
        for (String m : used) {
            for (String f : moduleFiles(m)) {
                out.add(new File("terraform/modules/" + m + "/" + f, resource(MODULES + m + "/" + f)));
            }
        }
        out.add(new File("terraform/README.md", TerraformReadme.render(arch, project, primary, secondary, used, notes)));
        return out;
    }

    private void region(String r) {
        String p = part(r);
        // keys first: every other module encrypts with them
        for (Component k : all(r, Role.KEY_MANAGEMENT)) {
            boolean replica = k.property("multi_region", "").startsWith("replica") && secondary != null && r.equals(secondary);
            boolean multi = k.property("multi_region", "").startsWith("multi-Region");
            call("security", "kms_" + p, "kms", r, k, List.of(
                    arg("description", "Data keys of " + project.name() + " (" + r + ")"),
                    multi ? attr("multi_region", true) : arg("multi_region", (Hcl.Expr) null),
                    replica ? argRaw("replica_of", "module.kms_primary.key_arn") : arg("replica_of", (Hcl.Expr) null),
                    replica ? attr("is_replica", true) : arg("is_replica", (Hcl.Expr) null)));
        }
        find(r, "aws.vpc").ifPresent(vpc -> network(r, vpc));
        for (Component s : all(r, Role.SECRETS)) {
            List<Hcl.Expr> replicas = new ArrayList<>();
            if (s.property("replica") != null && secondary != null && r.equals(primary)) {
                replicas.add(new Hcl.ObjX(List.of(entry("region", raw("var.secondary_region")), entry("kms_key_arn", raw(kms(secondary)))), false));
            }
            if (r.equals(primary) || s.property("replica") == null && !hasReplicaIn(r, "aws.secrets-manager")) {
                call("security", moduleName(s), "secrets", r, s, List.of(
                        attr("secret_name", raw("\"${local.name}/app-" + p + "\"")),
                        arg("description", "Application API keys (" + s.property("contents", "set the value out of band") + ")"),
                        argRaw("kms_key_arn", kms(r)),
                        replicas.isEmpty() ? arg("replicas", (Hcl.Expr) null) : attr("replicas", new Hcl.ListX(replicas, true))));
                outputs.add(block("output", List.of("app_secret_arn_" + p), List.of(attr("description", "Secret for the application's keys in " + r
                        + " (set its value out of band)."), attr("value", raw("module." + moduleName(s) + ".secret_arn")))));
                outputs.add(blank());
            }
        }
        for (Component c : arch.components()) {
            if (!c.region().equals(r)) {
                continue;
            }
            switch (c.service()) {
                case "aws.s3" -> bucket(r, c);
                case "aws.aurora" -> aurora(r, c);
                case "aws.rds" -> rds(r, c);
                case "aws.dynamodb" -> dynamodb(r, c);
                case "aws.elasticache" -> cache(r, c);
                case "aws.sqs" -> queue(r, c);
                default -> {
                }
            }
        }
        Optional<Component> alb = find(r, "aws.alb");
        alb.ifPresent(a -> alb(r, a));
        for (Component c : all(r, Role.COMPUTE)) {
            compute(r, c, alb.isPresent());
        }
        observability(r);
        backup(r);
    }

    private boolean hasReplicaIn(String region, String service) {
        return find(primary, service).map(c -> c.property("replica") != null).orElse(false) && !region.equals(primary);
    }

    private void network(String r, Component vpc) {
        Optional<Component> nat = find(r, "aws.nat-gateway");
        String mode = nat.isEmpty() ? "none" : nat.get().sizing().countOr(1) >= vpc.placement().zones().size() && vpc.placement().zones().size() > 1
                ? "per_az" : "single";
        List<String> endpoints = new ArrayList<>();
        for (String e : vpc.property("gateway_endpoints", "").split(",\\s*")) {
            if (!e.isBlank()) {
                endpoints.add(e.trim().toLowerCase(Locale.ROOT));
            }
        }
        String p = part(r);
        call("network", "network_" + p, "network", r, vpc, List.of(
                attr("cidr", vpc.property("cidr", r.equals(primary) ? "10.0.0.0/16" : "10.1.0.0/16")),
                attr("azs", Hcl.strings(vpc.placement().zones())),
                attr("nat_gateways", mode),
                attr("gateway_endpoints", Hcl.strings(endpoints)),
                argRaw("kms_key_arn", kms(r))));
        outputs.add(block("output", List.of("vpc_id_" + p), List.of(attr("description", "VPC in " + r + "."),
                attr("value", raw("module.network_" + p + ".vpc_id")))));
        outputs.add(blank());
        if (nat.isPresent()) {
            notes.add("NAT gateways in " + r + ": " + mode.replace('_', ' ') + ".");
        }
    }

    private int appPort(String r) {
        for (Connection c : arch.connections()) {
            if (c.from().equals(r + ".alb") && c.port() > 0) {
                return c.port();
            }
        }
        return 8080;
    }

    private void alb(String r, Component a) {
        String p = part(r);
        call("edge", "certificate_" + p, "certificate", r, null, List.of(
                attr("component_id", a.id()),
                attr("domain_name", raw("var.domain_name")),
                attr("subject_alternative_names", new Hcl.ListX(List.of(raw("\"origin.${var.domain_name}\"")), false)),
                attr("zone_id", raw("var.hosted_zone_id"))));
        Optional<Component> waf = find(r, "aws.waf");
        waf.ifPresent(w -> call("edge", moduleName(w), "waf", r, w, List.of(
                attr("scope", "REGIONAL"),
                attr("managed_rule_groups", Hcl.strings(managedRules(w))),
                argRaw("kms_key_arn", kms(r)))));
        call("edge", moduleName(a), "alb", r, a, List.of(
                argRaw("vpc_id", "module.network_" + p + ".vpc_id"),
                argRaw("public_subnet_ids", "module.network_" + p + ".public_subnet_ids"),
                argRaw("certificate_arn", "module.certificate_" + p + ".certificate_arn"),
                attr("app_port", appPort(r)),
                attr("target_type", computeOf(r).map(c -> c.service().equals("aws.ec2-asg") ? "instance" : "ip").orElse("ip")),
                waf.isPresent() ? argRaw("web_acl_arn", "module." + moduleName(waf.get()) + ".web_acl_arn") : arg("web_acl_arn", (Hcl.Expr) null),
                waf.isPresent() ? attr("attach_web_acl", true) : arg("attach_web_acl", (Hcl.Expr) null)));
        outputs.add(block("output", List.of("alb_dns_name_" + p), List.of(attr("description", "Load balancer in " + r + "."),
                attr("value", raw("module." + moduleName(a) + ".dns_name")))));
        outputs.add(blank());
    }

    private Optional<Component> computeOf(String r) {
        return all(r, Role.COMPUTE).stream().filter(c -> !c.service().equals("aws.fargate-batch")).findFirst();
    }

    private static List<String> managedRules(Component waf) {
        List<String> out = new ArrayList<>();
        for (String rule : waf.property("rules", "AWSManagedRulesCommonRuleSet").split(",\\s*")) {
            if (rule.startsWith("AWSManagedRules")) {
                out.add(rule.trim());
            }
        }
        return out;
    }

    private void compute(String r, Component c, boolean behindAlb) {
        String p = part(r);
        String name = moduleName(c);
        switch (c.service()) {
            case "aws.ecs-fargate" -> {
                int[] size = taskSize(c.sizing().sku());
                call("compute", name, "ecs-service", r, c, List.of(
                        argRaw("vpc_id", "module.network_" + p + ".vpc_id"),
                        argRaw("vpc_cidr", "module.network_" + p + ".vpc_cidr"),
                        argRaw("subnet_ids", "module.network_" + p + ".private_subnet_ids"),
                        argRaw("alb_security_group_id", "module.alb_" + p + ".security_group_id"),
                        argRaw("target_group_arn", "module.alb_" + p + ".target_group_arn"),
                        argRaw("container_image", "var.container_image"),
                        attr("container_port", appPort(r)),
                        attr("cpu", size[0]),
                        attr("memory", size[1]),
                        attr("cpu_architecture", arch(c).equals("arm64") ? "ARM64" : "X86_64"),
                        attr("desired_count", c.sizing().countOr(1)),
                        attr("min_capacity", c.sizing().min() == null ? c.sizing().countOr(1) : c.sizing().min()),
                        attr("max_capacity", Math.max(c.sizing().max() == null ? c.sizing().countOr(1) : c.sizing().max(), 1)),
                        argRaw("kms_key_arn", kms(r))));
            }
            case "aws.fargate-batch" -> {
                int[] size = taskSize(c.sizing().sku());
                call("compute", name, "ecs-scheduled-task", r, c, List.of(
                        argRaw("vpc_id", "module.network_" + p + ".vpc_id"),
                        argRaw("vpc_cidr", "module.network_" + p + ".vpc_cidr"),
                        argRaw("subnet_ids", "module.network_" + p + ".private_subnet_ids"),
                        argRaw("container_image", "var.batch_image"),
                        attr("cpu", size[0]),
                        attr("memory", size[1]),
                        attr("cpu_architecture", arch(c).equals("arm64") ? "ARM64" : "X86_64"),
                        attr("schedule_expression", "cron(0 1 * * ? *)"),
                        attr("task_count", Math.max(1, c.sizing().max() == null ? 1 : c.sizing().max())),
                        attr("use_spot", c.property("capacity", "").contains("spot")),
                        argRaw("kms_key_arn", kms(r))));
            }
            case "aws.lambda" -> {
                int memory = parseLeadingInt(c.sizing().sku(), 1024);
                boolean vpc = !c.property("vpc", "none").equals("none");
                call("compute", name, "lambda-api", r, c, List.of(
                        attr("memory_mb", memory),
                        attr("timeout_seconds", parseLeadingInt(c.property("timeout_seconds"), 29)),
                        attr("architecture", arch(c).equals("arm64") ? "arm64" : "x86_64"),
                        vpc ? argRaw("vpc_id", "module.network_" + p + ".vpc_id") : arg("vpc_id", (Hcl.Expr) null),
                        vpc ? argRaw("vpc_cidr", "module.network_" + p + ".vpc_cidr") : arg("vpc_cidr", (Hcl.Expr) null),
                        vpc ? argRaw("subnet_ids", "module.network_" + p + ".private_subnet_ids") : arg("subnet_ids", (Hcl.Expr) null),
                        argRaw("kms_key_arn", kms(r))));
                outputs.add(block("output", List.of("api_endpoint_" + p), List.of(attr("description", "HTTP API endpoint in " + r + "."),
                        attr("value", raw("module." + name + ".api_endpoint")))));
                outputs.add(blank());
                if (find(r, "aws.waf").isPresent()) {
                    notes.add("The design places a WAF in front of the API in " + r + ", but AWS WAF cannot be associated with an HTTP API; it is not"
                            + " created. Put CloudFront (with WAF) in front of the API, or use a REST API, to filter requests.");
                }
            }
            case "aws.eks" -> call("compute", name, "eks", r, c, List.of(
                    argRaw("subnet_ids", "module.network_" + p + ".private_subnet_ids"),
                    attr("instance_types", Hcl.strings(List.of(c.sizing().sku() == null ? "m7g.large" : c.sizing().sku()))),
                    attr("desired_size", c.sizing().countOr(2)),
                    attr("min_size", c.sizing().min() == null ? c.sizing().countOr(2) : c.sizing().min()),
                    attr("max_size", Math.max(1, c.sizing().max() == null ? c.sizing().countOr(2) : c.sizing().max())),
                    argRaw("kms_key_arn", kms(r))));
            case "aws.ec2-asg" -> call("compute", name, "ec2-asg", r, c, List.of(
                    argRaw("vpc_id", "module.network_" + p + ".vpc_id"),
                    argRaw("vpc_cidr", "module.network_" + p + ".vpc_cidr"),
                    argRaw("subnet_ids", "module.network_" + p + ".private_subnet_ids"),
                    attr("instance_type", c.sizing().sku() == null ? "m7g.large" : c.sizing().sku()),
                    attr("min_size", c.sizing().min() == null ? c.sizing().countOr(1) : c.sizing().min()),
                    attr("max_size", Math.max(1, c.sizing().max() == null ? c.sizing().countOr(1) : c.sizing().max())),
                    attr("desired_capacity", c.sizing().countOr(1)),
                    behindAlb ? attr("target_group_arns", new Hcl.ListX(List.of(raw("module.alb_" + p + ".target_group_arn")), false))
                            : arg("target_group_arns", (Hcl.Expr) null),
                    argRaw("alb_security_group_id", "module.alb_" + p + ".security_group_id"),
                    attr("app_port", appPort(r)),
                    argRaw("kms_key_arn", kms(r)),
                    attr("architecture", c.sizing().sku() != null && c.sizing().sku().matches("[a-z]+[0-9]+g[a-z]*\\..*") ? "arm64" : "x86_64")));
            default -> notes.add("Compute service " + c.service() + " of " + c.id() + " has no module yet; it is not written.");
        }
    }

    private static String arch(Component c) {
        String a = c.property("arch", "x86").toLowerCase(Locale.ROOT);
        return a.contains("arm") || a.contains("graviton") ? "arm64" : "x86";
    }

    /** Fargate task size "2vCPU-4GB" as CPU units and MiB. */
    static int[] taskSize(String sku) {
        if (sku == null) {
            return new int[] {1024, 2048};
        }
        var m = java.util.regex.Pattern.compile("([0-9.]+)vCPU-([0-9.]+)GB").matcher(sku);
        if (!m.matches()) {
            return new int[] {1024, 2048};
        }
        return new int[] {(int) Math.round(Double.parseDouble(m.group(1)) * 1024), (int) Math.round(Double.parseDouble(m.group(2)) * 1024)};
    }

    private static int parseLeadingInt(String s, int dflt) {
        if (s == null) {
            return dflt;
        }
        var m = java.util.regex.Pattern.compile("^([0-9]+)").matcher(s.trim());
        return m.find() ? Integer.parseInt(m.group(1)) : dflt;
    }

    private List<Hcl.Expr> clientSecurityGroups(String r) {
        List<Hcl.Expr> out = new ArrayList<>();
        for (Component c : all(r, Role.COMPUTE)) {
            String m = moduleName(c);
            switch (c.service()) {
                case "aws.ecs-fargate", "aws.fargate-batch", "aws.ec2-asg" -> out.add(raw("module." + m + ".security_group_id"));
                case "aws.eks" -> out.add(raw("module." + m + ".cluster_security_group_id"));
                case "aws.lambda" -> {
                    if (!c.property("vpc", "none").equals("none")) {
                        out.add(raw("module." + m + ".security_group_id"));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    private void aurora(String r, Component db) {
        String p = part(r);
        boolean secondaryCluster = db.property("role", "").contains("secondary");
        boolean global = db.property("cross_region", "").contains("global") || secondaryCluster;
        String engine = "aurora-" + (db.property("engine", "postgresql").contains("mysql") ? "mysql" : "postgresql");
        if (global && !secondaryCluster) {
            List<Hcl.Node> layer = layers.get("data");
            if (!layer.isEmpty()) {
                layer.add(blank());
            }
            layer.add(block("resource", List.of("aws_rds_global_cluster", "db"), List.of(
                    attr("global_cluster_identifier", raw("\"${local.name}-db\"")),
                    attr("engine", engine),
                    attr("engine_version", raw("var.aurora_engine_version")),
                    attr("storage_encrypted", true),
                    attr("deletion_protection", true))));
        }
        call("data", moduleName(db), "aurora", r, db, List.of(
                attr("engine", engine),
                argRaw("engine_version", "var.aurora_engine_version"),
                attr("instance_class", db.sizing().sku() == null ? "db.r7g.large" : db.sizing().sku()),
                attr("instance_count", Math.max(1, db.sizing().countOr(1))),
                argRaw("vpc_id", "module.network_" + p + ".vpc_id"),
                argRaw("subnet_ids", "module.network_" + p + ".data_subnet_ids"),
                attr("client_security_group_ids", new Hcl.ListX(clientSecurityGroups(r), false)),
                argRaw("kms_key_arn", kms(r)),
                db.property("storage_config", "").contains("optimized") ? attr("storage_type", "aurora-iopt1") : arg("storage_type", (Hcl.Expr) null),
                global ? argRaw("global_cluster_identifier", "aws_rds_global_cluster.db.id") : arg("global_cluster_identifier", (Hcl.Expr) null),
                global && !secondaryCluster ? attr("manage_master_password", false) : arg("manage_master_password", (Hcl.Expr) null),
                secondaryCluster ? attr("is_secondary", true) : arg("is_secondary", (Hcl.Expr) null)));
    }

    private void rds(String r, Component db) {
        String p = part(r);
        boolean replica = db.property("role", "").contains("replica");
        boolean proxy = find(r, "aws.rds-proxy").isPresent();
        boolean hasReplica = !replica && secondary != null && find(secondary, "aws.rds").map(x -> x.property("role", "").contains("replica")).orElse(false);
        String engine = db.property("engine", "postgresql").contains("mysql") ? "mysql" : "postgres";
        call("data", moduleName(db), "rds", r, db, List.of(
                attr("engine", engine),
                argRaw("engine_version", engine.equals("mysql") ? "var.mysql_engine_version" : "var.postgres_engine_version"),
                attr("instance_class", db.sizing().sku() == null ? "db.t4g.medium" : db.sizing().sku()),
                attr("allocated_storage", (int) Math.max(20, Math.ceil(db.sizing().storageGb() == null ? 20 : db.sizing().storageGb()))),
                attr("multi_az", db.property("deployment", "").contains("multi")),
                argRaw("vpc_id", "module.network_" + p + ".vpc_id"),
                argRaw("subnet_ids", "module.network_" + p + ".data_subnet_ids"),
                attr("client_security_group_ids", new Hcl.ListX(clientSecurityGroups(r), false)),
                argRaw("kms_key_arn", kms(r)),
                proxy ? attr("proxy", true) : arg("proxy", (Hcl.Expr) null),
                replica ? argRaw("replicate_source_db", "module.db_primary.instance_arn") : arg("replicate_source_db", (Hcl.Expr) null),
                replica ? attr("is_replica", true) : arg("is_replica", (Hcl.Expr) null),
                hasReplica ? attr("manage_master_password", false) : arg("manage_master_password", (Hcl.Expr) null)));
    }

    private void dynamodb(String r, Component t) {
        if (!r.equals(primary) && t.property("global_table") != null) {
            return; // a replica of the primary's global table
        }
        List<Hcl.Expr> replicas = new ArrayList<>();
        if (t.property("global_table") != null && secondary != null) {
            replicas.add(new Hcl.ObjX(List.of(entry("region", raw("var.secondary_region")), entry("kms_key_arn", raw(kms(secondary)))), false));
        }
        call("data", moduleName(t), "dynamodb", r, t, List.of(
                argRaw("kms_key_arn", kms(r)),
                replicas.isEmpty() ? arg("replicas", (Hcl.Expr) null) : attr("replicas", new Hcl.ListX(replicas, true))));
    }

    private void cache(String r, Component c) {
        String p = part(r);
        String engine = c.property("engine", "redis");
        String e = engine.contains("memcached") ? "memcached" : engine.contains("valkey") ? "valkey" : "redis";
        int shards = c.sizing().shards() == null ? 1 : c.sizing().shards();
        int replicas = c.sizing().replicas() == null ? Math.max(0, c.sizing().countOr(1) / Math.max(1, shards) - 1) : c.sizing().replicas();
        call("cache", moduleName(c), "elasticache", r, c, List.of(
                attr("engine", e),
                argRaw("engine_version", e.equals("memcached") ? "var.memcached_engine_version" : e.equals("valkey") ? "var.valkey_engine_version"
                        : "var.redis_engine_version"),
                attr("node_type", c.sizing().sku() == null ? "cache.r7g.large" : c.sizing().sku()),
                attr("num_node_groups", shards),
                attr("replicas_per_node_group", replicas),
                argRaw("vpc_id", "module.network_" + p + ".vpc_id"),
                argRaw("subnet_ids", "module.network_" + p + ".data_subnet_ids"),
                attr("client_security_group_ids", new Hcl.ListX(clientSecurityGroups(r), false)),
                argRaw("kms_key_arn", kms(r))));
    }

    private void queue(String r, Component q) {
        call("compute", moduleName(q), "sqs", r, q, List.of(argRaw("kms_key_arn", kms(r))));
    }

    private void bucket(String r, Component b) {
        String p = part(r);
        String local = shortName(b);
        List<Hcl.Attr> args = new ArrayList<>();
        args.add(attr("bucket_name", raw("\"${local.bucket_prefix}-" + local + "-" + r + "\"")));
        args.add(argRaw("kms_key_arn", kms(r)));
        List<Hcl.Expr> rules = lifecycle(b);
        if (!rules.isEmpty()) {
            args.add(attr("lifecycle_rules", new Hcl.ListX(rules, true)));
        }
        if (b.property("object_lock") != null) {
            args.add(attr("object_lock_mode", b.property("object_lock").toLowerCase(Locale.ROOT).contains("compliance") ? "COMPLIANCE" : "GOVERNANCE"));
            args.add(attr("object_lock_days", Math.max(1, parseLeadingInt(b.property("retention_months"), 12) * 30)));
        }
        String replication = b.property("replication");
        if (replication != null && secondary != null && r.equals(primary)) {
            args.add(attr("replication_enabled", true));
            args.add(argRaw("replication_destination_bucket_arn", "module." + local.replace('-', '_') + "_secondary.bucket_arn"));
            args.add(argRaw("replication_destination_kms_key_arn", kms(secondary)));
            if (replication.contains("Replication Time Control")) {
                args.add(attr("replication_time_control", true));
            }
        }
        if (b.property("access", "").contains("CDN") && find(null, "aws.cloudfront").isPresent()) {
            args.add(attr("cloudfront_distribution_arns", new Hcl.ListX(List.of(raw("module.cdn.distribution_arn")), false)));
        }
        if (arch.components().stream().anyMatch(c -> c.service().equals("aws.cloudtrail") && b.id().equals(c.property("destination")))) {
            args.add(attr("allow_cloudtrail", true));
        }
        if (local.equals("logs") && arch.components().stream().anyMatch(c -> c.service().equals("aws.config"))) {
            args.add(attr("allow_log_delivery", true));
        }
        call("storage", moduleName(b), "s3-bucket", r, b, args);
        outputs.add(block("output", List.of("bucket_" + local.replace('-', '_') + "_" + p), List.of(attr("description", "The " + local + " bucket in "
                + r + "."), attr("value", raw("module." + moduleName(b) + ".bucket_id")))));
        outputs.add(blank());
    }

    /** Lifecycle rules from the design's wording ("Standard -> Standard-IA after 30 days -> ..."; retention in months). */
    private static List<Hcl.Expr> lifecycle(Component b) {
        List<Hcl.Expr> rules = new ArrayList<>();
        String text = b.property("lifecycle");
        if (text != null) {
            List<Hcl.Expr> transitions = new ArrayList<>();
            var m = java.util.regex.Pattern.compile("-> ([A-Za-z -]+?) after ([0-9]+) days").matcher(text);
            while (m.find()) {
                String cls = storageClass(m.group(1).trim());
                if (cls != null) {
                    transitions.add(new Hcl.ObjX(List.of(entry("days", new Hcl.Num(Integer.parseInt(m.group(2)))), entry("storage_class", str(cls))), false));
                }
            }
            var nc = java.util.regex.Pattern.compile("noncurrent versions expire after ([0-9]+) days").matcher(text);
            int noncurrent = nc.find() ? Integer.parseInt(nc.group(1)) : 0;
            rules.add(new Hcl.ObjX(List.of(entry("id", str("tiering")), entry("transitions", new Hcl.ListX(transitions, true)),
                    entry("expiration_days", new Hcl.Num(0)), entry("noncurrent_expiration_days", new Hcl.Num(noncurrent))), true));
        }
        String months = b.property("retention_months");
        if (months != null) {
            int days = parseLeadingInt(months, 12) * 30 + 5;
            rules.add(new Hcl.ObjX(List.of(entry("id", str("retention")), entry("transitions", new Hcl.ListX(List.of(new Hcl.ObjX(List.of(
                    entry("days", new Hcl.Num(90)), entry("storage_class", str("GLACIER_IR"))), false)), true)),
                    entry("expiration_days", new Hcl.Num(days)), entry("noncurrent_expiration_days", new Hcl.Num(30))), true));
        }
        return rules;
    }

    static String storageClass(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        if (w.contains("deep archive")) {
            return "DEEP_ARCHIVE";
        }
        if (w.contains("instant")) {
            return "GLACIER_IR";
        }
        if (w.contains("glacier")) {
            return "GLACIER";
        }
        if (w.contains("one zone")) {
            return "ONEZONE_IA";
        }
        if (w.contains("intelligent")) {
            return "INTELLIGENT_TIERING";
        }
        if (w.contains("ia")) {
            return "STANDARD_IA";
        }
        return null;
    }

    private void observability(String r) {
        String p = part(r);
        for (Component m : all(r, Role.MONITORING)) {
            List<Hcl.Attr> args = new ArrayList<>();
            List<String> watch = new ArrayList<>();
            args.add(argRaw("kms_key_arn", kms(r)));
            args.add(argRaw("alarm_email", "var.alarm_email"));
            find(r, "aws.alb").ifPresent(a -> {
                watch.add("alb");
                args.add(argRaw("alb_arn_suffix", "module." + moduleName(a) + ".alb_arn_suffix"));
                args.add(argRaw("target_group_arn_suffix", "module." + moduleName(a) + ".target_group_arn_suffix"));
            });
            for (Component c : all(r, Role.COMPUTE)) {
                switch (c.service()) {
                    case "aws.ecs-fargate" -> {
                        watch.add("ecs");
                        args.add(argRaw("ecs_cluster_name", "module." + moduleName(c) + ".cluster_name"));
                        args.add(argRaw("ecs_service_name", "module." + moduleName(c) + ".service_name"));
                    }
                    case "aws.lambda" -> {
                        watch.add("lambda");
                        watch.add("api");
                        args.add(argRaw("lambda_function_name", "module." + moduleName(c) + ".function_name"));
                        args.add(argRaw("api_id", "module." + moduleName(c) + ".api_id"));
                    }
                    case "aws.ec2-asg" -> {
                        watch.add("asg");
                        args.add(argRaw("asg_name", "module." + moduleName(c) + ".asg_name"));
                    }
                    case "aws.eks" -> {
                        watch.add("eks");
                        args.add(argRaw("eks_cluster_name", "module." + moduleName(c) + ".cluster_name"));
                    }
                    default -> {
                    }
                }
            }
            find(r, "aws.aurora").ifPresent(d -> {
                watch.add("aurora");
                args.add(argRaw("aurora_cluster_identifier", "module." + moduleName(d) + ".cluster_identifier"));
            });
            find(r, "aws.rds").ifPresent(d -> {
                watch.add("rds");
                args.add(argRaw("rds_instance_identifier", "module." + moduleName(d) + ".instance_identifier"));
            });
            find(primary, "aws.dynamodb").filter(d -> r.equals(primary)).ifPresent(d -> {
                watch.add("dynamodb");
                args.add(argRaw("dynamodb_table_name", "module." + moduleName(d) + ".table_name"));
            });
            find(r, "aws.elasticache").filter(cc -> !cc.property("engine", "").contains("memcached")).ifPresent(cc -> {
                watch.add("elasticache");
                args.add(argRaw("elasticache_replication_group_id", "module." + moduleName(cc) + ".replication_group_id"));
                args.add(attr("elasticache_num_node_groups", cc.sizing().shards() == null ? 1 : cc.sizing().shards()));
                args.add(attr("elasticache_replicas_per_node_group", cc.sizing().replicas() == null ? 0 : cc.sizing().replicas()));
            });
            args.add(attr("log_retention_days", parseLeadingInt(m.property("log_retention_days"), 30)));
            args.add(2, attr("watch", Hcl.strings(watch)));
            call("observability", moduleName(m), "monitoring", r, m, args);
        }
        find(r, "aws.cloudtrail").ifPresent(t -> {
            String dest = t.property("destination");
            Component bucket = dest == null ? null : arch.component(dest).orElse(null);
            call("security", moduleName(t), "trail", r, t, List.of(
                    argRaw("s3_bucket_name", bucket == null ? "var.trail_bucket_name" : "module." + moduleName(bucket) + ".bucket_id"),
                    argRaw("kms_key_arn", kms(r))));
        });
        Optional<Component> gd = find(r, "aws.guardduty");
        Optional<Component> cfg = find(r, "aws.config");
        Optional<Component> hub = find(r, "aws.security-hub");
        Optional<Component> anchor = gd.isPresent() ? gd : cfg.isPresent() ? cfg : hub;
        anchor.ifPresent(a -> {
            // AWS Config delivers to the region's log bucket, else to the primary region's (delivery may cross regions).
            Optional<Component> logs = all(r, Role.OBJECT_STORAGE).stream().filter(b -> b.id().endsWith(".logs")).findFirst()
                    .or(() -> all(primary, Role.OBJECT_STORAGE).stream().filter(b -> b.id().endsWith(".logs")).findFirst());
            List<String> standards = new ArrayList<>();
            for (String s : hub.map(h -> h.property("standards", "")).orElse("").split(",\\s*")) {
                String arn = standardArn(s.trim());
                if (arn != null) {
                    standards.add(arn);
                }
            }
            call("security", "threat_detection_" + p, "threat-detection", r, a, List.of(
                    attr("enable_guardduty", gd.isPresent()),
                    attr("enable_config", cfg.isPresent() && logs.isPresent()),
                    cfg.isPresent() && logs.isPresent() ? argRaw("config_bucket_name", "module." + moduleName(logs.get()) + ".bucket_id")
                            : arg("config_bucket_name", (Hcl.Expr) null),
                    attr("include_global_resources", r.equals(primary)),
                    attr("enable_security_hub", hub.isPresent()),
                    standards.isEmpty() ? arg("security_hub_standards", (Hcl.Expr) null) : attr("security_hub_standards", Hcl.strings(standards))));
        });
    }

    /** Security Hub standard names used by the design -> standard ARN suffixes. */
    static String standardArn(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("foundational")) {
            return "standards/aws-foundational-security-best-practices/v/1.0.0";
        }
        if (n.contains("cis")) {
            return "standards/cis-aws-foundations-benchmark/v/3.0.0";
        }
        if (n.contains("pci")) {
            return "standards/pci-dss/v/3.2.1";
        }
        if (n.contains("nist")) {
            return "standards/nist-800-53/v/5.0.0";
        }
        return null;
    }

    private void backup(String r) {
        for (Component b : all(r, Role.BACKUP)) {
            boolean plan = b.property("schedule") != null;
            List<Hcl.Attr> args = new ArrayList<>();
            args.add(argRaw("kms_key_arn", kms(r)));
            args.add(attr("create_plan", plan));
            if (plan) {
                List<Hcl.Expr> arns = new ArrayList<>();
                for (Component c : all(r, Role.DATABASE)) {
                    switch (c.service()) {
                        case "aws.aurora" -> arns.add(raw("module." + moduleName(c) + ".cluster_arn"));
                        case "aws.rds" -> arns.add(raw("module." + moduleName(c) + ".instance_arn"));
                        case "aws.dynamodb" -> arns.add(raw("module." + moduleName(c) + ".table_arn"));
                        default -> {
                        }
                    }
                }
                args.add(attr("resource_arns", new Hcl.ListX(arns, false)));
                args.add(attr("retention_days", Math.min(35, parseLeadingInt(b.property("retention_days"), 35))));
                Optional<Component> vault = secondary == null || r.equals(secondary) ? Optional.empty()
                        : all(secondary, Role.BACKUP).stream().findFirst();
                vault.ifPresent(v -> args.add(argRaw("copy_destination_vault_arn", "module." + moduleName(v) + ".vault_arn")));
                if (b.property("vault_lock") != null) {
                    args.add(attr("vault_lock_days", Math.min(35, parseLeadingInt(b.property("retention_days"), 35))));
                }
            } else {
                args.add(attr("copy_retention_days", parseLeadingInt(b.property("copy_retention_days"), 7)));
            }
            call("backup", moduleName(b), "backup", r, b, args);
        }
    }

    private void global() {
        Optional<Component> cdn = find(null, "aws.cloudfront");
        Optional<Component> cdnWaf = arch.components().stream().filter(c -> c.service().equals("aws.waf") && c.placement().isGlobal()).findFirst();
        cdn.ifPresent(c -> {
            call("edge", "certificate_cdn", "certificate", null, null, List.of(
                    attr("component_id", c.id()),
                    attr("domain_name", raw("var.domain_name")),
                    attr("zone_id", raw("var.hosted_zone_id"))));
            providersFor("certificate_cdn", "aws.us_east_1");
            cdnWaf.ifPresent(w -> {
                call("edge", "waf_cdn", "waf", null, w, List.of(
                        attr("scope", "CLOUDFRONT"),
                        attr("managed_rule_groups", Hcl.strings(managedRules(w))),
                        arg("kms_key_arn", (Hcl.Expr) null)));
                providersFor("waf_cdn", "aws.us_east_1");
            });
            Optional<Component> assets = all(primary, Role.OBJECT_STORAGE).stream().filter(b -> b.property("access", "").contains("CDN")).findFirst();
            call("edge", "cdn", "cdn", null, c, List.of(
                    attr("aliases", new Hcl.ListX(List.of(raw("var.domain_name")), false)),
                    argRaw("certificate_arn", "module.certificate_cdn.certificate_arn"),
                    cdnWaf.isPresent() ? argRaw("web_acl_arn", "module.waf_cdn.web_acl_arn") : arg("web_acl_arn", (Hcl.Expr) null),
                    assets.isPresent() ? argRaw("s3_bucket_regional_domain_name", "module." + moduleName(assets.get()) + ".bucket_regional_domain_name")
                            : arg("s3_bucket_regional_domain_name", (Hcl.Expr) null),
                    argRaw("primary_origin_domain", "\"origin.${var.domain_name}\"")));
            // CloudFront reaches the load balancers through one name their certificates cover, which Route 53 fails over
            // between the regions by health check: every method works at the edge (an origin group would allow only reads).
            List<Hcl.Expr> origins = albEndpoints();
            if (!origins.isEmpty()) {
                call("edge", "origin_dns", "dns", null, c, List.of(
                        attr("zone_id", raw("var.hosted_zone_id")),
                        attr("record_name", raw("\"origin.${var.domain_name}\"")),
                        attr("routing", origins.size() > 1 ? "failover" : "latency"),
                        attr("endpoints", new Hcl.ListX(origins, true))));
            }
            outputs.add(block("output", List.of("cdn_domain_name"), List.of(attr("description", "CloudFront domain name."),
                    attr("value", raw("module.cdn.domain_name")))));
            outputs.add(blank());
        });
        find(null, "aws.route53").ifPresent(d -> {
            List<Hcl.Expr> endpoints = albEndpoints();
            if (cdn.isEmpty() && endpoints.isEmpty()) {
                notes.add("DNS: the design's front door has no load balancer or CDN to point a record at (an API Gateway endpoint is used"
                        + " directly); add a custom domain for the API and its alias record.");
                return;
            }
            String routing = cdn.isPresent() ? "alias" : endpoints.size() == 1 || d.property("routing", "failover").contains("latency") ? "latency"
                    : "failover";
            call("edge", "dns", "dns", null, d, List.of(
                    attr("zone_id", raw("var.hosted_zone_id")),
                    attr("record_name", raw("var.domain_name")),
                    attr("routing", routing),
                    cdn.isPresent() ? argRaw("cdn_domain_name", "module.cdn.domain_name") : arg("cdn_domain_name", (Hcl.Expr) null),
                    cdn.isPresent() ? argRaw("cdn_hosted_zone_id", "module.cdn.hosted_zone_id") : arg("cdn_hosted_zone_id", (Hcl.Expr) null),
                    endpoints.isEmpty() ? arg("endpoints", (Hcl.Expr) null) : attr("endpoints", new Hcl.ListX(endpoints, true))));
        });
    }

    /** The regions' load balancers as DNS endpoints, primary first; health checks go to each load balancer itself. */
    private List<Hcl.Expr> albEndpoints() {
        List<Hcl.Expr> endpoints = new ArrayList<>();
        for (RegionPlan rp : arch.regions()) {
            String r = rp.region();
            Optional<Component> alb = find(r, "aws.alb");
            if (alb.isPresent()) {
                String m = "module." + moduleName(alb.get());
                endpoints.add(new Hcl.ObjX(List.of(entry("region", str(r)), entry("dns_name", raw(m + ".dns_name")), entry("zone_id", raw(m + ".zone_id")),
                        entry("health_check_fqdn", raw(m + ".dns_name"))), true));
            }
        }
        return endpoints;
    }

    /** Replaces the providers of an already written module call (global modules placed in us-east-1). */
    private void providersFor(String module, String provider) {
        List<Hcl.Node> edge = layers.get("edge");
        for (int i = 0; i < edge.size(); i++) {
            if (edge.get(i) instanceof Hcl.Block b && b.labels().equals(List.of(module))) {
                List<Hcl.Node> body = new ArrayList<>(b.body());
                body.add(1, attr("providers", new Hcl.ObjX(List.of(entry("aws", raw(provider))), false)));
                edge.set(i, block("module", b.labels(), body));
            }
        }
    }

    // ------------------------------------------------------------------ root files

    private String versions() {
        List<Hcl.Node> providers = new ArrayList<>();
        providers.add(attr("aws", new Hcl.ObjX(List.of(entry("source", str("hashicorp/aws")), entry("version", str("~> 6.0"))), true)));
        if (used.contains("lambda-api")) {
            providers.add(attr("archive", new Hcl.ObjX(List.of(entry("source", str("hashicorp/archive")), entry("version", str("~> 2.7"))), true)));
        }
        return Hcl.render(List.of(block("terraform", List.of(), List.of(
                attr("required_version", ">= 1.11.0"),
                blank(),
                block("required_providers", List.of(), providers)))));
    }

    private String providers() {
        List<Hcl.Node> items = new ArrayList<>();
        items.add(block("provider", List.of("aws"), List.of(attr("region", raw("var.primary_region")), blank(), defaultTags())));
        if (secondary != null) {
            items.add(blank());
            items.add(block("provider", List.of("aws"), List.of(attr("alias", "secondary"), attr("region", raw("var.secondary_region")), blank(),
                    defaultTags())));
        }
        if (find(null, "aws.cloudfront").isPresent()) {
            items.add(blank());
            items.add(comment("CloudFront certificates and web ACLs live in us-east-1."));
            items.add(block("provider", List.of("aws"), List.of(attr("alias", "us_east_1"), attr("region", "us-east-1"), blank(), defaultTags())));
        }
        return Hcl.render(items);
    }

    private static Hcl.Comment comment(String s) {
        return Hcl.comment(s);
    }

    private static Hcl.Block defaultTags() {
        return block("default_tags", List.of(), List.of(attr("tags", raw("local.default_tags"))));
    }

    private String locals() {
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

    private String variables() {
        List<Hcl.Node> v = new ArrayList<>();
        variable(v, "project", "string", str(slug), "Short project name, used in resource names.", List.of(
                validation("can(regex(\"^[a-z][a-z0-9-]{1,23}$\", var.project))", "Lowercase letters, digits and hyphens, 2 to 24 characters.")));
        variable(v, "environment", "string", str(project.environment()), "Environment name.", List.of(
                validation("contains([\"production\", \"staging\", \"development\"], var.environment)", "One of production, staging, development.")));
        variable(v, "owner", "string", str(project.owner()), "Team that owns the resources (tag).", List.of());
        variable(v, "cost_centre", "string", str(project.costCentre()), "Cost centre the resources are charged to (tag).", List.of());
        variable(v, "primary_region", "string", str(primary), "Region that serves traffic.", List.of());
        if (secondary != null) {
            variable(v, "secondary_region", "string", str(secondary), "Second region (" + arch.regions().get(1).part().name().toLowerCase(Locale.ROOT)
                    + ").", List.of(validation("var.secondary_region != var.primary_region", "The second region must differ from the primary.")));
        }
        variable(v, "domain_name", "string", null, "DNS name of the service, in the hosted zone (e.g. shop.example.com).", List.of(
                validation("can(regex(\"^[a-z0-9.-]+\\\\.[a-z]{2,}$\", var.domain_name))", "A DNS name such as shop.example.com.")));
        variable(v, "hosted_zone_id", "string", null, "Route 53 hosted zone that holds domain_name.", List.of());
        variable(v, "alarm_email", "string", null, "Address that receives alarm notifications.", List.of(
                validation("can(regex(\"^[^@]+@[^@]+$\", var.alarm_email))", "An e-mail address.")));
        if (used.contains("ecs-service")) {
            variable(v, "container_image", "string", null, "Application container image (registry/repository:tag or @digest).", List.of());
        }
        if (used.contains("ecs-scheduled-task")) {
            variable(v, "batch_image", "string", null, "Batch job container image.", List.of());
        }
        if (used.contains("aurora")) {
            variable(v, "aurora_engine_version", "string", str(find(null, "aws.aurora").map(c -> c.property("engine", "postgresql")).orElse("postgresql")
                    .contains("mysql") ? "8.0.mysql_aurora.3.08.0" : "16.6"), "Aurora engine version.", List.of());
        }
        if (used.contains("rds")) {
            variable(v, "postgres_engine_version", "string", str("17.5"), "RDS for PostgreSQL engine version.", List.of());
            variable(v, "mysql_engine_version", "string", str("8.4.5"), "RDS for MySQL engine version.", List.of());
        }
        if (used.contains("elasticache")) {
            variable(v, "redis_engine_version", "string", str("7.1"), "Redis OSS engine version.", List.of());
            variable(v, "valkey_engine_version", "string", str("8.0"), "Valkey engine version.", List.of());
            variable(v, "memcached_engine_version", "string", str("1.6.22"), "Memcached engine version.", List.of());
        }
        if (v.get(v.size() - 1) instanceof Hcl.Blank) {
            v.remove(v.size() - 1);
        }
        return Hcl.render(v);
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

    private String tfvarsExample() {
        List<Hcl.Node> items = new ArrayList<>();
        items.add(Hcl.comment("Copy to terraform.tfvars and set these values."));
        items.add(attr("domain_name", "shop.example.com"));
        items.add(attr("hosted_zone_id", "Z0123456789EXAMPLE"));
        items.add(attr("alarm_email", "oncall@example.com"));
        if (used.contains("ecs-service")) {
            items.add(attr("container_image", "111122223333.dkr.ecr." + primary + ".amazonaws.com/app:1.0.0"));
        }
        if (used.contains("ecs-scheduled-task")) {
            items.add(attr("batch_image", "111122223333.dkr.ecr." + primary + ".amazonaws.com/batch:1.0.0"));
        }
        return Hcl.render(items);
    }

    // ------------------------------------------------------------------ bundled modules

    /** The files of a bundled module, from the modules' index (a test keeps it in step with the folders). */
    private static List<String> moduleFiles(String module) {
        synchronized (MODULE_FILES) {
            if (MODULE_FILES.isEmpty()) {
                for (String line : resource(MODULES + "INDEX").split("\n")) {
                    String l = line.trim();
                    if (!l.isEmpty() && !l.startsWith("#")) {
                        int slash = l.indexOf('/');
                        MODULE_FILES.computeIfAbsent(l.substring(0, slash), k -> new ArrayList<>()).add(l.substring(slash + 1));
                    }
                }
            }
            List<String> files = MODULE_FILES.get(module);
            if (files == null) {
                throw new IllegalStateException("module " + module + " is not in the bundled modules' index");
            }
            return files;
        }
    }

    private static String resource(String path) {
        try (InputStream in = AwsTerraformWriter.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled module file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
