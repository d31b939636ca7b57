package dev.cloudwright.pricing.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which Cloudwright catalog key an AWS Price List product is priced under, from the attributes the
 * price list gives it. The families the catalog prices are mapped (the keys are those of
 * {@code pricing/PriceKeys}); every other product is skipped with the reason, for the import summary.
 *
 * <ul>
 *   <li>EC2 instances: Linux, shared tenancy, no pre-installed software, no licence, used capacity
 *       ({@code BoxUsage}): {@code ec2.<instance type>} per hour.
 *   <li>RDS instances of PostgreSQL, MySQL and MariaDB, Single-AZ or Multi-AZ (one standby):
 *       {@code rds.<engine>.<class>.<single|multi>}; Aurora PostgreSQL and MySQL standard instances:
 *       {@code aurora.<engine>.<class>}. Per hour.
 *   <li>NAT gateways: {@code vpc.nat} per hour, {@code vpc.nat.gb} per GB processed; public IPv4 addresses in
 *       use: {@code vpc.public-ipv4}; EBS gp3 storage: {@code ebs.gp3}.
 *   <li>Fargate: {@code fargate.vcpu.<x86|arm>} per vCPU-hour, {@code fargate.gb.<x86|arm>} per GB-hour,
 *       {@code fargate.ephemeral.gb}.
 *   <li>Lambda: {@code lambda.requests} per 1M requests, {@code lambda.gbs.<x86|arm>} per GB-second.
 *   <li>S3 storage classes ({@code s3.standard}, {@code s3.standard-ia}, {@code s3.onezone-ia},
 *       {@code s3.intelligent-tiering}, {@code s3.glacier-ir}, {@code s3.glacier-flexible},
 *       {@code s3.deep-archive}) per GB-month; requests ({@code s3.put} tier 1, {@code s3.get} tier 2) per 1K.
 *   <li>Data transfer: out to the internet {@code dt.internet}, to another region {@code dt.interregion}
 *       (the highest price over the destinations), between zones {@code ec2.inter-az}. Per GB.
 * </ul>
 */
final class AwsMapping {
    private AwsMapping() {}

    /**
     * Where a product's prices go: the key, the catalog unit, the factor from the price list's unit to it
     * ({@code 1000000} for a price per request written per 1M requests), the price list units accepted, whether
     * reserved terms are imported too, and whether the highest of several prices is kept.
     */
    record Target(String key, String region, String unit, BigDecimal scale, List<String> awsUnits, boolean reservable, boolean highest) {}

    /** A target, or the reason the product is skipped. */
    record Decision(Target target, String skipped) {
        static Decision skip(String reason) {
            return new Decision(null, reason);
        }
    }

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal THOUSAND = new BigDecimal(1000);
    private static final BigDecimal MILLION = new BigDecimal(1_000_000);
    private static final List<String> HOURS = List.of("Hrs");
    private static final List<String> GB = List.of("GB");
    private static final List<String> GB_MONTH = List.of("GB-Mo");
    private static final List<String> REQUESTS = List.of("Requests");

    /** The price list's region prefix of a usage type: {@code EUW1-BoxUsage:m7g.large}, {@code EU-TimedStorage-ByteHrs}. */
    private static final Pattern REGION_PREFIX = Pattern.compile("^[A-Z]{2,4}[0-9]?-");

