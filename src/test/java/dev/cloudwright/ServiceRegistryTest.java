package dev.cloudwright;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cloudwright.model.ServiceCatalog;
import dev.cloudwright.pricing.AwsCostModel;
import dev.cloudwright.resilience.SlaCatalog;
import dev.cloudwright.terraform.adapt.AwsAdapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A service is one row of {@code aws/services.tsv} and an entry in each engine: its cost components, its diagram
 * tier, its SLA keys, the bundled module that writes it and the adapter that reads it. Each must be there, or say
 * "none" explicitly, so that adding a service cannot silently skip the price, the diagram or the availability.
 */
class ServiceRegistryTest {
    static final Set<String> TIERS = Set.of("edge", "public", "private", "data", "storage", "security", "none");
    static final Path MODULES = TestFiles.root().resolve("src/main/resources/dev/cloudwright/terraform/modules/aws");
    /** Services no adapter produces, with the reason. */
    static final Map<String, String> NOT_ADAPTED = Map.of("aws.rds-proxy", "aws_db_proxy is read as part of the database's access, not as a component");

    @Test
    void everyServiceHasAnEntryInEveryEngine() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> priced = AwsCostModel.pricedServices();
        List<String> index = Files.readAllLines(MODULES.resolve("INDEX"));
        List<String> adapted = AwsAdapter.services();
        SlaCatalog slas = SlaCatalog.aws();
        for (ServiceCatalog.Service s : ServiceCatalog.aws().all().values()) {
            if (!priced.contains(s.id())) {
                problems.add(s.id() + ": no cost components (pricing AwsPricing.SERVICES)");
            }
            if (!TIERS.contains(s.tier())) {
                problems.add(s.id() + ": diagram tier '" + s.tier() + "' is not one of " + TIERS);
            }
            for (String key : new String[] {s.slaKey(), s.slaSingleZone(), s.slaGlobal()}) {
                if (key != null && slas.find(key).isEmpty()) {
                    problems.add(s.id() + ": SLA key " + key + " is not in slas.tsv");
                }
            }
            if (s.module() != null && (!Files.isDirectory(MODULES.resolve(s.module())) || index.stream().noneMatch(l -> l.startsWith(s.module() + "/")))) {
                problems.add(s.id() + ": module " + s.module() + " is not bundled (modules/aws/" + s.module() + ", INDEX)");
            }
            if (!adapted.contains(s.id()) && !NOT_ADAPTED.containsKey(s.id())) {
                problems.add(s.id() + ": no adapter produces it and it is not listed as not adapted");
            }
        }
        for (String a : adapted) {
            if (!ServiceCatalog.aws().all().containsKey(a)) {
                problems.add(a + ": produced by an adapter but not in services.tsv");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The designer gives each component the role its service plays in the catalog (the adapters check it as they build). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ecommerce.yaml", "startup.yaml", "regulated-api.yaml", "global-service.yaml"})
    void designedComponentsPlayTheirServicesRole(String example) {
        var d = new dev.cloudwright.design.Designer().design(dev.cloudwright.requirements.RequirementsParser.parseFile(TestFiles.example(example)));
        List<String> wrong = new ArrayList<>();
        for (var c : d.architecture().components()) {
            if (ServiceCatalog.aws().get(c.service()).role() != c.role()) {
                wrong.add(c.id() + ": " + c.role() + " but " + c.service() + " is " + ServiceCatalog.aws().get(c.service()).role());
            }
        }
        assertEquals(List.of(), wrong);
    }
}
