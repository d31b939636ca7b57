package dev.cloudwright.render;

import dev.cloudwright.core.Json;
import dev.cloudwright.pricing.ResourceCosts;
import dev.cloudwright.pricing.ResourceCosts.Charge;
import dev.cloudwright.pricing.ResourceCosts.Project;
import dev.cloudwright.pricing.ResourceCosts.ResourceCost;
import dev.cloudwright.pricing.ResourceCosts.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The cost of a configuration by resource: JSON (the documented contract), a table, Markdown (for pull requests) and HTML. */
public final class CostRenderer {
    private CostRenderer() {}

    /** Monthly cost of one resource before and after a change. */
    public record Delta(String address, BigDecimal before, BigDecimal after) {
        public BigDecimal change() {
            return after.subtract(before);
        }
    }

    /** The change between two priced projects, resource by resource (those whose cost moved, or that came or went). */
    public static List<Delta> diff(Project before, Project after) {
        Map<String, BigDecimal> b = new TreeMap<>();
        Map<String, BigDecimal> a = new TreeMap<>();
        before.resources().forEach(r -> b.put(r.address(), r.monthlyCost()));
        after.resources().forEach(r -> a.put(r.address(), r.monthlyCost()));
        TreeSet<String> all = new TreeSet<>(b.keySet());
        all.addAll(a.keySet());
        List<Delta> out = new ArrayList<>();
        for (String addr : all) {
            BigDecimal x = b.getOrDefault(addr, BigDecimal.ZERO);
            BigDecimal y = a.getOrDefault(addr, BigDecimal.ZERO);
            if (x.compareTo(y) != 0 || b.containsKey(addr) != a.containsKey(addr)) {
                out.add(new Delta(addr, x, y));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ JSON

    public static String json(Project p, Project before) {
        return json(p, before, null);
    }

    public static String json(Project p, Project before, dev.cloudwright.pricing.Actuals.Report actuals) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("currency", "USD");
        doc.put("total_monthly_cost", money(p.totalMonthlyCost()));
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("path", p.path());
        project.put("region_default", p.regionDefault());
        List<Object> resources = new ArrayList<>();
        for (ResourceCost r : p.resources()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("address", r.address());
            m.put("type", r.type());
            m.put("region", r.region());
            m.put("status", token(r.status()));
            m.put("monthly_cost", money(r.monthlyCost()));
            m.put("hourly_cost", decimal(r.hourlyCost(), 6));
            List<Object> components = new ArrayList<>();
            for (Charge c : r.costComponents()) {
                Map<String, Object> cc = new LinkedHashMap<>();
                cc.put("name", c.name());
                cc.put("unit", c.unit());
                cc.put("monthly_quantity", decimal(c.monthlyQuantity(), 6));
                cc.put("price", c.priceFound() ? decimal(c.price(), 10) : null);
                cc.put("monthly_cost", money(c.monthlyCost()));
                cc.put("usage_based", c.usageBased());
                cc.put("price_key", c.priceKey());
                cc.put("price_region", c.priceRegion());
                cc.put("source", c.source());
                cc.put("source_date", c.sourceDate());
                if (c.fromPriceBook()) {
                    cc.put("price_book", true);
                }
                if (!c.priceFound()) {
                    cc.put("price_not_found", true);
                }
                components.add(cc);
            }
            m.put("cost_components", components);
            resources.add(m);
        }
        project.put("resources", resources);
        ResourceCosts.Summary s = p.summary();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("priced", s.priced());
        summary.put("free", s.free());
        summary.put("unsupported", s.unsupported());
        summary.put("usage_dependent", s.usageDependent());
        summary.put("price_not_found", s.priceNotFound());
        summary.put("unsupported_types", s.unsupportedTypes());
        project.put("summary", summary);
        List<Object> recs = new ArrayList<>();
        for (ResourceCosts.Recommendation r : p.recommendations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("title", r.title());
            m.put("action", r.action());
            m.put("monthly_saving", money(r.monthlySaving()));
            m.put("trade_off", r.tradeOff());
            m.put("basis", r.basis());
            m.put("resources", r.resources());
            recs.add(m);
        }
        project.put("recommendations", recs);
        if (before != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("before_monthly_cost", money(before.totalMonthlyCost()));
            d.put("monthly_delta", money(p.totalMonthlyCost().subtract(before.totalMonthlyCost())));
            List<Object> rows = new ArrayList<>();
            for (Delta x : diff(before, p)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("address", x.address());
                row.put("before", money(x.before()));
                row.put("after", money(x.after()));
                row.put("delta", money(x.change()));
                rows.add(row);
            }
            d.put("resources", rows);
            project.put("diff", d);
        }
        if (actuals != null) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("file", actuals.file());
            a.put("billed_total", money(actuals.billedTotal()));
            a.put("estimated_total", money(actuals.estimatedTotal()));
            List<Object> rows = new ArrayList<>();
            for (dev.cloudwright.pricing.Actuals.Match m : actuals.matched()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("component", m.component());
                row.put("resources", m.resources());
                row.put("estimate", money(m.estimate()));
                row.put("billed", money(m.billed()));
                row.put("difference_percent", m.differencePercent() == null ? null : m.differencePercent().toPlainString());
                row.put("flagged", m.flagged());
                rows.add(row);
            }
            a.put("components", rows);
            List<Object> un = new ArrayList<>();
            for (dev.cloudwright.pricing.Actuals.Unmatched u : actuals.unmatched()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("resource_id", u.resourceId());
                row.put("resource_name", u.resourceName());
                row.put("service", u.service());
                row.put("billed", money(u.billed()));
                row.put("line", u.line());
                un.add(row);
            }
            a.put("not_in_configuration", un);
            project.put("actuals", a);
        }
        doc.put("projects", List.of(project));
        return Json.pretty(doc);
    }

    // ------------------------------------------------------------------ table and Markdown

    public static String table(Project p, Project before) {
        StringBuilder sb = new StringBuilder();
        sb.append("Project: ").append(p.path()).append(p.regionDefault() == null ? "" : " (default region " + p.regionDefault() + ")").append("\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Type", "Monthly", "% of total"});
        for (Map.Entry<String, BigDecimal> e : byType(p).entrySet()) {
            rows.add(new String[] {e.getKey(), usd(e.getValue()), share(e.getValue(), p.totalMonthlyCost())});
        }
        align(sb, rows, 1);
        sb.append('\n');
        rows = new ArrayList<>();
        rows.add(new String[] {"Resource / charge", "Quantity", "Unit", "Unit price", "Monthly"});
        for (ResourceCost r : p.resources()) {
            if (r.costComponents().isEmpty()) {
                continue;
            }
            rows.add(new String[] {r.address() + (r.status() == Status.PRICED ? "" : "  [" + token(r.status()) + "]"), "", "", "", usd(r.monthlyCost())});
            for (Charge c : r.costComponents()) {
                rows.add(new String[] {"  " + c.name(), c.usageBased() && c.monthlyQuantity().signum() == 0 ? "depends on usage" : decimal(c.monthlyQuantity(), 4),
                    c.unit(), c.priceFound() ? "$" + decimal(c.price(), 10) + (c.fromPriceBook() ? " (price book)" : "") + standIn(r, c) : "price not found",
                    usd(c.monthlyCost())});
            }
        }
        rows.add(new String[] {"Total", "", "", "", usd(p.totalMonthlyCost())});
        align(sb, rows, 1);
        sb.append('\n').append(summaryLine(p)).append('\n');
        if (!p.recommendations().isEmpty()) {
            List<String[]> recs = new ArrayList<>();
            recs.add(new String[] {"Saving", "Recommendation", "Trade-off"});
            for (ResourceCosts.Recommendation r : p.recommendations()) {
                recs.add(new String[] {usd(r.monthlySaving()), r.title(), r.tradeOff()});
            }
            sb.append('\n');
            align(sb, recs, 3, 0);
        }
        if (before != null) {
            sb.append('\n').append(diffText(before, p, false));
        }
        return sb.toString();
    }

