package dev.cloudwright.terraform.write;

import dev.cloudwright.core.DataFile;
import dev.cloudwright.core.DataFileException;
import dev.cloudwright.core.Tsv;
import dev.cloudwright.model.Engine;
import dev.cloudwright.model.ProviderDefaults;
import dev.cloudwright.model.ServiceCatalog;
import dev.cloudwright.model.StorageTier;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the writer needs to know about AWS, read from the bundled data files: the module that writes each service
 * ({@code services.tsv}), S3 storage classes ({@code storage-classes.tsv}), web ACL rule kinds ({@code waf-rules.tsv}),
 * Security Hub standard ARNs ({@code security-standards.tsv}), engine names, versions and limits
 * ({@code defaults.tsv}). A name missing from its file is an error, never a silent default.
 */
final class AwsFacts {
    private AwsFacts() {}

    private static final String DIR = "dev/cloudwright/aws/";

    private static final Supplier<Map<String, String>> RULE_KINDS = DataFile.lazy(DIR + "waf-rules.tsv", rows -> column(rows, "name", "kind"));
    private static final Supplier<Map<String, String>> STANDARD_ARNS = DataFile.lazy(DIR + "security-standards.tsv",
            rows -> column(rows, "name", "arn_suffix"));
    private static final Supplier<Map<StorageTier, String>> STORAGE_CLASSES = DataFile.lazy(DIR + "storage-classes.tsv", rows -> {
        Map<StorageTier, String> m = new EnumMap<>(StorageTier.class);
        for (Tsv.Row r : rows) {
            m.put(StorageTier.valueOf(r.get("tier")), r.get("storage_class"));
        }
        return Collections.unmodifiableMap(m);
    });

    private static Map<String, String> column(List<Tsv.Row> rows, String key, String value) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Tsv.Row r : rows) {
            if (m.put(r.get(key), r.get(value)) != null) {
                throw new DataFileException(r.file() + ":" + r.line() + ": " + r.get(key) + " is listed twice");
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** A value of {@code defaults.tsv}. */
    static String value(String key) {
        return ProviderDefaults.value(key);
    }

    static int integer(String key) {
        return Integer.parseInt(value(key));
    }

    /** The engine name Terraform and the AWS API take for {@code engine} in {@code module} ("aurora-postgresql", "postgres"). */
    static String engine(String module, Engine engine) {
        String key = module + "." + engine.token() + ".engine";
        if (!ProviderDefaults.has(key)) {
            throw new IllegalArgumentException("module " + module + " does not support the " + engine.title() + " engine");
        }
        return value(key);
    }

    /** The default engine version the generated variables offer for {@code engine} in {@code module}. */
    static String engineVersion(String module, Engine engine) {
        return value(module + "." + engine.token() + ".version");
    }

    /** The bundled module that writes {@code service}; null where designs never use the service. */
    static String module(String service) {
        return ServiceCatalog.aws().get(service).module();
    }

    /** The S3 storage class of a provider-neutral tier ("STANDARD_IA"). */
    static String storageClass(StorageTier tier) {
        String c = STORAGE_CLASSES.get().get(tier);
        if (c == null) {
            throw new IllegalStateException("storage-classes.tsv has no class for " + tier);
        }
        return c;
    }

    /** The rules of a web ACL that are AWS managed rule groups, in order (rate-based rules are written by the module). */
    static List<String> managedRuleGroups(List<String> rules) {
        return rules.stream().filter(r -> {
            String kind = RULE_KINDS.get().get(r);
            if (kind == null) {
                throw new IllegalArgumentException("web ACL rule " + r + " is not in waf-rules.tsv");
            }
            return kind.equals("managed");
        }).toList();
    }

    /** The ARN suffix of a Security Hub standard, by its name in {@code security-standards.tsv}. */
    static String standardArnSuffix(String name) {
        String arn = STANDARD_ARNS.get().get(name);
        if (arn == null) {
            throw new IllegalArgumentException("Security Hub standard " + name + " is not in security-standards.tsv");
        }
        return arn;
    }
}
