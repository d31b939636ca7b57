package dev.cloudwright.render;

import dev.cloudwright.core.Json;
import dev.cloudwright.review.Compliance;
import dev.cloudwright.review.Finding;
import dev.cloudwright.review.Pillar;
import dev.cloudwright.review.Reviewer;
import dev.cloudwright.review.Rule;
import dev.cloudwright.review.RuleMeta;
import dev.cloudwright.review.Severity;
import dev.cloudwright.review.Suppression;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The review as a table, JSON, Markdown for pull-request comments, and JUnit XML; the rule catalogue as a table or JSON. */
public final class ReviewRenderer {
    private ReviewRenderer() {}

    // ------------------------------------------------------------------ JSON

    public static String json(ReviewReport r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        List<Object> findings = new ArrayList<>();
        r.triage().findings().forEach(f -> findings.add(finding(f)));
        List<Object> suppressed = new ArrayList<>();
        for (Suppression.Suppressed s : r.triage().suppressed()) {
            Map<String, Object> m = finding(s.finding());
            Map<String, Object> why = new LinkedHashMap<>();
            why.put("source", s.suppression().source());
            why.put("reason", s.suppression().reason());
            why.put("expires", s.suppression().expires() == null ? Json.NULL : s.suppression().expires());
            m.put("suppression", why);
            suppressed.add(m);
        }
        doc.put("findings", findings);
        doc.put("suppressed", suppressed);
        doc.put("summary", summary(r));
        doc.put("scorecard", scorecard(r));
        if (r.framework() != null) {
            doc.put("compliance", compliance(r));
        }
        return Json.pretty(doc);
    }