    public static String markdown(Project p, Project before) {
        StringBuilder sb = new StringBuilder();
        sb.append("## Monthly cost: ").append(usd(p.totalMonthlyCost()));
        if (before != null) {
            BigDecimal d = p.totalMonthlyCost().subtract(before.totalMonthlyCost());
            sb.append(" (").append(signed(d)).append(" from ").append(usd(before.totalMonthlyCost())).append(')');
        }
        sb.append("\n\n`").append(p.path()).append("`: ").append(summaryLine(p)).append("\n\n");
        if (before != null) {
            sb.append(diffText(before, p, true)).append('\n');
        }
        sb.append("| Type | Monthly | % of total |\n|---|---:|---:|\n");
        for (Map.Entry<String, BigDecimal> e : byType(p).entrySet()) {
            sb.append("| `").append(e.getKey()).append("` | ").append(usd(e.getValue())).append(" | ").append(share(e.getValue(), p.totalMonthlyCost())).append(" |\n");
        }
        if (!p.recommendations().isEmpty()) {
            sb.append("\n| Saving / month | Recommendation | Trade-off |\n|---:|---|---|\n");
            for (ResourceCosts.Recommendation r : p.recommendations()) {
                sb.append("| ").append(usd(r.monthlySaving())).append(" | ").append(r.title()).append(": ").append(r.action()).append(" | ")
                        .append(r.tradeOff()).append(" |\n");
            }
        }
        sb.append("\n| Resource | Charge | Quantity | Unit price | Monthly |\n|---|---|---:|---:|---:|\n");
        for (ResourceCost r : p.resources()) {
            for (Charge c : r.costComponents()) {
                sb.append("| `").append(r.address()).append("` | ").append(c.name()).append(" | ")
                        .append(c.usageBased() && c.monthlyQuantity().signum() == 0 ? "depends on usage" : decimal(c.monthlyQuantity(), 4) + " " + c.unit())
                        .append(" | ").append(c.priceFound() ? "$" + decimal(c.price(), 10) + standIn(r, c) : "price not found").append(" | ")
                        .append(usd(c.monthlyCost())).append(" |\n");
            }
        }
        return sb.toString();
    }

