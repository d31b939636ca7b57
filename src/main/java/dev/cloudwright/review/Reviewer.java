package dev.cloudwright.review;

import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.pricing.AwsCostModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Runs the rules over an architecture (read from Terraform or designed): findings, open checks and the scorecard. */
public final class Reviewer {
    private final List<Rule> rules;
    private final AwsCostModel costs;

    public Reviewer(List<Rule> rules, AwsCostModel costs) {
        this.rules = List.copyOf(rules);
        this.costs = costs;
    }

    public static Reviewer standard() {
        return new Reviewer(AwsRules.ALL, AwsCostModel.standard());
    }

    /** A pillar's score: the weight of passed checks over the weight of all decided ones, 0-100 (100 when none). */
    public record Score(Pillar pillar, int score, int passed, int failed) {}

    /**
     * @param findings the failed checks, ordered by severity, file, line and rule
     * @param unknowns checks an unknown value left open (findings only with {@code unknownFails})
     */
    public record Review(List<Finding> findings, List<Finding> unknowns, List<Score> scorecard, int checks, List<RuleMeta> passed) {}

    /** Findings by severity, file, line, rule and resource. */
    static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.rule().severity())
            .thenComparing(f -> f.at() == null ? "" : f.at().file())
            .thenComparingInt(f -> f.at() == null ? 0 : f.at().line())
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::resource);

    public Review review(Architecture arch, boolean unknownFails) {
        return review(arch, List.of(), unknownFails);
    }

    /** Reviews {@code arch}, and reports the configuration's {@code schema} problems under the schema rules. */
    public Review review(Architecture arch, List<SchemaProblem> schema, boolean unknownFails) {
        Scope scope = new Scope(arch, costs, unknownFails);
        SchemaRules.report(schema, rules, scope);
        for (Component c : arch.components()) {
            for (Rule r : rules) {
                if (r.meta().appliesTo(c)) {
                    r.check(c, scope);
                }
            }
        }
        Comparator<Finding> order = ORDER;
        List<Finding> findings = new ArrayList<>(scope.findings);
        findings.sort(order);
        List<Finding> unknowns = new ArrayList<>(scope.unknowns);
        unknowns.sort(order);
        return new Review(List.copyOf(findings), List.copyOf(unknowns), scorecard(scope.passed, findings),
                scope.passed.size() + findings.size(), List.copyOf(scope.passed));
    }

    static List<Score> scorecard(List<RuleMeta> passed, List<Finding> failed) {
        Map<Pillar, int[]> m = new EnumMap<>(Pillar.class); // passed weight, total weight, passed, failed
        for (Pillar p : Pillar.values()) {
            m.put(p, new int[4]);
        }
        for (RuleMeta r : passed) {
            int[] a = m.get(r.pillar());
            a[0] += r.severity().weight();
            a[1] += r.severity().weight();
            a[2]++;
        }
        for (Finding f : failed) {
            int[] a = m.get(f.rule().pillar());
            a[1] += f.rule().severity().weight();
            a[3]++;
        }
        List<Score> out = new ArrayList<>();
        m.forEach((p, a) -> out.add(new Score(p, a[1] == 0 ? 100 : (int) Math.floor(100.0 * a[0] / a[1]), a[2], a[3])));
        return List.copyOf(out);
    }
}
