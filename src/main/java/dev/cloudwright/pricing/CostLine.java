package dev.cloudwright.pricing;

/**
 * One priced dimension of a component: quantity x unit price (walking price tiers where the
 * catalog has them).
 *
 * @param name        what is charged, e.g. {@code Instance hours (db.r7g.2xlarge)}
 * @param quantity    monthly quantity in {@code unit}s
 * @param unit        the catalog unit, e.g. {@code hour}, {@code GB}, {@code 1M requests}
 * @param unitUsd     the first-tier unit price
 * @param monthlyUsd  quantity priced through the tiers
 * @param priceKey    catalog key of the price
 * @param priceRegion region of the price used; differs from the component's region when the catalog
 *                    has no price for that region and the reference region's price stands in
 * @param usageBased  the quantity is usage, not provisioned capacity
 * @param per         which of the component's resources bill it (null: its units; {@code instance}: its instances)
 */
public record CostLine(String name, double quantity, String unit, double unitUsd, double monthlyUsd, String priceKey,
        String priceRegion, boolean usageBased, String per) {

    /** {@link #priceRegion} of a line the catalog has no price for: it counts as zero and the report lists it. */
    public static final String UNPRICED = "none";

    public boolean unpriced() {
        return UNPRICED.equals(priceRegion);
    }
}
