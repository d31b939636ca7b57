package dev.cloudwright.terraform.adapt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.RegionPlan;
import dev.cloudwright.model.RegionPlan.Part;
import dev.cloudwright.terraform.TerraformProject;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.module.ConfigEvaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Region parts read from Terraform: primary and standby only where the configuration says so (failover routing,
 * replica direction, object replication); otherwise peers, the default provider's region first.
 */
class RegionRolesTest {

    @TempDir
    Path dir;

    private static final String PROVIDERS = """
            provider "aws" { region = "us-east-1" }
            provider "aws" {
              alias  = "eu"
              region = "eu-west-1"
            }
            """;

    private List<RegionPlan> regions(String main) throws IOException {
        Files.writeString(dir.resolve("main.tf"), PROVIDERS + main);
        ResourceGraph g = TerraformProject.read(dir, ".", ConfigEvaluator.Options.defaults());
        assertTrue(g.diagnostics().stream().noneMatch(d -> d.severity() == dev.cloudwright.terraform.hcl.Diagnostic.Severity.ERROR),
                g.diagnostics().toString());
        return AwsAdapter.adapt(g, "test").architecture().regions();
    }

    private static void part(RegionPlan r, String region, Part part, String basisPart) {
        assertEquals(region, r.region());
        assertEquals(part, r.part(), r.toString());
        assertTrue(r.basis().contains(basisPart), r.basis());
    }

    @Test
    void withoutEvidenceRegionsArePeersDefaultProviderFirst() throws IOException {
        // Same compute in both: nothing says which serves. us-east-1 (the default provider's) comes first although
        // eu-west-1 sorts before it and holds more.
        List<RegionPlan> rs = regions("""
                resource "aws_instance" "us" {
                  ami           = "ami-12345678"
                  instance_type = "t3.micro"
                }
                resource "aws_instance" "eu" {
                  count         = 3
                  provider      = aws.eu
                  ami           = "ami-12345678"
                  instance_type = "t3.micro"
                }
                """);
        assertEquals(2, rs.size());
        part(rs.get(0), "us-east-1", Part.PEER, "no failover routing or replication direction");
        part(rs.get(1), "eu-west-1", Part.PEER, "no failover routing or replication direction");
    }

    @Test
    void theOnlyRegionIsPrimary() throws IOException {
        List<RegionPlan> rs = regions("""
                resource "aws_instance" "us" {
                  ami           = "ami-12345678"
                  instance_type = "t3.micro"
                }
                """);
        assertEquals(1, rs.size());
        part(rs.get(0), "us-east-1", Part.PRIMARY, "the only region");
    }

    @Test
    void failoverRoutingNamesPrimaryAndSecondary() throws IOException {
        // The primary record points at the eu-west-1 balancer: eu-west-1 serves and is listed first.
        List<RegionPlan> rs = regions("""
                resource "aws_lb" "us" {
                  name    = "web-us"
                  subnets = ["subnet-1", "subnet-2"]
                }
                resource "aws_lb" "eu" {
                  provider = aws.eu
                  name     = "web-eu"
                  subnets  = ["subnet-3", "subnet-4"]
                }
                resource "aws_route53_zone" "z" {
                  name = "example.com"
                }
                resource "aws_route53_record" "primary" {
                  zone_id        = aws_route53_zone.z.zone_id
                  name           = "www"
                  type           = "A"
                  set_identifier = "eu"
                  failover_routing_policy {
                    type = "PRIMARY"
                  }
                  alias {
                    name                   = aws_lb.eu.dns_name
                    zone_id                = aws_lb.eu.zone_id
                    evaluate_target_health = true
                  }
                }
                resource "aws_route53_record" "secondary" {
                  zone_id        = aws_route53_zone.z.zone_id
                  name           = "www"
                  type           = "A"
                  set_identifier = "us"
                  failover_routing_policy {
                    type = "SECONDARY"
                  }
                  alias {
                    name                   = aws_lb.us.dns_name
                    zone_id                = aws_lb.us.zone_id
                    evaluate_target_health = true
                  }
                }
                """);
        part(rs.get(0), "eu-west-1", Part.PRIMARY, "aws_route53_record.primary (PRIMARY) at main.tf:");
        part(rs.get(1), "us-east-1", Part.STANDBY, "aws_route53_record.secondary (SECONDARY)");
    }

    @Test
    void aCrossRegionReadReplicaStandsByForItsSource() throws IOException {
        List<RegionPlan> rs = regions("""
                resource "aws_db_instance" "main" {
                  provider          = aws.eu
                  identifier        = "main"
                  engine            = "postgres"
                  instance_class    = "db.r6g.large"
                  allocated_storage = 100
                  username          = "app"
                  password          = "not-a-secret-in-a-test"
                }
                resource "aws_db_instance" "replica" {
                  identifier          = "replica"
                  instance_class      = "db.r6g.large"
                  replicate_source_db = aws_db_instance.main.arn
                }
                """);
        part(rs.get(0), "eu-west-1", Part.PRIMARY, "aws_db_instance.replica replicates aws_db_instance.main");
        part(rs.get(1), "us-east-1", Part.STANDBY, "aws_db_instance.replica replicates aws_db_instance.main");
    }

    @Test
    void objectReplicationToARegionWithNothingToServeMakesItARestoreTarget() throws IOException {
        List<RegionPlan> rs = regions("""
                resource "aws_instance" "us" {
                  ami           = "ami-12345678"
                  instance_type = "t3.micro"
                }
                resource "aws_s3_bucket" "src" {
                  bucket = "src-bucket"
                }
                resource "aws_s3_bucket" "dst" {
                  provider = aws.eu
                  bucket   = "dst-bucket"
                }
                resource "aws_s3_bucket_versioning" "src" {
                  bucket = aws_s3_bucket.src.id
                  versioning_configuration {
                    status = "Enabled"
                  }
                }
                resource "aws_s3_bucket_replication_configuration" "r" {
                  bucket = aws_s3_bucket.src.id
                  role   = "arn:aws:iam::123456789012:role/replication"
                  rule {
                    id     = "all"
                    status = "Enabled"
                    destination {
                      bucket = aws_s3_bucket.dst.arn
                    }
                  }
                }
                """);
        part(rs.get(0), "us-east-1", Part.PRIMARY, "replicates objects to eu-west-1");
        part(rs.get(1), "eu-west-1", Part.RECOVERY, "replicates objects to eu-west-1");
    }
}
