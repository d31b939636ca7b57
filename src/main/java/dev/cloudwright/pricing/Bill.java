package dev.cloudwright.pricing;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the cost components of one component, and reads its settings the way pricing needs them. */
final class Bill {
    private final Component c;
    private final List<CostComponent> parts = new ArrayList<>();
    /** How many components the last call added (0 when a usage charge had no usage). */
    private int added;

    Bill(Component c) {
        this.c = c;
    }

    /** A charge that is billed whatever its quantity (hours, storage). */
    Bill add(String name, String priceKey, double quantity, Measure unit) {
        return add(CostComponent.of(name, priceKey, quantity, unit));
    }

    Bill add(CostComponent part) {
        parts.add(part);
        added = 1;
        return this;
    }

    /**
     * The components the last call added are billed by the resources that pay for {@code part} (a cluster's node groups,
     * a region's alarms); where no resource pays for it, by the component's own.
     */
    Bill by(String part) {
        for (int i = parts.size() - added; i < parts.size(); i++) {
            parts.set(i, parts.get(i).by(part));
        }
        return this;
    }

    /**
     * A usage charge: listed when there is usage. A component read from configuration has no usage of its own (a usage
     * file may give some): there the charge is listed at zero, so that it shows its unit price and depends on usage.
     */
    Bill ifUsed(String name, String priceKey, double quantity, Measure unit) {
        if (quantity > 0 || c.value(dev.cloudwright.model.Keys.TERRAFORM_ADDRESS) != null) {
            return add(CostComponent.of(name, priceKey, Math.max(0, quantity), unit).usage());
        }
        added = 0;
        return this;
    }

    Bill addAll(List<CostComponent> more) {
        parts.addAll(more);
        added = more.size();
        return this;
    }

    /**
     * The setting's value, {@code absent} when the component does not have the setting (the service's
     * default applies); empty when the setting is there but not known offline: the caller prices the
     * charge under {@link PriceKeys#notKnown}, so it is reported as not priced.
     */
    <T> Optional<T> known(Key<T> key, T absent) {
        return c.isUnknown(key) ? Optional.empty() : Optional.ofNullable(c.valueOr(key, absent));
    }

    /** A sizing field ({@code count}, {@code sku}...) that is not known offline. */
    boolean unresolved(String field) {
        return c.unresolved().containsKey(field);
    }

    List<CostComponent> parts() {
        return List.copyOf(parts);
    }

    static double nz(Double d) {
        return d == null ? 0 : d;
    }
}
