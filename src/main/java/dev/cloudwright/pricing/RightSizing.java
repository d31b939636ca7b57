package dev.cloudwright.pricing;

import dev.cloudwright.core.Csv;
import dev.cloudwright.core.InputException;
import dev.cloudwright.core.Problem;
import dev.cloudwright.core.SourcePosition;
import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.InstanceCatalog;
import dev.cloudwright.model.SourceResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Right-sizing from measured utilisation: a CSV of {@code address, cpu_avg, cpu_p95, memory_avg, memory_p95} (percent)
 * per resource. A component whose every measured resource peaks (p95) under {@link #CPU_P95} CPU and {@link #MEMORY_P95}
 * memory is offered the next smaller size of its class series (half the vCPUs and memory), priced by the cost model;
 * the condition says what p95 the smaller size would then run at.
 */
public final class RightSizing {
    /** Below these p95 figures (percent), half the size still peaks under 80% CPU and 90% memory. */
    static final double CPU_P95 = 40;
    static final double MEMORY_P95 = 45;

    record Measure(double cpuAvg, double cpuP95, double memoryAvg, double memoryP95) {}

    private RightSizing() {}

    public static Map<String, Measure> read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(new SourcePosition(path.toString(), 0, 0), "cannot read utilisation file: " + e.getMessage());
        }
        return parse(path.toString(), text);
    }

    static Map<String, Measure> parse(String file, String text) {
        List<Csv.Row> rows = Csv.parse(file, text);
        List<String> want = List.of("address", "cpu_avg", "cpu_p95", "memory_avg", "memory_p95");
        if (rows.isEmpty() || !rows.get(0).fields().stream().map(String::trim).toList().equals(want)) {
            throw new InputException(new SourcePosition(file, 1, 1), "a utilisation file starts with the header " + String.join(",", want));
        }
        Map<String, Measure> out = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Csv.Row r : rows.subList(1, rows.size())) {
            if (r.fields().size() != want.size()) {
                problems.add(new Problem(new SourcePosition(file, r.line(), 1), "row has " + r.fields().size() + " fields, the header 5"));
                continue;
            }
            double[] v = new double[4];
            boolean ok = true;
            for (int i = 0; i < 4; i++) {
                String f = r.fields().get(i + 1).trim();
                try {
                    v[i] = Double.parseDouble(f);
                    if (v[i] < 0 || v[i] > 100 || Double.isNaN(v[i])) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    problems.add(new Problem(new SourcePosition(file, r.line(), 1), "`" + want.get(i + 1) + "` must be a percentage from 0 to 100,"
                            + " found `" + f + "`"));
                    ok = false;
                }
            }
            if (ok) {
                out.put(r.fields().get(0).trim(), new Measure(v[0], v[1], v[2], v[3]));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    /** One recommendation per component whose measured resources all run well under their size. */
    public static List<ResourceCosts.Recommendation> recommend(Map<String, Measure> measures, Architecture arch, List<SourceResource> inventory,
            AwsCostModel model) {
        Map<String, List<String>> byComponent = new LinkedHashMap<>();
        Map<String, Measure> peak = new HashMap<>();
        for (SourceResource r : inventory) {
            Measure m = measures.get(r.address());
            if (m == null || r.component() == null) {
                continue;
            }
            byComponent.computeIfAbsent(r.component(), k -> new ArrayList<>()).add(r.address());
            peak.merge(r.component(), m, (a, b) -> new Measure(Math.max(a.cpuAvg(), b.cpuAvg()), Math.max(a.cpuP95(), b.cpuP95()),
                    Math.max(a.memoryAvg(), b.memoryAvg()), Math.max(a.memoryP95(), b.memoryP95())));
        }
        List<ResourceCosts.Recommendation> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byComponent.entrySet()) {
            Component c = arch.component(e.getKey()).orElse(null);
            Measure m = peak.get(e.getKey());
            if (c == null || c.sizing().sku() == null || m.cpuP95() >= CPU_P95 || m.memoryP95() >= MEMORY_P95) {
                continue;
            }
            Optional<InstanceCatalog.InstanceType> smaller = smaller(c.sizing().sku());
            if (smaller.isEmpty()) {
                continue;
            }
            InstanceCatalog.InstanceType s = smaller.get();
            Component resized = c.toBuilder().sizing(c.sizing().toBuilder().sku(s.sku()).vcpu(s.vcpu()).memoryGb(s.memoryGib()).build()).build();
            ComponentCost now = model.price(c);
            ComponentCost then = model.price(resized);
            if (then.lines().stream().anyMatch(CostLine::unpriced) || now.lines().stream().anyMatch(CostLine::unpriced)) {
                continue;
            }
            double saving = now.monthlyUsd() - then.monthlyUsd();
            if (saving <= 0) {
                continue;
            }
            InstanceCatalog.InstanceType cur = InstanceCatalog.aws().get(c.sizing().sku());
            double factor = cur.vcpu() / s.vcpu();
            double memFactor = cur.memoryGib() / s.memoryGib();
            out.add(new ResourceCosts.Recommendation("rightsize", "Right-size " + c.sizing().sku() + " to " + s.sku(),
                    "Move " + String.join(", ", e.getValue()) + " to " + s.sku() + ".", ResourceCosts.decimal(saving),
                    String.format(Locale.ROOT, "Measured p95: %.0f%% CPU and %.0f%% memory; at %s it would peak at about %.0f%% CPU and %.0f%% memory,"
                            + " with less headroom for spikes.", m.cpuP95(), m.memoryP95(), s.sku(), m.cpuP95() * factor, m.memoryP95() * memFactor),
                    "catalog prices of both sizes; the utilisation file", List.copyOf(e.getValue())));
        }
        return out;
    }

    /** The next smaller size of the same class series (db.r7g.2xlarge -> db.r7g.xlarge) in the instance catalog. */
    static Optional<InstanceCatalog.InstanceType> smaller(String sku) {
        int dot = sku.lastIndexOf('.');
        InstanceCatalog.InstanceType cur;
        try {
            cur = InstanceCatalog.aws().get(sku);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (dot < 0 || cur == null) {
            return Optional.empty();
        }
        String series = sku.substring(0, dot + 1);
        return InstanceCatalog.aws().family(cur.family()).stream()
                .filter(t -> t.sku().startsWith(series) && t.sku().lastIndexOf('.') == dot && t.vcpu() < cur.vcpu())
                .max(Comparator.comparingDouble(InstanceCatalog.InstanceType::vcpu));
    }
}