    static Decision map(AwsProduct p) {
        Map<String, String> a = p.attributes();
        String family = p.family();
        String service = a.getOrDefault("servicecode", "");
        if (!family.equals("Data Transfer")) {
            AwsLocations.Resolved r = AwsLocations.resolve(a, "regionCode", "location", "locationType");
            if (r.code() == null) {
                return Decision.skip(r.problem());
            }
        }
        switch (family) {
            case "Compute Instance":
            case "Compute Instance (bare metal)":
                return ec2(p);
            case "Database Instance":
                return rds(p);
            case "NAT Gateway":
                return byUsage(p, "NAT gateway", Map.of("NatGateway-Hours", "vpc.nat", "NatGateway-Bytes", "vpc.nat.gb"));
            case "IP Address":
                return byUsage(p, "IP address", Map.of("PublicIPv4:InUseAddress", "vpc.public-ipv4"));
            case "Data Transfer":
                return transfer(p);
            case "API Request":
                return service.equals("AmazonS3") ? byUsage(p, "S3 requests", Map.of("Requests-Tier1", "s3.put", "Requests-Tier2", "s3.get"))
                        : Decision.skip("product family 'API Request' of " + service + " (no catalog key)");
            case "Storage":
                if (service.equals("AmazonS3")) {
                    return byUsage(p, "S3 storage", Map.of("TimedStorage-ByteHrs", "s3.standard", "TimedStorage-SIA-ByteHrs", "s3.standard-ia",
                            "TimedStorage-ZIA-ByteHrs", "s3.onezone-ia", "TimedStorage-INT-FA-ByteHrs", "s3.intelligent-tiering",
                            "TimedStorage-GIR-ByteHrs", "s3.glacier-ir", "TimedStorage-GlacierByteHrs", "s3.glacier-flexible",
                            "TimedStorage-GDA-ByteHrs", "s3.deep-archive"));
                }
                return service.equals("AmazonEC2") ? byUsage(p, "EBS", Map.of("EBS:VolumeUsage.gp3", "ebs.gp3"))
                        : Decision.skip("product family 'Storage' of " + service + " (no catalog key)");
            case "Compute":
                return service.equals("AmazonECS") ? byUsage(p, "Fargate", Map.of("Fargate-vCPU-Hours:perCPU", "fargate.vcpu.x86",
                        "Fargate-GB-Hours", "fargate.gb.x86", "Fargate-ARM-vCPU-Hours:perCPU", "fargate.vcpu.arm", "Fargate-ARM-GB-Hours",
                        "fargate.gb.arm", "Fargate-EphemeralStorage-GB-Hours", "fargate.ephemeral.gb"))
                        : Decision.skip("product family 'Compute' of " + service + " (no catalog key)");
            case "Serverless":
                return service.equals("AWSLambda") ? byUsage(p, "Lambda", Map.of("Request", "lambda.requests", "Lambda-GB-Second",
                        "lambda.gbs.x86", "Lambda-GB-Second-ARM", "lambda.gbs.arm"))
                        : Decision.skip("product family 'Serverless' of " + service + " (no catalog key)");
            default:
                return Decision.skip("product family '" + family + "' (no catalog key)");
        }
    }

    private static Decision ec2(AwsProduct p) {
        Map<String, String> a = p.attributes();
        String[][] required = {{"operatingSystem", "Linux", "operating system"}, {"tenancy", "Shared", "tenancy"},
            {"preInstalledSw", "NA", "pre-installed software"}, {"capacitystatus", "Used", "capacity status"},
            {"licenseModel", "No License required", "licence model"}, {"marketoption", "OnDemand", "market option"},
            {"operation", "RunInstances", "operation"}};
        for (String[] r : required) {
            String v = a.get(r[0]);
            if (v != null && !v.equalsIgnoreCase(r[1])) {
                return Decision.skip("EC2: " + r[2] + " '" + v + "' (the catalog prices " + r[1] + ")");
            }
        }
        if (a.get("operatingSystem") == null || a.get("tenancy") == null) {
            return Decision.skip("EC2: no operatingSystem or tenancy attribute");
        }
        String usage = usage(a);
        if (!usage.isEmpty() && !usage.startsWith("BoxUsage")) {
            return Decision.skip("EC2: usage type '" + usage.replaceAll(":.*", "") + "' (the catalog prices BoxUsage)");
        }
        String type = a.get("instanceType");
        if (type == null || type.isBlank()) {
            return Decision.skip("EC2: no instanceType attribute");
        }
        return target(p, "ec2." + type, "hour", ONE, HOURS, true);
    }

