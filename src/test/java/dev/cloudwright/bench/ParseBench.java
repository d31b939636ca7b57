package dev.cloudwright.bench;

import dev.cloudwright.terraform.hcl.Hcl2Json;
import dev.cloudwright.terraform.hcl.HclFile;
import dev.cloudwright.terraform.hcl.Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Parse throughput on a warm JVM (run by bench/terraform.sh, not a test): parses every .tf file of a
 * directory to the hcl2json form repeatedly, first to warm up, then timed. Prints one JSON line.
 */
public final class ParseBench {
    private ParseBench() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        List<String[]> files = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".tf")).sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                bytes += b.length;
                files.add(new String[] {p.toString(), new String(b, StandardCharsets.UTF_8)});
            }
        }
        long sink = 0;
        long warmEnd = System.nanoTime() + (long) (seconds * 0.4e9);
        while (System.nanoTime() < warmEnd) {
            sink += pass(files);
        }
        int rounds = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            sink += pass(files);
            rounds++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double mb = bytes * (double) rounds / 1e6;
        System.out.printf(Locale.ROOT, "{\"parser\":\"cloudwright\",\"files\":%d,\"bytes\":%d,\"rounds\":%d,\"mb_per_s\":%.2f,\"us_per_file\":%.1f,\"sink\":%d}%n",
                files.size(), bytes, rounds, mb / elapsed, elapsed * 1e6 / (rounds * (double) files.size()), sink % 10);
    }

    private static long pass(List<String[]> files) {
        long n = 0;
        for (String[] f : files) {
            HclFile h = Parser.parse(f[0], f[1]);
            if (!h.hasErrors()) {
                try {
                    n += Hcl2Json.toJson(Hcl2Json.convert(h)).length();
                } catch (Hcl2Json.ConversionException e) {
                    n++;
                }
            }
        }
        return n;
    }
}
