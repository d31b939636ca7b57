package dev.cloudwright.terraform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.terraform.hcl.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCheckTest {
    @TempDir
    Path dir;

    private List<String> check(String tf) throws IOException {
        Files.writeString(dir.resolve("main.tf"), tf);
        return SchemaCheck.check(ConfigTree.load(dir, ".").root()).stream().map(Diagnostic::format).toList();
    }

    @Test
    void validConfigurationHasNoFindings() throws IOException {
        assertEquals(List.of(), check("""
                resource "aws_security_group" "web" {
                  name   = "web"
                  vpc_id = "vpc-123"
                  dynamic "ingress" {
                    for_each = [443]
                    content {
                      from_port   = ingress.value
                      to_port     = ingress.value
                      protocol    = "tcp"
                      cidr_blocks = ["0.0.0.0/0"]
                    }
                  }
                  lifecycle { create_before_destroy = true }
                  count = 1
                }
                resource "random_id" "x" { byte_length = 4 }
                data "aws_iam_policy_document" "p" {
                  statement {
                    actions   = ["s3:GetObject"]
                    resources = ["*"]
                  }
                }
                resource "aws_wafv2_web_acl_association" "a" {
                  resource_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/x/y"
                  web_acl_arn  = "arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/x/y"
                }
                """));
    }

    @Test
    void unknownTypesArgumentsAndBlocksAndMissingRequiredOnes() throws IOException {
        List<String> found = check("""
                resource "aws_s3_buckt" "b" {}
                resource "aws_db_instance" "db" {
                  instance_class = "db.t4g.micro"
                  storage_encrypted = true
                  encrypted = true
                  backup { days = 7 }
                }
                resource "aws_lb_listener" "l" {
                  load_balancer_arn = "arn"
                }
                resource "aws_dynamodb_table" "t" {
                  name = "t"
                  attribute {
                    name = "id"
                  }
                }
                """);
        assertTrue(found.get(0).startsWith("main.tf:1:1: error: Invalid resource type") && found.get(0).contains("aws_s3_bucket"), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("main.tf:5:3: error: Unsupported argument") && f.contains("\"encrypted\"")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("main.tf:6:3: error: Unsupported block type")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.contains("Missing required block") && f.contains("\"default_action\"")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.contains("Missing required argument") && f.contains("\"type\" is required in aws_dynamodb_table.attribute")),
                found.toString());
    }
}
