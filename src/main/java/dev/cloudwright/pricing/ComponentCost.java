package dev.cloudwright.pricing;

import dev.cloudwright.model.Role;
import java.util.List;

/** The monthly cost of one component, line by line. */
public record ComponentCost(String componentId, String component, String service, String serviceName, Role role,
        String region, List<CostLine> lines, double monthlyUsd) {

    public ComponentCost {
        lines = List.copyOf(lines);
    }

    /** True when some line is priced at another region's rate because the catalog lacks this region. */
    public boolean substituted() {
        return lines.stream().anyMatch(l -> !l.priceRegion().equals(region) && !l.priceRegion().equals("global")
                && !region.equals("global"));
    }
}
