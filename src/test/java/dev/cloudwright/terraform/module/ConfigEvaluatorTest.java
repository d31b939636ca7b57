package dev.cloudwright.terraform.module;

import static dev.cloudwright.terraform.module.Tf.addresses;
import static dev.cloudwright.terraform.module.Tf.assertStr;
import static dev.cloudwright.terraform.module.Tf.attr;
import static dev.cloudwright.terraform.module.Tf.errors;
import static dev.cloudwright.terraform.module.Tf.instance;
import static dev.cloudwright.terraform.module.Tf.warnings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.terraform.eval.Value;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigEvaluatorTest {

    @TempDir
    Path dir;

    private Tf tf() {
        return new Tf(dir);
    }

    private static final String SIZE_VAR = """
            variable "size" {
              type    = string
              default = "from-default"
            }
            resource "aws_instance" "web" {
              instance_type = var.size
            }
            """;

    @Test
    void variableDefaultsApplyWithoutOtherSources() {
        var r = tf().file("main.tf", SIZE_VAR).clean();
        assertStr("from-default", attr(r, "aws_instance.web", "instance_type"));
    }

    @Test
    void variableSourcesFollowTerraformPrecedence() {
        Tf t = tf().file("main.tf", SIZE_VAR).env("TF_VAR_size", "from-env");
        assertStr("from-env", attr(t.clean(), "aws_instance.web", "instance_type"));
        t.file("terraform.tfvars", "size = \"from-tfvars\"\n");
        assertStr("from-tfvars", attr(t.clean(), "aws_instance.web", "instance_type"));
        t.file("terraform.tfvars.json", "{\"size\": \"from-tfvars-json\"}");
        assertStr("from-tfvars-json", attr(t.clean(), "aws_instance.web", "instance_type"));
        t.file("b.auto.tfvars", "size = \"from-b-auto\"\n").file("a.auto.tfvars", "size = \"from-a-auto\"\n");
        assertStr("from-b-auto", attr(t.clean(), "aws_instance.web", "instance_type"), "auto files load in name order, the last wins");
        t.file("extra.tfvars", "size = \"from-var-file\"\n").varFile("extra.tfvars");
        assertStr("from-var-file", attr(t.clean(), "aws_instance.web", "instance_type"));
        t.var("size=from-var");
        assertStr("from-var", attr(t.clean(), "aws_instance.web", "instance_type"));
    }

    @Test
    void variableValuesAreConvertedAndValidated() {
        var r = tf().file("main.tf", """
                variable "n" { type = number }
                variable "azs" { type = list(string) }
                variable "cfg" {
                  type = object({ name = string, size = optional(number, 2) })
                }
                variable "env" {
                  type = string
                  validation {
                    condition     = contains(["dev", "prod"], var.env)
                    error_message = "env must be dev or prod."
                  }
                }
                resource "null_resource" "x" {
                  triggers = { n = var.n + 1, azs = join(",", var.azs), size = var.cfg.size, env = var.env }
                }
                """).var("n=41").var("azs=[\"a\",\"b\"]").var("cfg={name=\"x\"}").var("env=test").evaluate();
        Value t = attr(r, "null_resource.x", "triggers");
        Value.Obj o = (Value.Obj) t;
        assertEquals(Value.num(42), o.get("n"));
        assertStr("a,b", o.get("azs"));
        assertEquals(Value.num(2), o.get("size"), "optional attribute default applied");
        List<String> errs = errors(r);
        assertEquals(1, errs.size(), errs.toString());
        assertTrue(errs.get(0).contains("env must be dev or prod."), errs.get(0));
        assertTrue(errs.get(0).startsWith("<--var env=test>"), errs.get(0));
    }

    @Test
    void badVariableValueIsAnErrorAtItsSource() {
        var r = tf().file("main.tf", "variable \"n\" { type = number }\noutput \"o\" { value = var.n }\n").file("terraform.tfvars", "n = \"lots\"\n")
                .evaluate();
        List<String> errs = errors(r);
        assertEquals(1, errs.size(), errs.toString());
        assertTrue(errs.get(0).startsWith("terraform.tfvars:1:1: error: Invalid value for input variable"), errs.get(0));
        assertInstanceOf(Value.Unknown.class, r.outputs().get("o"));
    }

    @Test
    void missingRootVariableIsUnknownWithAWarning() {
        var r = tf().file("main.tf", "variable \"region\" {}\nresource \"aws_s3_bucket\" \"b\" { bucket = \"logs-${var.region}\" }\n").clean();
        assertInstanceOf(Value.Unknown.class, attr(r, "aws_s3_bucket.b", "bucket"));
        assertTrue(warnings(r).stream().anyMatch(w -> w.contains("No value for required variable") && w.contains("TF_VAR_region")), warnings(r).toString());
    }

    @Test
    void localsAreLazyAndCyclesAreReported() {
        var r = tf().file("main.tf", """
                locals {
                  name   = "${local.prefix}-app"
                  prefix = "shop"
                  a      = local.b
                  b      = local.a
                }
                resource "aws_s3_bucket" "b" { bucket = local.name }
                """).evaluate();
        assertStr("shop-app", attr(r, "aws_s3_bucket.b", "bucket"));
        List<String> errs = errors(r);
        assertEquals(1, errs.size(), errs.toString());
        assertTrue(errs.get(0).contains("Cycle: local.a → local.b → local.a"), errs.get(0));
    }

    @Test
    void countExpandsWithIndexedAddresses() {
        var r = tf().file("main.tf", """
                resource "aws_instance" "web" {
                  count = 3
                  tags  = { Name = "web-${count.index}" }
                }
                output "ids" { value = aws_instance.web[*].tags.Name }
                """).clean();
        assertEquals(List.of("aws_instance.web[0]", "aws_instance.web[1]", "aws_instance.web[2]"), addresses(r));
        assertStr("web-2", ((Value.Obj) attr(r, "aws_instance.web[2]", "tags")).get("Name"));
        assertEquals(Value.tuple(List.of(Value.str("web-0"), Value.str("web-1"), Value.str("web-2"))), r.outputs().get("ids"));
    }

    @Test
    void forEachOverMapsAndSets() {
        var r = tf().file("main.tf", """
                variable "buckets" {
                  default = { logs = "GLACIER", assets = "STANDARD" }
                }
                resource "aws_s3_bucket" "b" {
                  for_each = var.buckets
                  bucket   = "acme-${each.key}"
                  tags     = { class = each.value }
                }
                resource "aws_iam_user" "u" {
                  for_each = toset(["bob", "alice"])
                  name     = each.value
                }
                output "arns" { value = { for k, b in aws_s3_bucket.b : k => b.bucket } }
                """).clean();
        assertEquals(List.of("aws_iam_user.u[\"alice\"]", "aws_iam_user.u[\"bob\"]", "aws_s3_bucket.b[\"assets\"]", "aws_s3_bucket.b[\"logs\"]"),
                addresses(r));
        assertStr("GLACIER", ((Value.Obj) attr(r, "aws_s3_bucket.b[\"logs\"]", "tags")).get("class"));
        assertStr("acme-assets", ((Value.Obj) r.outputs().get("arns")).get("assets"));
    }

    @Test
    void forEachOverAListIsAnError() {
        var r = tf().file("main.tf", "resource \"aws_iam_user\" \"u\" {\n  for_each = [\"a\"]\n  name = each.key\n}\n").evaluate();
        assertTrue(errors(r).get(0).startsWith("main.tf:2:14: error: Invalid for_each argument"), errors(r).toString());
        assertTrue(errors(r).get(0).contains("you have provided a value of type tuple"));
    }

    @Test
    void unknownCountGivesOneRepresentativeInstance() {
        var r = tf().file("main.tf", """
                data "aws_availability_zones" "available" {}
                resource "aws_subnet" "public" {
                  count             = length(data.aws_availability_zones.available.names)
                  availability_zone = data.aws_availability_zones.available.names[count.index]
                  cidr_block        = cidrsubnet("10.0.0.0/16", 8, count.index)
                }
                """).clean();
        assertTrue(addresses(r).contains("aws_subnet.public[?]"), addresses(r).toString());
        Value.Unknown u = (Value.Unknown) attr(r, "aws_subnet.public[?]", "availability_zone");
        assertTrue(u.reason().contains("data.aws_availability_zones.available"), u.reason());
        assertTrue(warnings(r).stream().anyMatch(w -> w.contains("Count not known offline") && w.contains("data.aws_availability_zones.available.names")),
                warnings(r).toString());
    }

    @Test
    void computedAttributesAreUnknownAndConfiguredOnesKnown() {
        var r = tf().file("main.tf", """
                resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
                resource "aws_subnet" "a" {
                  vpc_id     = aws_vpc.main.id
                  cidr_block = cidrsubnet(aws_vpc.main.cidr_block, 4, 1)
                  tags       = { arn = aws_vpc.main.arn }
                }
                """).clean();
        Value.Unknown id = (Value.Unknown) attr(r, "aws_subnet.a", "vpc_id");
        assertEquals("aws_vpc.main.id is known only after apply", id.reason());
        assertStr("10.0.16.0/20", attr(r, "aws_subnet.a", "cidr_block"));
        assertInstanceOf(Value.Unknown.class, ((Value.Obj) attr(r, "aws_subnet.a", "tags")).get("arn"), "arn is computed even if not in the schema");
        assertEquals(List.of("aws_vpc.main"), instance(r, "aws_subnet.a").dependsOn());
    }

    @Test
    void undeclaredReferencesAreErrorsWithSuggestions() {
        var r = tf().file("main.tf", """
                variable "region" { default = "eu-west-1" }
                resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
                output "a" { value = var.regoin }
                output "b" { value = aws_vpc.mian.id }
                """).evaluate();
        List<String> errs = errors(r);
        assertEquals(2, errs.size(), errs.toString());
        assertTrue(errs.get(0).startsWith("main.tf:3:22: error: Reference to undeclared input variable") && errs.get(0).contains("Did you mean \"region\"?"),
                errs.get(0));
        assertTrue(errs.get(1).contains("Did you mean \"aws_vpc.main\"?"), errs.get(1));
    }

    @Test
    void dynamicBlocksExpand() {
        var r = tf().file("main.tf", """
                variable "ports" { default = [80, 443] }
                resource "aws_security_group" "web" {
                  name = "web"
                  dynamic "ingress" {
                    for_each = var.ports
                    iterator = port
                    content {
                      from_port   = port.value
                      to_port     = port.value
                      protocol    = "tcp"
                      cidr_blocks = ["0.0.0.0/0"]
                      description = "rule ${port.key}"
                    }
                  }
                  egress {
                    from_port = 0
                    to_port   = 0
                    protocol  = "-1"
                  }
                }
                output "ports" { value = aws_security_group.web.ingress[*].from_port }
                """).clean();
        var body = instance(r, "aws_security_group.web").body();
        assertEquals(2, body.blocks("ingress").size());
        assertEquals(Value.num(443), body.blocks("ingress").get(1).body().attribute("to_port").value());
        assertStr("rule 1", body.blocks("ingress").get(1).body().attribute("description").value());
        assertEquals(1, body.blocks("egress").size());
        assertEquals(Value.list(List.of(Value.num(80), Value.num(443))), r.outputs().get("ports"));
    }

    @Test
    void nestedDynamicBlocksWithUnknownRepetitions() {
        var r = tf().file("main.tf", """
                variable "rules" {}
                resource "aws_wafv2_web_acl" "w" {
                  name  = "w"
                  scope = "REGIONAL"
                  dynamic "rule" {
                    for_each = var.rules
                    content {
                      name     = rule.value.name
                      priority = rule.key
                    }
                  }
                }
                """).clean();
        var blocks = instance(r, "aws_wafv2_web_acl.w").body().blocks("rule");
        assertEquals(1, blocks.size());
        assertTrue(blocks.get(0).representative());
        assertInstanceOf(Value.Unknown.class, blocks.get(0).body().attribute("name").value());
    }

    @Test
    void pathWorkspaceAndFileFunctions() {
        var r = tf().file("main.tf", """
                module "app" { source = "./modules/app" }
                output "ws" { value = terraform.workspace }
                output "root" { value = path.module }
                output "app" { value = module.app }
                """).file("modules/app/main.tf", """
                output "dir" { value = path.module }
                output "policy" { value = jsondecode(file("${path.module}/policy.json")).Version }
                output "rendered" { value = templatefile("${path.module}/user-data.tftpl", { name = "web", ports = [80, 443] }) }
                """).file("modules/app/policy.json", "{\"Version\": \"2012-10-17\"}")
                .file("modules/app/user-data.tftpl", "host=${name}\n%{ for p in ports ~}\nport=${p}\n%{ endfor ~}\n")
                .workspace("staging").clean();
        assertStr("staging", r.outputs().get("ws"));
        assertStr(".", r.outputs().get("root"));
        Value.Obj app = (Value.Obj) r.outputs().get("app");
        assertStr("modules/app", app.get("dir"));
        assertStr("2012-10-17", app.get("policy"));
        assertStr("host=web\nport=80\nport=443\n", app.get("rendered"));
    }

    @Test
    void fileFunctionsStayInsideTheConfiguration() {
        var r = tf().file("main.tf", "output \"x\" { value = file(\"../../../../etc/passwd\") }\n").evaluate();
        assertTrue(errors(r).get(0).contains("outside the module directory"), errors(r).toString());
    }

    @Test
    void dataSourcesComputableOfflineAreEvaluated() {
        var r = tf().file("main.tf", """
                provider "aws" { region = "eu-west-1" }
                data "aws_region" "current" {}
                data "aws_partition" "current" {}
                data "aws_caller_identity" "current" {}
                data "aws_iam_policy_document" "read" {
                  statement {
                    actions   = ["s3:GetObject", "s3:ListBucket"]
                    resources = ["arn:${data.aws_partition.current.partition}:s3:::logs/*"]
                    principals {
                      type        = "Service"
                      identifiers = ["cloudtrail.amazonaws.com"]
                    }
                  }
                }
                output "region" { value = data.aws_region.current.region }
                output "policy" { value = jsondecode(data.aws_iam_policy_document.read.json) }
                output "account" { value = data.aws_caller_identity.current.account_id }
                """).clean();
        assertStr("eu-west-1", r.outputs().get("region"));
        Value.Obj st = (Value.Obj) ((Value.Seq) ((Value.Obj) r.outputs().get("policy")).get("Statement")).items().get(0);
        assertStr("arn:aws:s3:::logs/*", st.get("Resource"));
        assertStr("Allow", st.get("Effect"));
        assertEquals(Value.tuple(List.of(Value.str("s3:ListBucket"), Value.str("s3:GetObject"))), st.get("Action"));
        assertInstanceOf(Value.Unknown.class, r.outputs().get("account"));
    }
}
