package dev.cloudwright.terraform.adapt;

import static dev.cloudwright.terraform.adapt.Pipeline.defaulted;
import static dev.cloudwright.terraform.adapt.Pipeline.line;
import static dev.cloudwright.terraform.adapt.Pipeline.notWritten;
import static dev.cloudwright.terraform.adapt.Pipeline.price;
import static dev.cloudwright.terraform.adapt.Pipeline.unknownAt;
import static dev.cloudwright.terraform.adapt.Pipeline.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Arch;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.pricing.CostLine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Auto Scaling groups launch what AWS launches: a template by id or by name, or a launch configuration, by reference or by value. */
class Ec2LaunchSourceTest {

    @TempDir
    Path dir;

    @Test
    void templatesAreFoundByReferenceOrByName() throws IOException {
        Pipeline p = Pipeline.run(dir, "us-east-1", """
                resource "aws_launch_template" "app" {
                  name          = "app"
                  image_id      = "ami-12345678"
                  instance_type = "m7g.large"
                  metadata_options {
                    http_tokens = "required"
                  }
                }
                resource "aws_autoscaling_group" "by_name" {
                  min_size            = 2
                  max_size            = 4
                  availability_zones  = ["us-east-1a", "us-east-1b"]
                  launch_template {
                    name    = "app"
                    version = "$Latest"
                  }
                }
                resource "aws_launch_template" "mixed" {
                  name_prefix   = "mixed"
                  image_id      = "ami-12345678"
                  instance_type = "m7i.large"
                }
                resource "aws_autoscaling_group" "mixed" {
                  min_size           = 1
                  max_size           = 3
                  availability_zones = ["us-east-1a"]
                  mixed_instances_policy {
                    launch_template {
                      launch_template_specification {
                        launch_template_name = aws_launch_template.mixed.name
                      }
                    }
                  }
                }
                """).nothingUnmodelled();
        Component byName = p.component("aws_autoscaling_group.by_name");
        assertEquals("m7g.large", byName.sizing().sku());
        written(byName, Keys.ARCH, Arch.ARM, 5);
        written(byName, Keys.IMDSV2_REQUIRED, true, 7);
        written(byName, Keys.LAUNCH_TEMPLATE, "launch template aws_launch_template.app", 15);
        assertTrue(Pipeline.resources(byName).contains("aws_launch_template.app"), Pipeline.resources(byName).toString());
        notWritten(byName, Set.of(), Set.of("health_check_type"));
        CostLine hours = line(price(byName), "ec2.m7g.large");
        assertEquals(1460, hours.quantity(), 1e-9, "two instances, the group's minimum, all month");

        Component mixed = p.component("aws_autoscaling_group.mixed");
        assertEquals("m7i.large", mixed.sizing().sku());
        written(mixed, Keys.LAUNCH_TEMPLATE, "launch template aws_launch_template.mixed", 31);
        written(mixed, Keys.ARCH, Arch.X86, 22);
    }

    @Test
    void launchConfigurationsAreAdaptedWithTheirGroup() throws IOException {
        Pipeline p = Pipeline.run(dir, "us-east-1", """
                resource "aws_launch_configuration" "web" {
                  name          = "web-lc"
                  image_id      = "ami-12345678"
                  instance_type = "c7i.large"
                  root_block_device {
                    encrypted = true
                  }
                }
                resource "aws_autoscaling_group" "ref" {
                  min_size             = 1
                  max_size             = 2
                  availability_zones   = ["us-east-1a"]
                  launch_configuration = aws_launch_configuration.web.name
                }
                resource "aws_autoscaling_group" "literal" {
                  min_size             = 3
                  max_size             = 3
                  availability_zones   = ["us-east-1a"]
                  launch_configuration = "web-lc"
                }
                resource "aws_launch_configuration" "spare" {
                  image_id      = "ami-12345678"
                  instance_type = "t3.micro"
                }
                """).nothingUnmodelled();
        Component ref = p.component("aws_autoscaling_group.ref");
        assertEquals("c7i.large", ref.sizing().sku());
        written(ref, Keys.LAUNCH_TEMPLATE, "launch configuration aws_launch_configuration.web", 14);
        written(ref, Keys.ARCH, Arch.X86, 5);
        written(ref, Keys.EBS_ENCRYPTED, true, 7);
        written(ref, Keys.ENCRYPTED_AT_REST, true, 7);
        assertTrue(defaulted(ref, Keys.DETAILED_MONITORING, true).contains("enabled by default"), "launch configurations turn detailed monitoring on");
        notWritten(ref, Set.of(), Set.of("detailed_monitoring", "health_check_type"));

        Component literal = p.component("aws_autoscaling_group.literal");
        assertEquals("c7i.large", literal.sizing().sku(), "a launch configuration named by its literal name is the one with that name");
        written(literal, Keys.LAUNCH_TEMPLATE, "launch configuration aws_launch_configuration.web", 20);
        assertEquals(3, literal.sizing().count());
        assertTrue(price(literal).monthlyUsd() > 0);
        assertTrue(Pipeline.resources(literal).contains("aws_launch_configuration.web"),
                "a configuration two groups launch is folded into the first by address, and read by both");

        assertTrue(p.adapted.supporting().get("aws_launch_configuration.spare").contains("no Auto Scaling group"), p.adapted.supporting().toString());
        assertTrue(p.architecture().component("aws_launch_configuration.spare").isEmpty());
    }