    public static String html(Project p, Project before) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Monthly cost: ").append(esc(usd(p.totalMonthlyCost())))
                .append("</title>\n<style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}"
                        + "td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}td.n{text-align:right}code{font-size:90%}</style></head><body>\n");
        sb.append("<h1>Monthly cost: ").append(esc(usd(p.totalMonthlyCost()))).append("</h1>\n<p><code>").append(esc(p.path())).append("</code>: ")
                .append(esc(summaryLine(p))).append("</p>\n");
        if (before != null) {
            sb.append("<h2>Change</h2>\n<table><tr><th>Resource</th><th>Before</th><th>After</th><th>Change</th></tr>\n");
            for (Delta d : diff(before, p)) {
                sb.append("<tr><td><code>").append(esc(d.address())).append("</code></td><td class=n>").append(esc(usd(d.before()))).append("</td><td class=n>")
                        .append(esc(usd(d.after()))).append("</td><td class=n>").append(esc(signed(d.change()))).append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }
        sb.append("<h2>By resource</h2>\n<table><tr><th>Resource</th><th>Charge</th><th>Quantity</th><th>Unit price</th><th>Monthly</th></tr>\n");
        for (ResourceCost r : p.resources()) {
            for (Charge c : r.costComponents()) {
                sb.append("<tr><td><code>").append(esc(r.address())).append("</code></td><td>").append(esc(c.name())).append("</td><td class=n>")
                        .append(esc(c.usageBased() && c.monthlyQuantity().signum() == 0 ? "depends on usage" : decimal(c.monthlyQuantity(), 4) + " " + c.unit()))
                        .append("</td><td class=n>").append(esc(c.priceFound() ? "$" + decimal(c.price(), 10) : "price not found")).append("</td><td class=n>")
                        .append(esc(usd(c.monthlyCost()))).append("</td></tr>\n");
            }
        }
        sb.append("</table>\n</body></html>\n");
        return sb.toString();
    }

    /** Estimate against the bill, component by component, then what was billed that the configuration does not have. */
    public static String actualsTable(dev.cloudwright.pricing.Actuals.Report a) {
        StringBuilder sb = new StringBuilder("Estimate against " + a.file() + " (one billing period):\n\n");
        List<String[]> t = new ArrayList<>();
        t.add(new String[] {"Component", "Estimate", "Billed", "Difference", ""});
        for (dev.cloudwright.pricing.Actuals.Match m : a.matched()) {
            t.add(new String[] {m.component(), usd(m.estimate()), usd(m.billed()), m.differencePercent() == null ? "-" : m.differencePercent() + "%",
                m.flagged() ? "over 10%" : ""});
        }
        t.add(new String[] {"Total", usd(a.estimatedTotal()), usd(a.billedTotal()), "", ""});
        align(sb, t, 1);
        if (!a.unmatched().isEmpty()) {
            sb.append("\nBilled, not in the configuration:\n");
            for (dev.cloudwright.pricing.Actuals.Unmatched u : a.unmatched()) {
                sb.append("  line ").append(u.line()).append(": ").append(u.resourceId().isEmpty() ? u.resourceName() : u.resourceId()).append(" (")
                        .append(u.service()).append(") ").append(usd(u.billed())).append('\n');
            }
        }
        return sb.toString();
    }

