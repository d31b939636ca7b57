package dev.cloudwright.review;

import dev.cloudwright.core.SourcePosition;
import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Setting;
import dev.cloudwright.pricing.AwsCostModel;
import java.util.ArrayList;
import java.util.List;

/**
 * What one review collects while its rules run: findings, passes (for the scorecard) and the checks an unknown value
 * left open. A rule that meets an unknown value reports nothing unless the review was asked to fail unknowns.
 */
public final class Scope {
    private final Architecture arch;
    private final AwsCostModel costs;
    private final boolean unknownFails;
    final List<Finding> findings = new ArrayList<>();
    final List<RuleMeta> passed = new ArrayList<>();
    final List<Finding> unknowns = new ArrayList<>();

    Scope(Architecture arch, AwsCostModel costs, boolean unknownFails) {
        this.arch = arch;
        this.costs = costs;
        this.unknownFails = unknownFails;
    }

    public Architecture architecture() {
        return arch;
    }

    public void pass(Rule r) {
        passed.add(r.meta());
    }

    /**
     * {@code c} fails {@code r}. {@code setting} is what the rule read (its position locates the finding), null when the
     * rule read none; {@code fixed} is the component as the fix leaves it (its cost change is the fix's), null if none.
     */
    public void fail(Rule r, Component c, Setting<?> setting, String message, Component fixed) {
        findings.add(new Finding(r.meta(), resource(c), at(c, setting), message, impact(c, fixed), false));
    }

    /** {@code r} needed {@code setting} of {@code c}, which is not known offline. */
    public void unknown(Rule r, Component c, Setting<?> setting) {
        Finding f = new Finding(r.meta(), resource(c), at(c, setting), r.meta().title() + ": not known offline (" + setting.basis() + ")", null, true);
        (unknownFails ? findings : unknowns).add(f);
    }

    /** A schema problem, reported under {@code r} where the reader found it. */
    void schema(Rule r, SchemaProblem p) {
        findings.add(new Finding(r.meta(), p.resource(), p.at(), p.message(), null, false));
    }

    static String resource(Component c) {
        String address = c.value(Keys.TERRAFORM_ADDRESS);
        return address != null ? address : c.id();
    }

    /** The setting's position when it is written; else the resource's first line; null for a design. */
    static SourcePosition at(Component c, Setting<?> setting) {
        if (setting != null && setting.at() != null) {
            return setting.at();
        }
        return c.setting(Keys.TERRAFORM_AT).map(Setting::at).orElse(null);
    }

    private Double impact(Component c, Component fixed) {
        if (fixed == null || costs == null) {
            return null;
        }
        double delta = costs.price(fixed).monthlyUsd() - costs.price(c).monthlyUsd();
        return Math.abs(delta) < 0.005 ? null : delta;
    }
}
