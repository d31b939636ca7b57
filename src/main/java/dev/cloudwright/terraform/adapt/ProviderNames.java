package dev.cloudwright.terraform.adapt;

import dev.cloudwright.core.DataFile;
import dev.cloudwright.core.Tsv;
import dev.cloudwright.model.Arch;
import dev.cloudwright.model.BillingMode;
import dev.cloudwright.model.CapacityType;
import dev.cloudwright.model.Engine;
import dev.cloudwright.model.LockMode;
import dev.cloudwright.model.Routing;
import dev.cloudwright.model.StorageConfig;
import dev.cloudwright.model.StorageTier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one place where AWS's names for things meet the model's words: the bundled data file
 * {@code provider-names.tsv} (with a documentation source per table), plus the S3 storage classes
 * of {@code storage-classes.tsv} and the Security Hub standards of {@code security-standards.tsv},
 * which the designer and the writer read too. A value the tables do not list is not guessed:
 * {@link Table#read} makes the setting unknown and names the value.
 */
final class ProviderNames {
    static final String FILE = "dev/cloudwright/aws/provider-names.tsv";

    /** One table: its name in the file and how its model column is read. */
    record Table<T>(String name, Function<String, T> parse) {

        /** The model's word for {@code providerValue}: an exact row, else the longest matching prefix row. */
        Optional<T> get(String providerValue) {
            if (providerValue == null) {
                return Optional.empty();
            }
            Row best = null;
            for (Row r : rows(name)) {
                if (r.value().equals(providerValue)) {
                    return Optional.of(parse.apply(r.model()));
                }
                if (r.value().endsWith("*") && providerValue.startsWith(r.value().substring(0, r.value().length() - 1))
                        && (best == null || r.value().length() > best.value().length())) {
                    best = r;
                }
            }
            return best == null ? Optional.empty() : Optional.of(parse.apply(best.model()));
        }

        /** The fact in the model's words; a known value the table does not list becomes unknown, naming it. */
        Fact<T> read(Fact<String> f, String argument) {
            if (!f.known()) {
                return f.map(v -> null);
            }
            Optional<T> t = get(f.value());
            if (t.isPresent()) {
                return new Fact<>(t.get(), f.origin(), f.reason(), f.at());
            }
            return Fact.unknown(argument + " = \"" + f.value() + "\" is not a value Cloudwright knows (" + FILE + ", table " + name + ")", f.at());
        }

        /** The documentation the table was read from. */
        String source() {
            List<Row> rs = rows(name);
            return rs.isEmpty() ? FILE : rs.get(0).source();
        }
    }

    private record Row(String value, String model, String source) {}

    private static final String STORAGE_CLASSES = "dev/cloudwright/aws/storage-classes.tsv";
    private static final String STANDARDS = "dev/cloudwright/aws/security-standards.tsv";
    private static final Supplier<Map<String, List<Row>>> ROWS = DataFile.lazy(FILE, ProviderNames::index);
    private static final Supplier<List<Row>> STORAGE_CLASS_ROWS = DataFile.lazy(STORAGE_CLASSES,
            rows -> rows.stream().map(r -> new Row(r.get("storage_class"), r.get("tier"), STORAGE_CLASSES)).toList());
    private static final Supplier<List<Row>> STANDARD_ROWS = DataFile.lazy(STANDARDS,
            rows -> rows.stream().map(r -> new Row(r.get("arn_suffix"), r.get("name"), STANDARDS)).toList());

    static final Table<Engine> RDS_ENGINE = choice("rds_engine", Engine.class);
    static final Table<Engine> ELASTICACHE_ENGINE = choice("elasticache_engine", Engine.class);
    static final Table<StorageConfig> AURORA_STORAGE_TYPE = choice("aurora_storage_type", StorageConfig.class);
    static final Table<Arch> LAMBDA_ARCHITECTURE = choice("lambda_architecture", Arch.class);
    static final Table<Arch> ECS_CPU_ARCHITECTURE = choice("ecs_cpu_architecture", Arch.class);
    static final Table<Arch> INSTANCE_CATALOG_ARCH = choice("instance_catalog_arch", Arch.class);
    static final Table<CapacityType> ECS_CAPACITY_PROVIDER = choice("ecs_capacity_provider", CapacityType.class);
    static final Table<CapacityType> EKS_CAPACITY_TYPE = choice("eks_capacity_type", CapacityType.class);
    static final Table<BillingMode> DYNAMODB_BILLING_MODE = choice("dynamodb_billing_mode", BillingMode.class);
    static final Table<StorageTier> S3_STORAGE_CLASS = new Table<>("s3_storage_class", s -> Enum.valueOf(StorageTier.class, s));
    /** Security Hub standards by ARN suffix ({@code standards/...} or {@code ruleset/...}), to the names the model uses. */
    static final Table<String> SECURITYHUB_STANDARD = new Table<>("securityhub_standard", s -> s);
    static final Table<LockMode> S3_OBJECT_LOCK_MODE = choice("s3_object_lock_mode", LockMode.class);
    static final Table<Routing> ROUTE53_ROUTING_POLICY = choice("route53_routing_policy", Routing.class);
    static final Table<Boolean> S3_VERSIONING_STATUS = flag("s3_versioning_status");
    static final Table<Boolean> S3_REPLICATION_TIME_STATUS = flag("s3_replication_time_status");
    static final Table<Boolean> S3_LIFECYCLE_RULE_STATUS = flag("s3_lifecycle_rule_status");
    static final Table<Boolean> EC2_HTTP_TOKENS = flag("ec2_http_tokens");
    static final Table<Boolean> ECS_CONTAINER_INSIGHTS = flag("ecs_container_insights");
    static final Table<Boolean> GUARDDUTY_FEATURE_STATUS = flag("guardduty_feature_status");

    static final List<Table<?>> TABLES = List.of(RDS_ENGINE, ELASTICACHE_ENGINE, AURORA_STORAGE_TYPE, LAMBDA_ARCHITECTURE, ECS_CPU_ARCHITECTURE,
            INSTANCE_CATALOG_ARCH, ECS_CAPACITY_PROVIDER, EKS_CAPACITY_TYPE, DYNAMODB_BILLING_MODE, S3_STORAGE_CLASS, SECURITYHUB_STANDARD, S3_OBJECT_LOCK_MODE,
            ROUTE53_ROUTING_POLICY, S3_VERSIONING_STATUS, S3_REPLICATION_TIME_STATUS, S3_LIFECYCLE_RULE_STATUS, EC2_HTTP_TOKENS, ECS_CONTAINER_INSIGHTS,
            GUARDDUTY_FEATURE_STATUS);

    private ProviderNames() {}

    private static <E extends Enum<E>> Table<E> choice(String name, Class<E> type) {
        return new Table<>(name, s -> Enum.valueOf(type, s));
    }

    private static Table<Boolean> flag(String name) {
        return new Table<>(name, s -> switch (s) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(FILE + ": table " + name + " maps to true or false, not " + s);
        });
    }

    /** The rows of a table, wherever they are kept. */
    private static List<Row> rows(String table) {
        return switch (table) {
            case "s3_storage_class" -> STORAGE_CLASS_ROWS.get();
            case "securityhub_standard" -> STANDARD_ROWS.get();
            default -> ROWS.get().getOrDefault(table, List.of());
        };
    }

    private static Map<String, List<Row>> index(List<Tsv.Row> rows) {
        Map<String, List<Row>> m = new LinkedHashMap<>();
        for (Tsv.Row r : rows) {
            m.computeIfAbsent(r.get("table"), k -> new ArrayList<>()).add(new Row(r.get("provider_value"), r.get("model"), r.get("source_url")));
        }
        return m;
    }

    /** Every row as (table, provider value, model word), for checks. */
    static List<String[]> rows() {
        List<String[]> out = new ArrayList<>();
        ROWS.get().forEach((t, rs) -> rs.forEach(r -> out.add(new String[] {t, r.value(), r.model()})));
        for (String t : List.of("s3_storage_class", "securityhub_standard")) {
            rows(t).forEach(r -> out.add(new String[] {t, r.value(), r.model()}));
        }
        return out;
    }

    /** The part of a Security Hub standards ARN after its partition, region and account: {@code standards/...} or {@code ruleset/...}. */
    static String standardSuffix(String arn) {
        int i = arn.indexOf("::");
        String rest = i < 0 ? arn : arn.substring(i + 2);
        return rest.startsWith(":") ? rest.substring(1) : rest;
    }
}
