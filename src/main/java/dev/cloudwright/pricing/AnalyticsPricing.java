package dev.cloudwright.pricing;

import static dev.cloudwright.pricing.AwsCostModel.HOURS;
import static dev.cloudwright.pricing.Bill.nz;
import static dev.cloudwright.pricing.Measure.GB_MONTH;
import static dev.cloudwright.pricing.Measure.HOUR;
import static dev.cloudwright.pricing.Measure.IOPS_MONTH;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Sizing;
import java.util.List;
import java.util.Optional;

/** Search domains and data warehouses. */
final class AnalyticsPricing {
    private AnalyticsPricing() {}

    /** Data node hours (type x count), dedicated master hours, and the nodes' EBS storage (with io1's provisioned IOPS). */
    static List<CostComponent> opensearch(Component c) {
        Bill b = new Bill(c);
        Sizing s = c.sizing();
        if (b.unresolved("count") || b.unresolved("sku")) {
            String field = b.unresolved("count") ? "count" : "sku";
            return b.add("Instance hours (" + field + " not known offline)", PriceKeys.notKnown(field), 0, HOUR).parts();
        }
        int n = s.countOr(1);
        b.add("Instance hours (" + n + " x " + s.sku() + ")", s.sku() == null ? PriceKeys.notKnown("sku") : PriceKeys.opensearchInstance(s.sku()), n * HOURS, HOUR);
        int masters = c.valueOr(Keys.MASTER_COUNT, 0);
        if (c.isUnknown(Keys.MASTER_TYPE) || c.isUnknown(Keys.MASTER_COUNT)) {
            b.add("Dedicated master hours (not known offline)", PriceKeys.notKnown(Keys.MASTER_TYPE), 0, HOUR);
        } else if (masters > 0) {
            String type = c.value(Keys.MASTER_TYPE);
            b.add("Dedicated master hours (" + masters + " x " + type + ")", type == null ? PriceKeys.notKnown(Keys.MASTER_TYPE) : PriceKeys.opensearchInstance(type),
                    masters * HOURS, HOUR);
        }
        if (s.storageGb() != null && s.storageGb() > 0) {
            Optional<String> type = b.known(Keys.STORAGE_TYPE, "gp2");
            b.add("EBS storage (" + type.orElse("volume type not known offline") + ", " + Math.round(s.storageGb()) + " GB)",
                    type.map(PriceKeys::opensearchStorage).orElse(PriceKeys.notKnown(Keys.STORAGE_TYPE)), s.storageGb(), GB_MONTH);
            Integer iops = c.value(Keys.IOPS);
            if ("io1".equals(type.orElse(null)) && iops != null) {
                b.add("Provisioned IOPS (io1, " + n + " x " + iops + ")", PriceKeys.OPENSEARCH_IOPS, n * (double) iops, IOPS_MONTH);
            }
        }
        return b.parts();
    }

    /** Node hours (node type x nodes); RA3 nodes add their managed storage (the data held, a usage). */
    static List<CostComponent> redshift(Component c) {
        Bill b = new Bill(c);
        Sizing s = c.sizing();
        if (b.unresolved("count") || b.unresolved("sku")) {
            String field = b.unresolved("count") ? "count" : "sku";
            return b.add("Node hours (" + field + " not known offline)", PriceKeys.notKnown(field), 0, HOUR).parts();
        }
        int n = s.countOr(1);
        b.add("Node hours (" + n + " x " + s.sku() + ")", s.sku() == null ? PriceKeys.notKnown("sku") : PriceKeys.redshiftNode(s.sku()), n * HOURS, HOUR);
        if (s.sku() != null && s.sku().startsWith("ra3.")) {
            b.ifUsed("Managed storage (RA3)", PriceKeys.REDSHIFT_MANAGED_STORAGE, nz(s.storageGb()), GB_MONTH);
        }
        return b.parts();
    }
}
