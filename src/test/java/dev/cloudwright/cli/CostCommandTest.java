package dev.cloudwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.TestFiles;
import dev.cloudwright.core.JsonParser;
import dev.cloudwright.design.Designer;
import dev.cloudwright.requirements.RequirementsParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cost` prices Terraform resource by resource: every charge on the resource billed for it, nothing silently zero. */
class CostCommandTest {

    @TempDir
    Path tmp;

    private static final String PROVIDER = """
            provider "aws" {
              region = "us-east-1"
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
    private static Map<String, Object> project(Map<String, Object> doc) {
        return (Map<String, Object>) ((List<Object>) doc.get("projects")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resource(Map<String, Object> doc, String address) {
        for (Object r : (List<Object>) project(doc).get("resources")) {
            Map<String, Object> m = (Map<String, Object>) r;
            if (m.get("address").equals(address)) {
                return m;
            }
        }
        throw new AssertionError("no resource " + address);
    }

    private static final String NAT_AND_AURORA = """
            resource "aws_eip" "nat" {
              count  = 2
              domain = "vpc"
            }
            resource "aws_nat_gateway" "main" {
              count         = 2
              allocation_id = aws_eip.nat[count.index].id
              subnet_id     = "subnet-${count.index}"
            }
            resource "aws_rds_cluster" "db" {
              cluster_identifier = "db"
              engine             = "aurora-postgresql"
              master_username    = "app"
              manage_master_user_password = true
            }
            resource "aws_rds_cluster_instance" "db" {
              count              = 2
              cluster_identifier = aws_rds_cluster.db.id
              instance_class     = "db.r7g.large"
              engine             = aws_rds_cluster.db.engine
            }
            resource "aws_iam_role" "app" {
              name               = "app"
              assume_role_policy = "{}"
            }
            resource "aws_mq_broker" "events" {
              broker_name        = "events"
              engine_type        = "RabbitMQ"
              engine_version     = "3.13"
              host_instance_type = "mq.m5.large"
              user {
                username = "app"
                password = "not-a-real-password"
              }
            }
            """;

    @Test
    void eachChargeIsOnTheResourceBilledForIt() throws IOException {
        Cli c = Cli.run("cost", config("a", NAT_AND_AURORA).toString(), "--format", "json", "-q");
        assertEquals(0, c.code(), c.err());
        Map<String, Object> doc = json(c.out());
        assertEquals("USD", doc.get("currency"));
        // Each NAT gateway of the count bills its own hours: 730 at the us-east-1 price, and its address.
        for (String a : List.of("aws_nat_gateway.main[0]", "aws_nat_gateway.main[1]")) {
            Map<String, Object> nat = resource(doc, a);
            assertEquals("priced", nat.get("status"));
            assertEquals("aws_nat_gateway", nat.get("type"));
            @SuppressWarnings("unchecked")
            Map<String, Object> hours = (Map<String, Object>) ((List<Object>) nat.get("cost_components")).get(0);
            assertEquals("NAT gateway hours", hours.get("name"));
            assertEquals("730", hours.get("monthly_quantity"));
            assertEquals("0.045", hours.get("price"));
            assertEquals("32.85", hours.get("monthly_cost"));
            assertEquals(false, hours.get("usage_based"));
        }
        // The cluster's instances bill instance hours; the cluster itself only storage and I/O, which depend on usage.
        Map<String, Object> inst = resource(doc, "aws_rds_cluster_instance.db[1]");
        assertEquals("priced", inst.get("status"));
        assertEquals("aws_rds_cluster_instance", inst.get("type"));
        assertEquals("usage-dependent", resource(doc, "aws_rds_cluster.db").get("status"));
        assertEquals("free", resource(doc, "aws_iam_role.app").get("status"));
        assertEquals("unsupported", resource(doc, "aws_mq_broker.events").get("status"));
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) project(doc).get("summary");
        assertEquals("{aws_mq_broker=1}", summary.get("unsupported_types").toString());
        assertEquals("1", summary.get("unsupported").toString());
        // The total is the sum of the resources, as decimal strings.
        BigDecimal sum = BigDecimal.ZERO;
        for (Object r : (List<?>) project(doc).get("resources")) {
            sum = sum.add(new BigDecimal((String) ((Map<?, ?>) r).get("monthly_cost")));
        }
        assertEquals(sum.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), doc.get("total_monthly_cost"));
        // The optimiser's savings name the resources they apply to: reserved instances are the cluster's instances.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> recs = (List<Map<String, Object>>) project(doc).get("recommendations");
        Map<String, Object> reserved = recs.stream().filter(r -> r.get("id").equals("db-reserved")).findFirst()
                .orElseThrow(() -> new AssertionError(recs.toString()));
        assertEquals(List.of("aws_rds_cluster_instance.db[0]", "aws_rds_cluster_instance.db[1]"), reserved.get("resources"));
        assertTrue(new BigDecimal((String) reserved.get("monthly_saving")).signum() > 0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> charge(Map<String, Object> doc, String address, String namePrefix) {
        for (Object o : (List<Object>) resource(doc, address).get("cost_components")) {
            Map<String, Object> m = (Map<String, Object>) o;
            if (((String) m.get("name")).startsWith(namePrefix)) {
                return m;
            }
        }
        throw new AssertionError("no charge '" + namePrefix + "' on " + address + ": " + resource(doc, address));
    }

    @Test
    void usageKeysOfTheServicesReadFromTerraformOnly() throws IOException {
        Path dir = config("v", """
                resource "aws_sfn_state_machine" "events" {
                  name       = "events"
                  type       = "EXPRESS"
                  role_arn   = "arn:aws:iam::123456789012:role/sfn"
                  definition = "{}"
                }
                resource "aws_efs_file_system" "shared" {}
                resource "aws_rds_cluster" "app" {
                  cluster_identifier = "app"
                  engine             = "aurora-postgresql"
                  serverlessv2_scaling_configuration {
                    min_capacity = 0.5
                    max_capacity = 8
                  }
                }
                resource "aws_rds_cluster_instance" "app" {
                  cluster_identifier = aws_rds_cluster.app.id
                  instance_class     = "db.serverless"
                  engine             = aws_rds_cluster.app.engine
                }
                resource "aws_ebs_snapshot" "backup" {
                  volume_id = "vol-0123456789abcdef0"
                }
                """);
        Path usage = tmp.resolve("services.yml");
        Files.writeString(usage, """
                version: 0.1
                resource_usage:
                  aws_sfn_state_machine.events:
                    monthly_requests: 1000000
                    workflow_duration_ms: 1800
                    memory_mb: 64
                  aws_efs_file_system.shared:
                    storage_gb: 200
                    infrequent_access_storage_gb: 1000
                  aws_rds_cluster_instance.app:
                    capacity_units_per_hr: 2
                  aws_ebs_snapshot.backup:
                    storage_gb: 40
                """);
        Cli c = Cli.run("cost", dir.toString(), "--format", "json", "--usage", usage.toString(), "-q");
        assertEquals(0, c.code(), c.err());
        assertEquals("", c.err());
        Map<String, Object> doc = json(c.out());
        // 1M workflows x 1.8 s x 64 MB = 112,500 GB-seconds = 31.25 GB-hours, from the file's memory, not a function's.
        assertEquals("31.25", charge(doc, "aws_sfn_state_machine.events", "Duration").get("monthly_quantity"));
        assertEquals("1", charge(doc, "aws_sfn_state_machine.events", "Requests").get("monthly_quantity"), "1M requests");
        assertEquals("60.00", charge(doc, "aws_efs_file_system.shared", "Storage (Standard)").get("monthly_cost"));
        assertEquals("1000", charge(doc, "aws_efs_file_system.shared", "Storage (Standard-IA)").get("monthly_quantity"));
        // 2 ACUs an hour on the one instance replace the minimum: 1,460 ACU-hours at $0.12, billed by the instance.
        assertEquals("175.20", charge(doc, "aws_rds_cluster_instance.app", "Serverless v2 capacity (ACU-hours used)").get("monthly_cost"));
        assertEquals("2.00", charge(doc, "aws_ebs_snapshot.backup", "Snapshot storage").get("monthly_cost"));
        assertEquals("priced", resource(doc, "aws_ebs_snapshot.backup").get("status"));
    }

    @Test
    void aUsageFileSetsUsageByAddressWildcardAndTypeAndWarnsAboutWhatItCannotUse() throws IOException {
        Path dir = config("u", NAT_AND_AURORA + """
                resource "aws_lambda_function" "api" {
                  function_name = "api"
                  role          = aws_iam_role.app.arn
                  runtime       = "python3.13"
                  handler       = "app.handler"
                  filename      = "app.zip"
                  memory_size   = 1024
                }
                """);
        Path usage = tmp.resolve("usage.yml");
        Files.writeString(usage, """
                version: 0.1
                resource_type_default_usage:
                  aws_lambda_function:
                    monthly_requests: 1000000
                resource_usage:
                  aws_lambda_function.api:
                    request_duration_ms: 500
                  aws_nat_gateway.main[*]:
                    monthly_data_processed_gb: 100
                    monthly_data_procesed_gb: 5
                  aws_nat_gateway.other:
                    monthly_data_processed_gb: 1
                """);
        Cli c = Cli.run("cost", dir.toString(), "--format", "json", "--usage", usage.toString());
        assertEquals(0, c.code(), c.err());
        Map<String, Object> doc = json(c.out());
        // 1M requests x 0.5 s x 1 GB = 500,000 GB-seconds.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fn = (List<Map<String, Object>>) resource(doc, "aws_lambda_function.api").get("cost_components");
        assertTrue(fn.stream().anyMatch(x -> x.get("monthly_quantity").equals("500000")), fn.toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nat = (List<Map<String, Object>>) resource(doc, "aws_nat_gateway.main[0]").get("cost_components");
        assertTrue(nat.stream().anyMatch(x -> x.get("name").equals("Data processed") && x.get("monthly_quantity").equals("100")), nat.toString());
        assertTrue(c.err().contains("usage.yml:10:5: warning: `monthly_data_procesed_gb` is not a usage key of aws_nat_gateway (did you mean "
                + "`monthly_data_processed_gb`?)"), c.err());
        assertTrue(c.err().contains("warning: no resource `aws_nat_gateway.other` in the configuration"), c.err());
    }

    @Test
    void aNegativeOrNonNumericUsageIsAnErrorWithItsPosition() throws IOException {
        Path usage = tmp.resolve("bad.yml");
        Files.writeString(usage, "version: 0.1\nresource_usage:\n  aws_nat_gateway.main[0]:\n    monthly_data_processed_gb: -3\n");
        Cli c = Cli.run("cost", config("b", NAT_AND_AURORA).toString(), "--usage", usage.toString());
        assertEquals(2, c.code());
        assertTrue(c.err().contains("bad.yml:4:32: error: `monthly_data_processed_gb` must be a non-negative number, found -3"), c.err());
        assertFalse(c.err().contains("Exception"), c.err());
    }

    @Test
    void compareToGivesTheMonthlyChangePerResourceAndInTotal() throws IOException {
        Path before = config("before", NAT_AND_AURORA);
        Path after = config("after", NAT_AND_AURORA.replace("count         = 2", "count         = 3").replace("count  = 2", "count  = 3"));
        Cli c = Cli.run("cost", after.toString(), "--compare-to", before.toString(), "--format", "json", "-q");
        assertEquals(0, c.code(), c.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> diff = (Map<String, Object>) project(json(c.out())).get("diff");
        assertTrue(diff.get("resources").toString().contains("aws_nat_gateway.main[2]"), diff.toString());
        // One more NAT gateway: 730 hours at $0.045 and its public IPv4 address at $0.005.
        assertEquals("36.50", diff.get("monthly_delta"));
        Cli md = Cli.run("cost", after.toString(), "--compare-to", before.toString(), "--format", "markdown", "-q");
        assertTrue(md.out().contains("(+$36.50 from "), md.out());
    }

    @Test
    void aDesignIsPricedByTheSameEngineAtTheDesignsCost() {
        Path file = TestFiles.example("startup.yaml");
        Cli c = Cli.run("cost", file.toString(), "--format", "json");
        assertEquals(0, c.code(), c.err());
        double design = new Designer().design(RequirementsParser.parseFile(file)).cost().monthlyUsd();
        assertEquals(design, Double.parseDouble((String) json(c.out()).get("total_monthly_cost")), 0.01);
    }

    @Test
    void syncWritesEveryUsageKeyAndKeepsTheValuesAlreadyThere() throws IOException {
        Path usage = tmp.resolve("sync.yml");
        Files.writeString(usage, "version: 0.1\nresource_usage:\n  aws_nat_gateway.main[1]:\n    monthly_data_processed_gb: 42\n");
        Cli c = Cli.run("cost", config("s", NAT_AND_AURORA).toString(), "--sync-usage-file", usage.toString(), "-q");
        assertEquals(0, c.code(), c.err());
        String text = Files.readString(usage);
        assertTrue(text.contains("  aws_nat_gateway.main[0]:\n    monthly_data_processed_gb: 0 # "), text);
        assertTrue(text.contains("  aws_nat_gateway.main[1]:\n    monthly_data_processed_gb: 42 # "), text);
        assertTrue(text.contains("  aws_rds_cluster.db:\n    write_requests_per_sec: 0"), text);
        assertTrue(c.out().contains("aws_nat_gateway.main[1]"), c.out());
    }

    @Test
    void theTableAndHtmlNameWhatDependsOnUsage() throws IOException {
        Path dir = config("t", NAT_AND_AURORA);
        Cli t = Cli.run("cost", dir.toString(), "-q");
        assertTrue(t.out().contains("depends on usage"), t.out());
        assertTrue(t.out().contains("1 unsupported (aws_mq_broker)"), t.out());
        Cli h = Cli.run("cost", dir.toString(), "--format", "html", "-q");
        assertTrue(h.out().startsWith("<!DOCTYPE html>") && h.out().contains("<code>aws_nat_gateway.main[0]</code>"), h.out());
    }

    @Test
    void actualsFromAFocusExportAreSetBesideTheEstimate() throws IOException {
        Path dir = config("f", NAT_AND_AURORA.replace("  subnet_id     = \"subnet-${count.index}\"\n",
                "  subnet_id     = \"subnet-${count.index}\"\n  tags          = { Name = \"nat-${count.index}\" }\n")
                .replace("  manage_master_user_password = true\n", "  manage_master_user_password = true\n  tags = { Name = \"db\" }\n"));
        Path bill = tmp.resolve("focus.csv");
        Files.writeString(bill, String.join("\n",
                "BillingAccountId,BillingCurrency,BilledCost,EffectiveCost,ChargeCategory,ResourceId,ResourceName,ServiceName,RegionId,Tags",
                "111,USD,36.50,36.50,Usage,arn:aws:ec2:us-east-1:111:natgateway/nat-1,,Amazon Virtual Private Cloud,us-east-1,\"{\"\"Name\"\": \"\"nat-0\"\"}\"",
                "111,USD,36.50,36.50,Usage,arn:aws:ec2:us-east-1:111:natgateway/nat-2,,Amazon Virtual Private Cloud,us-east-1,\"{\"\"Name\"\": \"\"nat-1\"\"}\"",
                "111,USD,900.00,900.00,Usage,arn:aws:rds:us-east-1:111:cluster:db,,Amazon Relational Database Service,us-east-1,\"{\"\"Name\"\": \"\"db\"\"}\"",
                "111,USD,12.00,12.00,Usage,arn:aws:s3:::old-bucket,old-bucket,Amazon Simple Storage Service,us-east-1,",
                ""));
        Cli c = Cli.run("cost", dir.toString(), "--format", "json", "-q", "--actuals", bill.toString());
        assertEquals(0, c.code(), c.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> a = (Map<String, Object>) project(json(c.out())).get("actuals");
        assertEquals("985.00", a.get("billed_total"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> comps = (List<Map<String, Object>>) a.get("components");
        Map<String, Object> nat = comps.stream().filter(m -> m.get("resources").toString().contains("aws_nat_gateway")).findFirst().orElseThrow();
        assertEquals("73.00", nat.get("billed"));
        assertEquals(false, nat.get("flagged"), nat.toString());
        Map<String, Object> db = comps.stream().filter(m -> m.get("resources").toString().contains("aws_rds_cluster_instance")).findFirst().orElseThrow();
        assertEquals(true, db.get("flagged"), db.toString());
        assertTrue(a.get("not_in_configuration").toString().contains("arn:aws:s3:::old-bucket"), a.toString());
    }

    @Test
    void aMalformedFocusExportIsAnErrorWithItsPosition() throws IOException {
        Path dir = config("g", NAT_AND_AURORA);
        Path noCost = tmp.resolve("nocost.csv");
        Files.writeString(noCost, "BillingCurrency,ResourceId\nUSD,x\n");
        Cli c = Cli.run("cost", dir.toString(), "-q", "--actuals", noCost.toString());
        assertEquals(2, c.code());
        assertTrue(c.err().contains("nocost.csv:1:1: error: not a FOCUS 1.0 export: no `BilledCost` column"), c.err());
        Path badNumber = tmp.resolve("bad.csv");
        Files.writeString(badNumber, "BillingCurrency,BilledCost,ResourceId\nUSD,12.0,a\nUSD,twelve,b\n");
        Cli d = Cli.run("cost", dir.toString(), "-q", "--actuals", badNumber.toString());
        assertEquals(2, d.code());
        assertTrue(d.err().contains("bad.csv:3:5: error: BilledCost `twelve` is not a number"), d.err());
        Path open = tmp.resolve("open.csv");
        Files.writeString(open, "BillingCurrency,BilledCost\nUSD,\"12\n");
        Cli e = Cli.run("cost", dir.toString(), "-q", "--actuals", open.toString());
        assertEquals(2, e.code());
        assertTrue(e.err().contains("open.csv:2:5: error: the quoted field that starts here is never closed"), e.err());
    }

    @Test
    void measuredUtilisationOffersTheNextSmallerSizeWithItsSavingAndCondition() throws IOException {
        Path dir = config("r", NAT_AND_AURORA.replace("db.r7g.large", "db.r7g.2xlarge"));
        Path util = tmp.resolve("util.csv");
        Files.writeString(util, "address,cpu_avg,cpu_p95,memory_avg,memory_p95\n"
                + "aws_rds_cluster_instance.db[0],12,30,20,35\naws_rds_cluster_instance.db[1],10,25,18,30\n");
        Cli c = Cli.run("cost", dir.toString(), "--format", "json", "-q", "--utilization", util.toString());
        assertEquals(0, c.code(), c.err());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> recs = (List<Map<String, Object>>) project(json(c.out())).get("recommendations");
        Map<String, Object> r = recs.stream().filter(x -> x.get("id").equals("rightsize")).findFirst().orElseThrow(() -> new AssertionError(recs.toString()));
        assertEquals("Right-size db.r7g.2xlarge to db.r7g.xlarge", r.get("title"));
        // Two instances at half the hourly price: half of two 2xlarge instances' hours.
        assertTrue(r.get("trade_off").toString().contains("about 60% CPU and 70% memory"), r.toString());
        assertEquals(List.of("aws_rds_cluster_instance.db[0]", "aws_rds_cluster_instance.db[1]"), r.get("resources"));
        // A busy resource is not offered a smaller size.
        Files.writeString(util, "address,cpu_avg,cpu_p95,memory_avg,memory_p95\naws_rds_cluster_instance.db[0],50,85,40,60\n");
        Cli busy = Cli.run("cost", dir.toString(), "--format", "json", "-q", "--utilization", util.toString());
        assertFalse(busy.out().contains("\"rightsize\""), busy.out());
        Files.writeString(util, "address,cpu_avg,cpu_p95,memory_avg,memory_p95\naws_rds_cluster_instance.db[0],50,185,40,60\n");
        Cli bad = Cli.run("cost", dir.toString(), "-q", "--utilization", util.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("util.csv:2:1: error: `cpu_p95` must be a percentage from 0 to 100, found `185`"), bad.err());
    }

    @Test
    void aPlansJsonIsPricedLikeItsConfiguration() {
        Path plan = TestFiles.root().resolve("src/test/resources/dev/cloudwright/terraform/plan/plan.json");
        Cli c = Cli.run("cost", plan.toString(), "--format", "json", "-q");
        assertEquals(0, c.code(), c.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) project(json(c.out())).get("summary");
        assertEquals("1", summary.get("usage_dependent").toString(), summary.toString());
        assertEquals("0", summary.get("unsupported").toString(), summary.toString());
    }

    @Test
    void aPriceBookOverridesTheBundledPricesAndSaysSo() throws IOException {
        Path book = tmp.resolve("book");
        Files.createDirectories(book);
        Files.writeString(book.resolve("negotiated.tsv"), "key\tregion\tunit\tusd\ttier_from\tsource_url\tsource_date\tconfidence\tnote\n"
                + "vpc.nat\tus-east-1\thour\t0.030\t0\tcontract 2026-07\t2026-07-01\tV\tnegotiated\n");
        Cli c = Cli.run("cost", config("p", NAT_AND_AURORA).toString(), "--format", "json", "-q", "--prices", book.toString());
        assertEquals(0, c.code(), c.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> hours = ((List<Map<String, Object>>) resource(json(c.out()), "aws_nat_gateway.main[0]").get("cost_components")).get(0);
        assertEquals("21.90", hours.get("monthly_cost"));
        assertEquals(true, hours.get("price_book"));
        assertTrue(hours.get("source").toString().contains("negotiated.tsv:2"), hours.toString());
    }

    @Test
    void gp2VolumesAndIdleAddressesAreSavings() throws IOException {
        Path dir = config("v", """
                resource "aws_ebs_volume" "data" {
                  availability_zone = "us-east-1a"
                  size              = 500
                  type              = "gp2"
                }
                resource "aws_eip" "spare" {
                  domain = "vpc"
                }
                """);
        Cli c = Cli.run("cost", dir.toString(), "--format", "json", "-q");
        assertEquals(0, c.code(), c.err());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> recs = (List<Map<String, Object>>) project(json(c.out())).get("recommendations");
        Map<String, Object> gp3 = recs.stream().filter(r -> r.get("id").equals("gp2-to-gp3")).findFirst().orElseThrow(() -> new AssertionError(recs.toString()));
        // 500 GB at gp2's $0.10 against gp3's $0.08.
        assertEquals("10.00", gp3.get("monthly_saving"));
        assertEquals(List.of("aws_ebs_volume.data"), gp3.get("resources"));
        Map<String, Object> eip = recs.stream().filter(r -> r.get("id").equals("idle-addresses")).findFirst().orElseThrow(() -> new AssertionError(recs.toString()));
        assertEquals("3.65", eip.get("monthly_saving"));
    }
}
