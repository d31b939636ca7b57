package dev.cloudwright.review;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Setting;
import java.util.Optional;

/**
 * A bucket serving a static website straight to the internet: a CDN in front caches it near its readers (lower latency,
 * less transfer from the bucket) and lets the bucket stay private behind origin access control.
 */
record StaticSiteCdn(RuleMeta meta) implements Rule {

    @Override
    public void check(Component c, Scope scope) {
        Optional<Setting<Boolean>> website = c.setting(Keys.WEBSITE);
        if (website.isEmpty() || !website.get().known() || !website.get().value()) {
            return;
        }
        boolean fronted = c.isTrue(Keys.CDN_ORIGIN) || scope.architecture().connections().stream().filter(k -> k.to().equals(c.id()))
                .anyMatch(k -> scope.architecture().component(k.from()).map(f -> f.role() == Role.EDGE).orElse(false));
        if (fronted) {
            scope.pass(this);
        } else {
            scope.fail(this, c, website.get(), "website hosting with no CDN in front; serve it through CloudFront with origin access control", null);
        }
    }
}
