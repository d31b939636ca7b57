package dev.cloudwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.TestFiles;
import dev.cloudwright.core.Json;
import dev.cloudwright.design.Design;
import dev.cloudwright.design.Designer;
import dev.cloudwright.requirements.RequirementsParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {
    @Test
    void sameInputGivesByteIdenticalOutputs() {
        for (String name : List.of("ecommerce.yaml", "startup.yaml", "regulated-api.yaml", "global-service.yaml")) {
            Design a = new Designer().design(RequirementsParser.parseFile(TestFiles.example(name)));
            Design b = new Designer().design(RequirementsParser.parseFile(TestFiles.example(name)));
            assertEquals(MarkdownRenderer.render(a), MarkdownRenderer.render(b), name);
            assertEquals(Json.pretty(a), Json.pretty(b), name);
        }
    }

    @Test
    void documentHasTheArchitectsSectionsInOrder() {
        String md = MarkdownRenderer.render(new Designer().design(RequirementsParser.parseFile(TestFiles.example("ecommerce.yaml"))));
        List<String> sections = List.of("## Architecture diagram", "## Capacity", "## Key components", "## Disaster recovery",
                "### Failover procedure", "### Backup strategy", "## Availability", "## Cost report", "### Breakdown by service",
                "### Optimisation opportunities", "## Security architecture", "## Well-Architected summary", "## Escalations",
                "## Decisions", "## Assumptions");
        int at = 0;
        for (String s : sections) {
            int i = md.indexOf(s, at);
            assertTrue(i >= 0, "missing or out of order: " + s);
            at = i;
        }
        for (String pillar : List.of("Operational excellence", "Security", "Reliability", "Performance efficiency", "Cost optimisation",
                "Sustainability")) {
            assertTrue(md.contains("### " + pillar), pillar);
        }
    }
}