    static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        RuleMeta rule = f.rule();
        m.put("rule_id", rule.id());
        m.put("related_ids", rule.related());
        m.put("severity", rule.severity().token());
        m.put("pillar", rule.pillar().token());
        m.put("title", rule.title());
        m.put("resource", f.resource());
        m.put("file", f.at() == null ? Json.NULL : f.at().file());
        m.put("line", f.at() == null ? Json.NULL : f.at().line());
        m.put("column", f.at() == null ? Json.NULL : f.at().column());
        m.put("message", f.message());
        m.put("fix", rule.fix());
        m.put("monthly_cost_impact", f.costImpact() == null ? Json.NULL : money(f.costImpact()));
        return m;
    }

    private static Map<String, Object> summary(ReviewReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", r.path());
        m.put("checks", r.triage().checks());
        m.put("findings", r.triage().findings().size());
        m.put("suppressed", r.triage().suppressed().size());
        m.put("unknown", r.triage().unknowns().size());
        Map<String, Object> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s.token(), r.triage().findings().stream().filter(f -> f.rule().severity() == s).count());
        }
        m.put("by_severity", bySeverity);
        Map<String, Object> byPillar = new LinkedHashMap<>();
        for (Pillar p : Pillar.values()) {
            byPillar.put(p.token(), r.triage().findings().stream().filter(f -> f.rule().pillar() == p).count());
        }
        m.put("by_pillar", byPillar);
        double impact = r.triage().findings().stream().mapToDouble(f -> f.costImpact() == null ? 0 : f.costImpact()).sum();
        m.put("monthly_cost_of_fixes", money(impact));
        return m;
    }

    private static Map<String, Object> scorecard(ReviewReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> weights = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            weights.put(s.token(), s.weight());
        }
        m.put("weights", weights);
        Map<String, Object> pillars = new LinkedHashMap<>();
        for (Reviewer.Score s : r.triage().scorecard()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("score", s.score());
            p.put("passed", s.passed());
            p.put("failed", s.failed());
            pillars.put(s.pillar().token(), p);
        }
        m.put("pillars", pillars);
        return m;
    }

    private static Map<String, Object> compliance(ReviewReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("framework", r.framework());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Compliance.Status s : Compliance.Status.values()) {
            counts.put(token(s), r.compliance().stream().filter(c -> c.status() == s).count());
        }
        m.put("counts", counts);
        List<Object> controls = new ArrayList<>();
        for (Compliance.ControlResult c : r.compliance()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", c.control().id());
            x.put("requirement", c.control().requirement());
            x.put("status", token(c.status()));
            x.put("rules", c.rules());
            x.put("findings", c.findings());
            x.put("source", c.control().source());
            controls.add(x);
        }
        m.put("controls", controls);
        return m;
    }

    static String token(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String money(double v) {
        return CostRenderer.money(BigDecimal.valueOf(v));
    }

    /** "+$412.00/month", "-$12.50/month". */
    static String impact(Double v) {
        if (v == null) {
            return "";
        }
        String abs = dev.cloudwright.core.Fmt.usd(Math.abs(v));
        return (v >= 0 ? "+" : "-") + abs + "/month";
    }

    static String location(Finding f) {
        return f.at() == null ? "" : f.at().file() + ":" + f.at().line() + ":" + f.at().column();
    }

    // ------------------------------------------------------------------ table

    public static String table(ReviewReport r) {
        StringBuilder b = new StringBuilder();
        var t = r.triage();
        b.append("Review: ").append(r.path()).append(" (").append(t.checks()).append(" checks, ").append(t.findings().size()).append(" findings, ")
                .append(t.suppressed().size()).append(" suppressed, ").append(t.unknowns().size()).append(" not known offline)\n");
        Map<Pillar, List<Finding>> byPillar = new EnumMap<>(Pillar.class);
        t.findings().forEach(f -> byPillar.computeIfAbsent(f.rule().pillar(), k -> new ArrayList<>()).add(f));
        for (Map.Entry<Pillar, List<Finding>> e : byPillar.entrySet()) {
            b.append('\n').append(e.getKey().title()).append('\n');
            for (Finding f : e.getValue()) {
                b.append(String.format(Locale.ROOT, "  %-8s %s  %s%n", f.rule().severity().token().toUpperCase(Locale.ROOT), f.rule().id(), f.rule().title()));
                b.append("           ").append(f.resource());
                if (f.at() != null) {
                    b.append("  ").append(location(f));
                }
                b.append('\n');
                b.append("           ").append(f.message()).append('\n');
                String fix = f.rule().fix().lines().findFirst().orElse("");
                if (!fix.isEmpty()) {
                    b.append("           fix: ").append(fix).append(f.rule().fix().lines().count() > 1 ? " ..." : "");
                    if (f.costImpact() != null) {
                        b.append("  (").append(impact(f.costImpact())).append(')');
                    }
                    b.append('\n');
                }
            }
        }
        if (!t.suppressed().isEmpty()) {
            b.append("\nSuppressed\n");
            for (Suppression.Suppressed s : t.suppressed()) {
                b.append("  ").append(s.finding().rule().id()).append("  ").append(s.finding().resource()).append("  ").append(s.suppression().source());
                if (!s.suppression().reason().isEmpty()) {
                    b.append(": ").append(s.suppression().reason());
                }
                if (s.suppression().expires() != null) {
                    b.append(" (until ").append(s.suppression().expires()).append(')');
                }
                b.append('\n');
            }
        }
        b.append("\nScorecard (a pillar's passed check weight over all its decided checks; weights: critical 10, high 5, medium 3, low 1, info 0)\n");
        for (Reviewer.Score s : t.scorecard()) {
            b.append(String.format(Locale.ROOT, "  %-24s %3d  (%d passed, %d failed)%n", s.pillar().title(), s.score(), s.passed(), s.failed()));
        }
        if (r.framework() != null) {
            b.append('\n').append(complianceTable(r));
        }
        return b.toString();
    }

    private static String complianceTable(ReviewReport r) {
        StringBuilder b = new StringBuilder("Compliance: ").append(r.framework()).append(" (");
        List<String> counts = new ArrayList<>();
        for (Compliance.Status s : Compliance.Status.values()) {
            counts.add(r.compliance().stream().filter(c -> c.status() == s).count() + " " + token(s).replace('-', ' '));
        }
        b.append(String.join(", ", counts)).append(")\n");
        for (Compliance.ControlResult c : r.compliance()) {
            b.append(String.format(Locale.ROOT, "  %-12s %-11s %s%s%n", c.control().id(), token(c.status()), c.control().requirement(),
                    c.rules().isEmpty() ? "" : " [" + String.join(", ", c.rules()) + "]"));
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ Markdown

    public static String markdown(ReviewReport r) {
        var t = r.triage();
        StringBuilder b = new StringBuilder("## Cloudwright review: ").append(md(r.path())).append("\n\n");
        List<String> sev = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = t.findings().stream().filter(f -> f.rule().severity() == s).count();
            if (n > 0) {
                sev.add(n + " " + s.token());
            }
        }
        b.append("**").append(t.findings().size()).append(" findings**").append(sev.isEmpty() ? "" : " (" + String.join(", ", sev) + ")")
                .append(", ").append(t.suppressed().size()).append(" suppressed, ").append(t.checks()).append(" checks.\n\n");
        if (!t.findings().isEmpty()) {
            b.append("| Severity | Rule | Resource | Location | Finding | Fix cost |\n|---|---|---|---|---|---|\n");
            for (Finding f : t.findings()) {
                b.append("| ").append(f.rule().severity().token()).append(" | ").append(f.rule().id()).append(" ").append(md(f.rule().title()))
                        .append(" | `").append(f.resource()).append("` | ").append(md(location(f))).append(" | ").append(md(f.message()))
                        .append(" | ").append(impact(f.costImpact())).append(" |\n");
            }
            b.append('\n');
        }
        b.append("| Pillar | Score | Passed | Failed |\n|---|---:|---:|---:|\n");
        for (Reviewer.Score s : t.scorecard()) {
            b.append("| ").append(s.pillar().title()).append(" | ").append(s.score()).append(" | ").append(s.passed()).append(" | ").append(s.failed()).append(" |\n");
        }
        if (r.framework() != null) {
            b.append("\n<details><summary>Compliance: ").append(r.framework()).append("</summary>\n\n```\n").append(complianceTable(r)).append("```\n</details>\n");
        }
        return b.toString();
    }

    private static String md(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    // ------------------------------------------------------------------ JUnit

    /** One test suite per pillar: a failed test case per finding, a skipped one per suppressed finding, a passed one per rule that only passed. */
    public static String junit(ReviewReport r) {
        var t = r.triage();
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int failures = t.findings().size();
        StringBuilder suites = new StringBuilder();
        int total = 0;
        for (Pillar p : Pillar.values()) {
            StringBuilder cases = new StringBuilder();
            int n = 0;
            int failed = 0;
            int skipped = 0;
            for (Finding f : t.findings()) {
                if (f.rule().pillar() == p) {
                    n++;
                    failed++;
                    cases.append("    <testcase classname=\"").append(xml(f.rule().id())).append("\" name=\"").append(xml(f.resource())).append("\">\n")
                            .append("      <failure type=\"").append(f.rule().severity().token()).append("\" message=\"").append(xml(f.rule().title()))
                            .append("\">").append(xml(location(f) + (f.at() == null ? "" : ": ") + f.message())).append("</failure>\n    </testcase>\n");
                }
            }
            for (Suppression.Suppressed s : t.suppressed()) {
                if (s.finding().rule().pillar() == p) {
                    n++;
                    skipped++;
                    cases.append("    <testcase classname=\"").append(xml(s.finding().rule().id())).append("\" name=\"").append(xml(s.finding().resource()))
                            .append("\">\n      <skipped message=\"").append(xml(s.suppression().source() + (s.suppression().reason().isEmpty() ? "" : ": "
                                    + s.suppression().reason()))).append("\"/>\n    </testcase>\n");
                }
            }
            Reviewer.Score score = t.scorecard().stream().filter(s -> s.pillar() == p).findFirst().orElseThrow();
            if (score.passed() > 0) {
                n++;
                cases.append("    <testcase classname=\"").append(p.token()).append("\" name=\"").append(score.passed()).append(" passed checks\"/>\n");
            }
            total += n;
            suites.append("  <testsuite name=\"").append(xml(p.title())).append("\" tests=\"").append(n).append("\" failures=\"").append(failed)
                    .append("\" errors=\"0\" skipped=\"").append(skipped).append("\">\n").append(cases).append("  </testsuite>\n");
        }
        b.append("<testsuites name=\"cloudwright review\" tests=\"").append(total).append("\" failures=\"").append(failures).append("\">\n")
                .append(suites).append("</testsuites>\n");
        return b.toString();
    }

    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ the rule catalogue

    public static String rulesJson(List<Rule> rules) {
        List<Object> out = new ArrayList<>();
        for (Rule rule : rules) {
            RuleMeta m = rule.meta();
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", m.id());
            x.put("title", m.title());
            x.put("pillar", m.pillar().token());
            x.put("severity", m.severity().token());
            x.put("applies_to", m.appliesTo());
            x.put("controls", m.controls());
            x.put("related_ids", m.related());
            x.put("fix", m.fix());
            out.add(x);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("rules", out);
        return Json.pretty(doc);
    }

    public static String rulesTable(List<Rule> rules) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-11s %-9s %-15s %s%n", "Rule", "Severity", "Pillar", "Title"));
        for (Rule rule : rules) {
            RuleMeta m = rule.meta();
            b.append(String.format(Locale.ROOT, "%-11s %-9s %-15s %s%s%n", m.id(), m.severity().token(), m.pillar().token(), m.title(),
                    m.related().isEmpty() ? "" : "  (" + String.join(", ", m.related()) + ")"));
        }
        b.append(rules.size()).append(" rules\n");
        return b.toString();
    }
}