    @Test
    void aTemplateOutsideTheConfigurationLeavesWhatItLaunchesUnknown() throws IOException {
        Pipeline p = Pipeline.run(dir, "us-east-1", """
                data "aws_launch_template" "shared" {
                  name = "shared"
                }
                resource "aws_autoscaling_group" "literal_id" {
                  min_size           = 2
                  max_size           = 2
                  availability_zones = ["us-east-1a"]
                  launch_template {
                    id = "lt-0123456789abcdef0"
                  }
                }
                resource "aws_autoscaling_group" "from_data" {
                  min_size           = 2
                  max_size           = 2
                  availability_zones = ["us-east-1a"]
                  launch_template {
                    id = data.aws_launch_template.shared.id
                  }
                }
                resource "aws_autoscaling_group" "other_name" {
                  min_size             = 1
                  max_size             = 1
                  availability_zones   = ["us-east-1a"]
                  launch_configuration = "made-elsewhere"
                }
                """).nothingUnmodelled();
        Component literal = p.component("aws_autoscaling_group.literal_id");
        assertNull(literal.sizing().sku(), "no instance type is guessed");
        assertTrue(literal.unresolved().get("sku").contains("lt-0123456789abcdef0"), literal.unresolved().toString());
        for (var key : new dev.cloudwright.model.Key<?>[] {Keys.ARCH, Keys.IMDSV2_REQUIRED, Keys.EBS_ENCRYPTED, Keys.ENCRYPTED_AT_REST, Keys.LAUNCH_TEMPLATE}) {
            unknownAt(literal, key, "names no aws_launch_template in this configuration", 10);
        }
        CostLine notPriced = line(price(literal), "not-known:sku");
        assertEquals(CostLine.UNPRICED, notPriced.priceRegion());

        Component fromData = p.component("aws_autoscaling_group.from_data");
        unknownAt(fromData, Keys.ARCH, "data.aws_launch_template.shared", 18);
        assertTrue(fromData.unresolved().get("sku").contains("data.aws_launch_template.shared"), fromData.unresolved().toString());

        Component other = p.component("aws_autoscaling_group.other_name");
        unknownAt(other, Keys.LAUNCH_TEMPLATE, "launch configuration name \"made-elsewhere\" names no aws_launch_configuration", 25);
    }

    @Test
    void anInstanceTakesItsTypeFromItsLaunchTemplate() throws IOException {
        Pipeline p = Pipeline.run(dir, "us-east-1", """
                resource "aws_launch_template" "base" {
                  name          = "base"
                  image_id      = "ami-12345678"
                  instance_type = "m7i.xlarge"
                }
                resource "aws_instance" "one" {
                  launch_template {
                    name = "base"
                  }
                }
                """).nothingUnmodelled();
        Component one = p.component("aws_instance.one");
        assertEquals("m7i.xlarge", one.sizing().sku());
        written(one, Keys.ARCH, Arch.X86, 5);
        written(one, Keys.LAUNCH_TEMPLATE, "launch template aws_launch_template.base", 9);
        assertTrue(price(one).monthlyUsd() > 0);
    }
}
