package dev.cloudwright.pricing;

import dev.cloudwright.core.Csv;
import dev.cloudwright.core.InputException;
import dev.cloudwright.core.JsonParser;
import dev.cloudwright.core.Problem;
import dev.cloudwright.core.SourcePosition;
import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.SourceResource;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What was billed beside what was estimated: a FOCUS 1.0 cost export (the FinOps Foundation's open billing format, as
 * AWS Data Exports writes it) read row by row, each row matched to a component of the configuration by its
 * {@code cloudwright:component} tag or its {@code Name} tag (resource ids are not known offline), and each component's
 * billed cost set beside its estimate; a difference over 10% is flagged, and billed resources the configuration does
 * not have are listed. The file is taken as one billing period (a month).
 */
public final class Actuals {

    /** A FOCUS row's charge, where it was read. */
    record Charge(String resourceId, String resourceName, String service, Map<String, String> tags, BigDecimal billed, int line) {}

    /** A component's estimate and what was billed for it. */
    public record Match(String component, List<String> resources, BigDecimal estimate, BigDecimal billed, BigDecimal differencePercent,
            boolean flagged) {}

    /** A billed resource the configuration does not have. */
    public record Unmatched(String resourceId, String resourceName, String service, BigDecimal billed, int line) {}

    /** The comparison. */
    public record Report(String file, BigDecimal billedTotal, BigDecimal estimatedTotal, List<Match> matched, List<Unmatched> unmatched) {}

    /** Differences above this share of the estimate are flagged. */
    static final BigDecimal THRESHOLD_PERCENT = BigDecimal.TEN;

    private static final List<String> REQUIRED = List.of("BilledCost", "BillingCurrency");

    private final String file;
    private final List<Charge> charges;

    private Actuals(String file, List<Charge> charges) {
        this.file = file;
        this.charges = charges;
    }

