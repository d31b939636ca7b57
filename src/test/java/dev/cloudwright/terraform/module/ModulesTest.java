package dev.cloudwright.terraform.module;

import static dev.cloudwright.terraform.module.Tf.addresses;
import static dev.cloudwright.terraform.module.Tf.assertStr;
import static dev.cloudwright.terraform.module.Tf.attr;
import static dev.cloudwright.terraform.module.Tf.errors;
import static dev.cloudwright.terraform.module.Tf.instance;
import static dev.cloudwright.terraform.module.Tf.warnings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.graph.ResourceGraph;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModulesTest {

    @TempDir
    Path dir;

    private static final String DB_MODULE = """
            variable "name" { type = string }
            variable "instances" {
              type    = number
              default = 1
            }
            resource "aws_rds_cluster" "this" {
              cluster_identifier = var.name
              engine             = "aurora-postgresql"
            }
            resource "aws_rds_cluster_instance" "this" {
              count              = var.instances
              cluster_identifier = aws_rds_cluster.this.id
              instance_class     = "db.r6g.large"
            }
            output "endpoint" { value = aws_rds_cluster.this.endpoint }
            output "name" { value = aws_rds_cluster.this.cluster_identifier }
            """;

    @Test
    void forEachModulesGiveFullAddresses() {
        var r = new Tf(dir).file("main.tf", """
                module "db" {
                  source    = "./modules/db"
                  for_each  = { eu = 2, us = 1 }
                  name      = "shop-${each.key}"
                  instances = each.value
                }
                output "names" { value = { for k, m in module.db : k => m.name } }
                """).file("modules/db/main.tf", DB_MODULE).clean();
        assertEquals(List.of("module.db[\"eu\"].aws_rds_cluster.this", "module.db[\"eu\"].aws_rds_cluster_instance.this[0]",
                "module.db[\"eu\"].aws_rds_cluster_instance.this[1]", "module.db[\"us\"].aws_rds_cluster.this",
                "module.db[\"us\"].aws_rds_cluster_instance.this[0]"), addresses(r));
        assertStr("shop-eu", attr(r, "module.db[\"eu\"].aws_rds_cluster.this", "cluster_identifier"));
        assertStr("shop-us", ((Value.Obj) r.outputs().get("names")).get("us"));
        assertEquals(List.of("module.db[\"eu\"]", "module.db[\"us\"]"), r.modules());
        assertEquals(List.of("module.db[\"eu\"].aws_rds_cluster.this"), instance(r, "module.db[\"eu\"].aws_rds_cluster_instance.this[1]").dependsOn());
    }

    @Test
    void countModulesAndNestedModules() {
        var r = new Tf(dir).file("main.tf", """
                module "stack" {
                  source = "./stack"
                  count  = 2
                  env    = "e${count.index}"
                }
                """).file("stack/main.tf", """
                variable "env" {}
                module "db" {
                  source = "../modules/db"
                  name   = "${var.env}-db"
                }
                """).file("modules/db/main.tf", DB_MODULE).clean();
        assertTrue(addresses(r).contains("module.stack[1].module.db.aws_rds_cluster_instance.this[0]"), addresses(r).toString());
        assertStr("e1-db", attr(r, "module.stack[1].module.db.aws_rds_cluster.this", "cluster_identifier"));
    }

    @Test
    void edgesFollowModuleOutputsLocalsAndDependsOn() {
        var r = new Tf(dir).file("main.tf", """
                module "db" {
                  source = "./modules/db"
                  name   = "shop"
                }
                locals { db_endpoint = module.db.endpoint }
                resource "aws_ssm_parameter" "endpoint" {
                  name  = "/shop/db"
                  type  = "String"
                  value = local.db_endpoint
                }
                resource "aws_s3_bucket" "logs" { bucket = "logs" }
                resource "aws_sns_topic" "alerts" {
                  name       = "alerts"
                  depends_on = [aws_s3_bucket.logs, module.db]
                }
                """).file("modules/db/main.tf", DB_MODULE).clean();
        assertEquals(List.of("module.db.aws_rds_cluster.this"), instance(r, "aws_ssm_parameter.endpoint").dependsOn());
        assertEquals(List.of("aws_s3_bucket.logs", "module.db.aws_rds_cluster.this", "module.db.aws_rds_cluster_instance.this[0]"),
                instance(r, "aws_sns_topic.alerts").dependsOn());
        ResourceGraph g = ResourceGraph.of(r);
        assertTrue(g.edges().contains(new ResourceGraph.Edge("aws_ssm_parameter.endpoint", "module.db.aws_rds_cluster.this")));
    }

    @Test
    void moduleInputErrorsAreReported() {
        var r = new Tf(dir).file("main.tf", """
                module "db" {
                  source  = "./modules/db"
                  nmae    = "typo"
                }
                """).file("modules/db/main.tf", DB_MODULE).evaluate();
        List<String> errs = errors(r);
        assertTrue(errs.stream().anyMatch(e -> e.startsWith("main.tf:3:3: error: Unsupported argument")), errs.toString());
        assertTrue(errs.stream().anyMatch(e -> e.startsWith("main.tf:1:1: error: Missing required argument") && e.contains("\"name\"")), errs.toString());
    }

    @Test
    void registryModulesAreUnresolvedUnlessInstalled() {
        Tf t = new Tf(dir).file("main.tf", """
                module "vpc" {
                  source  = "terraform-aws-modules/vpc/aws"
                  version = "5.8.1"
                  name    = "main"
                }
                output "vpc_id" { value = module.vpc.vpc_id }
                """);
        var r = t.clean();
        assertEquals(1, r.unresolved().size());
        assertEquals("module.vpc", r.unresolved().get(0).address());
        assertTrue(warnings(r).stream().anyMatch(w -> w.startsWith("main.tf:2:3: warning: Module not installed")), warnings(r).toString());
        assertInstanceOf(Value.Unknown.class, r.outputs().get("vpc_id"));

        t.file(".terraform/modules/modules.json", """
                {"Modules":[{"Key":"","Source":"","Dir":"."},
                 {"Key":"vpc","Source":"registry.terraform.io/terraform-aws-modules/vpc/aws","Version":"5.8.1","Dir":".terraform/modules/vpc"}]}
                """).file(".terraform/modules/vpc/main.tf", """
                variable "name" {}
                resource "aws_vpc" "this" {
                  cidr_block = "10.0.0.0/16"
                  tags       = { Name = var.name }
                }
                output "vpc_id" { value = aws_vpc.this.id }
                """);
        r = t.clean();
        assertTrue(r.unresolved().isEmpty());
        assertEquals(List.of("module.vpc.aws_vpc.this"), addresses(r));
        assertTrue(instance(r, "module.vpc.aws_vpc.this").range().file().startsWith(".terraform/modules/vpc/"));
    }

    @Test
    void moduleCyclesAreReportedNotFollowed() {
        var r = new Tf(dir).file("main.tf", "module \"a\" { source = \"./a\" }\n")
                .file("a/main.tf", "module \"b\" { source = \"../b\" }\nresource \"aws_s3_bucket\" \"x\" {}\n")
                .file("b/main.tf", "module \"a\" { source = \"../a\" }\n").evaluate();
        assertTrue(errors(r).stream().anyMatch(e -> e.contains("error: Module cycle")), errors(r).toString());
        assertEquals(List.of("module.a.aws_s3_bucket.x"), addresses(r));
    }

    @Test
    void providersResolveAliasesAndModuleMappings() {
        var r = new Tf(dir).file("main.tf", """
                provider "aws" { region = "eu-west-1" }
                provider "aws" {
                  alias  = "us"
                  region = "us-east-1"
                }
                resource "aws_s3_bucket" "eu" { bucket = "eu" }
                resource "aws_s3_bucket" "us" {
                  provider = aws.us
                  bucket   = "us"
                }
                resource "aws_s3_bucket" "own" {
                  bucket = "own"
                  region = "ap-southeast-2"
                }
                module "inherit" { source = "./m" }
                module "mapped" {
                  source    = "./m"
                  providers = { aws = aws.us }
                }
                """).file("m/main.tf", "resource \"aws_sqs_queue\" \"q\" { name = \"q\" }\n").clean();
        ResourceGraph g = ResourceGraph.of(r);
        assertEquals(Value.str("eu-west-1"), region(g, "aws_s3_bucket.eu"));
        assertEquals(Value.str("us-east-1"), region(g, "aws_s3_bucket.us"));
        assertEquals(Value.str("ap-southeast-2"), region(g, "aws_s3_bucket.own"));
        assertEquals(Value.str("eu-west-1"), region(g, "module.inherit.aws_sqs_queue.q"));
        assertEquals(Value.str("us-east-1"), region(g, "module.mapped.aws_sqs_queue.q"));
        assertEquals("provider[\"registry.terraform.io/hashicorp/aws\"].us", instance(r, "module.mapped.aws_sqs_queue.q").provider().address());
    }

    /**
     * A provider local name other than the type prefix: `terraform plan` uses hashicorp/aws for `aws-v3`, so
     * the bucket is in eu-west-2 and its provider is provider["registry.terraform.io/hashicorp/aws"] (Terraform
     * prints the source, not the local name).
     */
    @Test
    void providerLocalNamesResolveToTheirSourceAndRegion() {
        var r = new Tf(dir).file("main.tf", """
                terraform {
                  required_providers {
                    aws-v3 = { source = "hashicorp/aws" }
                  }
                }
                provider "aws-v3" { region = "eu-west-2" }
                provider "aws-v3" {
                  alias  = "east"
                  region = "us-east-1"
                }
                resource "aws_s3_bucket" "b" {
                  provider = aws-v3
                  bucket   = "b"
                }
                resource "aws_s3_bucket" "e" {
                  provider = aws-v3.east
                  bucket   = "e"
                }
                """).clean();
        ResourceGraph g = ResourceGraph.of(r);
        assertEquals(Value.str("eu-west-2"), region(g, "aws_s3_bucket.b"));
        assertEquals(Value.str("us-east-1"), region(g, "aws_s3_bucket.e"));
        assertEquals("provider[\"registry.terraform.io/hashicorp/aws\"]", instance(r, "aws_s3_bucket.b").provider().address());
        assertEquals("aws", instance(r, "aws_s3_bucket.b").provider().type());
    }

    @Test
    void missingAliasedProviderIsAnError() {
        var r = new Tf(dir).file("main.tf", "resource \"aws_s3_bucket\" \"b\" {\n  provider = aws.west\n}\n").evaluate();
        assertTrue(errors(r).get(0).contains("Provider configuration not present"), errors(r).toString());
    }

    @Test
    void regionWithoutProviderConfigurationIsUnknown() {
        var r = new Tf(dir).file("main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n").clean();
        Value.Unknown u = (Value.Unknown) region(ResourceGraph.of(r), "aws_s3_bucket.b");
        assertTrue(u.reason().contains("environment"), u.reason());
    }

    @Test
    void jsonSyntaxUsesTheSchemaForBlocks() {
        var r = new Tf(dir).file("main.tf.json", """
                {
                  "variable": { "ports": { "default": [22, 443] } },
                  "resource": {
                    "aws_security_group": {
                      "web": {
                        "name": "web-${terraform.workspace}",
                        "tags": { "Team": "shop" },
                        "ingress": [
                          { "from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"] }
                        ],
                        "dynamic": { "egress": { "for_each": "${var.ports}", "content": { "from_port": "${egress.value}", "to_port": 0, "protocol": "tcp" } } }
                      }
                    },
                    "aws_instance": {
                      "app": { "count": 2, "ami": "ami-123", "vpc_security_group_ids": ["${aws_security_group.web.id}"], "depends_on": ["aws_security_group.web"] }
                    }
                  }
                }
                """).clean();
        var sg = instance(r, "aws_security_group.web").body();
        assertStr("web-default", sg.attribute("name").value());
        assertInstanceOf(Value.Obj.class, sg.attribute("tags").value(), "tags is a map argument, not a block");
        assertEquals(1, sg.blocks("ingress").size());
        assertEquals(2, sg.blocks("egress").size());
        assertEquals(Value.num(443), sg.blocks("egress").get(1).body().attribute("from_port").value());
        assertEquals(List.of("aws_instance.app[0]", "aws_instance.app[1]", "aws_security_group.web"), addresses(r));
        assertEquals(List.of("aws_security_group.web"), instance(r, "aws_instance.app[1]").dependsOn());
        assertEquals(6, sg.attribute("name").range().start().line(), "ranges point into the JSON file");
    }

    @Test
    void overrideFilesMergeIntoTheirBlocks() {
        var r = new Tf(dir).file("main.tf", "resource \"aws_instance\" \"a\" {\n  instance_type = \"t3.micro\"\n  ami = \"ami-1\"\n}\n")
                .file("override.tf", "resource \"aws_instance\" \"a\" {\n  instance_type = \"m7g.large\"\n}\n").clean();
        assertStr("m7g.large", attr(r, "aws_instance.a", "instance_type"));
        assertStr("ami-1", attr(r, "aws_instance.a", "ami"));
    }

    private static Value region(ResourceGraph g, String address) {
        for (ResourceGraph.Node n : g.nodes()) {
            if (n.address().equals(address)) {
                return n.region();
            }
        }
        assertNull(address, "no node");
        return null;
    }
}
