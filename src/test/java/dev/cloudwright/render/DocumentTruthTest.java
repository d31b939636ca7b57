package dev.cloudwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cloudwright.design.Designer;
import dev.cloudwright.requirements.RequirementsParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No template leakage: a sentence that is only true of other designs must not appear. Each row is a design that lacks
 * something (a second region, a regime, servers) and words that would claim it.
 */
class DocumentTruthTest {

    private static String document(String yaml) {
        return MarkdownRenderer.render(new Designer().design(RequirementsParser.parse("t.yaml", yaml.getBytes(StandardCharsets.UTF_8))));
    }

    private static final String STAGING = """
            name: Staging
            regions: [eu-west-1]
            environment: staging
            workload:
              requests_per_day: 1000000
              longest_request_seconds: 60
              database: { engine: postgresql, size_gb: 50 }
            availability: 99.5
            recovery: { rpo: 24h, rto: 24h }
            """;

    private static final String SERVERLESS = """
            name: Functions
            regions: [us-east-1]
            environment: production
            workload:
              requests_per_day: 300000
              database: { engine: postgresql, size_gb: 20 }
            availability: 99.9
            recovery: { rpo: 24h, rto: 24h }
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "staging, single region|STAGING|across regions;failover record;copied to;Route 53 failover;HIPAA;2,192;six years;PCI DSS",
        "serverless production|SERVERLESS|tasks.;load balancer faces;Rolling deployments;HIPAA;six years;CDN;cache in-transit;the load balancer",
    })
    void saysNothingThatIsTrueOnlyOfOtherDesigns(String name, String which, String forbidden) {
        String doc = document(which.equals("STAGING") ? STAGING : SERVERLESS);
        List<String> found = new ArrayList<>();
        for (String f : forbidden.split(";")) {
            int at = doc.indexOf(f);
            if (at >= 0) {
                int start = doc.lastIndexOf('\n', at) + 1;
                int end = doc.indexOf('\n', at);
                found.add(f + ": " + doc.substring(start, end < 0 ? doc.length() : end));
            }
        }
        assertEquals(List.of(), found);
    }
}
