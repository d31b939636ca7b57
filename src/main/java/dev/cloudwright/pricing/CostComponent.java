package dev.cloudwright.pricing;

import java.util.Objects;

/**
 * One priced dimension of a service, before pricing (Infracost's cost component): what is charged,
 * the catalog key of its price, and the monthly quantity in base units. The catalog row's unit says
 * how many base units its price is for; a key the catalog lacks gives an unpriced line, never $0.
 *
 * @param name      what is charged, as the bill shows it
 * @param priceKey  catalog key ({@link PriceKeys})
 * @param quantity  monthly quantity in {@code unit}s (requests, not millions of requests)
 * @param unit      what the quantity counts; must be what the catalog price is counted in
 * @param factor    multiplier on the price (a published discount such as Spot's)
 * @param ratioKey  catalog key of a further price multiplier (type {@link Measure#RATIO}), or null
 * @param usageBased the quantity is usage (requests, GB transferred), not provisioned capacity
 * @param per       which of the component's resources bill it: {@code null} its units (the resource, or each of a
 *                  group of like resources), {@link #PER_INSTANCE} each of its instances (a cluster's instances), or the
 *                  name of a part (such as {@code nodes}, {@code alarms}) billed by the resources that pay for that part
 */
record CostComponent(String name, String priceKey, double quantity, Measure unit, double factor, String ratioKey, boolean usageBased, String per) {
    static final String PER_INSTANCE = "instance";

    CostComponent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(priceKey, "priceKey");
        Objects.requireNonNull(unit, "unit");
    }

    static CostComponent of(String name, String priceKey, double quantity, Measure unit) {
        return new CostComponent(name, priceKey, quantity, unit, 1, null, false, null);
    }

    /** The same component at {@code f} times the price. */
    CostComponent times(double f) {
        return new CostComponent(name, priceKey, quantity, unit, factor * f, ratioKey, usageBased, per);
    }

    /** The same component at the price times the catalog ratio {@code key} (e.g. I/O-Optimized instances). */
    CostComponent timesRatio(String key) {
        return new CostComponent(name, priceKey, quantity, unit, factor, key, usageBased, per);
    }

    /** The same component, usage-based. */
    CostComponent usage() {
        return new CostComponent(name, priceKey, quantity, unit, factor, ratioKey, true, per);
    }

    /** The same component, billed by the resources that pay for {@code part} (its units when none is named). */
    CostComponent by(String part) {
        return new CostComponent(name, priceKey, quantity, unit, factor, ratioKey, usageBased, part);
    }

    /** The same component, billed by each of the component's instances. */
    CostComponent perInstance() {
        return new CostComponent(name, priceKey, quantity, unit, factor, ratioKey, usageBased, PER_INSTANCE);
    }
}
