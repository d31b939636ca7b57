package dev.cloudwright.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.core.Tsv;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compliance map's data holds together: explicit mappings name real controls and rules, and every framework is covered in part. */
class ComplianceTest {

    @Test
    void explicitMappingsNameRealControlsAndRules() {
        List<String> problems = new ArrayList<>();
        for (Tsv.Row r : Tsv.resource("dev/cloudwright/compliance/control-rules.tsv")) {
            if (Compliance.controls(r.get("framework")).stream().noneMatch(c -> c.id().equals(r.get("control")))) {
                problems.add(r.file() + ":" + r.line() + ": no control " + r.get("framework") + " " + r.get("control"));
            }
            for (String id : r.getOr("rules", "").trim().split("\\s+")) {
                if (!id.isEmpty() && AwsRules.byId(id).isEmpty()) {
                    problems.add(r.file() + ":" + r.line() + ": no rule " + id);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyFrameworkHasControlsTheRulesSupport() {
        for (String f : List.of("cis-aws-3.0", "pci-dss", "hipaa", "gdpr", "soc2")) {
            assertTrue(Compliance.frameworks().contains(f), f);
            assertTrue(!Compliance.rules(AwsRules.ALL, f).isEmpty(), f + " has supporting rules");
        }
    }
}