    public static String actualsMarkdown(dev.cloudwright.pricing.Actuals.Report a) {
        StringBuilder sb = new StringBuilder("### Estimate against the bill\n\n| Component | Estimate | Billed | Difference |\n|---|---:|---:|---:|\n");
        for (dev.cloudwright.pricing.Actuals.Match m : a.matched()) {
            sb.append("| `").append(m.component()).append("` | ").append(usd(m.estimate())).append(" | ").append(usd(m.billed())).append(" | ")
                    .append(m.differencePercent() == null ? "-" : m.differencePercent() + "%").append(m.flagged() ? " **(over 10%)**" : "").append(" |\n");
        }
        for (dev.cloudwright.pricing.Actuals.Unmatched u : a.unmatched()) {
            sb.append("| not in the configuration: ").append(u.resourceId().isEmpty() ? u.resourceName() : u.resourceId()).append(" | - | ")
                    .append(usd(u.billed())).append(" | - |\n");
        }
        return sb.toString();
    }

    private static String diffText(Project before, Project after, boolean markdown) {
        StringBuilder sb = new StringBuilder();
        BigDecimal d = after.totalMonthlyCost().subtract(before.totalMonthlyCost());
        List<Delta> rows = diff(before, after);
        if (markdown) {
            sb.append("| Resource | Before | After | Change |\n|---|---:|---:|---:|\n");
            for (Delta x : rows) {
                sb.append("| `").append(x.address()).append("` | ").append(usd(x.before())).append(" | ").append(usd(x.after())).append(" | ")
                        .append(signed(x.change())).append(" |\n");
            }
            sb.append("| **Total** | ").append(usd(before.totalMonthlyCost())).append(" | ").append(usd(after.totalMonthlyCost())).append(" | **")
                    .append(signed(d)).append("** |\n");
            return sb.toString();
        }
        List<String[]> t = new ArrayList<>();
        t.add(new String[] {"Resource", "Before", "After", "Change"});
        for (Delta x : rows) {
            t.add(new String[] {x.address(), usd(x.before()), usd(x.after()), signed(x.change())});
        }
        t.add(new String[] {"Total", usd(before.totalMonthlyCost()), usd(after.totalMonthlyCost()), signed(d)});
        align(sb, t, 1);
        return sb.toString();
    }

    /** Where another region's price stands in for the resource's own region, the table says whose. */
    private static String standIn(ResourceCost r, Charge c) {
        return c.priceRegion() != null && r.region() != null && !c.priceRegion().equals(r.region()) && !c.priceRegion().equals("global")
                && !r.region().equals("global") ? " (" + c.priceRegion() + " price)" : "";
    }

    private static Map<String, BigDecimal> byType(Project p) {
        Map<String, BigDecimal> m = new TreeMap<>();
        for (ResourceCost r : p.resources()) {
            if (r.monthlyCost().signum() != 0) {
                m.merge(r.type(), r.monthlyCost(), BigDecimal::add);
            }
        }
        List<Map.Entry<String, BigDecimal>> sorted = new ArrayList<>(m.entrySet());
        sorted.sort(Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        sorted.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    static String summaryLine(Project p) {
        ResourceCosts.Summary s = p.summary();
        String line = String.format(Locale.ROOT, "%d priced, %d free, %d usage-dependent, %d price not found, %d unsupported", s.priced(), s.free(),
                s.usageDependent(), s.priceNotFound(), s.unsupported());
        if (!s.unsupportedTypes().isEmpty()) {
            List<String> types = new ArrayList<>();
            s.unsupportedTypes().forEach((t, n) -> types.add(t + (n > 1 ? " x" + n : "")));
            line += " (" + String.join(", ", types) + ")";
        }
        return line;
    }

    /** Columns padded to their widest cell; those from {@code firstNumeric} on (and {@code also}) right-aligned. */
    private static void align(StringBuilder sb, List<String[]> rows, int firstNumeric, int... also) {
        int cols = rows.get(0).length;
        int[] w = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < cols; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                if (i > 0) {
                    line.append("  ");
                }
                String cell = r[i];
                String pad = " ".repeat(w[i] - cell.length());
                final int col = i;
                boolean right = i >= firstNumeric || java.util.Arrays.stream(also).anyMatch(a -> a == col);
                line.append(right ? pad + cell : cell + pad);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String token(Status s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Money for display: two decimals, half up. */
    static String money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String usd(BigDecimal v) {
        BigDecimal r = v.setScale(2, RoundingMode.HALF_UP);
        String s = String.format(Locale.ROOT, "%,.2f", r);
        return r.signum() < 0 ? "-$" + s.substring(1) : "$" + s;
    }

    private static String signed(BigDecimal v) {
        return (v.signum() > 0 ? "+" : "") + usd(v);
    }

    private static String share(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? "-" : part.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A decimal with at most {@code scale} places and no trailing zeros, never in exponent form. */
    static String decimal(BigDecimal v, int scale) {
        BigDecimal r = v.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return r.signum() == 0 ? "0" : r.toPlainString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
