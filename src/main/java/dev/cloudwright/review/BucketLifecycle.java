package dev.cloudwright.review;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Lifecycle;
import dev.cloudwright.model.Setting;
import java.util.Optional;

/**
 * A bucket's lifecycle rules. {@code tiering} false: the bucket has some lifecycle configuration (expiry, transition or
 * aborting incomplete uploads), without which data and failed uploads are billed forever; true: objects move to a
 * colder tier by age (Intelligent-Tiering included), so storage that is rarely read uses less.
 */
record BucketLifecycle(RuleMeta meta, boolean tiering) implements Rule {

    @Override
    public void check(Component c, Scope scope) {
        Optional<Setting<Lifecycle>> s = c.setting(Keys.LIFECYCLE);
        if (s.isPresent() && !s.get().known()) {
            scope.unknown(this, c, s.get());
            return;
        }
        Lifecycle l = s.map(Setting::value).orElse(null);
        boolean ok = l != null && (tiering ? !l.transitions().isEmpty()
                : !l.transitions().isEmpty() || l.expireAfterDays() != null || l.noncurrentAfterDays() != null || l.abortUploadsAfterDays() != null);
        if (ok) {
            scope.pass(this);
        } else if (tiering) {
            scope.fail(this, c, s.orElse(null), "no lifecycle transition: every object stays in its first storage class; move rarely read data to"
                    + " Intelligent-Tiering or a colder class by age", null);
        } else {
            scope.fail(this, c, s.orElse(null), "no lifecycle rule: objects, old versions and incomplete uploads are kept (and billed) until someone"
                    + " deletes them", null);
        }
    }
}
