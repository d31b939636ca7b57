package dev.cloudwright.review;

import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * An alarm watches the component: a monitoring component's {@link Keys#WATCHES} names it (read from the alarms'
 * dimensions). A designed alarm plan covers every tier it names.
 */
record AlarmRule(RuleMeta meta, String advice, BiPredicate<Component, Architecture> when) implements Rule {

    @Override
    public void check(Component c, Scope s) {
        if (!when.test(c, s.architecture())) {
            return;
        }
        List<String> names = new ArrayList<>(List.of(c.id()));
        if (c.value(Keys.TERRAFORM_ADDRESS) != null) {
            names.add(c.value(Keys.TERRAFORM_ADDRESS));
        }
        names.addAll(c.valueOr(Keys.TERRAFORM_RESOURCES, List.of()));
        for (Component m : s.architecture().components(Role.MONITORING)) {
            if (m.setting(Keys.ALARMS).map(a -> a.from() == Setting.Origin.DESIGNED).orElse(false)
                    || m.valueOr(Keys.WATCHES, List.of()).stream().anyMatch(names::contains)) {
                s.pass(this);
                return;
            }
        }
        s.fail(this, c, null, "no alarm watches it; " + advice, null);
    }
}
