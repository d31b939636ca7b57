package dev.cloudwright.resilience;

import java.util.List;

/**
 * The availability the providers commit to for this architecture: the product of the SLAs on the
 * request path (serial dependencies), with serving regions in parallel.
 *
 * @param targetPercent     the requirement
 * @param globalPercent     product of the global tier (DNS, CDN, edge firewall)
 * @param regionPercent     product of one region's request path
 * @param servingRegions    regions serving traffic at once (parallel)
 * @param compositePercent  global x (1 - (1 - region)^serving)
 * @param terms             the SLAs used
 * @param limitingTerm      the lowest SLA on the path
 * @param meetsTarget       composite at or above the target
 * @param downtimeMinutes   monthly downtime the composite allows (30-day month)
 * @param budgetMinutes     monthly downtime the target allows (30-day month)
 */
public record AvailabilityEstimate(double targetPercent, double globalPercent, double regionPercent, int servingRegions,
        double compositePercent, List<Term> terms, String limitingTerm, boolean meetsTarget, double downtimeMinutes, double budgetMinutes) {

    /** One SLA on the request path. */
    public record Term(String component, String service, String tier, double slaPercent, String slaKey, String source) {}
}
