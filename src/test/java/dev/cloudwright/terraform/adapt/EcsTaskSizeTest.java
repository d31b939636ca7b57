package dev.cloudwright.terraform.adapt;

import static dev.cloudwright.terraform.adapt.Pipeline.line;
import static dev.cloudwright.terraform.adapt.Pipeline.price;
import static dev.cloudwright.terraform.adapt.Pipeline.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.pricing.ComponentCost;
import dev.cloudwright.pricing.CostLine;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ECS task sizes in every form the ECS API accepts: CPU units or vCPUs, MiB or GB. */
class EcsTaskSizeTest {

    @TempDir
    Path dir;

    private static String task(String name, String cpu, String memory) {
        return """
                resource "aws_ecs_task_definition" "%1$s" {
                  family                   = "%1$s"
                  requires_compatibilities = ["FARGATE"]
                  network_mode             = "awsvpc"
                  cpu                      = %2$s
                  memory                   = %3$s
                  container_definitions    = "[]"
                }
                resource "aws_ecs_service" "%1$s" {
                  name            = "%1$s"
                  task_definition = aws_ecs_task_definition.%1$s.arn
                  desired_count   = 2
                  launch_type     = "FARGATE"
                }
                """.formatted(name, cpu, memory);
    }

    @Test
    void cpuAndMemoryAreReadInEveryForm() throws IOException {
        Pipeline p = Pipeline.run(dir, "us-east-1", task("units", "1024", "2048") + task("words", "\"1 vCPU\"", "\"2 GB\"")
                + task("lower", "\"0.5 vcpu\"", "\"0.5GB\"") + task("number", "256", "512") + task("tight", "\"4vCPU\"", "\"8gb\""))
                .nothingUnmodelled();
        for (String s : new String[] {"units", "words"}) {
            Component c = p.component("aws_ecs_service." + s);
            assertEquals("1vCPU-2GB", c.sizing().sku(), s);
            assertEquals(1.0, c.sizing().vcpu(), s);
            assertEquals(2.0, c.sizing().memoryGb(), s);
            assertTrue(Pipeline.resources(c).contains("aws_ecs_task_definition." + s), Pipeline.resources(c).toString());
        }
        Component lower = p.component("aws_ecs_service.lower");
        assertEquals("0.5vCPU-0.5GB", lower.sizing().sku());
        assertEquals(0.5, lower.sizing().vcpu());
        assertEquals(0.5, lower.sizing().memoryGb());
        assertEquals("0.25vCPU-0.5GB", p.component("aws_ecs_service.number").sizing().sku());
        assertEquals("4vCPU-8GB", p.component("aws_ecs_service.tight").sizing().sku());

        Component words = p.component("aws_ecs_service.words");
        written(words, Keys.LAUNCH_TYPE, "FARGATE", 28);
        assertEquals(2, words.sizing().count());
        // Priced as written: 2 tasks x 1 vCPU x 730 h, the same as the CPU-unit form.
        ComponentCost byWords = price(words);
        ComponentCost byUnits = price(p.component("aws_ecs_service.units"));
        CostLine vcpu = line(byWords, "fargate.vcpu.x86");
        assertEquals(1460, vcpu.quantity(), 1e-9);
        assertEquals(byUnits.monthlyUsd(), byWords.monthlyUsd(), 1e-9);
        assertTrue(byWords.monthlyUsd() > 0);
    }

    @Test
    void aSizeInNoFormEcsAcceptsIsUnknownWithTheValueAndWhere() throws IOException {
        Pipeline p = Pipeline.run(dir, "us-east-1", task("odd", "\"1 core\"", "\"2 GB\"") + task("mem", "\"1 vCPU\"", "\"2 GiB\""))
                .nothingUnmodelled();
        Component odd = p.component("aws_ecs_service.odd");
        assertNull(odd.sizing().sku(), "no size is guessed");
        assertNull(odd.sizing().vcpu());
        String why = odd.unresolved().get("sku");
        assertTrue(why.contains("cpu = \"1 core\"") && why.contains("main.tf:6:3") && why.contains("vCPU"), why);
        Component mem = p.component("aws_ecs_service.mem");
        String memWhy = mem.unresolved().get("sku");
        assertTrue(memWhy.contains("memory = \"2 GiB\"") && memWhy.contains("main.tf:21:3"), memWhy);
        // The cost report says the tasks are not priced rather than pricing a guess.
        CostLine notPriced = line(price(odd), "not-known:sku");
        assertEquals(CostLine.UNPRICED, notPriced.priceRegion());
    }

    @Test
    void aVariableWithNoValueLeavesTheSizeUnknownWithItsReason() throws IOException {
        Pipeline p = Pipeline.run(dir, "us-east-1", "variable \"cpu\" { type = string }\n" + task("v", "var.cpu", "\"2 GB\""));
        String why = p.component("aws_ecs_service.v").unresolved().get("sku");
        assertTrue(why.contains("variable cpu"), why);
    }
}
