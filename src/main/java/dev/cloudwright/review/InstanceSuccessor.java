package dev.cloudwright.review;

import dev.cloudwright.model.Arch;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.InstanceCatalog;
import dev.cloudwright.model.Keys;
import java.util.Optional;

/**
 * An instance, database or cache node of a family {@code aws/instance-successors.tsv} suggests moving from (a previous
 * generation, or an x86 family with a Graviton equivalent): the fix is the same size in the successor family, priced.
 */
record InstanceSuccessor(RuleMeta meta, String kind, String why) implements Rule {

    @Override
    public void check(Component c, Scope scope) {
        String sku = c.sizing().sku();
        if (sku == null) {
            return;
        }
        Optional<String> next = InstanceCatalog.successor(sku, kind);
        if (next.isEmpty()) {
            scope.pass(this);
            return;
        }
        Component.Builder fixed = c.toBuilder().sizing(c.sizing().withSku(next.get()));
        if (kind.equals(InstanceCatalog.GRAVITON) && c.setting(Keys.ARCH).isPresent()) {
            fixed.set(Keys.ARCH, Arch.ARM);
        }
        scope.fail(this, c, null, sku + ": " + why + "; " + next.get() + " is the same size", fixed.build());
    }
}
