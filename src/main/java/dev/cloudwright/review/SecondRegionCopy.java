package dev.cloudwright.review;

import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.RegionPlan;
import dev.cloudwright.model.Setting;
import java.util.List;
import java.util.Optional;

/**
 * When the architecture has a second region, a database's backups (or a backup plan's recovery points) reach it: a
 * copy, a cross-region replica or a global table. A region-wide outage then leaves data to restore from. Replicas are
 * not checked (their source is), nor vaults that receive copies.
 */
record SecondRegionCopy(RuleMeta meta) implements Rule {

    @Override
    public void check(Component c, Scope scope) {
        Architecture arch = scope.architecture();
        List<String> others = arch.regions().stream().map(RegionPlan::region).filter(r -> !r.equals(c.region())).distinct().toList();
        if (c.placement().isGlobal() || others.isEmpty() || c.setting(Keys.REPLICA_OF).isPresent()) {
            return;
        }
        if (c.setting(Keys.COPY_EVERY_HOURS).isPresent() || c.setting(Keys.COPY_RETENTION_DAYS).isPresent()
                || c.setting(Keys.VAULT).isPresent() && c.setting(Keys.PROTECTS).isEmpty()) {
            return; // a vault receiving copies: it is the copy
        }
        Optional<Setting<String>> copy = c.setting(Keys.COPY_TO_REGION);
        if (copy.isPresent() && !copy.get().known()) {
            scope.unknown(this, c, copy.get());
            return;
        }
        boolean copied = copy.isPresent() && !copy.get().value().equals(c.region())
                || c.value(Keys.COPIES) != null
                || !c.valueOr(Keys.REPLICA_REGIONS, List.of()).isEmpty()
                || !c.valueOr(Keys.GLOBAL_TABLE_REGIONS, List.of()).isEmpty()
                || arch.connections().stream().anyMatch(k -> k.from().equals(c.id()) && k.kind() == Connection.Kind.REPLICATION
                        && arch.component(k.to()).map(t -> !t.region().equals(c.region())).orElse(false));
        if (copied) {
            scope.pass(this);
        } else {
            Component fixed = c.toBuilder().set(Keys.COPY_TO_REGION, Setting.designed(others.get(0))).build();
            scope.fail(this, c, null, "the architecture also runs in " + String.join(", ", others) + " but no backup copy or replica of this data"
                    + " reaches it; copy the backups there so a regional outage leaves something to restore", fixed);
        }
    }
}
