package dev.cloudwright.bench;

import dev.cloudwright.pricing.AwsCostModel;
import dev.cloudwright.pricing.ResourceCosts;
import dev.cloudwright.terraform.TerraformProject;
import dev.cloudwright.terraform.adapt.AwsAdapter;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.module.ConfigEvaluator;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pricing throughput on a warm JVM (run by bench/cost.sh, not a test): reads and adapts a Terraform tree once, then
 * prices it resource by resource repeatedly, first to warm up, then timed. Prints one JSON line.
 */
public final class CostBench {
    private CostBench() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        ResourceGraph g = TerraformProject.read(dir, dir.toString(), new ConfigEvaluator.Options(List.of(), Map.of(), "default"));
        AwsAdapter.Adapted a = AwsAdapter.adapt(g, "bench");
        AwsCostModel model = AwsCostModel.standard();
        long sink = 0;
        long warmEnd = System.nanoTime() + (long) (seconds * 0.4e9);
        while (System.nanoTime() < warmEnd) {
            sink += ResourceCosts.price("bench", null, a.architecture(), a.inventory(), model).resources().size();
        }
        int rounds = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 0.6e9);
        int resources = 0;
        while (System.nanoTime() < end) {
            resources = ResourceCosts.price("bench", null, a.architecture(), a.inventory(), model).resources().size();
            sink += resources;
            rounds++;
        }
        double ms = (System.nanoTime() - start) / 1e6 / rounds;
        System.out.printf(Locale.ROOT, "{\"resources\": %d, \"components\": %d, \"ms_per_pricing\": %.2f, \"sink\": %d}%n", resources,
                a.architecture().components().size(), ms, sink % 10);
    }
}
