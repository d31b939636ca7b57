package dev.cloudwright.pricing;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Placement;
import dev.cloudwright.model.ServiceCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prices AWS components: each service ({@link AwsPricing#SERVICES}) turns a component into cost
 * components, and each cost component becomes a bill line, quantity x catalog price. Quantities are
 * stated in base units and divided by the catalog row's own unit ({@code 1M requests}), so code and
 * data cannot disagree on a divisor. A price the catalog lacks gives an unpriced line, never $0 in
 * silence. Free services still appear, with no lines, so a breakdown shows everything the design contains.
 */
public final class AwsCostModel {
    static final double HOURS = 730;

    private final PriceCatalog catalog;
    private final ServiceCatalog services = ServiceCatalog.aws();

    public AwsCostModel(PriceCatalog catalog) {
        this.catalog = catalog;
    }

    public static AwsCostModel standard() {
        return new AwsCostModel(PriceCatalog.aws());
    }

    public PriceCatalog catalog() {
        return catalog;
    }

    /** Ids of the services this model prices (free ones included), in registration order. */
    public static List<String> pricedServices() {
        return AwsPricing.SERVICES.stream().map(PricedService::service).toList();
    }

    /** The service has no charges of its own (its costs, if any, are other components' lines). */
    public static boolean free(String service) {
        return AwsPricing.find(service).map(PricedService::free).orElse(false);
    }

    public ComponentCost price(Component c) {
        PricedService priced = AwsPricing.find(c.service())
                .orElseThrow(() -> new IllegalArgumentException("no cost model for service " + c.service()));
        ServiceCatalog.Service s = services.get(c.service());
        // global services are billed at global prices; a global WAF is billed in us-east-1
        String region = c.placement().region().equals(Placement.GLOBAL) ? PriceCatalog.REFERENCE_REGION : c.region();
        List<CostLine> lines = new ArrayList<>();
        for (CostComponent part : priced.components(c)) {
            lines.add(line(part, region));
        }
        for (CostComponent part : SharedCharges.of(c)) {
            lines.add(line(part, region));
        }
        double total = lines.stream().mapToDouble(CostLine::monthlyUsd).sum();
        return new ComponentCost(c.id(), c.name(), c.service(), s.shortName(), c.role(), c.region(), lines, total);
    }

    /** One bill line: the quantity in the catalog's unit, priced through the tiers. */
    CostLine line(CostComponent part, String region) {
        Optional<PriceCatalog.Quote> found = catalog.find(part.priceKey(), region);
        if (found.isEmpty()) {
            return unpriced(part, part.priceKey());
        }
        PriceCatalog.Price p = found.get().price();
        CatalogUnit unit = p.catalogUnit();
        if (unit.measure() != part.unit()) {
            throw new IllegalStateException("price " + p.key() + " is per " + p.unit() + " but the charge '" + part.name()
                    + "' counts " + part.unit().token());
        }
        double factor = part.factor();
        if (part.ratioKey() != null) {
            Optional<PriceCatalog.Quote> ratio = catalog.find(part.ratioKey(), region);
            if (ratio.isEmpty()) {
                return unpriced(part, part.ratioKey());
            }
            if (ratio.get().price().catalogUnit().measure() != Measure.RATIO) {
                throw new IllegalStateException("price " + part.ratioKey() + " is per " + ratio.get().price().unit() + ", not a ratio");
            }
            factor *= ratio.get().price().firstTierUsd();
        }
        double quantity = part.quantity() / unit.size();
        return new CostLine(part.name(), quantity, p.unit(), p.firstTierUsd() * factor, p.cost(quantity) * factor, p.key(), p.region(),
                part.usageBased(), part.per());
    }

    private static CostLine unpriced(CostComponent part, String key) {
        return new CostLine(part.name(), part.quantity(), part.unit().token(), 0, 0, key, CostLine.UNPRICED, part.usageBased(), part.per());
    }
}
