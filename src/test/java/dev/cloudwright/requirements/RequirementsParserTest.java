package dev.cloudwright.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.core.InputException;
import dev.cloudwright.core.Problem;
import dev.cloudwright.requirements.Requirements.CacheEngine;
import dev.cloudwright.requirements.Requirements.DatabaseEngine;
import dev.cloudwright.requirements.Requirements.Style;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequirementsParserTest {
    static final String MINIMAL = """
            name: Shop
            regions: [us-east-1]
            workload:
              requests_per_day: 1000000
            """;

    static Requirements parse(String yaml) {
        return RequirementsParser.parse("req.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses text expected to be rejected and returns the single problem reported. */
    static Problem problem(String yaml) {
        InputException e = assertThrows(InputException.class, () -> parse(yaml));
        assertEquals(1, e.problems().size(), () -> "expected one problem, got " + e.problems());
        return e.problems().get(0);
    }

    static Problem problem(byte[] bytes) {
        InputException e = assertThrows(InputException.class, () -> RequirementsParser.parse("req.yaml", bytes));
        assertEquals(1, e.problems().size(), () -> "expected one problem, got " + e.problems());
        return e.problems().get(0);
    }

    @Test
    void minimalFileGetsDocumentedDefaults() {
        Requirements r = parse(MINIMAL);
        assertEquals("Shop", r.name());
        assertEquals(Requirements.Cloud.AWS, r.cloud());
        assertEquals(Requirements.Environment.PRODUCTION, r.environment());
        assertEquals(99.9, r.availability());
        assertEquals(86_400, r.recovery().rpoSeconds());
        assertEquals(86_400, r.recovery().rtoSeconds());
        assertEquals(3, r.workload().peakFactor());
        assertEquals(30, r.workload().thinkTimeSeconds());
        assertEquals(0.8, r.workload().readRatio());
        assertEquals(Style.AUTO, r.workload().style());
        assertEquals(DatabaseEngine.NONE, r.workload().database().engine());
        assertEquals(CacheEngine.NONE, r.workload().cache());
        assertTrue(r.compliance().isEmpty());
        assertEquals(null, r.budget());
        assertTrue(r.sources().at("workload.peak_factor").isEmpty(), "defaulted values have no source position");
    }

    @Test
    void theIssueExampleParsesCompletely() {
        Requirements r = parse("""
                name: E-commerce Platform
                cloud: aws
                regions: [us-east-1, eu-west-1]
                environment: production
                data_residency: eu
                workload:
                  requests_per_day: 10000000
                  concurrent_users: 100000
                  peak_factor: 3
                  think_time_seconds: 30
                  read_ratio: 0.9
                  avg_response_kb: 40
                  style: auto
                  static_content_gb: 500
                  object_storage_gb: 2000
                  database: { engine: postgresql, size_gb: 800 }
                  cache: redis
                  batch: { nightly_vcpu_hours: 200 }
                availability: 99.99
                recovery: { rpo: 1h, rto: 4h }
                compliance: [pci-dss, gdpr, soc2]
                budget: { monthly_usd: 20000 }
                assumptions: { requests_per_vcpu: 150, target_utilisation: 0.7 }
                """);
        assertEquals(List.of("us-east-1", "eu-west-1"), r.regions());
        assertEquals("eu", r.dataResidency());
        assertEquals(800, r.workload().database().sizeGb());
        assertEquals(200, r.workload().batch().nightlyVcpuHours());
        assertEquals(3600, r.recovery().rpoSeconds());
        assertEquals(4 * 3600, r.recovery().rtoSeconds());
        assertEquals(List.of(Requirements.Compliance.PCI_DSS, Requirements.Compliance.GDPR, Requirements.Compliance.SOC2), r.compliance());
        assertEquals(20000, r.budget().monthlyUsd());
        assertEquals(150.0, r.assumptions().get("requests_per_vcpu"));
        assertEquals(19, r.sources().at("availability").orElseThrow().line());
    }

    @Test
    void typoInAKeySuggestsTheNearestKeyAtItsPosition() {
        Problem p = problem("""
                name: Shop
                regions: [us-east-1]
                workload:
                  requests_per_dya: 1000
                """);
        assertEquals(4, p.position().line());
        assertEquals(3, p.position().column());
        assertTrue(p.message().contains("unknown key `requests_per_dya` in `workload` (did you mean `requests_per_day`?)"), p.message());
        assertEquals("req.yaml:4:3: error: unknown key `requests_per_dya` in `workload` (did you mean `requests_per_day`?)", p.format());
    }

    @Test
    void unknownTopLevelKeyWithoutCloseMatchListsTheAllowedKeys() {
        Problem p = problem(MINIMAL + "flavour: blue\n");
        assertTrue(p.message().contains("allowed: name, cloud, regions"), p.message());
    }

    @Test
    void unknownRegionSuggestsTheRealOne() {
        Problem p = problem(MINIMAL.replace("[us-east-1]", "[us-east1]"));
        assertEquals(2, p.position().line());
        assertEquals(11, p.position().column());
        assertTrue(p.message().contains("unknown AWS region `us-east1` (did you mean `us-east-1`?)"), p.message());
    }

    @Test
    void negativeNumbersAreRejected() {
        Problem p = problem(MINIMAL.replace("1000000", "-5"));
        assertEquals(4, p.position().line());
        assertTrue(p.message().contains("`requests_per_day` cannot be negative"), p.message());
    }

    @ParameterizedTest
    @CsvSource({"0", "100", "100.5", "-1"})
    void availabilityOutsideTheOpenIntervalIsRejected(String value) {
        Problem p = problem(MINIMAL + "availability: " + value + "\n");
        assertEquals(5, p.position().line());
        assertTrue(p.message().contains("between 0 and 100"), p.message());
    }

    @Test
    void availabilityMayCarryAPercentSign() {
        assertEquals(99.95, parse(MINIMAL + "availability: 99.95%\n").availability());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "soon | cannot read `soon` as a duration",
        "3600 | `3600` has no unit",
        "-1h | durations cannot be negative",
        "1x | cannot read `1x` as a duration"})
    void unparseableDurationsAreRejected(String value, String expected) {
        Problem p = problem(MINIMAL + "recovery: { rpo: " + value + ", rto: 4h }\n");
        assertEquals(5, p.position().line());
        assertTrue(p.message().contains(expected), p.message());
        assertTrue(p.message().contains("0s, 30s, 15m, 1h"), p.message());
    }

    @ParameterizedTest
    @CsvSource({"0s,0", "30s,30", "15m,900", "1h,3600", "1d,86400", "1h30m,5400", "1.5h,5400", "500ms,1"})
    void durationsParse(String text, long seconds) {
        assertEquals(Optional.of(seconds), RequirementsParser.parseDuration(text));
    }

    @Test
    void emptyFileIsRejected() {
        Problem p = problem(new byte[0]);
        assertTrue(p.message().contains("the file is empty"), p.message());
        assertEquals("req.yaml", p.position().toString());
    }

    @Test
    void commentOnlyFileIsEmptyToo() {
        assertTrue(problem("# nothing here\n\n").message().contains("the file is empty"));
    }

    @Test
    void binaryFileIsRejected() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        Problem p = problem(png);
        assertTrue(p.message().contains("not a text file"), p.message());
    }

    @Test
    void invalidUtf8IsRejected() {
        Problem p = problem(new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        assertTrue(p.message().contains("not a UTF-8 text file"), p.message());
        assertEquals(1, p.position().line());
    }

    @Test
    @Timeout(10)
    void aliasBombIsRejectedWithoutExhaustingMemory() {
        StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [*").append(prev);
            for (int i = 0; i < 8; i++) {
                y.append(", *").append(prev);
            }
            y.append("]\n");
        }
        Problem p = problem(y.toString());
        assertTrue(p.message().contains("alias bomb"), p.message());
        assertTrue(p.position().line() > 1);
    }

    @Test
    @Timeout(10)
    void fiveThousandDeepFlowNestingIsRejected() {
        String deep = "name: x\nregions: " + "[".repeat(5000) + "us-east-1" + "]".repeat(5000) + "\n";
        Problem p = problem(deep);
        assertTrue(p.message().contains("nesting is deeper than 64 levels"), p.message());
        assertEquals(2, p.position().line());
    }

    @Test
    @Timeout(10)
    void fiveThousandDeepBlockNestingIsRejected() {
        // block sequences nest on one line: "- - - ... x" is 5,000 lists deep
        Problem p = problem("name: x\nregions:\n  " + "- ".repeat(5000) + "us-east-1\n");
        assertTrue(p.message().contains("nesting is deeper than 64 levels"), p.message());
    }

    @Test
    void unsupportedCloudAnswersNotYetSupported() {
        Problem p = problem(MINIMAL + "cloud: azure\n");
        assertEquals(5, p.position().line());
        assertTrue(p.message().contains("cloud `azure` is not yet supported"), p.message());
    }

    @Test
    void misspelledEnumValueGetsASuggestion() {
        Problem p = problem(MINIMAL.replace("  requests_per_day: 1000000\n", "  requests_per_day: 1000000\n  cache: reddis\n"));
        assertTrue(p.message().contains("did you mean `redis`?"), p.message());
    }

    @Test
    void syntaxErrorsHaveAPosition() {
        Problem p = problem("name: Shop\nregions: [us-east-1\nworkload: {}\n");
        assertTrue(p.message().startsWith("invalid YAML"), p.message());
        assertTrue(p.position().line() >= 2, p.format());
    }

    @Test
    void commasInNumbersGetAHint() {
        Problem p = problem(MINIMAL.replace("1000000", "\"1,000,000\""));
        assertTrue(p.message().contains("without commas"), p.message());
    }

    @Test
    void missingRequiredKeysAreAllReported() {
        InputException e = assertThrows(InputException.class, () -> parse("environment: production\n"));
        List<String> messages = e.problems().stream().map(Problem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("missing required key `name`")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("missing required key `regions`")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("missing required key `workload`")), messages.toString());
    }

    @Test
    void workloadNeedsTraffic() {
        Problem p = problem("name: x\nregions: [us-east-1]\nworkload: { read_ratio: 0.5 }\n");
        assertTrue(p.message().contains("needs `requests_per_day` or `concurrent_users`"), p.message());
    }

    @Test
    void duplicateKeysAreRejected() {
        Problem p = problem(MINIMAL + "name: Other\n");
        assertEquals(5, p.position().line());
        assertTrue(p.message().contains("duplicate key `name` (first given at line 1)"), p.message());
    }

    @Test
    void unknownAssumptionSuggestsTheKnownOne() {
        Problem p = problem(MINIMAL + "assumptions: { requests_per_cpu: 200 }\n");
        assertTrue(p.message().contains("did you mean `requests_per_vcpu`?"), p.message());
    }

    @Test
    void assumptionOutsideItsRangeIsRejected() {
        Problem p = problem(MINIMAL + "assumptions: { target_utilisation: 1.5 }\n");
        assertTrue(p.message().contains("`target_utilisation` must be between 0.1 and 0.95"), p.message());
    }

    @Test
    void moreThanTwoRegionsIsExplained() {
        Problem p = problem(MINIMAL.replace("[us-east-1]", "[us-east-1, us-west-2, eu-west-1]"));
        assertTrue(p.message().contains("at most one secondary region"), p.message());
    }

    @Test
    void unknownResidencyGeography() {
        Problem p = problem(MINIMAL + "data_residency: europe\n");
        assertTrue(p.message().contains("unknown geography `europe`"), p.message());
    }

    @Test
    void secondDocumentIsRejected() {
        Problem p = problem(MINIMAL + "---\nname: b\n");
        assertTrue(p.message().contains("one YAML document"), p.message());
    }

    @Test
    @Timeout(5)
    void hugeFileIsRejectedBeforeParsing() {
        byte[] big = new byte[RequirementsParser.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertTrue(problem(big).message().contains("at most"));
    }
}
