package dev.cloudwright.render;

import dev.cloudwright.core.Fmt;
import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Deployment;
import dev.cloudwright.model.Engine;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.RegionPlan;
import dev.cloudwright.model.Routing;
import dev.cloudwright.model.ServiceCatalog;
import dev.cloudwright.model.Sizing;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Draws the architecture as plain ASCII: the edge, then each region as a box with its tiers
 * (public, private, data, storage, security), and the replication between regions.
 */
public final class AsciiDiagram {
    private final ServiceCatalog services = ServiceCatalog.aws();

    public String draw(Architecture arch) {
        List<String> out = new ArrayList<>();
        List<List<String>> edge = new ArrayList<>();
        edge.add(List.of("Internet / users"));
        boolean edgeWaf = arch.components().stream().anyMatch(c -> c.placement().isGlobal() && c.service().equals("aws.waf"));
        for (Component c : arch.components()) {
            if (!c.placement().isGlobal() || c.service().equals("aws.waf")) {
                continue;
            }
            edge.add(List.of(label(c) + (c.service().equals("aws.cloudfront") && edgeWaf ? " + AWS WAF" : "")));
        }
        List<List<String>> regions = new ArrayList<>();
        for (RegionPlan r : arch.regions()) {
            regions.add(regionLines(arch, r));
        }
        int width = 0;
        for (List<String> b : edge) {
            width = Math.max(width, b.get(0).length() + 4);
        }
        for (List<String> b : regions) {
            for (String s : b) {
                width = Math.max(width, s.length() + 4);
            }
        }
        int mid = width / 2;
        for (int i = 0; i < edge.size(); i++) {
            String text = edge.get(i).get(0);
            if (i == 0) {
                out.add(center(text, width));
            } else {
                out.addAll(box(List.of(text), width));
            }
            out.add(" ".repeat(mid) + "|");
            out.add(" ".repeat(mid) + "v");
        }
        for (int i = 0; i < regions.size(); i++) {
            out.addAll(box(regions.get(i), width));
            if (i + 1 < regions.size()) {
                String links = replication(arch, arch.regions().get(0).region(), arch.regions().get(i + 1).region());
                out.add(" ".repeat(mid - 1) + "| |" + (links.isEmpty() ? "" : "  " + links));
                out.add(" ".repeat(mid - 1) + "v v");
            }
        }
        return out.stream().map(AsciiDiagram::rtrim).collect(Collectors.joining("\n")) + "\n";
    }

