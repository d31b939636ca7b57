package dev.cloudwright.review;

import dev.cloudwright.core.Tsv;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The compliance map: each framework's controls ({@code compliance/requirements.tsv}: framework, control id,
 * requirement, the control tags that answer it, source) and the rules that support them (a rule supports a control
 * when one of its tags is one of the control's). The design document's compliance section reads the same file.
 */
public final class Compliance {
    /** One control of a framework. */
    public record Control(String framework, String id, String requirement, List<String> tags, String source) {}

    /** How a control fared: failed (a supporting rule has a finding), passed, not checked (nothing it applies to), not covered (no rule). */
    public enum Status { FAILED, PASSED, NOT_CHECKED, NOT_COVERED }

    /** A control with its supporting rules and what they found. */
    public record ControlResult(Control control, Status status, List<String> rules, int findings) {}

    private static final List<Control> CONTROLS = load();
    /** Controls with an explicit list of supporting rules (compliance/control-rules.tsv), by framework + " " + control id. */
    private static final java.util.Map<String, List<String>> EXPLICIT = explicit();

    private Compliance() {}

    private static List<Control> load() {
        List<Control> out = new ArrayList<>();
        for (Tsv.Row r : Tsv.resource("dev/cloudwright/compliance/requirements.tsv")) {
            out.add(new Control(r.get("framework"), r.get("id"), r.get("requirement"), List.of(r.get("tags").split(",")), r.get("source")));
        }
        return Collections.unmodifiableList(out);
    }

    private static java.util.Map<String, List<String>> explicit() {
        java.util.Map<String, List<String>> m = new java.util.HashMap<>();
        for (Tsv.Row r : Tsv.resource("dev/cloudwright/compliance/control-rules.tsv")) {
            String rules = r.getOr("rules", "").trim();
            m.put(r.get("framework") + " " + r.get("control"), rules.isEmpty() ? List.of() : List.of(rules.split("\\s+")));
        }
        return java.util.Map.copyOf(m);
    }

    public static Set<String> frameworks() {
        Set<String> out = new TreeSet<>();
        CONTROLS.forEach(c -> out.add(c.framework()));
        return out;
    }

    public static List<Control> controls(String framework) {
        return CONTROLS.stream().filter(c -> c.framework().equals(framework)).toList();
    }

    static boolean supports(RuleMeta rule, Control c) {
        List<String> explicit = EXPLICIT.get(c.framework() + " " + c.id());
        return explicit != null ? explicit.contains(rule.id()) : rule.controls().stream().anyMatch(c.tags()::contains);
    }

    /** The rules that support at least one control of {@code framework}. */
    public static List<Rule> rules(List<Rule> all, String framework) {
        List<Control> cs = controls(framework);
        return all.stream().filter(r -> cs.stream().anyMatch(c -> supports(r.meta(), c))).toList();
    }

    /** Each control of {@code framework}, judged by the triaged review of {@code rules}. */
    public static List<ControlResult> summary(String framework, List<Rule> rules, Triage triage, Set<String> passedRules) {
        List<ControlResult> out = new ArrayList<>();
        for (Control c : controls(framework)) {
            List<String> ids = rules.stream().map(Rule::meta).filter(m -> supports(m, c)).map(RuleMeta::id).sorted().toList();
            int failed = (int) triage.findings().stream().filter(f -> ids.contains(f.rule().id())).count();
            Status s = ids.isEmpty() ? Status.NOT_COVERED
                    : failed > 0 ? Status.FAILED
                    : ids.stream().anyMatch(passedRules::contains) ? Status.PASSED : Status.NOT_CHECKED;
            out.add(new ControlResult(c, s, ids, failed));
        }
        return List.copyOf(out);
    }
}
