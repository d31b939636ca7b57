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
        assertEquals(AwsAdapter.ADAPTERS.size(), AwsAdapter.describe().size());
    }

    @Test
    void everyServiceAnAdapterUsesIsInTheCatalog() throws IOException {
        Pattern service = Pattern.compile("\"(aws\\.[a-z0-9-]+)\"");
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/cloudwright/terraform/adapt"))) {
            for (Path f : files.toList()) {
                Matcher m = service.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 15, used.toString());
        for (String s : used) {
            assertNotNull(ServiceCatalog.aws().get(s), s);
        }
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
