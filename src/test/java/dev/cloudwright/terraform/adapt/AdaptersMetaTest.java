package dev.cloudwright.terraform.adapt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.ServiceCatalog;
import dev.cloudwright.terraform.config.ProviderSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks every adapter's metadata against the provider schema and the service catalog. */
class AdaptersMetaTest {

    /**
     * Real AWS provider resources the bundled schema (derived from the CDK for Terraform provider package) does
     * not list: registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/wafv2_web_acl_association.
     */
    private static final Set<String> NOT_IN_BUNDLED_SCHEMA = Set.of();

    @Test
    void everyAdapterNamesRealResourceTypes() {
        List<String> missing = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        for (ResourceAdapter a : AwsAdapter.ADAPTERS) {
            ResourceAdapter.Adapts meta = a.getClass().getAnnotation(ResourceAdapter.Adapts.class);
            assertNotNull(meta, a.getClass() + " has no @Adapts");
            for (String t : meta.anchors()) {
                assertTrue(anchors.add(t), t + " is anchored by two adapters");
                if (ProviderSchema.resource(t).isEmpty()) {
                    missing.add(t);
                }
            }
            for (String t : meta.absorbs()) {
                if (ProviderSchema.resource(t).isEmpty() && !NOT_IN_BUNDLED_SCHEMA.contains(t)) {
                    missing.add(t);
                }
            }
        }
        assertEquals(List.of(), missing, "types not in the AWS provider schema");
        String described = String.join("\n", AwsAdapter.describe());
        for (String t : anchors) {
            assertTrue(described.contains(t), t + " is missing from the adapters' description");
        }
    }

    @Test
    void everyServiceAnAdapterUsesIsInTheCatalog() throws IOException {
        Pattern service = Pattern.compile("\"(aws\\.[a-z0-9-]+)\"");
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/cloudwright/terraform/adapt"))) {
            for (Path f : files.toList()) {
                // The code that makes components, without the @Adapts declaration it is checked against.
                Matcher m = service.matcher(Files.readString(f).replaceAll("services = (\\{[^}]*}|\"[^\"]*\")", ""));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 15, used.toString());
        assertEquals(new java.util.TreeSet<>(used), new java.util.TreeSet<>(AwsAdapter.services()),
                "the services the adapters' code names are the ones their @Adapts declares");
        List<String> notInCatalog = new ArrayList<>();
        for (String s : used) {
            try {
                ServiceCatalog.aws().get(s);
            } catch (RuntimeException e) {
                notInCatalog.add(s);
            }
        }
        assertEquals(List.of(), notInCatalog, "services.tsv must list every service an adapter names");
    }

    @Test
    void providerNamesMapToTheModelsWords() {
        Set<String> tables = new HashSet<>();
        for (ProviderNames.Table<?> t : ProviderNames.TABLES) {
            assertTrue(tables.add(t.name()), t.name() + " declared twice");
        }
        Set<String> used = new HashSet<>();
        List<String> bad = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String[] row : ProviderNames.rows()) {
            used.add(row[0]);
            if (!seen.add(row[0] + "|" + row[1])) {
                bad.add(row[0] + " " + row[1] + ": listed twice");
            }
            ProviderNames.Table<?> t = ProviderNames.TABLES.stream().filter(x -> x.name().equals(row[0])).findFirst().orElse(null);
            if (t == null) {
                bad.add(row[0] + ": no such table in ProviderNames");
                continue;
            }
            try {
                t.parse().apply(row[2]);
            } catch (RuntimeException e) {
                bad.add(row[0] + " " + row[1] + ": " + row[2] + " is not a word of the model (" + e.getMessage() + ")");
            }
        }
        assertEquals(List.of(), bad);
        assertEquals(tables, used, "every table has rows and every row a table");
        assertEquals(java.util.Optional.of(dev.cloudwright.model.Engine.ORACLE), ProviderNames.RDS_ENGINE.get("oracle-ee-cdb"), "prefix rows");
        assertEquals(java.util.Optional.empty(), ProviderNames.RDS_ENGINE.get("custom-oracle-ee"), "a prefix matches at the start only");
        assertEquals(java.util.Optional.empty(), ProviderNames.ECS_CPU_ARCHITECTURE.get("arm64"), "values are exact, as AWS documents them");
    }

    @Test
    void argumentDefaultsNameRealArguments() {
        List<String> unknown = new ArrayList<>();
        for (var row : dev.cloudwright.core.Tsv.resource("dev/cloudwright/aws/terraform-defaults.tsv")) {
            String type = row.get("type");
            String arg = row.get("argument");
            if (arg.startsWith("(")) {
                continue; // an S3 service setting with no argument
            }
            var block = ProviderSchema.resource(type);
            if (block.isEmpty()) {
                unknown.add(type);
                continue;
            }
            ProviderSchema.Block b = block.get();
            String[] parts = arg.split("\\.");
            boolean found = true;
            for (int i = 0; i < parts.length - 1 && found; i++) {
                ProviderSchema.Nested n = b.blocks().get(parts[i]);
                found = n != null;
                if (found) {
                    b = n.block();
                }
            }
            if (!found || !(b.hasAttribute(parts[parts.length - 1]) || b.blocks().containsKey(parts[parts.length - 1]))) {
                unknown.add(type + "." + arg);
            }
        }
        assertEquals(List.of(), unknown, "defaults for arguments the schema does not have");
    }
}
