package dev.cloudwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cloudwright.TestFiles;
import dev.cloudwright.review.AwsRules;
import dev.cloudwright.review.Baseline;
import dev.cloudwright.review.InlineSuppressions;
import dev.cloudwright.review.ProjectConfig;
import dev.cloudwright.review.Reviewer;
import dev.cloudwright.review.Triage;
import dev.cloudwright.terraform.TerraformProject;
import dev.cloudwright.terraform.adapt.AwsAdapter;
import dev.cloudwright.terraform.module.ConfigEvaluator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/** The SARIF output validates against the OASIS SARIF 2.1.0 schema, with findings, suppressed findings and design findings. */
class SarifSchemaTest {
    static Schema schema() throws Exception {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }

    static void assertValid(String sarif) throws Exception {
        var errors = schema().validate(new ObjectMapper().readTree(sarif));
        assertEquals("", errors.stream().map(Object::toString).collect(Collectors.joining("\n")), sarif.length() > 4000 ? sarif.substring(0, 4000) : sarif);
    }

    @Test
    void theShopReviewIsValidSarifWithSuppressedResults() throws Exception {
        String root = "examples/terraform/shop";
        var g = TerraformProject.read(TestFiles.root().resolve(root), root, ConfigEvaluator.Options.defaults());
        var arch = AwsAdapter.adapt(g, "shop").architecture();
        Reviewer.Review review = Reviewer.standard().review(arch, true);
        assertTrue(review.findings().size() > 1);
        // the first finding suppressed through the baseline: a result with a suppression
        Path base = Files.createTempFile("baseline", ".json");
        Files.writeString(base, Baseline.write(List.of(review.findings().get(0))));
        InlineSuppressions inline = new InlineSuppressions(f -> {
            try {
                return Files.readAllLines(TestFiles.root().resolve(f));
            } catch (java.io.IOException e) {
                return List.of();
            }
        }, LocalDate.of(2026, 1, 1));
        Triage t = Triage.of(review, ProjectConfig.NONE, f -> f, inline, Baseline.read(base));
        assertEquals(1, t.suppressed().size());
        String sarif = SarifRenderer.sarif(new ReviewReport(root, null, t, AwsRules.ALL, null, List.of(), "dev"));
        assertValid(sarif);
        assertTrue(sarif.contains("\"suppressions\"") && sarif.contains("\"partialFingerprints\""));
    }

    @Test
    void aDesignReviewLocatesItsFindingsInTheRequirementsFile() throws Exception {
        var design = new dev.cloudwright.design.Designer().design(dev.cloudwright.requirements.RequirementsParser.parseFile(TestFiles.example("startup.yaml")));
        Reviewer.Review review = Reviewer.standard().review(design.architecture(), true);
        Triage t = Triage.of(review, ProjectConfig.NONE, f -> f, null, null);
        String sarif = SarifRenderer.sarif(new ReviewReport("examples/startup.yaml", "examples/startup.yaml", t, AwsRules.ALL, null, List.of(), "dev"));
        assertValid(sarif);
    }
}
