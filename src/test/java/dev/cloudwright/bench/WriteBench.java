package dev.cloudwright.bench;

import dev.cloudwright.design.Design;
import dev.cloudwright.design.Designer;
import dev.cloudwright.requirements.RequirementsParser;
import dev.cloudwright.terraform.write.AwsTerraformWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Time to write a design's Terraform on a warm JVM (run by bench/terraform-write.sh, not a test): designs
 * the example once, then writes its Terraform repeatedly; prints the median of the timed runs.
 */
public final class WriteBench {
    private WriteBench() {}

    public static void main(String[] args) {
        Design d = new Designer().design(RequirementsParser.parseFile(Path.of(args[0])));
        AwsTerraformWriter.Project p = new AwsTerraformWriter.Project(d.name(), "production", "platform", "unassigned");
        long chars = 0;
        for (int i = 0; i < 200; i++) {
            chars += AwsTerraformWriter.write(d.architecture(), p).size();
        }
        int runs = 100;
        double[] ms = new double[runs];
        int files = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            var out = AwsTerraformWriter.write(d.architecture(), p);
            ms[i] = (System.nanoTime() - t) / 1e6;
            files = out.size();
            chars += out.size();
        }
        java.util.Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "terraform for %s: %d files, median %.2f ms, p90 %.2f ms (warm JVM, %d runs)%s%n", args[0], files, ms[runs / 2],
                ms[runs * 9 / 10], runs, chars < 0 ? "!" : "");
    }
}
