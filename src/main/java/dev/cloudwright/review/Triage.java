package dev.cloudwright.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A review as the project wants it reported: severity overrides of its {@code .cloudwright.yaml} applied, and findings
 * in excluded paths, with an inline suppression, or in the baseline set aside as suppressed, with why. Suppressed
 * findings count neither as failed nor as passed in the scorecard.
 *
 * @param findings   what is reported, in {@link Reviewer#ORDER}
 * @param suppressed what was set aside, with the suppression
 * @param unknowns   checks an unknown value left open (not findings)
 */
public record Triage(List<Finding> findings, List<Suppression.Suppressed> suppressed, List<Finding> unknowns, List<Reviewer.Score> scorecard,
        int checks) {

    /**
     * @param relative the file of a finding relative to the configuration's root (for the project's exclude_paths)
     * @param inline   suppression comments in the sources, or null for a design
     * @param baseline accepted findings, or null
     */
    public static Triage of(Reviewer.Review review, ProjectConfig config, UnaryOperator<String> relative, InlineSuppressions inline, Baseline baseline) {
        List<Finding> kept = new ArrayList<>();
        List<Suppression.Suppressed> suppressed = new ArrayList<>();
        for (Finding raw : review.findings()) {
            Finding f = override(raw, config);
            Optional<Suppression> why = Optional.empty();
            if (f.at() != null && config.excluded(relative.apply(f.at().file()))) {
                why = Optional.of(new Suppression(ProjectConfig.NAME, "path excluded in exclude_paths", null));
            }
            if (why.isEmpty() && inline != null) {
                why = inline.match(f);
            }
            if (why.isEmpty() && baseline != null && baseline.contains(f)) {
                why = Optional.of(new Suppression("baseline", "in the baseline", null));
            }
            if (why.isPresent()) {
                suppressed.add(new Suppression.Suppressed(f, why.get()));
            } else {
                kept.add(f);
            }
        }
        kept.sort(Reviewer.ORDER);
        List<RuleMeta> passed = review.passed().stream().map(m -> override(m, config)).toList();
        List<Finding> unknowns = review.unknowns().stream().map(u -> override(u, config)).sorted(Reviewer.ORDER).toList();
        return new Triage(List.copyOf(kept), List.copyOf(suppressed), unknowns, Reviewer.scorecard(passed, kept), passed.size() + kept.size());
    }

    private static Finding override(Finding f, ProjectConfig config) {
        RuleMeta m = override(f.rule(), config);
        return m == f.rule() ? f : new Finding(m, f.resource(), f.at(), f.message(), f.costImpact(), f.unknown());
    }

    private static RuleMeta override(RuleMeta r, ProjectConfig config) {
        Severity s = config.severity().get(r.id());
        return s == null || s == r.severity() ? r
                : new RuleMeta(r.id(), r.title(), r.pillar(), s, r.appliesTo(), r.controls(), r.related(), r.fix());
    }

    /** Findings of {@code minimum} severity or worse. */
    public long atLeast(Severity minimum) {
        return findings.stream().filter(f -> f.rule().severity().compareTo(minimum) <= 0).count();
    }
}
