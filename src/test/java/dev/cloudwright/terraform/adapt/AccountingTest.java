package dev.cloudwright.terraform.adapt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.terraform.TerraformProject;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.module.ConfigEvaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every managed instance is in a component, supports one, or is counted as unmodelled by type; none is lost. */
class AccountingTest {

    @TempDir
    Path dir;

    @Test
    void everyManagedInstanceIsAccountedForOnce() throws IOException {
        Files.writeString(dir.resolve("main.tf"), """
                provider "aws" { region = "eu-west-1" }
                resource "aws_instance" "web" {
                  count         = 2
                  ami           = "ami-12345678"
                  instance_type = "t3.micro"
                }
                resource "aws_instance" "extra" {
                  # The count depends on a value known only after apply: one placeholder instance stands for it.
                  count         = length(aws_instance.web[0].ipv6_addresses)
                  ami           = "ami-12345678"
                  instance_type = "t3.micro"
                }
                resource "aws_iam_role" "r" {
                  name               = "r"
                  assume_role_policy = "{}"
                }
                resource "random_password" "p" {
                  length = 20
                }
                resource "null_resource" "n" {}
                resource "kubernetes_namespace" "ns" {
                  metadata {
                    name = "app"
                  }
                }
                resource "aws_glacier_vault" "v" {
                  name = "archive"
                }
                data "aws_region" "current" {}
                """);
        ResourceGraph g = TerraformProject.read(dir, ".", ConfigEvaluator.Options.defaults());
        AwsAdapter.Adapted a = AwsAdapter.adapt(g, "test");
        AwsAdapter.Accounting n = a.resources();
        // 2 + 1 instances, an IAM role, two utility resources, a Kubernetes namespace and a Glacier vault; the data source is not managed.
        assertEquals(new AwsAdapter.Accounting(8, 1, 3, 3, 2, 0), n);
        assertEquals(Map.of("aws_glacier_vault", 1, "kubernetes_namespace", 1), a.unmodelled());
        assertTrue(a.supporting().get("random_password.p").startsWith("utility provider"), a.supporting().toString());
        assertTrue(a.supporting().containsKey("null_resource.n"), a.supporting().toString());
        assertTrue(a.supporting().containsKey("aws_iam_role.r"), a.supporting().toString());
        assertTrue(a.architecture().component("aws_instance.extra[?]").isPresent() || a.architecture().components().stream()
                .anyMatch(c -> c.valueOr(dev.cloudwright.model.Keys.TERRAFORM_RESOURCES, java.util.List.of()).contains("aws_instance.extra[?]")),
                a.architecture().components().stream().map(c -> c.id()).toList().toString());
    }
}
