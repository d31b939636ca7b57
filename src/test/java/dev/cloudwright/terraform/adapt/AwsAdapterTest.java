package dev.cloudwright.terraform.adapt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Role;
import dev.cloudwright.terraform.TerraformProject;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.module.ConfigEvaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsAdapterTest {

    @TempDir
    Path dir;

    private AwsAdapter.Adapted adapt(String main) throws IOException {
        Files.writeString(dir.resolve("main.tf"), "provider \"aws\" { region = \"eu-west-1\" }\n" + main);
        ResourceGraph g = TerraformProject.read(dir, ".", ConfigEvaluator.Options.defaults());
        assertTrue(g.diagnostics().stream().noneMatch(d -> d.severity() == dev.cloudwright.terraform.hcl.Diagnostic.Severity.ERROR),
                g.diagnostics().toString());
        return AwsAdapter.adapt(g, "test");
    }

    private static Component component(Architecture a, String id) {
        return a.component(id).orElseThrow(() -> new AssertionError("no component " + id + " in "
                + a.components().stream().map(Component::id).toList()));
    }

    @Test
    void s3SettingsAreReadInlineOrFromSeparateResources() throws IOException {
        var a = adapt("""
                resource "aws_s3_bucket" "split" { bucket = "split-bucket" }
                resource "aws_s3_bucket_versioning" "split" {
                  bucket = aws_s3_bucket.split.id
                  versioning_configuration { status = "Enabled" }
                }
                resource "aws_s3_bucket_server_side_encryption_configuration" "split" {
                  bucket = "split-bucket"
                  rule {
                    apply_server_side_encryption_by_default {
                      sse_algorithm     = "aws:kms"
                      kms_master_key_id = aws_kms_key.k.arn
                    }
                  }
                }
                resource "aws_s3_bucket_public_access_block" "split" {
                  bucket                  = aws_s3_bucket.split.id
                  block_public_acls       = true
                  block_public_policy     = true
                  ignore_public_acls      = true
                  restrict_public_buckets = false
                }
                resource "aws_kms_key" "k" { enable_key_rotation = true }
                resource "aws_s3_bucket" "inline" {
                  bucket = "inline-bucket"
                  versioning { enabled = true }
                }
                """).architecture();
        Component split = component(a, "aws_s3_bucket.split");
        assertTrue(split.protection().versioning());
        assertTrue(split.protection().encryptedAtRest());
        assertEquals("aws_kms_key.k", split.protection().keyId());
        assertTrue(split.protection().publicEndpoint(), "restrict_public_buckets = false: public access is not fully blocked");
        assertEquals("not fully blocked", split.property("public_access"));
        assertTrue(split.property("terraform.resources").contains("aws_s3_bucket_server_side_encryption_configuration.split"),
                "a literal bucket name links the configuration too");
        Component inline = component(a, "aws_s3_bucket.inline");
        assertTrue(inline.protection().versioning());
        assertTrue(inline.protection().encryptedAtRest(), "SSE-S3 is the AWS default");
        assertTrue(inline.property("default.encrypted_at_rest").contains("2023"), inline.properties().toString());
        assertFalse(inline.protection().publicEndpoint());
    }

    @Test
    void unknownSettingsAreMarkedNotGuessed() throws IOException {
        var a = adapt("""
                variable "encrypted" { type = bool }
                resource "aws_db_instance" "db" {
                  engine            = "postgres"
                  instance_class    = "db.m7g.large"
                  allocated_storage = 100
                  storage_encrypted = var.encrypted
                }
                """).architecture();
        Component db = component(a, "aws_db_instance.db");
        assertFalse(db.protection().encryptedAtRest());
        assertTrue(db.property("unknown.encrypted_at_rest").contains("no value given for variable encrypted"), db.properties().toString());
        assertEquals(0, db.protection().backupRetentionDays(), "the provider sends 0 when backup_retention_period is not set");
        assertTrue(db.property("default.backup_retention_days").contains("provider default"), db.properties().toString());
        assertEquals("db.m7g.large", db.sizing().sku());
        assertEquals(100.0, db.sizing().storageGb());
    }

    @Test
    void securityGroupRulesBecomeConnections() throws IOException {
        var a = adapt("""
                resource "aws_security_group" "app" { name = "app" }
                resource "aws_security_group" "db" {
                  name = "db"
                  ingress {
                    from_port       = 5432
                    to_port         = 5432
                    protocol        = "tcp"
                    security_groups = [aws_security_group.app.id]
                  }
                }
                resource "aws_instance" "app" {
                  instance_type          = "m7g.large"
                  vpc_security_group_ids = [aws_security_group.app.id]
                }
                resource "aws_db_instance" "db" {
                  engine                 = "postgres"
                  instance_class         = "db.m7g.large"
                  vpc_security_group_ids = [aws_security_group.db.id]
                  multi_az               = true
                  backup_retention_period = 7
                }
                """).architecture();
        assertEquals(List.of(new Connection("aws_instance.app", "aws_db_instance.db", Connection.Kind.TRAFFIC, "PostgreSQL", 5432, true)),
                a.connections());
        Component db = component(a, "aws_db_instance.db");
        assertEquals("multi-az", db.property("deployment"));
        assertTrue(db.protection().pointInTimeRecovery());
    }

    @Test
    void auroraGlobalDatabaseReplicatesAcrossRegions() throws IOException {
        var a = adapt("""
                provider "aws" {
                  alias  = "dr"
                  region = "eu-central-1"
                }
                resource "aws_rds_global_cluster" "g" {
                  global_cluster_identifier = "shop"
                  engine                    = "aurora-postgresql"
                }
                resource "aws_rds_cluster" "primary" {
                  cluster_identifier        = "shop-primary"
                  engine                    = "aurora-postgresql"
                  global_cluster_identifier = aws_rds_global_cluster.g.id
                  master_username           = "shop"
                  manage_master_user_password = true
                  storage_encrypted         = true
                  backup_retention_period   = 14
                }
                resource "aws_rds_cluster_instance" "primary" {
                  count              = 3
                  cluster_identifier = aws_rds_cluster.primary.id
                  instance_class     = "db.r7g.large"
                  engine             = "aurora-postgresql"
                }
                resource "aws_rds_cluster" "secondary" {
                  provider                  = aws.dr
                  cluster_identifier        = "shop-secondary"
                  engine                    = "aurora-postgresql"
                  global_cluster_identifier = aws_rds_global_cluster.g.id
                }
                """).architecture();
        Component p = component(a, "aws_rds_cluster.primary");
        assertEquals("aws.aurora", p.service());
        assertEquals(3, p.sizing().count());
        assertEquals(2, p.sizing().replicas());
        assertEquals("eu-central-1", p.protection().copyToRegion());
        assertEquals("Aurora global database, secondary in eu-central-1", p.property("cross_region"));
        assertTrue(a.connections().contains(new Connection("aws_rds_cluster.primary", "aws_rds_cluster.secondary", Connection.Kind.REPLICATION,
                "Aurora storage replication", 0, false)));
        Component s = component(a, "aws_rds_cluster.secondary");
        assertEquals("eu-central-1", s.region());
        assertTrue(s.property("role").startsWith("Aurora global database secondary"));
        assertEquals(List.of("eu-west-1", "eu-central-1"), a.regions().stream().map(r -> r.region()).toList());
    }

    @Test
    void backupPlansProtectWhatTheySelect() throws IOException {
        var a = adapt("""
                provider "aws" {
                  alias  = "dr"
                  region = "eu-central-1"
                }
                resource "aws_dynamodb_table" "t" {
                  name         = "carts"
                  billing_mode = "PAY_PER_REQUEST"
                  hash_key     = "id"
                  attribute {
                    name = "id"
                    type = "S"
                  }
                }
                resource "aws_backup_vault" "main" { name = "main" }
                resource "aws_backup_vault" "dr" {
                  provider = aws.dr
                  name     = "dr"
                }
                resource "aws_backup_plan" "p" {
                  name = "daily"
                  rule {
                    rule_name         = "daily"
                    target_vault_name = aws_backup_vault.main.name
                    schedule          = "cron(0 3 * * ? *)"
                    lifecycle { delete_after = 35 }
                    copy_action {
                      destination_vault_arn = aws_backup_vault.dr.arn
                      lifecycle { delete_after = 35 }
                    }
                  }
                }
                resource "aws_backup_selection" "s" {
                  name         = "tables"
                  plan_id      = aws_backup_plan.p.id
                  iam_role_arn = "arn:aws:iam::111122223333:role/backup"
                  resources    = [aws_dynamodb_table.t.arn]
                }
                """);
        Component t = component(a.architecture(), "aws_dynamodb_table.t");
        assertEquals(35, t.protection().backupRetentionDays());
        assertEquals("eu-central-1", t.protection().copyToRegion());
        assertFalse(t.protection().pointInTimeRecovery());
        assertEquals("aws_backup_plan.p", t.property("backup_plan"));
        Component plan = component(a.architecture(), "aws_backup_plan.p");
        assertEquals(Role.BACKUP, plan.role());
        assertTrue(plan.property("terraform.resources").contains("aws_backup_vault.dr"));
        assertTrue(a.unmodelled().isEmpty(), a.unmodelled().toString());
    }

    @Test
    void unmodelledTypesAreListed() throws IOException {
        var a = adapt("resource \"aws_glue_job\" \"j\" {\n  name = \"j\"\n  role_arn = \"arn\"\n  command { script_location = \"s3://x/y.py\" }\n}\n"
                + "resource \"aws_iam_role\" \"r\" { assume_role_policy = \"{}\" }\n");
        assertEquals(java.util.Map.of("aws_glue_job", 1), a.unmodelled());
        assertNull(a.architecture().components().stream().filter(c -> c.id().contains("iam")).findFirst().orElse(null));
    }
}
