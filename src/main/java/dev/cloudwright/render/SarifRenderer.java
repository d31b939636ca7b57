package dev.cloudwright.render;

import dev.cloudwright.core.Json;
import dev.cloudwright.review.Finding;
import dev.cloudwright.review.Rule;
import dev.cloudwright.review.RuleMeta;
import dev.cloudwright.review.Severity;
import dev.cloudwright.review.Suppression;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, the rules that ran with their help and properties (pillar,
 * severity, {@code security-severity}, related ids), each finding with its location, its resource as a logical location
 * and a partial fingerprint that does not move with line numbers; suppressed findings carry their suppression.
 */
public final class SarifRenderer {
    private SarifRenderer() {}

    public static String sarif(ReviewReport r) {
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "Cloudwright");
        driver.put("semanticVersion", r.version());
        List<Object> rules = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (Rule rule : r.rules()) {
            RuleMeta m = rule.meta();
            index.put(m.id(), rules.size());
            rules.add(rule(m));
        }
        driver.put("rules", rules);
        List<Object> results = new ArrayList<>();
        r.triage().findings().forEach(f -> results.add(result(f, index, r, null)));
        r.triage().suppressed().forEach(s -> results.add(result(s.finding(), index, r, s.suppression())));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("columnKind", "unicodeCodePoints");
        run.put("results", results);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        doc.put("version", "2.1.0");
        doc.put("runs", List.of(run));
        return Json.pretty(doc);
    }

    private static Map<String, Object> rule(RuleMeta m) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("id", m.id());
        x.put("name", name(m.title()));
        x.put("shortDescription", Map.of("text", m.title()));
        x.put("fullDescription", Map.of("text", m.title() + " (" + m.pillar().title() + ", " + m.severity().token() + ")"));
        String help = m.title() + "\n\nFix:\n" + m.fix() + (m.related().isEmpty() ? "" : "\n\nSame check: " + String.join(", ", m.related()));
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("text", help);
        h.put("markdown", "**" + m.title() + "**\n\nFix:\n\n```hcl\n" + m.fix() + "\n```" + (m.related().isEmpty() ? ""
                : "\n\nSame check: " + String.join(", ", m.related())));
        x.put("help", h);
        x.put("defaultConfiguration", Map.of("level", level(m.severity())));
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> tags = new ArrayList<>();
        tags.add(m.pillar().token());
        tags.addAll(m.controls());
        props.put("tags", tags);
        props.put("precision", "high");
        props.put("security-severity", securitySeverity(m.severity()));
        props.put("pillar", m.pillar().token());
        props.put("severity", m.severity().token());
        props.put("related_ids", m.related());
        x.put("properties", props);
        return x;
    }

    private static Map<String, Object> result(Finding f, Map<String, Integer> index, ReviewReport r, Suppression suppression) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("ruleId", f.rule().id());
        Integer i = index.get(f.rule().id());
        if (i != null) {
            x.put("ruleIndex", i);
        }
        x.put("level", level(f.rule().severity()));
        x.put("message", Map.of("text", f.message() + (f.costImpact() == null ? "" : " Fix: " + ReviewRenderer.impact(f.costImpact()) + ".")));
        String file = f.at() != null ? f.at().file() : r.input();
        Map<String, Object> location = new LinkedHashMap<>();
        if (file != null) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", f.at() == null ? 1 : Math.max(1, f.at().line()));
            region.put("startColumn", f.at() == null ? 1 : Math.max(1, f.at().column()));
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", Map.of("uri", uri(file)));
            physical.put("region", region);
            location.put("physicalLocation", physical);
        }
        Map<String, Object> logical = new LinkedHashMap<>();
        logical.put("fullyQualifiedName", f.resource());
        logical.put("kind", "resource");
        location.put("logicalLocations", List.of(logical));
        x.put("locations", List.of(location));
        x.put("partialFingerprints", Map.of("cloudwright/v1", fingerprint(f)));
        if (suppression != null) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("kind", suppression.source().startsWith("baseline") || suppression.source().startsWith(".cloudwright") ? "external" : "inSource");
            s.put("justification", suppression.source() + (suppression.reason().isEmpty() ? "" : ": " + suppression.reason())
                    + (suppression.expires() == null ? "" : " (until " + suppression.expires() + ")"));
            x.put("suppressions", List.of(s));
        }
        return x;
    }

    /** GitHub's levels: critical and high are errors, medium warnings, low and info notes. */
    static String level(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            default -> "note";
        };
    }

    /** GitHub ranks security alerts by this score: over 9 critical, 7 to 8.9 high, 4 to 6.9 medium, under 4 low. */
    static String securitySeverity(Severity s) {
        return switch (s) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            default -> "0.0";
        };
    }

    /** The rule's title as a PascalCase name ("S3 bucket blocks public access" -> "S3BucketBlocksPublicAccess"). */
    private static String name(String title) {
        StringBuilder b = new StringBuilder();
        for (String w : title.split("[^A-Za-z0-9]+")) {
            if (!w.isEmpty()) {
                b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }

    /** A relative URI reference: forward slashes, characters outside the unreserved and path set percent-encoded. */
    static String uri(String path) {
        StringBuilder b = new StringBuilder();
        for (byte by : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            int c = by & 0xff;
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~/".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
            }
        }
        return b.toString();
    }

    private static String fingerprint(Finding f) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] h = d.digest((f.rule().id() + "\n" + f.resource() + "\n" + (f.at() == null ? "" : f.at().file())).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