    private static Decision rds(AwsProduct p) {
        Map<String, String> a = p.attributes();
        String engine = a.getOrDefault("databaseEngine", "");
        String type = a.get("instanceType");
        if (type == null || type.isBlank()) {
            return Decision.skip("RDS: no instanceType attribute");
        }
        String deployment = a.getOrDefault("deploymentOption", "");
        if (engine.startsWith("Aurora ")) {
            String e = engine.equals("Aurora PostgreSQL") ? "postgresql" : engine.equals("Aurora MySQL") ? "mysql" : null;
            if (e == null) {
                return Decision.skip("Aurora: engine '" + engine + "' (no catalog key)");
            }
            String usage = usage(a);
            if (!usage.startsWith("InstanceUsage:")) {
                return Decision.skip("Aurora: usage type '" + usage.replaceAll(":.*", "")
                        + "' (the catalog prices standard instances; I/O-Optimized is a ratio, aurora.iooptimized.factor)");
            }
            return target(p, "aurora." + e + "." + type, "hour", ONE, HOURS, true);
        }
        String e = switch (engine) {
            case "PostgreSQL" -> "postgresql";
            case "MySQL" -> "mysql";
            case "MariaDB" -> "mariadb";
            default -> null;
        };
        if (e == null) {
            return Decision.skip("RDS: engine '" + engine + "' (the catalog prices PostgreSQL, MySQL and MariaDB; edition and licence are not in its keys)");
        }
        String az = switch (deployment) {
            case "Single-AZ" -> "single";
            case "Multi-AZ" -> "multi";
            default -> null;
        };
        if (az == null) {
            return Decision.skip("RDS: deployment '" + deployment + "' (the catalog prices Single-AZ and Multi-AZ with one standby)");
        }
        return target(p, "rds." + e + "." + type + "." + az, "hour", ONE, HOURS, true);
    }

    private static Decision transfer(AwsProduct p) {
        Map<String, String> a = p.attributes();
        String type = a.getOrDefault("transferType", "");
        String key;
        boolean highest = false;
        if (type.equals("AWS Outbound") && "External".equals(a.get("toLocation"))) {
            key = "dt.internet";
        } else if (type.equals("InterRegion Outbound")) {
            key = "dt.interregion";
            highest = true;
        } else if (type.equals("IntraRegion")) {
            key = "ec2.inter-az";
        } else {
            return Decision.skip("data transfer: type '" + type + "' (the catalog prices out to the internet, to another region and between zones)");
        }
        AwsLocations.Resolved from = AwsLocations.resolve(a, "fromRegionCode", "fromLocation", "fromLocationType");
        if (from.code() == null) {
            return Decision.skip(from.problem());
        }
        return new Decision(new Target(key, from.code(), "GB", ONE, GB, false, highest), null);
    }

    /** Products told apart by usage type (without its region prefix): {@code usages} maps each known one to its key. */
    private static Decision byUsage(AwsProduct p, String what, Map<String, String> usages) {
        String usage = usage(p.attributes());
        String key = usages.get(usage);
        if (key == null) {
            return Decision.skip(what + ": usage type '" + usage + "' (no catalog key)");
        }
        return switch (key) {
            case "vpc.nat", "vpc.public-ipv4" -> target(p, key, "hour", ONE, HOURS, false);
            case "vpc.nat.gb" -> target(p, key, "GB", ONE, GB, false);
            case "s3.put", "s3.get" -> target(p, key, "1K requests", THOUSAND, REQUESTS, false);
            case "lambda.requests" -> target(p, key, "1M requests", MILLION, REQUESTS, false);
            case "lambda.gbs.x86", "lambda.gbs.arm" -> target(p, key, "GB-second", ONE, List.of("Lambda-GB-Second", "GB-Seconds", "seconds"), false);
            case "fargate.vcpu.x86", "fargate.vcpu.arm" -> target(p, key, "vCPU-hour", ONE, List.of("hours", "Hrs"), false);
            case "fargate.gb.x86", "fargate.gb.arm", "fargate.ephemeral.gb" -> target(p, key, "GB-hour", ONE, List.of("hours", "Hrs", "GB-Hours"), false);
            default -> target(p, key, "GB-month", ONE, GB_MONTH, false); // S3 storage classes, EBS gp3
        };
    }

    private static Decision target(AwsProduct p, String key, String unit, BigDecimal scale, List<String> awsUnits, boolean reservable) {
        AwsLocations.Resolved r = AwsLocations.resolve(p.attributes(), "regionCode", "location", "locationType");
        if (r.code() == null) {
            return Decision.skip(r.problem());
        }
        return new Decision(new Target(key, r.code(), unit, scale, awsUnits, reservable, false), null);
    }

    /** The usage type without the price list's region prefix ({@code BoxUsage:m7g.large}), or "" when absent. */
    static String usage(Map<String, String> attributes) {
        String u = attributes.getOrDefault("usagetype", "");
        return REGION_PREFIX.matcher(u).replaceFirst("");
    }

    /** {@code No Upfront} as a key part: {@code no-upfront}. */
    static String token(String text) {
        return KeyText.slug(text);
    }
}