    public static Actuals read(Path path) {
        try {
            return parse(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException(new SourcePosition(path.toString(), 0, 0), "cannot read cost export: " + e.getMessage());
        }
    }

    static Actuals parse(String file, String text) {
        List<Csv.Row> rows = Csv.parse(file, text);
        if (rows.isEmpty()) {
            throw new InputException(new SourcePosition(file, 1, 1), "empty cost export: a FOCUS file starts with its header row");
        }
        Map<String, Integer> col = new HashMap<>();
        List<String> header = rows.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i).trim(), i);
        }
        List<Problem> problems = new ArrayList<>();
        for (String r : REQUIRED) {
            if (!col.containsKey(r)) {
                problems.add(new Problem(new SourcePosition(file, 1, 1), "not a FOCUS 1.0 export: no `" + r + "` column (found: "
                        + String.join(", ", header) + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        List<Charge> out = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() != header.size()) {
                problems.add(new Problem(new SourcePosition(file, row.line(), 1), "row has " + row.fields().size() + " fields, the header "
                        + header.size()));
                continue;
            }
            String currency = get(row, col, "BillingCurrency");
            if (!currency.equals("USD")) {
                problems.add(new Problem(new SourcePosition(file, row.line(), column(row, col, "BillingCurrency")), "BillingCurrency `" + currency
                        + "`: estimates are in USD, so only USD exports can be compared"));
                continue;
            }
            BigDecimal billed;
            try {
                billed = new BigDecimal(get(row, col, "BilledCost").trim());
            } catch (NumberFormatException e) {
                problems.add(new Problem(new SourcePosition(file, row.line(), column(row, col, "BilledCost")), "BilledCost `"
                        + get(row, col, "BilledCost") + "` is not a number"));
                continue;
            }
            Map<String, String> tags = new TreeMap<>();
            String t = get(row, col, "Tags");
            if (!t.isBlank()) {
                try {
                    if (!(JsonParser.parsePlain(t) instanceof Map<?, ?> m)) {
                        throw new InputException(new SourcePosition(file, row.line(), 1), "not an object");
                    }
                    m.forEach((k, v) -> tags.put(String.valueOf(k), String.valueOf(v)));
                } catch (RuntimeException e) {
                    problems.add(new Problem(new SourcePosition(file, row.line(), column(row, col, "Tags")), "Tags must be a JSON object of tag"
                            + " names and values"));
                    continue;
                }
            }
            out.add(new Charge(get(row, col, "ResourceId"), get(row, col, "ResourceName"), get(row, col, "ServiceName"), tags, billed, row.line()));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Actuals(file, out);
    }

    private static String get(Csv.Row row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null ? "" : row.fields().get(i);
    }

    /** The column of a field in its row, counting the characters before it (for error messages; quotes are not counted). */
    private static int column(Csv.Row row, Map<String, Integer> col, String name) {
        int c = 1;
        for (int i = 0; i < col.get(name); i++) {
            c += row.fields().get(i).length() + 1;
        }
        return c;
    }

    /** Sets the billed cost of each component beside its estimate. */
    public Report compare(ResourceCosts.Project project, Architecture arch, List<SourceResource> inventory) {
        Map<String, String> byDesignTag = new HashMap<>();
        for (Component c : arch.components()) {
            byDesignTag.put(c.id(), c.id());
            String tag = c.value(Keys.DESIGN_COMPONENT);
            if (tag != null) {
                byDesignTag.putIfAbsent(tag, c.id());
            }
        }
        Map<String, String> byName = new HashMap<>();
        for (SourceResource r : inventory) {
            if (r.name() != null && r.component() != null) {
                byName.putIfAbsent(r.name(), r.component());
            }
        }
        Map<String, BigDecimal> billed = new TreeMap<>();
        List<Unmatched> unmatched = new ArrayList<>();
        BigDecimal billedTotal = BigDecimal.ZERO;
        for (Charge ch : charges) {
            billedTotal = billedTotal.add(ch.billed());
            String component = ch.tags().containsKey("cloudwright:component") ? byDesignTag.get(ch.tags().get("cloudwright:component")) : null;
            if (component == null) {
                String name = ch.tags().getOrDefault("Name", ch.resourceName());
                component = name == null || name.isEmpty() ? null : byName.get(name);
            }
            if (component == null) {
                if (ch.billed().signum() != 0) {
                    unmatched.add(new Unmatched(ch.resourceId(), ch.resourceName(), ch.service(), ch.billed(), ch.line()));
                }
                continue;
            }
            billed.merge(component, ch.billed(), BigDecimal::add);
        }
        Map<String, BigDecimal> estimate = new TreeMap<>();
        Map<String, List<String>> resources = new TreeMap<>();
        for (ResourceCosts.ResourceCost r : project.resources()) {
            if (r.component() != null && r.monthlyCost().signum() != 0) {
                estimate.merge(r.component(), r.monthlyCost(), BigDecimal::add);
                resources.computeIfAbsent(r.component(), k -> new ArrayList<>()).add(r.address());
            }
        }
        TreeMap<String, Boolean> all = new TreeMap<>();
        billed.keySet().forEach(k -> all.put(k, true));
        estimate.keySet().forEach(k -> all.put(k, true));
        List<Match> matched = new ArrayList<>();
        for (String id : all.keySet()) {
            BigDecimal e = estimate.getOrDefault(id, BigDecimal.ZERO);
            BigDecimal b = billed.getOrDefault(id, BigDecimal.ZERO);
            BigDecimal pct = e.signum() == 0 ? null : b.subtract(e).multiply(BigDecimal.valueOf(100)).divide(e, 1, RoundingMode.HALF_UP);
            boolean flagged = pct == null ? b.signum() != 0 : pct.abs().compareTo(THRESHOLD_PERCENT) > 0;
            matched.add(new Match(id, List.copyOf(resources.getOrDefault(id, List.of())), e, b, pct, flagged));
        }
        return new Report(file, billedTotal, project.totalMonthlyCost(), List.copyOf(matched), List.copyOf(unmatched));
    }
}
