package dev.cloudwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.core.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operating systems and reservations from a usage file, and the savings that change families, schedules and NAT
 * gateways. Prices come from a price book written here, so the figures follow from the test alone.
 */
class CostCommitmentsTest {

    @TempDir
    Path tmp;

    private static final String HEADER = "key\tregion\tunit\tusd\ttier_from\tsource_url\tsource_date\tconfidence\tnote\n";

    private Path book(String rows) throws IOException {
        Path dir = tmp.resolve("book");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("book.tsv"), HEADER + rows);
        return dir;
    }

    private Path config(String hcl) throws IOException {
        Path dir = tmp.resolve("tf");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("main.tf"), "provider \"aws\" {\n  region = \"us-east-1\"\n}\n" + hcl);
        return dir;
    }

    private Path usage(String yaml) throws IOException {
        Path f = tmp.resolve("usage.yml");
        Files.writeString(f, "version: 0.1\nresource_usage:\n" + yaml);
        return f;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> components(String json, String address) {
        Map<String, Object> project = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) JsonParser.parsePlain(json)).get("projects")).get(0);
        for (Object r : (List<Object>) project.get("resources")) {
            Map<String, Object> m = (Map<String, Object>) r;
            if (m.get("address").equals(address)) {
                return (List<Map<String, Object>>) m.get("cost_components");
            }
        }
        throw new AssertionError("no resource " + address + " in " + json);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> recommendations(String json) {
        Map<String, Object> project = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) JsonParser.parsePlain(json)).get("projects")).get(0);
        return (List<Map<String, Object>>) project.get("recommendations");
    }

    private static final String TWO_INSTANCES = """
            resource "aws_instance" "win" {
              ami           = "ami-12345678"
              instance_type = "m5.large"
            }
            resource "aws_instance" "reserved" {
              ami           = "ami-12345678"
              instance_type = "m5.large"
            }
            """;

    @Test
    void theOperatingSystemAndAReservationComeFromTheUsageFileWithTheUpfrontFeeAmortised() throws IOException {
        Path prices = book("""
                ec2.m5.large.windows	us-east-1	hour	0.188	0	test	2026-12-01	V	Windows
                ec2.m5.large/reserved-standard/1y/partial-upfront	us-east-1	hour	0.028	0	test	2026-12-01	V	recurring
                ec2.m5.large/reserved-standard/1y/partial-upfront/upfront	us-east-1	hour	0.0280	0	test	2026-12-01	V	245.28 / 8760
                """);
        Path u = usage("""
                  aws_instance.win:
                    operating_system: windows
                  aws_instance.reserved:
                    reserved_instance_type: standard
                    reserved_instance_term: 1_year
                    reserved_instance_payment_option: partial_upfront
                """);
        Cli c = Cli.run("cost", config(TWO_INSTANCES).toString(), "--usage", u.toString(), "--prices", prices.toString(), "--format", "json", "-q");
        assertEquals(0, c.code(), c.err());
        Map<String, Object> win = components(c.out(), "aws_instance.win").get(0);
        assertEquals("Instance hours (1 x m5.large, Windows on-demand)", win.get("name"));
        assertEquals("137.24", win.get("monthly_cost")); // 730 x 0.188
        List<Map<String, Object>> reserved = components(c.out(), "aws_instance.reserved");
        assertEquals("Instance hours (1 x m5.large, Linux, reserved 1y, partial upfront)", reserved.get(0).get("name"));
        assertEquals("20.44", reserved.get(0).get("monthly_cost")); // 730 x 0.028
        assertEquals("Upfront fee amortised (reserved 1y, partial upfront)", reserved.get(1).get("name"));
        assertEquals("20.44", reserved.get(1).get("monthly_cost"));
    }

    @Test
    void aWordTheKeyDoesNotTakeIsAnErrorWithItsPositionAndAHalfReservationAWarning() throws IOException {
        Cli bad = Cli.run("cost", config(TWO_INSTANCES).toString(), "--usage", usage("""
                  aws_instance.win:
                    operating_system: windoze
                """).toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("usage.yml:4:23: error: `operating_system` must be one of linux, windows, rhel, suse, found `windoze`"
                + " (did you mean `windows`?)"), bad.err());
        assertFalse(bad.err().contains("Exception"), bad.err());

        Cli half = Cli.run("cost", config(TWO_INSTANCES).toString(), "--usage", usage("""
                  aws_instance.reserved:
                    reserved_instance_term: 3_year
                """).toString());
        assertEquals(0, half.code(), half.err());
        assertTrue(half.err().contains("usage.yml:4:5: warning: a reservation needs both reserved_instance_term and"
                + " reserved_instance_payment_option: priced on demand"), half.err());
    }

    @Test
    void syncWritesTheWordKeysCommentedOutWithTheirValues() throws IOException {
        Path out = tmp.resolve("synced.yml");
        Cli c = Cli.run("cost", config(TWO_INSTANCES).toString(), "--sync-usage-file", out.toString(), "-q");
        assertEquals(0, c.code(), c.err());
        String text = Files.readString(out);
        assertTrue(text.contains("    # reserved_instance_term: 1_year # Reserved instance term: the hours are billed at its rate (1_year, 3_year)\n"), text);
        assertTrue(text.contains("    # operating_system: linux #"), text);
    }

    @Test
    void previousGenerationFamiliesMoveToTheCurrentOneWhereItCostsLess() throws IOException {
        Path prices = book("""
                ec2.m4.large	us-east-1	hour	0.10	0	test	2026-12-01	V	m4
                ec2.m6i.large	us-east-1	hour	0.096	0	test	2026-12-01	V	m6i
                """);
        Cli c = Cli.run("cost", config("""
                resource "aws_instance" "old" {
                  ami           = "ami-12345678"
                  instance_type = "m4.large"
                }
                """).toString(), "--prices", prices.toString(), "--format", "json", "-q");
        assertEquals(0, c.code(), c.err());
        Map<String, Object> rec = recommendations(c.out()).stream().filter(r -> r.get("id").equals("previous-generation")).findFirst()
                .orElseThrow(() -> new AssertionError(c.out()));
        assertEquals("2.92", rec.get("monthly_saving")); // 730 x (0.10 - 0.096)
        assertEquals(List.of("aws_instance.old"), rec.get("resources"));
    }

    private static final String NATS_AND_DB = """
            resource "aws_nat_gateway" "main" {
              count         = 3
              allocation_id = "eipalloc-${count.index}"
              subnet_id     = "subnet-${count.index}"
            }
            resource "aws_db_instance" "app" {
              engine            = "postgres"
              instance_class    = "db.m7g.large"
              allocated_storage = 20
              storage_type      = "gp3"
            }
            """;

    @Test
    void outsideProductionOneNatGatewayPerRegionAndDatabasesStoppedOutOfHours() throws IOException {
        Cli prod = Cli.run("cost", config(NATS_AND_DB).toString(), "--format", "json", "-q");
        assertEquals(0, prod.code(), prod.err());
        assertTrue(recommendations(prod.out()).stream().noneMatch(r -> r.get("id").equals("nat-consolidation") || r.get("id").equals("db-schedule")),
                prod.out());

        Cli staging = Cli.run("cost", config(NATS_AND_DB).toString(), "--environment", "staging", "--format", "json", "-q");
        assertEquals(0, staging.code(), staging.err());
        List<Map<String, Object>> recs = recommendations(staging.out());
        Map<String, Object> nat = recs.stream().filter(r -> r.get("id").equals("nat-consolidation")).findFirst().orElseThrow(() -> new AssertionError(recs.toString()));
        // Two of three gateways go, with their hours and public addresses: 2 x 730 x (0.045 + 0.005).
        assertEquals("73.00", nat.get("monthly_saving"));
        Map<String, Object> db = recs.stream().filter(r -> r.get("id").equals("db-schedule")).findFirst().orElseThrow(() -> new AssertionError(recs.toString()));
        assertTrue(Double.parseDouble(db.get("monthly_saving").toString()) > 0, db.toString());

        Cli wrong = Cli.run("cost", config(NATS_AND_DB).toString(), "--environment", "prod");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("production, staging, development"), wrong.err());
    }

    @Test
    void natTrafficToS3WithoutAGatewayEndpointIsASaving() throws IOException {
        Cli c = Cli.run("cost", config("""
                resource "aws_nat_gateway" "main" {
                  allocation_id = "eipalloc-1"
                  subnet_id     = "subnet-1"
                }
                resource "aws_s3_bucket" "data" {
                  bucket = "data"
                }
                """).toString(), "--usage", usage("""
                  aws_nat_gateway.main:
                    monthly_data_processed_gb: 1000
                """).toString(), "--format", "json", "-q");
        assertEquals(0, c.code(), c.err());
        Map<String, Object> rec = recommendations(c.out()).stream().filter(r -> r.get("id").equals("gateway-endpoints")).findFirst()
                .orElseThrow(() -> new AssertionError(c.out()));
        assertEquals("45.00", rec.get("monthly_saving")); // 1,000 GB x $0.045 processed
    }

    @Test
    void standardDataNoLifecycleRuleMovesIsOfferedIntelligentTiering() throws IOException {
        String bucket = """
                resource "aws_s3_bucket" "data" {
                  bucket = "data"
                }
                """;
        Path u = usage("""
                  aws_s3_bucket.data:
                    standard:
                      storage_gb: 1000
                """);
        Cli c = Cli.run("cost", config(bucket).toString(), "--usage", u.toString(), "--format", "json", "-q");
        assertEquals(0, c.code(), c.err());
        Map<String, Object> rec = recommendations(c.out()).stream().filter(r -> r.get("id").equals("s3-intelligent-tiering")).findFirst()
                .orElseThrow(() -> new AssertionError(c.out()));
        assertEquals("10.50", rec.get("monthly_saving")); // 1,000 GB x (0.023 Standard - 0.0125 Infrequent Access)

        Cli ruled = Cli.run("cost", config(bucket + """
                resource "aws_s3_bucket_lifecycle_configuration" "data" {
                  bucket = aws_s3_bucket.data.id
                  rule {
                    id     = "archive"
                    status = "Enabled"
                    transition {
                      days          = 30
                      storage_class = "GLACIER_IR"
                    }
                  }
                }
                """).toString(), "--usage", u.toString(), "--format", "json", "-q");
        assertEquals(0, ruled.code(), ruled.err());
        assertTrue(recommendations(ruled.out()).stream().noneMatch(r -> r.get("id").equals("s3-intelligent-tiering")), ruled.out());
    }

    @Test
    void theBundledReservedPricesPriceAReservedDatabaseBelowItsOnDemandHours() throws IOException {
        Path dir = config("""
                resource "aws_db_instance" "app" {
                  engine            = "postgres"
                  instance_class    = "db.m5.large"
                  allocated_storage = 100
                }
                """);
        Cli onDemand = Cli.run("cost", dir.toString(), "--format", "json", "-q");
        assertEquals(0, onDemand.code(), onDemand.err());
        double hours = Double.parseDouble(components(onDemand.out(), "aws_db_instance.app").get(0).get("monthly_cost").toString());
        Cli reserved = Cli.run("cost", dir.toString(), "--format", "json", "-q", "--usage", usage("""
                  aws_db_instance.app:
                    reserved_instance_term: 1_year
                    reserved_instance_payment_option: partial_upfront
                """).toString());
        assertEquals(0, reserved.code(), reserved.err());
        List<Map<String, Object>> lines = components(reserved.out(), "aws_db_instance.app");
        assertTrue(lines.get(0).get("price_key").toString().endsWith("/reserved-standard/1y/partial-upfront"), lines.toString());
        assertTrue(lines.get(1).get("price_key").toString().endsWith("/reserved-standard/1y/partial-upfront/upfront"), lines.toString());
        double committed = Double.parseDouble(lines.get(0).get("monthly_cost").toString()) + Double.parseDouble(lines.get(1).get("monthly_cost").toString());
        assertTrue(committed > 0.4 * hours && committed < hours, committed + " against " + hours + " on demand");
    }
}
