package dev.cloudwright.terraform.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Engine;
import dev.cloudwright.model.ServiceCatalog;
import dev.cloudwright.model.StorageTier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The data the writer reads: every name it looks up is in its file, and every module it names is bundled. */
class WriterDataTest {
    private static final Path MODULES = Path.of("src/main/resources/dev/cloudwright/terraform/modules/aws");

    @Test
    void everyServiceModuleIsBundled() {
        for (ServiceCatalog.Service s : ServiceCatalog.aws().all().values()) {
            if (s.module() != null) {
                assertTrue(Files.isDirectory(MODULES.resolve(s.module())), s.id() + ": no bundled module " + s.module());
            }
        }
    }

    @Test
    void everyStorageTierHasAnS3Class() {
        for (StorageTier t : StorageTier.values()) {
            assertTrue(!AwsFacts.storageClass(t).isBlank(), t.name());
        }
        assertEquals("STANDARD_IA", AwsFacts.storageClass(StorageTier.INFREQUENT));
        assertEquals("GLACIER_IR", AwsFacts.storageClass(StorageTier.ARCHIVE_INSTANT));
    }

    @Test
    void managedRuleGroupsAreTheManagedKindOfTheRulesFile() {
        assertEquals(List.of("AWSManagedRulesCommonRuleSet", "AWSManagedRulesSQLiRuleSet"),
                AwsFacts.managedRuleGroups(List.of("AWSManagedRulesCommonRuleSet", "rate limit per client IP", "AWSManagedRulesSQLiRuleSet")));
        assertThrows(IllegalArgumentException.class, () -> AwsFacts.managedRuleGroups(List.of("AWSManagedRulesNotARealSet")));
    }

    @Test
    void standardsHaveArnSuffixes() {
        assertEquals("standards/pci-dss/v/4.0.1", AwsFacts.standardArnSuffix("PCI DSS v4.0.1"));
        assertThrows(IllegalArgumentException.class, () -> AwsFacts.standardArnSuffix("pci"));
    }

    @Test
    void enginesOfEachModuleHaveANameAndADefaultVersion() throws IOException {
        for (String module : List.of("aurora", "rds")) {
            assertTrue(Files.readString(MODULES.resolve(module).resolve("variables.tf")).contains("variable \"engine\""), module);
            for (Engine e : List.of(Engine.POSTGRESQL, Engine.MYSQL)) {
                assertTrue(!AwsFacts.engine(module, e).isBlank() && !AwsFacts.engineVersion(module, e).isBlank(), module + " " + e);
            }
        }
        for (Engine e : List.of(Engine.REDIS, Engine.VALKEY, Engine.MEMCACHED)) {
            assertEquals(e.token(), AwsFacts.engine("elasticache", e));
            assertTrue(!AwsFacts.engineVersion("elasticache", e).isBlank());
        }
        assertEquals("aurora-postgresql", AwsFacts.engine("aurora", Engine.POSTGRESQL));
        assertEquals("postgres", AwsFacts.engine("rds", Engine.POSTGRESQL));
        assertThrows(IllegalArgumentException.class, () -> AwsFacts.engine("rds", Engine.ORACLE));
    }
}
