package dev.cloudwright.terraform.adapt;

import static dev.cloudwright.terraform.adapt.Pipeline.line;
import static dev.cloudwright.terraform.adapt.Pipeline.price;
import static dev.cloudwright.terraform.adapt.Pipeline.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.cloudwright.model.Arch;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.pricing.CostLine;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Instance sizes the module corpus uses are in the catalog: their vCPUs, memory and architecture are read, and priced where the source has them. */
class InstanceSizesTest {

    @TempDir
    Path dir;

    @Test
    void m6iT4gAndC6iSizesAreKnownAndPriced() throws IOException {
        Pipeline p = Pipeline.run(dir, "us-east-1", """
                resource "aws_instance" "api" {
                  ami           = "ami-12345678"
                  instance_type = "m6i.large"
                }
                resource "aws_instance" "worker" {
                  ami           = "ami-12345678"
                  instance_type = "m6i.xlarge"
                }
                resource "aws_instance" "dev" {
                  ami           = "ami-12345678"
                  instance_type = "t4g.small"
                }
                resource "aws_instance" "batch" {
                  ami           = "ami-12345678"
                  instance_type = "c6i.2xlarge"
                }
                resource "aws_instance" "legacy" {
                  ami           = "ami-12345678"
                  instance_type = "m5.large"
                }
                """).nothingUnmodelled();
        check(p.component("aws_instance.api"), 2, 8, Arch.X86, 4, 0.096);
        check(p.component("aws_instance.worker"), 4, 16, Arch.X86, 8, 0.192);
        check(p.component("aws_instance.dev"), 2, 2, Arch.ARM, 12, 0.0168);
        check(p.component("aws_instance.batch"), 8, 16, Arch.X86, 16, 0.34);
        Component legacy = p.component("aws_instance.legacy");
        assertEquals(8, legacy.sizing().memoryGb());
        written(legacy, Keys.ARCH, Arch.X86, 20);
        CostLine hours = line(price(legacy), "ec2.m5.large");
        assertEquals(730, hours.quantity(), 1e-9);
        assertEquals("us-east-1", hours.priceRegion(), "m5 is priced from the EC2 instance price file");
        assertEquals(730 * 0.096, hours.monthlyUsd(), 1e-6);
    }

    private static void check(Component c, double vcpu, double memory, Arch arch, int line, double usdPerHour) {
        assertEquals(vcpu, c.sizing().vcpu(), c.id());
        assertEquals(memory, c.sizing().memoryGb(), c.id());
        written(c, Keys.ARCH, arch, line);
        CostLine hours = line(price(c), "ec2." + c.sizing().sku());
        assertNotEquals(CostLine.UNPRICED, hours.priceRegion(), c.id());
        assertEquals(730 * usdPerHour, hours.monthlyUsd(), 1e-6, c.id());
    }
}
