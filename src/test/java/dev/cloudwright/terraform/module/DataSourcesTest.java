package dev.cloudwright.terraform.module;

import static dev.cloudwright.terraform.module.Tf.addresses;
import static dev.cloudwright.terraform.module.Tf.assertStr;
import static dev.cloudwright.terraform.module.Tf.attr;
import static dev.cloudwright.terraform.module.Tf.warnings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.terraform.eval.Value;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data sources Cloudwright computes offline, each case with what {@code terraform plan} shows for it.
 * Terraform reads data sources during plan; where the result depends only on the configuration and the
 * bundled region data it is known here too, and otherwise Unknown with a reason naming the data source.
 */
class DataSourcesTest {

    @TempDir
    Path dir;

    private ConfigEvaluator.Result eval(String main) {
        return new Tf(dir).file("main.tf", main).clean();
    }

    private static Value list(String... items) {
        return Value.list(Arrays.stream(items).map(Value::str).collect(Collectors.toList()));
    }

    private static void assertUnknown(Value v, String... reasonParts) {
        Value.Unknown u = assertInstanceOf(Value.Unknown.class, v, String.valueOf(v));
        for (String p : reasonParts) {
            assertTrue(u.reason().contains(p), u.reason());
        }
    }

    // terraform plan: three subnets, aws_subnet.public[0..2] in eu-west-1a, eu-west-1b, eu-west-1c
    // (eu-west-1 has three Availability Zones).
    @Test
    void countOverZoneNamesGivesOneSubnetPerZone() {
        var r = eval("""
                provider "aws" { region = "eu-west-1" }
                data "aws_availability_zones" "available" { state = "available" }
                resource "aws_subnet" "public" {
                  count             = length(data.aws_availability_zones.available.names)
                  vpc_id            = "vpc-1"
                  availability_zone = data.aws_availability_zones.available.names[count.index]
                  cidr_block        = cidrsubnet("10.0.0.0/16", 8, count.index)
                }
                """);
        assertEquals(List.of("aws_subnet.public[0]", "aws_subnet.public[1]", "aws_subnet.public[2]"),
                addresses(r).stream().filter(a -> a.startsWith("aws_subnet")).sorted().toList());
        assertStr("eu-west-1a", attr(r, "aws_subnet.public[0]", "availability_zone"));
        assertStr("eu-west-1b", attr(r, "aws_subnet.public[1]", "availability_zone"));
        assertStr("eu-west-1c", attr(r, "aws_subnet.public[2]", "availability_zone"));
        assertStr("10.0.2.0/24", attr(r, "aws_subnet.public[2]", "cidr_block"));
        assertTrue(warnings(r).stream().noneMatch(w -> w.contains("Count not known offline")), warnings(r).toString());
    }

    // terraform plan: us-east-1 has six zones (us-east-1a..f); slice(..., 0, 3) gives three subnets in
    // us-east-1a, us-east-1b, us-east-1c; for_each over the set of names gives one route table per zone.
    @Test
    void sliceAndForEachOverZoneNames() {
        var r = eval("""
                provider "aws" { region = "us-east-1" }
                data "aws_availability_zones" "available" {}
                locals { azs = slice(data.aws_availability_zones.available.names, 0, 3) }
                resource "aws_subnet" "private" {
                  count             = length(local.azs)
                  vpc_id            = "vpc-1"
                  availability_zone = local.azs[count.index]
                  cidr_block        = cidrsubnet("10.0.0.0/16", 8, count.index + 10)
                }
                resource "aws_route_table" "per_zone" {
                  for_each = toset(data.aws_availability_zones.available.names)
                  vpc_id   = "vpc-1"
                  tags     = { Zone = each.key }
                }
                output "names" { value = data.aws_availability_zones.available.names }
                output "group_names" { value = data.aws_availability_zones.available.group_names }
                output "id" { value = data.aws_availability_zones.available.id }
                """);
        assertEquals(list("us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f"), r.outputs().get("names"));
        assertEquals(Value.set(List.of(Value.str("us-east-1"))), r.outputs().get("group_names"));
        assertStr("us-east-1", r.outputs().get("id"));
        assertStr("us-east-1c", attr(r, "aws_subnet.private[2]", "availability_zone"));
        assertTrue(!addresses(r).contains("aws_subnet.private[3]"), addresses(r).toString());
        assertTrue(addresses(r).contains("aws_route_table.per_zone[\"us-east-1f\"]"), addresses(r).toString());
    }

