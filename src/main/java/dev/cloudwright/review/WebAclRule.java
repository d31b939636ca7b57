package dev.cloudwright.review;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A public entry point (load balancer, API stage, CDN) has a web ACL: its own {@link Keys#WEB_ACL}, or a firewall
 * component whose {@link Keys#PROTECTS} names it. A designed firewall protects its region's entry points of its scope
 * (the design writes the associations).
 */
record WebAclRule(RuleMeta meta, String scope) implements Rule {

    @Override
    public void check(Component c, Scope s) {
        Optional<Setting<Boolean>> exposed = c.setting(Keys.PUBLIC_ENDPOINT);
        if (exposed.isPresent() && !exposed.get().known()) {
            s.unknown(this, c, exposed.get());
            return;
        }
        if (exposed.isPresent() && !exposed.get().value()) {
            return;
        }
        Optional<Setting<String>> own = c.setting(Keys.WEB_ACL);
        if (own.isPresent()) {
            if (!own.get().known()) {
                s.unknown(this, c, own.get());
            } else {
                s.pass(this);
            }
            return;
        }
        List<String> names = new ArrayList<>(List.of(c.id()));
        if (c.value(Keys.TERRAFORM_ADDRESS) != null) {
            names.add(c.value(Keys.TERRAFORM_ADDRESS));
        }
        names.addAll(c.valueOr(Keys.TERRAFORM_RESOURCES, List.of()));
        for (Component f : s.architecture().components(Role.FIREWALL)) {
            Optional<Setting<List<String>>> protects = f.setting(Keys.PROTECTS);
            if (protects.isPresent() && protects.get().known() && protects.get().value().stream().anyMatch(names::contains)) {
                s.pass(this);
                return;
            }
            boolean designed = f.setting(Keys.SCOPE).map(x -> x.from() == Setting.Origin.DESIGNED).orElse(false);
            if (designed && protects.isEmpty() && scope.equals(f.value(Keys.SCOPE)) && (scope.equals("CLOUDFRONT") || f.region().equals(c.region()))) {
                s.pass(this);
                return;
            }
        }
        s.fail(this, c, null, "no web ACL protects it; put AWS WAF with managed rule groups in front of public entry points", null);
    }
}
