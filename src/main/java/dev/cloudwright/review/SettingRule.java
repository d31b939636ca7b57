package dev.cloudwright.review;

import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Key;
import dev.cloudwright.model.Setting;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * A rule that is one setting and what it must be: the declarative entries of {@link AwsRules}. A component without the
 * setting is not checked (its adapter does not read it); an unknown value is reported to the scope as such; a value
 * the predicate rejects fails, and the fix is the component with {@code fixValue}, priced for the cost of the fix.
 */
record SettingRule<T>(RuleMeta meta, Key<T> key, Predicate<T> ok, T fixValue, String expectation,
        BiPredicate<Component, Architecture> when) implements Rule {

    @Override
    public void check(Component c, Scope scope) {
        if (!when.test(c, scope.architecture())) {
            return;
        }
        Optional<Setting<T>> s = c.setting(key);
        if (s.isEmpty()) {
            return;
        }
        Setting<T> setting = s.get();
        if (!setting.known()) {
            scope.unknown(this, c, setting);
        } else if (ok.test(setting.value())) {
            scope.pass(this);
        } else {
            Component fixed = fixValue == null ? null : c.toBuilder().set(key, Setting.designed(fixValue)).build();
            scope.fail(this, c, setting, key.name() + " is " + setting.value() + origin(setting) + "; " + expectation, fixed);
        }
    }

    private static String origin(Setting<?> s) {
        return switch (s.from()) {
            case DEFAULTED -> " (not set: the default)";
            case DESIGNED -> " (as designed)";
            default -> "";
        };
    }
}