    static List<Object[]> zoneCases() {
        return List.of(
                // terraform plan: names = ["eu-west-1a", "eu-west-1c"]
                new Object[] {"exclude_names = [\"eu-west-1b\"]", List.of("eu-west-1a", "eu-west-1c"), null},
                // terraform plan: nothing excluded, all three zones
                new Object[] {"exclude_zone_ids = []", List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"), null},
                // terraform plan: the zones whose id is not euw1-az3; which name that is depends on the account
                new Object[] {"exclude_zone_ids = [\"euw1-az3\"]", null, "exclude_zone_ids"},
                // terraform plan: also Local Zones and Wavelength Zones the account has opted into
                new Object[] {"all_availability_zones = true", null, "Local Zones"},
                // terraform plan: all_availability_zones = false is the default
                new Object[] {"all_availability_zones = false", List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"), null},
                // terraform plan: the Availability Zones (EC2 reports each with opt-in-status opt-in-not-required),
                // the idiom of the terraform-aws-modules examples
                new Object[] {"filter {\n    name   = \"opt-in-status\"\n    values = [\"opt-in-not-required\"]\n  }",
                        List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"), null},
                // terraform plan: with all_availability_zones, that filter still keeps exactly the Availability Zones
                new Object[] {"all_availability_zones = true\n  filter {\n    name   = \"zone-type\"\n    values = [\"availability-zone\"]\n  }",
                        List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"), null},
                // terraform plan: the Local Zones the account has opted into, known only to AWS
                new Object[] {"all_availability_zones = true\n  filter {\n    name   = \"opt-in-status\"\n    values = [\"opted-in\"]\n  }",
                        null, "filter on opt-in-status"},
                // terraform plan: the zones matching a filter on zone names or ids, as EC2 reports them
                new Object[] {"filter {\n    name   = \"zone-id\"\n    values = [\"euw1-az1\"]\n  }", null, "filter on zone-id"},
                // terraform plan: the zones currently impaired (usually none), known only to AWS
                new Object[] {"state = \"impaired\"", null, "impaired"},
                // terraform plan (provider 6.x region argument): the zones of eu-west-2, which has four
                new Object[] {"region = \"eu-west-2\"", List.of("eu-west-2a", "eu-west-2b", "eu-west-2c", "eu-west-2d"), null},
                // terraform plan: in Tokyo the zone letters an account has depend on the account
                new Object[] {"region = \"ap-northeast-1\"", null, "depending on the account"},
                // terraform plan: an unknown region is an error from the provider; offline there is no data
                new Object[] {"region = \"xx-nowhere-1\"", null, "no zones for region xx-nowhere-1"});
    }

    @ParameterizedTest
    @MethodSource("zoneCases")
    void availabilityZoneArguments(String args, List<String> names, String reason) {
        var r = eval("""
                provider "aws" { region = "eu-west-1" }
                data "aws_availability_zones" "z" {
                  %s
                }
                output "names" { value = data.aws_availability_zones.z.names }
                output "zone_ids" { value = data.aws_availability_zones.z.zone_ids }
                """.formatted(args));
        if (names != null) {
            assertEquals(list(names.toArray(String[]::new)), r.outputs().get("names"));
        } else {
            assertUnknown(r.outputs().get("names"), "data.aws_availability_zones.z.names", reason);
        }
        // terraform plan: zone_ids such as euw1-az1; the name-to-id mapping is per account
        assertUnknown(r.outputs().get("zone_ids"), "data.aws_availability_zones.z.zone_ids", "known only to AWS");
    }

    // terraform plan: the names in the region of the aliased provider the data source uses.
    @Test
    void zonesFollowTheDataSourcesProvider() {
        var r = eval("""
                provider "aws" { region = "eu-west-1" }
                provider "aws" {
                  alias  = "dr"
                  region = "eu-central-1"
                }
                data "aws_availability_zones" "dr" { provider = aws.dr }
                output "names" { value = data.aws_availability_zones.dr.names }
                """);
        assertEquals(list("eu-central-1a", "eu-central-1b", "eu-central-1c"), r.outputs().get("names"));
    }

    // terraform plan: account_id, arn, user_id and id as STS returns them for the credentials in use (the
    // real account, e.g. "123456789012"); offline only AWS knows them, so they are Unknown with that reason,
    // and so is a string built from them. The attributes exist (no "Unsupported attribute" error).
    @Test
    void callerIdentityIsUnknownWithAReason() {
        var r = eval("""
                provider "aws" { region = "eu-west-1" }
                data "aws_caller_identity" "current" {}
                output "account" { value = data.aws_caller_identity.current.account_id }
                output "arn" { value = data.aws_caller_identity.current.arn }
                output "user" { value = data.aws_caller_identity.current.user_id }
                output "id" { value = data.aws_caller_identity.current.id }
                output "bucket" { value = "logs-${data.aws_caller_identity.current.account_id}" }
                """);
        for (String o : List.of("account", "arn", "user", "id", "bucket")) {
            assertUnknown(r.outputs().get(o), "data.aws_caller_identity.current.", "the account is known only to AWS");
        }
    }

    static List<Object[]> partitionCases() {
        return List.of(
                // terraform plan: partition = "aws", dns_suffix = "amazonaws.com", reverse_dns_prefix = "com.amazonaws"
                new Object[] {"eu-west-1", "aws", "amazonaws.com", "com.amazonaws"},
                // terraform plan (credentials for China): aws-cn, amazonaws.com.cn, cn.com.amazonaws
                new Object[] {"cn-north-1", "aws-cn", "amazonaws.com.cn", "cn.com.amazonaws"},
                // terraform plan (GovCloud credentials): aws-us-gov, amazonaws.com, com.amazonaws
                new Object[] {"us-gov-west-1", "aws-us-gov", "amazonaws.com", "com.amazonaws"});
    }

    @ParameterizedTest
    @MethodSource("partitionCases")
    void partitionFollowsTheProvidersRegion(String region, String partition, String dnsSuffix, String reverse) {
        var r = eval("""
                provider "aws" { region = "%s" }
                data "aws_partition" "current" {}
                output "p" { value = data.aws_partition.current }
                """.formatted(region));
        Value.Obj p = (Value.Obj) r.outputs().get("p");
        assertStr(partition, p.get("partition"));
        assertStr(partition, p.get("id"));
        assertStr(dnsSuffix, p.get("dns_suffix"));
        assertStr(reverse, p.get("reverse_dns_prefix"));
    }

    // terraform plan: the partition of the region from AWS_REGION / the shared config; offline, unknown.
    @Test
    void partitionWithoutARegionIsUnknown() {
        var r = eval("""
                data "aws_partition" "current" {}
                output "p" { value = data.aws_partition.current.partition }
                """);
        assertUnknown(r.outputs().get("p"), "data.aws_partition.current.partition", "region");
    }

    // terraform plan: data.aws_region reads the given region (6.x `region`, older `name`), else the provider's.
    @Test
    void regionArgumentOrTheProviders() {
        var r = eval("""
                provider "aws" { region = "eu-west-1" }
                provider "aws" {
                  alias  = "us"
                  region = "us-east-2"
                }
                data "aws_region" "current" {}
                data "aws_region" "given" { region = "eu-central-1" }
                data "aws_region" "old" { name = "eu-north-1" }
                data "aws_region" "us" { provider = aws.us }
                output "current" { value = data.aws_region.current.region }
                output "current_name" { value = data.aws_region.current.name }
                output "given" { value = data.aws_region.given.region }
                output "old" { value = data.aws_region.old.region }
                output "us" { value = data.aws_region.us.name }
                output "endpoint" { value = data.aws_region.current.endpoint }
                output "description" { value = data.aws_region.current.description }
                """);
        Map<String, Value> o = r.outputs();
        assertStr("eu-west-1", o.get("current"));
        assertStr("eu-west-1", o.get("current_name"));
        assertStr("eu-central-1", o.get("given"));
        assertStr("eu-north-1", o.get("old"));
        assertStr("us-east-2", o.get("us"));
        assertStr("ec2.eu-west-1.amazonaws.com", o.get("endpoint"));
        assertStr("Europe (Ireland)", o.get("description"));
    }

    // terraform plan: tags = the default_tags of the provider configuration the data source uses, also in
    // a child module that inherits it; {} when the provider has no default_tags.
    @Test
    void defaultTagsComeFromTheProviderConfiguration() {
        var r = new Tf(dir).file("main.tf", """
                locals { tags = { Project = "shop", Env = "prod" } }
                provider "aws" {
                  region = "eu-west-1"
                  default_tags { tags = local.tags }
                }
                provider "aws" {
                  alias  = "dr"
                  region = "eu-central-1"
                  default_tags {
                    tags = merge(local.tags, { DisasterRecovery = "true" })
                  }
                }
                provider "aws" {
                  alias  = "plain"
                  region = "eu-west-1"
                }
                data "aws_default_tags" "main" {}
                data "aws_default_tags" "dr" { provider = aws.dr }
                data "aws_default_tags" "plain" { provider = aws.plain }
                module "child" { source = "./child" }
                output "main" { value = data.aws_default_tags.main.tags }
                output "dr" { value = data.aws_default_tags.dr.tags["DisasterRecovery"] }
                output "plain" { value = data.aws_default_tags.plain.tags }
                output "child" { value = module.child.project }
                """).file("child/main.tf", """
                data "aws_default_tags" "current" {}
                output "project" { value = data.aws_default_tags.current.tags.Project }
                """).clean();
        Map<String, Value> o = r.outputs();
        assertEquals(Value.map(Map.of("Project", Value.str("shop"), "Env", Value.str("prod"))), o.get("main"));
        assertStr("true", o.get("dr"));
        assertEquals(Value.map(Map.of()), o.get("plain"));
        assertStr("shop", o.get("child"));
    }

    // terraform plan: tags is map(string), so a number in default_tags reads back as a string; a tag whose
    // value is not known (a variable without a value) stays unknown while the others are known.
    @Test
    void defaultTagsAreStringsAndKeepUnknownValues() {
        var r = new Tf(dir).file("main.tf", """
                variable "owner" { type = string }
                provider "aws" {
                  region = "eu-west-1"
                  default_tags {
                    tags = { CostCentre = 4711, Owner = var.owner }
                  }
                }
                data "aws_default_tags" "t" {}
                output "cc" { value = data.aws_default_tags.t.tags["CostCentre"] }
                output "owner" { value = data.aws_default_tags.t.tags["Owner"] }
                """).evaluate();
        assertStr("4711", r.outputs().get("cc"));
        assertInstanceOf(Value.Unknown.class, r.outputs().get("owner"));
    }

    // terraform plan: other data sources are read from AWS; offline their results are Unknown, with a
    // reason naming the data source, while configured arguments stay known.
    @Test
    void otherDataSourcesAreUnknownNamingTheDataSource() {
        var r = eval("""
                provider "aws" { region = "eu-west-1" }
                data "aws_ami" "ubuntu" {
                  most_recent = true
                  owners      = ["099720109477"]
                }
                output "ami" { value = data.aws_ami.ubuntu.id }
                output "owners" { value = data.aws_ami.ubuntu.owners }
                """);
        assertUnknown(r.outputs().get("ami"), "data.aws_ami.ubuntu.id");
        assertEquals(Value.Seq.class, r.outputs().get("owners").getClass());
    }

    // terraform plan: the AWS provider plans domain_validation_options of a new DNS-validated certificate with
    // one element per domain (domain_name, then each subject alternative name), the domain known and the record
    // (known after apply); so for_each over them has the keys "example.org" and "www.example.org", two records.
    @Test
    void certificateValidationRecordsHaveOneKeyPerDomain() {
        var r = eval("""
                provider "aws" { region = "us-east-1" }
                resource "aws_acm_certificate" "site" {
                  domain_name               = "example.org"
                  subject_alternative_names = ["www.example.org", "example.org"]
                  validation_method         = "DNS"
                }
                resource "aws_route53_record" "validation" {
                  for_each = {
                    for o in aws_acm_certificate.site.domain_validation_options : o.domain_name => o
                  }
                  zone_id = "Z123"
                  name    = each.value.resource_record_name
                  type    = each.value.resource_record_type
                  records = [each.value.resource_record_value]
                  ttl     = 60
                }
                resource "aws_acm_certificate" "email" {
                  domain_name       = "example.net"
                  validation_method = "EMAIL"
                }
                output "email" { value = aws_acm_certificate.email.domain_validation_options }
                """);
        assertEquals(List.of("aws_route53_record.validation[\"example.org\"]", "aws_route53_record.validation[\"www.example.org\"]"),
                addresses(r).stream().filter(a -> a.startsWith("aws_route53_record")).sorted().toList());
        assertTrue(warnings(r).stream().noneMatch(w -> w.contains("for_each")), warnings(r).toString());
        assertUnknown(attr(r, "aws_route53_record.validation[\"www.example.org\"]", "name"),
                "aws_acm_certificate.site.domain_validation_options.resource_record_name is known only after apply");
        assertUnknown(r.outputs().get("email"), "aws_acm_certificate.email.domain_validation_options");
    }

    // terraform plan (data "aws_iam_policy_document" is read during plan): the json merges the source documents
    // in order, then the document's own statements, then the overrides: the override's "Write" statement takes
    // the place of the source's, the own "Logs" statement is appended. Principals read from JSON are listed in
    // descending order, a single condition value is a string.
    @Test
    void policyDocumentsMergeSourcesAndOverridesAsTheProviderDoes() {
        var r = eval("""
                data "aws_iam_policy_document" "read" {
                  statement {
                    sid       = "Read"
                    actions   = ["s3:GetObject"]
                    resources = ["arn:aws:s3:::data/*"]
                  }
                }
                data "aws_iam_policy_document" "merged" {
                  source_policy_documents = [
                    data.aws_iam_policy_document.read.json,
                    jsonencode({
                      Statement = [{
                        Sid       = "Write"
                        Effect    = "Allow"
                        Action    = ["s3:PutObject"]
                        Resource  = "arn:aws:s3:::data/*"
                        Principal = { AWS = ["arn:aws:iam::111111111111:root", "arn:aws:iam::222222222222:root"] }
                        Condition = { Bool = { "aws:SecureTransport" = ["true"] } }
                      }]
                    }),
                  ]
                  override_policy_documents = [jsonencode({
                    Version   = "2012-10-17"
                    Statement = [{ Sid = "Write", Effect = "Allow", Action = "s3:PutObject", Resource = "arn:aws:s3:::data/out/*" }]
                  })]
                  statement {
                    sid       = "Logs"
                    actions   = ["logs:PutLogEvents"]
                    resources = ["*"]
                  }
                }
                data "aws_iam_policy_document" "sources_only" {
                  source_policy_documents = [jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Effect    = "Allow"
                      Action    = "sts:AssumeRole"
                      Principal = { Service = ["a.amazonaws.com", "b.amazonaws.com"] }
                      Condition = { StringEquals = { "aws:SourceAccount" = "111111111111" } }
                    }]
                  })]
                }
                data "aws_iam_policy_document" "duplicate" {
                  source_policy_documents = [data.aws_iam_policy_document.read.json, data.aws_iam_policy_document.read.json]
                }
                resource "aws_s3_bucket" "b" {}
                data "aws_iam_policy_document" "unknown_source" {
                  source_policy_documents = [jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:*", Resource = aws_s3_bucket.b.arn }] })]
                }
                output "merged" { value = data.aws_iam_policy_document.merged.json }
                output "sources_only" { value = data.aws_iam_policy_document.sources_only.json }
                output "duplicate" { value = data.aws_iam_policy_document.duplicate.json }
                output "unknown_source" { value = data.aws_iam_policy_document.unknown_source.json }
                """);
        assertStr("""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "Read",
                      "Effect": "Allow",
                      "Action": "s3:GetObject",
                      "Resource": "arn:aws:s3:::data/*"
                    },
                    {
                      "Sid": "Write",
                      "Effect": "Allow",
                      "Action": "s3:PutObject",
                      "Resource": "arn:aws:s3:::data/out/*"
                    },
                    {
                      "Sid": "Logs",
                      "Effect": "Allow",
                      "Action": "logs:PutLogEvents",
                      "Resource": "*"
                    }
                  ]
                }""", r.outputs().get("merged"));
        assertStr("""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Effect": "Allow",
                      "Action": "sts:AssumeRole",
                      "Principal": {
                        "Service": [
                          "b.amazonaws.com",
                          "a.amazonaws.com"
                        ]
                      },
                      "Condition": {
                        "StringEquals": {
                          "aws:SourceAccount": "111111111111"
                        }
                      }
                    }
                  ]
                }""", r.outputs().get("sources_only"));
        assertUnknown(r.outputs().get("duplicate"), "duplicate Sid (Read) in source_policy_documents (statement 0)");
        assertUnknown(r.outputs().get("unknown_source"), "not known offline");
    }
}
