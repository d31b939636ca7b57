package dev.cloudwright.terraform.adapt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Arch;
import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.BillingMode;
import dev.cloudwright.model.CapacityType;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Deployment;
import dev.cloudwright.model.Engine;
import dev.cloudwright.model.Key;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Lifecycle;
import dev.cloudwright.model.LockMode;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Routing;
import dev.cloudwright.model.Setting;
import dev.cloudwright.model.StorageTier;
import dev.cloudwright.model.Usage;
import dev.cloudwright.terraform.TerraformProject;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.module.ConfigEvaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AWS adapters on small configurations. Settings are checked with their provenance and, for
 * written ones, the line they are written on (line 1 of main.tf is the provider block, so the text
 * block's first line is line 2). {@link #notWritten} fails on any unknown or defaulted setting a test
 * does not expect, so a guess cannot slip in as a value.
 */
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

    private static <T> Setting<T> setting(Component c, Key<T> key) {
        return c.setting(key).orElseThrow(() -> new AssertionError(c.id() + " has no setting " + key + ": " + c.settings().keySet()));
    }

    /** Asserts a setting was written in main.tf on {@code line}, with {@code value}. */
    private static <T> void written(Component c, Key<T> key, T value, int line) {
        Setting<T> s = setting(c, key);
        assertEquals(Setting.Origin.EXPLICIT, s.from(), c.id() + " " + key + ": " + s);
        assertEquals(value, s.value(), c.id() + " " + key);
        assertEquals("main.tf", s.at().file(), c.id() + " " + key + ": " + s.at());
        assertEquals(line, s.at().line(), c.id() + " " + key + ": " + s.at());
    }

    /** Asserts a setting is a default, with {@code value}, and returns the default's basis. */
    private static <T> String defaulted(Component c, Key<T> key, T value) {
        Setting<T> s = setting(c, key);
        assertEquals(Setting.Origin.DEFAULTED, s.from(), c.id() + " " + key + ": " + s);
        assertEquals(value, s.value(), c.id() + " " + key);
        assertNull(s.at(), "a default is not written anywhere");
        return s.basis();
    }

    /** Asserts a setting is unknown (never a value) and returns the reason. */
    private static String unknown(Component c, Key<?> key) {
        Setting<?> s = setting(c, key);
        assertEquals(Setting.Origin.UNKNOWN, s.from(), c.id() + " " + key + ": " + s);
        return s.basis();
    }

    /** Fails unless exactly these settings of {@code c} are unknown and exactly these are defaulted: nothing unexpected is guessed. */
    private static void notWritten(Component c, Set<String> unknown, Set<String> defaulted) {
        Set<String> u = new TreeSet<>();
        Set<String> d = new TreeSet<>();
        c.settings().forEach((k, s) -> {
            if (s.from() == Setting.Origin.UNKNOWN) {
                u.add(k);
            } else if (s.from() == Setting.Origin.DEFAULTED) {
                d.add(k);
            }
        });
        assertEquals(new TreeSet<>(unknown), u, c.id() + ": unknown settings");
        assertEquals(new TreeSet<>(defaulted), d, c.id() + ": defaulted settings");
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
        written(split, Keys.VERSIONING, true, 5);
        written(split, Keys.ENCRYPTED_AT_REST, true, 11);
        written(split, Keys.ENCRYPTION, "aws:kms", 11);
        written(split, Keys.KMS_KEY, "aws_kms_key.k", 12);
        written(split, Keys.PUBLIC_ACCESS_BLOCKED, false, 16);
        written(split, Keys.PUBLIC_ENDPOINT, true, 16);
        assertTrue(split.value(Keys.TERRAFORM_RESOURCES).contains("aws_s3_bucket_server_side_encryption_configuration.split"),
                "a literal bucket name links the configuration too: " + split.value(Keys.TERRAFORM_RESOURCES));
        notWritten(split, Set.of(), Set.of("access_logging", "deletion_protection"));

        Component inline = component(a, "aws_s3_bucket.inline");
        written(inline, Keys.VERSIONING, true, 26);
        assertTrue(defaulted(inline, Keys.ENCRYPTED_AT_REST, true).contains("2023-01-05"), "SSE-S3 is the AWS default since 2023");
        defaulted(inline, Keys.ENCRYPTION, "AES256");
        assertTrue(defaulted(inline, Keys.PUBLIC_ACCESS_BLOCKED, true).contains("April 2023"));
        defaulted(inline, Keys.PUBLIC_ENDPOINT, false);
        assertTrue(defaulted(inline, Keys.DELETION_PROTECTION, true).contains("force_destroy"));
        notWritten(inline, Set.of(), Set.of("access_logging", "deletion_protection", "encrypted_at_rest", "encryption", "public_access_blocked",
                "public_endpoint"));
        assertEquals("main.tf:24:1", inline.value(Keys.TERRAFORM_AT));
    }

    @Test
    void anUnknownFlagIsUnknownNotFalse() throws IOException {
        var a = adapt("""
                variable "encrypted" { type = bool }
                resource "aws_kms_key" "k" {}
                resource "aws_db_instance" "from_variable" {
                  engine            = "postgres"
                  instance_class    = "db.m7g.large"
                  allocated_storage = 100
                  storage_encrypted = var.encrypted
                }
                resource "aws_db_instance" "computed" {
                  engine            = "mysql"
                  instance_class    = "db.m7g.large"
                  storage_encrypted = aws_kms_key.k.arn != ""
                }
                """).architecture();
        Component db = component(a, "aws_db_instance.from_variable");
        assertTrue(unknown(db, Keys.ENCRYPTED_AT_REST).contains("no value given for variable encrypted"));
        assertEquals(8, setting(db, Keys.ENCRYPTED_AT_REST).at().line(), "an unknown read from a file keeps where it is written");
        assertFalse(db.isTrue(Keys.ENCRYPTED_AT_REST));
        assertNull(db.value(Keys.ENCRYPTED_AT_REST), "unknown is not false");
        assertTrue(defaulted(db, Keys.BACKUP_RETENTION_DAYS, 0).startsWith("provider default"), "the provider sends 0 when not set");
        defaulted(db, Keys.POINT_IN_TIME_RECOVERY, false);
        assertEquals(RdsAdapter.SINGLE_AZ, defaulted(db, Keys.DEPLOYMENT, Deployment.SINGLE_AZ));
        written(db, Keys.ENGINE, Engine.POSTGRESQL, 5);
        assertEquals("db.m7g.large", db.sizing().sku());
        assertEquals(100.0, db.sizing().storageGb());
        notWritten(db, Set.of("encrypted_at_rest"), Set.of("backup_retention_days", "deletion_protection", "deployment", "iam_auth",
                "log_exports", "monitoring_interval", "performance_insights", "point_in_time_recovery", "public_endpoint", "skip_final_snapshot", "storage_type", "topology"));
        assertEquals("gp2", db.value(Keys.STORAGE_TYPE), "gp2 without iops, as the provider documents");

        Component computed = component(a, "aws_db_instance.computed");
        assertTrue(unknown(computed, Keys.ENCRYPTED_AT_REST).contains("aws_kms_key.k.arn"), setting(computed, Keys.ENCRYPTED_AT_REST).basis());
        written(computed, Keys.ENGINE, Engine.MYSQL, 11);
        assertEquals(Map.of("zones", "the zone is chosen by AWS"), computed.unresolved(), "the region comes from the provider, the size from the class");
    }

    @Test
    void enginesAreMappedFromAwsNamesAndNeverGuessed() throws IOException {
        var a = adapt("""
                resource "aws_db_instance" "pg" {
                  engine         = "postgres"
                  instance_class = "db.m7g.large"
                }
                resource "aws_db_instance" "oracle" {
                  engine         = "oracle-se2"
                  instance_class = "db.m7g.large"
                }
                resource "aws_db_instance" "db2" {
                  engine         = "db2-se"
                  instance_class = "db.m7g.large"
                }
                resource "aws_db_instance" "replica" {
                  replicate_source_db = aws_db_instance.pg.identifier
                  instance_class      = "db.m7g.large"
                }
                resource "aws_rds_cluster" "mysql" { engine = "aurora-mysql" }
                resource "aws_elasticache_replication_group" "cache" {
                  replication_group_id = "c"
                  description          = "c"
                  engine               = "valkey"
                  node_type            = "cache.r7g.large"
                }
                """).architecture();
        written(component(a, "aws_db_instance.pg"), Keys.ENGINE, Engine.POSTGRESQL, 3);
        written(component(a, "aws_db_instance.oracle"), Keys.ENGINE, Engine.ORACLE, 7);
        Component db2 = component(a, "aws_db_instance.db2");
        assertTrue(unknown(db2, Keys.ENGINE).contains("\"db2-se\""), "the reason names the value");
        assertEquals(11, setting(db2, Keys.ENGINE).at().line());
        Component replica = component(a, "aws_db_instance.replica");
        written(replica, Keys.ENGINE, Engine.POSTGRESQL, 3);
        written(replica, Keys.REPLICA_OF, "aws_db_instance.pg", 15);
        assertEquals("read replica of aws_db_instance.pg", replica.value(Keys.PART));
        Component mysql = component(a, "aws_rds_cluster.mysql");
        assertEquals("aws.aurora", mysql.service());
        written(mysql, Keys.ENGINE, Engine.MYSQL, 18);
        Component cache = component(a, "aws_elasticache_replication_group.cache");
        written(cache, Keys.ENGINE, Engine.VALKEY, 22);
        assertTrue(defaulted(cache, Keys.ENCRYPTED_AT_REST, true).contains("Valkey"), "at-rest encryption is on by default for Valkey only");
    }

    @Test
    void armComputeIsReadFromEachServicesOwnArgument() throws IOException {
        var a = adapt("""
                resource "aws_ecs_task_definition" "t" {
                  family                   = "t"
                  requires_compatibilities = ["FARGATE"]
                  network_mode             = "awsvpc"
                  cpu                      = 1024
                  memory                   = 2048
                  container_definitions    = "[]"
                  runtime_platform {
                    operating_system_family = "LINUX"
                    cpu_architecture        = "ARM64"
                  }
                }
                resource "aws_ecs_service" "s" {
                  name            = "s"
                  task_definition = aws_ecs_task_definition.t.arn
                  desired_count   = 2
                  capacity_provider_strategy {
                    capacity_provider = "FARGATE_SPOT"
                    weight            = 1
                  }
                }
                resource "aws_lambda_function" "arm" {
                  function_name = "arm"
                  role          = "arn:aws:iam::111122223333:role/fn"
                  architectures = ["arm64"]
                }
                resource "aws_lambda_function" "x86" {
                  function_name = "x86"
                  role          = "arn:aws:iam::111122223333:role/fn"
                }
                resource "aws_instance" "graviton" { instance_type = "m7g.large" }
                resource "aws_instance" "other" { instance_type = "x2iedn.xlarge" }
                """).architecture();
        Component svc = component(a, "aws_ecs_service.s");
        written(svc, Keys.ARCH, Arch.ARM, 11);
        written(svc, Keys.CAPACITY, CapacityType.SPOT, 19);
        written(svc, Keys.LAUNCH_TYPE, "FARGATE", 19);
        assertEquals("aws.ecs-fargate", svc.service());
        assertEquals("1vCPU-2GB", svc.sizing().sku());
        assertTrue(defaulted(svc, Keys.ROLLOUT, "minimum healthy 100%, maximum 200%").startsWith("AWS default"));
        notWritten(svc, Set.of(), Set.of("circuit_breaker", "rollout"));
        written(component(a, "aws_lambda_function.arm"), Keys.ARCH, Arch.ARM, 26);
        defaulted(component(a, "aws_lambda_function.x86"), Keys.ARCH, Arch.X86);
        written(component(a, "aws_instance.graviton"), Keys.ARCH, Arch.ARM, 32);
        Component other = component(a, "aws_instance.other");
        assertTrue(unknown(other, Keys.ARCH).contains("x2iedn.xlarge"), "a type the catalog does not list is not guessed");
        assertEquals(33, setting(other, Keys.ARCH).at().line());
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
        written(db, Keys.DEPLOYMENT, Deployment.MULTI_AZ, 20);
        written(db, Keys.TOPOLOGY, "primary with synchronous standby in another zone", 20);
        written(db, Keys.BACKUP_RETENTION_DAYS, 7, 21);
        written(db, Keys.POINT_IN_TIME_RECOVERY, true, 21);
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
        written(p, Keys.ENGINE, Engine.POSTGRESQL, 12);
        written(p, Keys.ENCRYPTED_AT_REST, true, 16);
        written(p, Keys.POINT_IN_TIME_RECOVERY, true, 17);
        written(p, Keys.DEPLOYMENT, Deployment.MULTI_AZ, 19);
        written(p, Keys.REPLICA_REGIONS, List.of("eu-central-1"), 13);
        written(p, Keys.COPY_TO_REGION, "eu-central-1", 13);
        assertEquals("Aurora global database, secondary in eu-central-1", p.value(Keys.CROSS_REGION));
        assertNull(p.value(Keys.REPLICA_OF));
        notWritten(p, Set.of(), Set.of("deletion_protection", "iam_auth", "log_exports", "monitoring_interval", "public_endpoint", "skip_final_snapshot", "storage_config"));
        assertTrue(a.connections().contains(new Connection("aws_rds_cluster.primary", "aws_rds_cluster.secondary", Connection.Kind.REPLICATION,
                "Aurora storage replication", 0, false)));
        Component s = component(a, "aws_rds_cluster.secondary");
        assertEquals("eu-central-1", s.region());
        written(s, Keys.REPLICA_OF, "aws_rds_cluster.primary", 29);
        assertTrue(s.value(Keys.PART).startsWith("Aurora global database secondary"));
        assertTrue(defaulted(s, Keys.BACKUP_RETENTION_DAYS, 1).startsWith("AWS default"), "Aurora keeps one day of backups when not set");
        assertEquals(List.of("eu-west-1", "eu-central-1"), a.regions().stream().map(r -> r.region()).toList(), "the secondary's region is not primary");
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
                resource "aws_backup_vault_lock_configuration" "dr" {
                  provider            = aws.dr
                  backup_vault_name   = aws_backup_vault.dr.name
                  changeable_for_days = 3
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
        written(t, Keys.BILLING_MODE, BillingMode.ON_DEMAND, 8);
        written(t, Keys.BACKUP_RETENTION_DAYS, 35, 25);
        written(t, Keys.COPY_TO_REGION, "eu-central-1", 25);
        defaulted(t, Keys.POINT_IN_TIME_RECOVERY, false);
        notWritten(t, Set.of(), Set.of("deletion_protection", "encrypted_at_rest", "point_in_time_recovery", "streams", "zones"));
        assertTrue(a.architecture().connections().contains(new Connection("aws_backup_plan.p", "aws_dynamodb_table.t", Connection.Kind.BACKUP,
                "AWS Backup", 0, false)));
        Component plan = component(a.architecture(), "aws_backup_plan.p");
        assertEquals(Role.BACKUP, plan.role());
        written(plan, Keys.RETENTION_DAYS, 35, 31);
        written(plan, Keys.VAULT_LOCK, LockMode.COMPLIANCE, 20);
        written(plan, Keys.PROTECTS, List.of("aws_dynamodb_table.t"), 25);
        assertTrue(plan.value(Keys.TERRAFORM_RESOURCES).contains("aws_backup_vault.dr"));
        notWritten(plan, Set.of(), Set.of("continuous_backup", "zones"));
        assertTrue(a.unmodelled().isEmpty(), a.unmodelled().toString());
    }

    @Test
    void s3LifecycleRulesBecomeTieredStorage() throws IOException {
        var a = adapt("""
                resource "aws_s3_bucket" "logs" { bucket = "logs" }
                resource "aws_s3_bucket_lifecycle_configuration" "logs" {
                  bucket = aws_s3_bucket.logs.id
                  rule {
                    id     = "tier"
                    status = "Enabled"
                    filter {}
                    transition {
                      days          = 30
                      storage_class = "STANDARD_IA"
                    }
                    transition {
                      days          = 90
                      storage_class = "DEEP_ARCHIVE"
                    }
                    expiration { days = 365 }
                  }
                  rule {
                    id     = "uploads"
                    status = "Enabled"
                    filter {}
                    abort_incomplete_multipart_upload { days_after_initiation = 7 }
                  }
                  rule {
                    id     = "invoices"
                    status = "Enabled"
                    filter { prefix = "invoices/" }
                    transition {
                      days          = 1
                      storage_class = "GLACIER"
                    }
                  }
                }
                resource "aws_s3_bucket_object_lock_configuration" "logs" {
                  bucket = aws_s3_bucket.logs.id
                  rule {
                    default_retention {
                      mode = "GOVERNANCE"
                      days = 30
                    }
                  }
                }
                resource "aws_s3_bucket" "odd" { bucket = "odd" }
                resource "aws_s3_bucket_lifecycle_configuration" "odd" {
                  bucket = aws_s3_bucket.odd.id
                  rule {
                    id     = "odd"
                    status = "Enabled"
                    filter {}
                    transition {
                      days          = 30
                      storage_class = "REDUCED_REDUNDANCY"
                    }
                  }
                }
                """).architecture();
        Component logs = component(a, "aws_s3_bucket.logs");
        written(logs, Keys.LIFECYCLE, new Lifecycle(List.of(new Lifecycle.Transition(StorageTier.INFREQUENT, 30),
                new Lifecycle.Transition(StorageTier.DEEP_ARCHIVE, 90)), 365, null, 7), 3);
        assertTrue(logs.value(Keys.LIFECYCLE_RULES).contains("invoices: GLACIER after 1 days"), "a rule for a prefix is described, not applied to every object");
        written(logs, Keys.OBJECT_LOCK, true, 35);
        written(logs, Keys.OBJECT_LOCK_MODE, LockMode.GOVERNANCE, 39);
        Component odd = component(a, "aws_s3_bucket.odd");
        assertTrue(unknown(odd, Keys.LIFECYCLE).contains("REDUCED_REDUNDANCY"), "a class with no tier is not guessed");
        assertEquals(53, setting(odd, Keys.LIFECYCLE).at().line());
    }

    @Test
    void dnsRoutingAndHealthChecksAreTyped() throws IOException {
        var a = adapt("""
                resource "aws_route53_zone" "z" { name = "example.com" }
                resource "aws_route53_health_check" "h" {
                  fqdn = "api.example.com"
                  type = "HTTPS"
                }
                resource "aws_route53_record" "primary" {
                  zone_id         = aws_route53_zone.z.zone_id
                  name            = "api.example.com"
                  type            = "A"
                  set_identifier  = "primary"
                  health_check_id = aws_route53_health_check.h.id
                  records         = ["192.0.2.1"]
                  ttl             = 60
                  failover_routing_policy { type = "PRIMARY" }
                }
                """).architecture();
        Component z = component(a, "aws_route53_zone.z");
        written(z, Keys.ROUTING, List.of(Routing.FAILOVER), 7);
        assertEquals(1.0, z.usage(Usage.HEALTH_CHECKS));
        written(z, Keys.PUBLIC_ENDPOINT, true, 2);
        notWritten(z, Set.of(), Set.of("query_logging"));
    }

    @Test
    void securityHubStandardsAreNamedAsTheModelNamesThem() throws IOException {
        var a = adapt("""
                resource "aws_securityhub_account" "hub" {}
                resource "aws_securityhub_standards_subscription" "fsbp" {
                  standards_arn = "arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-practices/v/1.0.0"
                  depends_on    = [aws_securityhub_account.hub]
                }
                """).architecture();
        Component hub = component(a, "aws_securityhub_account.hub");
        written(hub, Keys.STANDARDS, List.of("AWS Foundational Security Best Practices v1.0.0"), 3);
        var b = adapt("""
                resource "aws_securityhub_account" "hub" {}
                resource "aws_securityhub_standards_subscription" "tower" {
                  standards_arn = "arn:aws:securityhub:eu-west-1::standards/service-managed-aws-control-tower/v/1.0.0"
                }
                """).architecture();
        Component other = component(b, "aws_securityhub_account.hub");
        assertTrue(unknown(other, Keys.STANDARDS).contains("service-managed-aws-control-tower"), "a standard the data file does not list is not guessed");
        assertEquals(4, setting(other, Keys.STANDARDS).at().line());
    }

    @Test
    void unmodelledTypesAreListed() throws IOException {
        var a = adapt("resource \"aws_glue_job\" \"j\" {\n  name = \"j\"\n  role_arn = \"arn\"\n  command { script_location = \"s3://x/y.py\" }\n}\n"
                + "resource \"aws_iam_role\" \"r\" { assume_role_policy = \"{}\" }\n");
        assertEquals(Map.of("aws_glue_job", 1), a.unmodelled());
        assertEquals(List.of(), a.architecture().components(), "an IAM role supports the architecture without being a component");
        assertEquals("supporting configuration", a.supporting().get("aws_iam_role.r"));
    }

    /**
     * ECS decides the launch type from the service's strategy, else its launch_type, else its cluster's default
     * capacity provider strategy, else EC2; `terraform plan` shows the same (launch_type known after apply when the
     * cluster is outside the configuration).
     */
    @Test
    void ecsLaunchTypeFollowsTheClustersDefaultStrategy() throws IOException {
        var a = adapt("""
                resource "aws_ecs_cluster" "main" { name = "main" }
                resource "aws_ecs_cluster_capacity_providers" "main" {
                  cluster_name       = aws_ecs_cluster.main.name
                  capacity_providers = ["FARGATE", "FARGATE_SPOT"]
                  default_capacity_provider_strategy {
                    capacity_provider = "FARGATE_SPOT"
                    weight            = 1
                  }
                }
                resource "aws_ecs_cluster" "plain" { name = "plain" }
                resource "aws_ecs_task_definition" "t" {
                  family                = "t"
                  container_definitions = "[]"
                  cpu                   = "256"
                  memory                = "512"
                }
                resource "aws_ecs_service" "spot" {
                  name            = "spot"
                  cluster         = aws_ecs_cluster.main.id
                  task_definition = aws_ecs_task_definition.t.arn
                }
                resource "aws_ecs_service" "ec2" {
                  name            = "ec2"
                  cluster         = aws_ecs_cluster.plain.id
                  task_definition = aws_ecs_task_definition.t.arn
                }
                resource "aws_ecs_service" "elsewhere" {
                  name            = "elsewhere"
                  cluster         = "arn:aws:ecs:eu-west-1:123456789012:cluster/shared"
                  task_definition = aws_ecs_task_definition.t.arn
                }
                """);
        Component spot = component(a.architecture(), "aws_ecs_service.spot");
        assertEquals("aws.ecs-fargate", spot.service());
        written(spot, Keys.LAUNCH_TYPE, "FARGATE", 7);
        written(spot, Keys.CAPACITY, dev.cloudwright.model.CapacityType.SPOT, 7);
        Component ec2 = component(a.architecture(), "aws_ecs_service.ec2");
        assertEquals("aws.ecs-ec2", ec2.service());
        defaulted(ec2, Keys.LAUNCH_TYPE, "EC2");
        Component elsewhere = component(a.architecture(), "aws_ecs_service.elsewhere");
        assertTrue(unknown(elsewhere, Keys.LAUNCH_TYPE).contains("cluster is not in this configuration"));
    }
}
