package dev.cloudwright.review;

import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Key;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/** How the rule lists write their entries: metadata from short strings, and setting rules. */
final class Rules {
    private Rules() {}

    /**
     * @param appliesTo service ids or {@code role:NAME}, comma-separated
     * @param controls  compliance tags, comma-separated
     * @param related   Checkov and Trivy ids, space-separated
     */
    static RuleMeta meta(String id, String title, Pillar pillar, Severity severity, String appliesTo, String controls, String related,
            String fix) {
        return new RuleMeta(id, title, pillar, severity, split(appliesTo, ","), split(controls, ","), split(related, " "), fix);
    }

    private static List<String> split(String s, String sep) {
        return s.isBlank() ? List.of() : Arrays.stream(s.split(sep)).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    static <T> Rule setting(RuleMeta meta, Key<T> key, Predicate<T> ok, T fix, String expectation) {
        return new SettingRule<>(meta, key, ok, fix, expectation, (c, a) -> true);
    }

    static <T> Rule setting(RuleMeta meta, Key<T> key, Predicate<T> ok, T fix, String expectation, BiPredicate<Component, Architecture> when) {
        return new SettingRule<>(meta, key, ok, fix, expectation, when);
    }
}
