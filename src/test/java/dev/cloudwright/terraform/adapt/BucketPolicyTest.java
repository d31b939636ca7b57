package dev.cloudwright.terraform.adapt;

import static dev.cloudwright.terraform.adapt.Pipeline.unknownAt;
import static dev.cloudwright.terraform.adapt.Pipeline.written;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bucket policy's statements are read even when its resource ARNs are known only after apply: a Deny of insecure
 * transport means TLS is required (written at that statement); TLS stays unknown only when a statement is not known.
 */
class BucketPolicyTest {

    @TempDir
    Path dir;

    private static final String BUCKET = """
            resource "aws_s3_bucket" "b" { bucket = "logs-b" }
            resource "aws_s3_bucket_policy" "b" {
              bucket = aws_s3_bucket.b.id
              policy = %s
            }
            """;

    private static final String DENY = """
              statement {
                sid       = "denyInsecureTransport"
                effect    = "Deny"
                actions   = ["s3:*"]
                resources = [aws_s3_bucket.b.arn, "${aws_s3_bucket.b.arn}/*"]
                principals {
                  type        = "*"
                  identifiers = ["*"]
                }
                condition {
                  test     = "Bool"
                  variable = "aws:SecureTransport"
                  values   = [%s]
                }
              }
            """;

    private Component bucket(String main) throws IOException {
        return Pipeline.run(dir, "eu-west-1", main).nothingUnmodelled().component("aws_s3_bucket.b");
    }

    @Test
    void aPolicyDocumentDenyingInsecureTransportRequiresTls() throws IOException {
        Component b = bucket(BUCKET.formatted("data.aws_iam_policy_document.b.json") + "data \"aws_iam_policy_document\" \"b\" {\n"
                + DENY.formatted("\"false\"") + "}\n");
        written(b, Keys.ENCRYPTED_IN_TRANSIT, true, 8);
        written(b, Keys.BUCKET_POLICY, "present; requires TLS", 5);
    }

    @Test
    void aJsonencodedPolicyIsReadFromWhatItEncodes() throws IOException {
        Component b = bucket(BUCKET.formatted("""
                jsonencode({
                    Version = "2012-10-17"
                    Statement = [
                      {
                        Sid       = "AllowReadFromOrg"
                        Effect    = "Allow"
                        Principal = { AWS = "arn:aws:iam::123456789012:root" }
                        Action    = "s3:GetObject"
                        Resource  = "${aws_s3_bucket.b.arn}/*"
                      },
                      {
                        Sid       = "DenyInsecureTransport"
                        Effect    = "Deny"
                        Principal = "*"
                        Action    = "s3:*"
                        Resource  = [aws_s3_bucket.b.arn, "${aws_s3_bucket.b.arn}/*"]
                        Condition = { Bool = { "aws:SecureTransport" = "false" } }
                      },
                    ]
                  })"""));
        written(b, Keys.ENCRYPTED_IN_TRANSIT, true, 15);
        written(b, Keys.BUCKET_POLICY, "present; requires TLS", 5);
    }

    @Test
    void mergedDocumentsNotKnownOfflineStillShowTheirDeny() throws IOException {
        // As module libraries write it: compact() of documents whose json is known only after apply is itself unknown.
        Component b = bucket(BUCKET.formatted("data.aws_iam_policy_document.combined.json") + """
                variable "extra" {
                  type    = string
                  default = ""
                }
                data "aws_iam_policy_document" "tls" {
                """ + DENY.formatted("\"false\"") + """
                }
                data "aws_iam_policy_document" "combined" {
                  source_policy_documents = compact([data.aws_iam_policy_document.tls.json, var.extra])
                }
                """);
        written(b, Keys.ENCRYPTED_IN_TRANSIT, true, 12);
        unknownAt(b, Keys.BUCKET_POLICY, "(source_policy_documents) are not known offline", 5);
    }

    @Test
    void aStatementNotKnownOfflineLeavesTlsUnknown() throws IOException {
        Component b = bucket("variable \"insecure\" { type = string }\n" + BUCKET.formatted("data.aws_iam_policy_document.b.json")
                + "data \"aws_iam_policy_document\" \"b\" {\n" + DENY.formatted("var.insecure") + "}\n");
        unknownAt(b, Keys.ENCRYPTED_IN_TRANSIT, "depends on values not known offline", 6);
        assertTrue(b.setting(Keys.ENCRYPTED_IN_TRANSIT).orElseThrow().basis().contains("main.tf:9:3"), "names the statement");
    }

    @Test
    void anOverrideWithTheSameSidReplacesTheDeny() throws IOException {
        Component b = bucket(BUCKET.formatted("data.aws_iam_policy_document.final.json") + "data \"aws_iam_policy_document\" \"tls\" {\n"
                + DENY.formatted("\"false\"") + """
                }
                data "aws_iam_policy_document" "final" {
                  source_policy_documents   = [data.aws_iam_policy_document.tls.json]
                  override_policy_documents = [jsonencode({ Statement = [{ Sid = "denyInsecureTransport", Effect = "Allow", Principal = "*", Action = "s3:GetObject" }] })]
                }
                """);
        assertTrue(b.setting(Keys.ENCRYPTED_IN_TRANSIT).isEmpty(), "the override replaced the only Deny: " + b.settings().keySet());
        written(b, Keys.BUCKET_POLICY, "allows anonymous access", 5);
    }

    @Test
    void aKnownJsonPolicyIsReadStatementByStatement() throws IOException {
        Component b = bucket(BUCKET.formatted("""
                "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"*\\"},\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":\\"arn:aws:s3:::logs-b/*\\",\\"Condition\\":{\\"Bool\\":{\\"aws:SecureTransport\\":\\"true\\"}}}}\""""));
        written(b, Keys.BUCKET_POLICY, "present", 5);
        assertTrue(b.setting(Keys.ENCRYPTED_IN_TRANSIT).isEmpty(), "an Allow on TLS requests does not refuse the others");
    }
}
