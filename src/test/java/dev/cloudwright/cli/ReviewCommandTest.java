package dev.cloudwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.TestFiles;
import dev.cloudwright.core.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `review`: findings with where, fix and cost; suppressions in every syntax, baselines, project settings, formats and exit codes. */
class ReviewCommandTest {

    @TempDir
    Path tmp;

    private static final String PROVIDER = "provider \"aws\" {\n  region = \"us-east-1\"\n}\n";

    /** An unencrypted SNS topic (CW-AWS-016, medium; related CKV_AWS_26 and AVD-AWS-0095) and a public database (CW-AWS-002, critical). */
    private static final String TOPIC_AND_DB = """
            resource "aws_sns_topic" "alerts" {
              name = "alerts"
            }

            resource "aws_db_instance" "db" {
              engine              = "postgres"
              instance_class      = "db.t4g.micro"
              allocated_storage   = 20
              storage_encrypted   = true
              publicly_accessible = true
              multi_az                = true
              backup_retention_period = 7
              deletion_protection     = true
              iam_database_authentication_enabled = true
            }
            """;

    private Path config(String name, String hcl) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("main.tf"), PROVIDER + hcl);
        return dir;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return (Map<String, Object>) JsonParser.parsePlain(text);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> doc, String key) {
        return (List<Map<String, Object>>) doc.get(key);
    }

    /** The rules these tests exercise; other rules the examples happen to raise are left out of the comparisons. */
    private static final java.util.Set<String> UNDER_TEST = java.util.Set.of("CW-AWS-002", "CW-AWS-016");

    private static List<String> ids(Map<String, Object> doc, String key) {
        return list(doc, key).stream().filter(f -> UNDER_TEST.contains(f.get("rule_id"))).map(f -> f.get("rule_id") + " " + f.get("resource"))
                .sorted().toList();
    }

    private static Map<String, Object> review(Path dir, String... more) {
        String[] args = new String[more.length + 4];
        args[0] = "review";
        args[1] = dir.toString();
        args[2] = "--format=json";
        args[3] = "-q";
        System.arraycopy(more, 0, args, 4, more.length);
        Cli r = Cli.run(args);
        assertTrue(r.code() == 0 || r.code() == 1, r.err());
        return json(r.out());
    }

    @Test
    void findingsFollowTheJsonContractWithPositionsAndExitCodes() throws IOException {
        Path dir = config("plain", TOPIC_AND_DB);
        Cli r = Cli.run("review", dir.toString(), "--format", "json", "-q");
        assertEquals(1, r.code(), "a critical finding fails the default --fail-on high");
        Map<String, Object> doc = json(r.out());
        assertEquals(List.of("findings", "suppressed", "summary", "scorecard"), List.copyOf(doc.keySet()));
        Map<String, Object> db = list(doc, "findings").stream().filter(f -> f.get("rule_id").equals("CW-AWS-002")).findFirst().orElseThrow();
        assertEquals(List.of("rule_id", "related_ids", "severity", "pillar", "title", "resource", "file", "line", "column", "message", "fix",
                "monthly_cost_impact"), List.copyOf(db.keySet()));
        assertEquals("critical", db.get("severity"));
        assertEquals("aws_db_instance.db", db.get("resource"));
        assertEquals(13, ((Number) db.get("line")).intValue(), "the attribute's line");
        assertEquals(3, ((Number) db.get("column")).intValue());
        Map<String, Object> topic = list(doc, "findings").stream().filter(f -> f.get("rule_id").equals("CW-AWS-016")).findFirst().orElseThrow();
        assertEquals(4, ((Number) topic.get("line")).intValue(), "an argument not written: the resource's first line");
        assertEquals(0, Cli.run("review", dir.toString(), "-q", "--fail-on", "never").code());
        assertEquals(1, Cli.run("review", dir.toString(), "-q", "--fail-on", "critical").code());
        Path topicOnly = config("topic", "resource \"aws_sns_topic\" \"alerts\" {\n  name = \"alerts\"\n}\n");
        assertEquals(0, Cli.run("review", topicOnly.toString(), "-q").code(), "a medium finding does not fail --fail-on high");
        assertEquals(1, Cli.run("review", topicOnly.toString(), "-q", "--fail-on", "medium").code());
    }

    @Test
    void suppressionCommentsInEverySyntax() throws IOException {
        String hcl = """
                # cloudwright:ignore:CW-AWS-016 alerts carry no data exp:2999-12-31
                resource "aws_sns_topic" "above_block" {
                  name = "a"
                }
                resource "aws_sns_topic" "inside_block" {
                  name = "b" # cloudwright:ignore:CW-AWS-016
                }
                resource "aws_sns_topic" "checkov" {
                  #checkov:skip=CKV_AWS_26:public status feed
                  name = "c"
                }
                #tfsec:ignore:AVD-AWS-0095
                resource "aws_sns_topic" "tfsec" {
                  name = "d"
                }
                #trivy:ignore:AVD-AWS-0095:exp:2999-01-01
                resource "aws_sns_topic" "trivy" {
                  name = "e"
                }
                # kics-scan ignore-block
                resource "aws_sns_topic" "kics" {
                  name = "f"
                }
                # cloudwright:ignore:CW-AWS-016 expired exp:2020-01-01
                resource "aws_sns_topic" "expired" {
                  name = "g"
                }
                # cloudwright:ignore:CW-AWS-099 another rule
                resource "aws_sns_topic" "other_rule" {
                  name = "h"
                }
                resource "aws_db_instance" "db" {
                  engine              = "postgres"
                  instance_class      = "db.t4g.micro"
                  allocated_storage   = 20
                  storage_encrypted   = true
                  # kics-scan ignore-line
                  publicly_accessible = true
                  multi_az                = true
                  backup_retention_period = 7
                  deletion_protection     = true
                  iam_database_authentication_enabled = true
                }
                """;
        Map<String, Object> doc = review(config("suppressed", hcl), "--fail-on", "never");
        assertEquals(List.of("CW-AWS-016 aws_sns_topic.expired", "CW-AWS-016 aws_sns_topic.other_rule"), ids(doc, "findings"));
        assertEquals(List.of("CW-AWS-002 aws_db_instance.db", "CW-AWS-016 aws_sns_topic.above_block", "CW-AWS-016 aws_sns_topic.checkov",
                "CW-AWS-016 aws_sns_topic.inside_block", "CW-AWS-016 aws_sns_topic.kics", "CW-AWS-016 aws_sns_topic.tfsec",
                "CW-AWS-016 aws_sns_topic.trivy"), ids(doc, "suppressed"));
        @SuppressWarnings("unchecked")
        Map<String, Object> why = (Map<String, Object>) list(doc, "suppressed").stream()
                .filter(s -> s.get("resource").equals("aws_sns_topic.above_block")).findFirst().orElseThrow().get("suppression");
        assertEquals("alerts carry no data", why.get("reason"));
        assertEquals("2999-12-31", why.get("expires"));
        assertTrue(((String) why.get("source")).startsWith("cloudwright:ignore ("), why.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) doc.get("summary");
        assertEquals(7, ids(doc, "suppressed").size());
        assertEquals(list(doc, "suppressed").size(), ((Number) summary.get("suppressed")).intValue());
    }

    @Test
    void aBaselineHidesTheFindingsItHoldsAndNotNewOnes() throws IOException {
        Path dir = config("baseline", TOPIC_AND_DB);
        Path baseline = tmp.resolve("baseline.json");
        assertEquals(1, Cli.run("review", dir.toString(), "-q", "--create-baseline", baseline.toString()).code());
        assertTrue(Files.readString(baseline).contains("\"rule_id\": \"CW-AWS-002\""));
        assertEquals(0, Cli.run("review", dir.toString(), "-q", "--baseline", baseline.toString()).code(), "nothing new");
        Files.writeString(dir.resolve("more.tf"), "\n\nresource \"aws_sns_topic\" \"new\" {\n  name = \"n\"\n}\n");
        Map<String, Object> doc = review(dir, "--baseline", baseline.toString());
        assertEquals(List.of("CW-AWS-016 aws_sns_topic.new"), ids(doc, "findings"));
        assertEquals(2, ids(doc, "suppressed").size());
        Files.writeString(baseline, "{\"version\": 1, \"findings\": [{\"rule_id\": 3}]}");
        Cli bad = Cli.run("review", dir.toString(), "-q", "--baseline", baseline.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("baseline.json:1:29: error: a baseline finding needs rule_id and resource"), bad.err());
    }

    @Test
    void theProjectFileSkipsRulesOverridesSeveritiesAndExcludesPaths() throws IOException {
        Path dir = config("project", TOPIC_AND_DB);
        Files.createDirectories(dir.resolve("legacy"));
        Files.writeString(dir.resolve("legacy.tf"), "resource \"aws_sns_topic\" \"legacy\" {\n  name = \"l\"\n}\n");
        Files.writeString(dir.resolve(".cloudwright.yaml"), """
                review:
                  skip: [CW-AWS-016]
                  severity:
                    CW-AWS-002: low
                """);
        Cli r = Cli.run("review", dir.toString(), "-q", "--format", "json");
        assertEquals(0, r.code(), "the public database is low now: " + r.out());
        Map<String, Object> doc = json(r.out());
        assertEquals(List.of("CW-AWS-002 aws_db_instance.db"), ids(doc, "findings"));
        assertEquals("low", list(doc, "findings").stream().filter(f -> f.get("rule_id").equals("CW-AWS-002")).findFirst().orElseThrow().get("severity"));
        Files.writeString(dir.resolve(".cloudwright.yaml"), "review:\n  exclude_paths: [legacy.tf]\n");
        doc = review(dir);
        assertTrue(ids(doc, "findings").contains("CW-AWS-016 aws_sns_topic.alerts"));
        assertEquals(List.of("CW-AWS-016 aws_sns_topic.legacy"), ids(doc, "suppressed"));
        Files.writeString(dir.resolve(".cloudwright.yaml"), "review:\n  severity:\n    CW-AWS-002: severe\n");
        Cli bad = Cli.run("review", dir.toString(), "-q");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains(".cloudwright.yaml:3:17") && bad.err().contains("unknown severity 'severe'"), bad.err());
    }

    @Test
    void unknownValuesPassUnlessAskedToFail() throws IOException {
        Path dir = config("unknown", """
                variable "public" {
                  type = bool
                }
                resource "aws_db_instance" "db" {
                  engine              = "postgres"
                  instance_class      = "db.t4g.micro"
                  allocated_storage   = 20
                  storage_encrypted   = true
                  publicly_accessible = var.public
                }
                """);
        Map<String, Object> pass = review(dir);
        assertFalse(ids(pass, "findings").contains("CW-AWS-002 aws_db_instance.db"));
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) pass.get("summary");
        assertTrue(((Number) summary.get("unknown")).intValue() >= 1);
        Cli fail = Cli.run("review", dir.toString(), "-q", "--unknown", "fail", "--format", "json");
        assertEquals(1, fail.code());
        assertTrue(ids(json(fail.out()), "findings").contains("CW-AWS-002 aws_db_instance.db"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFrameworkKeepsItsRulesAndSummarisesItsControls() throws IOException {
        Map<String, Object> doc = review(config("pci", TOPIC_AND_DB), "--framework", "pci-dss");
        Map<String, Object> compliance = (Map<String, Object>) doc.get("compliance");
        assertEquals("pci-dss", compliance.get("framework"));
        List<Map<String, Object>> controls = (List<Map<String, Object>>) compliance.get("controls");
        Map<String, Object> segmentation = controls.stream().filter(c -> c.get("id").equals("1.3.1")).findFirst().orElseThrow();
        assertEquals("failed", segmentation.get("status"), "the public database fails network segmentation");
        assertTrue(controls.stream().anyMatch(c -> c.get("status").equals("not-covered")));
        Cli bad = Cli.run("review", tmp.toString(), "--framework", "pci");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("pci-dss"), bad.err());
    }

    @Test
    void everyFormatRendersAndTheOutputIsDeterministic() throws IOException {
        Path dir = config("formats", TOPIC_AND_DB);
        for (String f : new String[] {"table", "json", "sarif", "junit", "markdown"}) {
            Cli a = Cli.run("review", dir.toString(), "-q", "--format", f);
            Cli b = Cli.run("review", dir.toString(), "-q", "--format", f);
            assertEquals(1, a.code(), f);
            assertEquals(a.out(), b.out(), f + " is byte-identical run to run");
            assertTrue(a.out().contains("CW-AWS-002"), f + ": " + a.out());
        }
        String junit = Cli.run("review", dir.toString(), "-q", "--format", "junit").out();
        assertTrue(junit.startsWith("<?xml") && junit.contains("<failure type=\"critical\""), junit);
        String md = Cli.run("review", dir.toString(), "-q", "--format", "markdown").out();
        assertTrue(md.contains("| critical | CW-AWS-002"), md);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRuleCatalogueListsEveryRuleWithItsMetadata() {
        Cli r = Cli.run("review", "--list-rules", "--format", "json");
        assertEquals(0, r.code(), r.err());
        List<Map<String, Object>> rules = (List<Map<String, Object>>) json(r.out()).get("rules");
        assertEquals(dev.cloudwright.review.AwsRules.ALL.size(), rules.size());
        assertEquals(List.of("id", "title", "pillar", "severity", "applies_to", "controls", "related_ids", "fix"), List.copyOf(rules.get(0).keySet()));
        assertEquals(2, Cli.run("review").code(), "a path or --list-rules is needed");
    }

    @Test
    void aDesignIsReviewedBeforeAnyTerraformExists() {
        Cli r = Cli.run("review", TestFiles.example("ecommerce.yaml").toString(), "--format", "sarif");
        assertEquals(0, r.code(), r.err() + r.out());
        assertTrue(r.out().contains("\"version\": \"2.1.0\""));
    }
}
