package dev.cloudwright.terraform.module;

import static dev.cloudwright.terraform.module.Tf.addresses;
import static dev.cloudwright.terraform.module.Tf.attr;
import static dev.cloudwright.terraform.module.Tf.instance;
import static dev.cloudwright.terraform.module.Tf.warnings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.terraform.eval.Value;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Null arguments and Unknown values as {@code terraform plan} treats them: "null is the same as omitting
 * the argument" (https://developer.hashicorp.com/terraform/language/expressions/types#null), and
 * comparisons with Unknown values as HCL's spec and cty's {@code Equals} decide them (only the top level of
 * a value decides whether it is null). Each case says what {@code terraform plan} does with it.
 */
class NullSemanticsTest {

    @TempDir
    Path dir;

    /** A VPC whose id is known only after apply, for cases that need an Unknown inside a known structure. */
    private static final String VPC = """
            resource "aws_vpc" "main" {
              cidr_block = "10.0.0.0/16"
            }
            """;

    /**
     * Expression cases: the output's value, shown as {@code unknown} when it is not known offline, else as
     * JSON-like text. The comment of each row is what terraform plan shows for the output.
     */
    static Stream<Arguments> expressions() {
        return Stream.of(
                // plan: false. A known object is not null, whatever its attributes hold.
                Arguments.of("{ a = aws_vpc.main.id } == null", "false"),
                // plan: true.
                Arguments.of("{ a = aws_vpc.main.id } != null", "true"),
                // plan: true. A known list with an unknown element is not null.
                Arguments.of("[aws_vpc.main.id] != null", "true"),
                // plan: false. A resource's object value is known (its attributes are not).
                Arguments.of("aws_vpc.main == null", "false"),
                // plan: (known after apply). The attribute itself is unknown, so is its nullness.
                Arguments.of("aws_vpc.main.id == null", "unknown"),
                // plan: (known after apply). null compared with an unknown waits for the value.
                Arguments.of("null == aws_vpc.main.id", "unknown"),
                // plan: true.
                Arguments.of("null == null", "true"),
                // plan: false. Lists of different lengths are unequal whatever their elements.
                Arguments.of("[aws_vpc.main.id, \"a\"] == [\"x\"]", "false"),
                // plan: false. cty compares list elements in order: the first pair already differs.
                Arguments.of("[1, aws_vpc.main.id] == [2, \"x\"]", "false"),
                // plan: (known after apply).
                Arguments.of("[aws_vpc.main.id] == [\"x\"]", "unknown"),
                // plan: true. The inequality of a different-shaped object is known.
                Arguments.of("{ a = aws_vpc.main.id } != { b = \"x\" }", "true"),
                // plan: a conditional on a known comparison picks its branch: "set".
                Arguments.of("{ a = aws_vpc.main.id } != null ? \"set\" : \"unset\"", "\"set\""),
                // plan: 2. length of a known collection is known even when its elements are not.
                Arguments.of("length([aws_vpc.main.id, \"b\"])", "2"),
                // plan: 1.
                Arguments.of("length({ a = aws_vpc.main.id })", "1"),
                // plan: ["a", "b"]. keys of a known object are known.
                Arguments.of("keys({ a = aws_vpc.main.id, b = 1 })", "[\"a\",\"b\"]"),
                // plan: true. contains finds a known match; the unknown element does not matter.
                Arguments.of("contains([aws_vpc.main.id, \"a\"], \"a\")", "true"),
                // plan: (known after apply). The unknown element might be "b".
                Arguments.of("contains([aws_vpc.main.id, \"a\"], \"b\")", "unknown"),
                // plan: false.
                Arguments.of("contains([\"a\"], \"b\")", "false"),
                // plan: false. An empty list contains nothing, not even an unknown value.
                Arguments.of("contains([], aws_vpc.main.id)", "false"),
                // plan: 1 (known). Filtering out nulls keeps the known structure.
                Arguments.of("length([for v in [{ id = aws_vpc.main.id }, null] : v if v != null])", "1"),
                // plan: "x". zipmap builds a known map whose other value is (known after apply).
                Arguments.of("zipmap([\"a\", \"b\"], [aws_vpc.main.id, \"x\"])[\"b\"]", "\"x\""),
                // plan: ["a", "b"].
                Arguments.of("keys(zipmap([\"a\", \"b\"], [aws_vpc.main.id, \"x\"]))", "[\"a\",\"b\"]"),
                // plan: (known after apply): a key that is not known makes the whole map unknown.
                Arguments.of("zipmap([aws_vpc.main.id], [\"x\"])", "unknown"),
                // plan: "a".
                Arguments.of("reverse([aws_vpc.main.id, \"a\"])[0]", "\"a\""),
                // plan: ["a", "b"].
                Arguments.of("slice([aws_vpc.main.id, \"a\", \"b\"], 1, 3)", "[\"a\",\"b\"]"),
                // plan: 2.
                Arguments.of("length(chunklist([aws_vpc.main.id, \"a\", \"b\"], 2))", "2"),
                // plan: false. A known false element decides alltrue.
                Arguments.of("alltrue([aws_vpc.main.id == \"x\", false])", "false"),
                // plan: (known after apply).
                Arguments.of("alltrue([true, aws_vpc.main.id == \"x\"])", "unknown"),
                // plan: true. A known true element decides anytrue.
                Arguments.of("anytrue([aws_vpc.main.id == \"x\", true])", "true"),
                // plan: (known after apply).
                Arguments.of("anytrue([aws_vpc.main.id == \"x\", false])", "unknown"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("expressions")
    void comparisonsFollowTerraformsUnknownRules(String expr, String want) {
        var r = new Tf(dir).file("main.tf", VPC + "output \"x\" {\n  value = " + expr + "\n}\n").clean();
        assertEquals(want, show(r.outputs().get("x")), expr);
    }

    @Test
    void nullComputedArgumentIsKnownAfterApply() {
        // plan: aws_vpc.this.ipv6_cidr_block is (known after apply) because ipv6_cidr_block is optional and
        // computed, and null is the same as leaving it out; so cidrsubnet() of it is (known after apply) too,
        // and the plan succeeds (today the argument was a known null and cidrsubnet failed on it).
        var r = new Tf(dir).file("main.tf", """
                variable "ipv6_cidr" {
                  type    = string
                  default = null
                }
                resource "aws_vpc" "this" {
                  cidr_block      = "10.0.0.0/16"
                  ipv6_cidr_block = var.ipv6_cidr
                }
                resource "aws_subnet" "a" {
                  vpc_id          = aws_vpc.this.id
                  cidr_block      = "10.0.1.0/24"
                  ipv6_cidr_block = cidrsubnet(aws_vpc.this.ipv6_cidr_block, 8, 1)
                }
                output "ipv6" {
                  value = aws_vpc.this.ipv6_cidr_block
                }
                """).clean();
        Value.Unknown u = assertInstanceOf(Value.Unknown.class, attr(r, "aws_subnet.a", "ipv6_cidr_block"));
        assertEquals("aws_vpc.this.ipv6_cidr_block is known only after apply", u.reason());
        assertEquals("aws_vpc.this", u.origin());
        assertEquals(new Value.Unknown("aws_vpc.this.ipv6_cidr_block is known only after apply", "aws_vpc.this"), r.outputs().get("ipv6"));
        // The argument as written stays null (what the resource's own adapter reads), and the reference is kept.
        assertEquals(Value.NULL, attr(r, "aws_vpc.this", "ipv6_cidr_block"));
        assertTrue(instance(r, "aws_subnet.a").dependsOn().contains("aws_vpc.this"));
    }

    @Test
    void nullArgumentIsTheSameAsOmittedOne() {
        // plan: default_version of aws_launch_template is optional and computed: set to null it is
        // (known after apply), so coalesce(..., 1) is (known after apply) as well, as when it is omitted.
        var r = new Tf(dir).file("main.tf", """
                variable "v" {
                  type    = number
                  default = null
                }
                resource "aws_launch_template" "x" {
                  name            = "x"
                  default_version = var.v
                }
                resource "aws_launch_template" "omitted" {
                  name = "omitted"
                }
                output "set_null" {
                  value = coalesce(aws_launch_template.x.default_version, 1)
                }
                output "omitted" {
                  value = coalesce(aws_launch_template.omitted.default_version, 1)
                }
                """).clean();
        assertEquals("unknown", show(r.outputs().get("set_null")));
        assertEquals("unknown", show(r.outputs().get("omitted")));
        Value.Unknown u = (Value.Unknown) r.outputs().get("set_null");
        assertEquals("aws_launch_template.x.default_version is known only after apply", u.reason());
        assertEquals("aws_launch_template.x", u.origin());
    }

    @Test
    void nullArgumentInANestedBlockIsTheSameAsOmittedOne() {
        // plan: metadata_options.http_tokens = null is as if it were not set: (known after apply) (the provider
        // fills it in), while http_endpoint, set, is "enabled".
        var r = new Tf(dir).file("main.tf", """
                resource "aws_launch_template" "x" {
                  name = "x"
                  metadata_options {
                    http_endpoint = "enabled"
                    http_tokens   = null
                  }
                }
                """).clean();
        Value.Obj lt = (Value.Obj) instance(r, "aws_launch_template.x").value();
        Value.Obj md = (Value.Obj) (lt.get("metadata_options") instanceof Value.Seq s ? s.items().get(0) : lt.get("metadata_options"));
        assertEquals(Value.str("enabled"), md.attribute("http_endpoint"));
        Value.Unknown u = assertInstanceOf(Value.Unknown.class, md.attribute("http_tokens"));
        assertEquals("aws_launch_template.x", u.origin());
    }

    @Test
    void nullRegionOfARegionDataSourceIsTheProvidersRegion() {
        // plan: data "aws_region" reads region = null as unset, so it is the provider's region: "eu-west-1".
        var r = new Tf(dir).file("main.tf", """
                provider "aws" {
                  region = "eu-west-1"
                }
                variable "region" {
                  type    = string
                  default = null
                }
                data "aws_region" "current" {
                  region = var.region
                }
                output "region" {
                  value = "${data.aws_region.current.region}"
                }
                """).clean();
        assertEquals(Value.str("eu-west-1"), r.outputs().get("region"));
    }

    @Test
    void nullProviderRegionComesFromTheEnvironment() {
        // plan: a provider "aws" with region = null takes its region from the environment (AWS_REGION or the
        // profile), which offline is not known: data.aws_region.current.region is not known, and no error.
        var r = new Tf(dir).file("main.tf", """
                variable "region" {
                  type    = string
                  default = null
                }
                provider "aws" {
                  region = var.region
                }
                data "aws_region" "current" {}
                output "region" {
                  value = "${data.aws_region.current.region}"
                }
                """).clean();
        assertEquals("unknown", show(r.outputs().get("region")));
    }

    @Test
    void forEachFilteringNullsExpandsToTheRealKeys() {
        // plan: v != null is known for each element (an object with an unknown attribute is still not null), so
        // for_each has the known keys "api" and "web": two instances, each depending on aws_vpc.main.
        var r = new Tf(dir).file("main.tf", VPC + """
                locals {
                  services = {
                    web = { vpc = aws_vpc.main.id, port = 80 }
                    off = null
                    api = { vpc = aws_vpc.main.id, port = 443 }
                  }
                }
                resource "aws_security_group" "s" {
                  for_each = { for k, v in local.services : k => v if v != null }
                  name     = each.key
                  vpc_id   = each.value.vpc
                }
                """).clean();
        List<String> groups = addresses(r).stream().filter(a -> a.startsWith("aws_security_group.")).collect(Collectors.toList());
        assertEquals(List.of("aws_security_group.s[\"api\"]", "aws_security_group.s[\"web\"]"), groups);
        assertTrue(warnings(r).stream().noneMatch(w -> w.contains("for_each")), () -> warnings(r).toString());
        assertTrue(instance(r, "aws_security_group.s[\"web\"]").dependsOn().contains("aws_vpc.main"));
    }

    /** A value as text: {@code unknown} for an Unknown anywhere in it, else JSON-like. */
    private static String show(Value v) {
        if (!v.isWhollyKnown()) {
            return "unknown";
        }
        if (v instanceof Value.Str s) {
            return "\"" + s.value() + "\"";
        }
        if (v instanceof Value.Num n) {
            return n.value().toPlainString();
        }
        if (v instanceof Value.Bool b) {
            return String.valueOf(b.value());
        }
        if (v instanceof Value.Seq s) {
            return s.items().stream().map(NullSemanticsTest::show).collect(Collectors.joining(",", "[", "]"));
        }
        if (v instanceof Value.Obj o) {
            return o.attrs().entrySet().stream().map((Map.Entry<String, Value> e) -> "\"" + e.getKey() + "\":" + show(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        return "null";
    }
}