    private List<String> regionLines(Architecture arch, RegionPlan r) {
        List<String> lines = new ArrayList<>();
        String part = switch (r.part()) {
            case PRIMARY -> "primary";
            case ACTIVE -> "active";
            case STANDBY -> "standby";
            case RECOVERY -> "recovery: backups only";
            case PEER -> "peer";
        };
        lines.add(r.region() + " " + r.name() + " (" + part + ")"
                + (r.zones().isEmpty() ? "" : " - " + Fmt.plural(r.zones().size(), "zone") + ": " + String.join(", ", r.zones())));
        lines.add("");
        List<Component> cs = arch.inRegion(r.region());
        for (String tier : List.of("public", "private", "data", "storage")) {
            tier(lines, tier, pick(cs, tier));
        }
        List<Component> sec = pick(cs, "security");
        if (!sec.isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            sec.forEach(c -> names.add(services.get(c.service()).shortName()));
            wrap(lines, "[security]  ", String.join(", ", names));
        }
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private void tier(List<String> lines, String name, List<Component> cs) {
        if (cs.isEmpty()) {
            return;
        }
        String tag = String.format(Locale.ROOT, "%-12s", "[" + name + "]");
        boolean first = true;
        for (Component c : cs) {
            lines.add((first ? tag : " ".repeat(12)) + label(c));
            first = false;
        }
        if (!name.equals("storage")) {
            lines.add("      |");
            lines.add("      v");
        }
    }

    private static void wrap(List<String> lines, String prefix, String text) {
        int max = 64;
        StringBuilder cur = new StringBuilder(prefix);
        for (String word : text.split(" ")) {
            if (cur.length() + word.length() + 1 > max && cur.length() > prefix.length()) {
                lines.add(cur.toString().stripTrailing());
                cur = new StringBuilder(" ".repeat(prefix.length()));
            }
            cur.append(word).append(' ');
        }
        lines.add(cur.toString().stripTrailing());
    }

    /** The components drawn in {@code tier} (services.tsv), grouped by service in catalog order. */
    private List<Component> pick(List<Component> cs, String tier) {
        List<Component> out = new ArrayList<>();
        for (ServiceCatalog.Service s : services.all().values()) {
            if (s.tier().equals(tier)) {
                cs.stream().filter(c -> c.service().equals(s.id())).forEach(out::add);
            }
        }
        return out;
    }

    /** A component in a few words: service, size and counts. */
    String label(Component c) {
        String name = services.get(c.service()).shortName();
        Sizing s = c.sizing();
        return switch (c.service()) {
            case "aws.route53" -> "Route 53 DNS (" + Keys.ROUTING.words(c.valueOr(Keys.ROUTING, List.of(Routing.SIMPLE))) + " routing"
                    + (c.usage("health_checks") > 0 ? ", health checks" : "") + ")";
            case "aws.cloudfront" -> "CloudFront CDN (global edge)";
            case "aws.waf" -> "AWS WAF (" + (c.placement().isGlobal() ? "on the CDN" : "regional") + ")";
            case "aws.alb" -> "ALB (HTTPS 443, HTTP redirects)";
            case "aws.apigateway-http" -> "API Gateway HTTP API";
            case "aws.nat-gateway" -> "NAT gateway x" + s.countOr(1);
            case "aws.ecs-fargate" -> String.format(Locale.ROOT, "ECS Fargate: %s vCPU / %s GB tasks, min %d, max %d", Fmt.num(s.vcpu()),
                    Fmt.num(s.memoryGb()), s.min(), s.max());
            case "aws.fargate-batch" -> "Fargate batch tasks (" + s.sku() + ", nightly)";
            case "aws.lambda" -> "Lambda functions (" + s.sku() + ")";
            case "aws.eks" -> String.format(Locale.ROOT, "EKS: %s nodes, min %d, max %d", s.sku(), s.min(), s.max());
            case "aws.ec2-asg" -> String.format(Locale.ROOT, "EC2 Auto Scaling: %s, min %d, max %d", s.sku(), s.min(), s.max());
            case "aws.sqs" -> "SQS job queue";
            case "aws.rds-proxy" -> "RDS Proxy (connection pooling)";
            case "aws.aurora" -> String.format(Locale.ROOT, "Aurora %s %s: %s", engine(c), s.sku(),
                    c.value(Keys.REPLICA_OF) != null ? (s.countOr(0) + " instance" + (s.countOr(0) == 1 ? "" : "s") + ", global secondary")
                            : "1 writer + " + s.replicas() + " reader" + (s.replicas() == 1 ? "" : "s"));
            case "aws.rds" -> String.format(Locale.ROOT, "RDS %s %s %s%s", engine(c), s.sku(),
                    c.value(Keys.REPLICA_OF) != null ? "cross-region replica" : c.value(Keys.DEPLOYMENT) == Deployment.MULTI_AZ ? "Multi-AZ" : "Single-AZ",
                    s.replicas() != null && s.replicas() > 0 && c.value(Keys.REPLICA_OF) == null ? " + " + s.replicas() + " read replica" + (s.replicas() == 1 ? "" : "s") : "");
            case "aws.dynamodb" -> "DynamoDB on-demand" + (c.value(Keys.GLOBAL_TABLE_REGIONS) != null ? " (global table)" : "");
            case "aws.elasticache" -> String.format(Locale.ROOT, "ElastiCache %s: %d x %s (%d shard%s, %d replica%s each)",
                    c.value(Keys.ENGINE) == Engine.MEMCACHED ? "Memcached" : "Redis", s.countOr(0), s.sku(), s.shards(),
                    s.shards() == 1 ? "" : "s", s.replicas(), s.replicas() == 1 ? "" : "s");
            case "aws.s3" -> "S3 " + c.name().replace(" bucket", "").toLowerCase(Locale.ROOT) + storage(c);
            case "aws.backup" -> "AWS Backup " + (c.value(Keys.COPY_RETENTION_DAYS) != null ? "vault (cross-region copies)" : "plan");
            default -> name;
        };
    }

    private static String storage(Component c) {
        double gb = c.usage("standard_gb") + c.usage("infrequent_gb") + c.usage("archive_gb");
        return gb >= 1 ? " (" + Fmt.count(gb) + " GB)" : "";
    }

    private static String engine(Component c) {
        Engine e = c.value(Keys.ENGINE);
        return e == null ? "(engine not known)" : e.title();
    }

    private String replication(Architecture arch, String from, String to) {
        Set<String> kinds = new LinkedHashSet<>();
        for (Connection k : arch.connections()) {
            if (k.from().startsWith(from + ".") && k.to().startsWith(to + ".")
                    && (k.kind() == Connection.Kind.REPLICATION || k.kind() == Connection.Kind.BACKUP)) {
                kinds.add(k.protocol());
            }
        }
        return kinds.isEmpty() ? "" : String.join(", ", kinds);
    }

    private static List<String> box(List<String> lines, int width) {
        List<String> out = new ArrayList<>();
        String border = "+" + "-".repeat(width - 2) + "+";
        out.add(border);
        for (String l : lines) {
            out.add("| " + l + " ".repeat(Math.max(0, width - 4 - l.length())) + " |");
        }
        out.add(border);
        return out;
    }

    private static String center(String s, int width) {
        return " ".repeat(Math.max(0, (width - s.length()) / 2)) + s;
    }

    private static String rtrim(String s) {
        return s.stripTrailing();
    }
}
