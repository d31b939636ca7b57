package dev.cloudwright.pricing;

import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.SourceResource;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The cost of a configuration resource by resource: each charge of a component is assigned to the resource that is
 * billed for it (the component's resource, each of a block's instances in equal shares, or each of a cluster's
 * instances), and every other resource is free (part of a component or supporting it) or unsupported (not modelled).
 * A missing price is never a silent zero: the resource says price-not-found and the summary counts it.
 */
public final class ResourceCosts {

    /** What a resource's cost is: {@code usage-dependent} when it has usage charges only and no usage was given. */
    public enum Status { PRICED, FREE, USAGE_DEPENDENT, UNSUPPORTED, PRICE_NOT_FOUND }

    /** One charge of a resource, in the catalog's unit; money and quantities as exact decimals. */
    public record Charge(String name, String unit, BigDecimal monthlyQuantity, BigDecimal price, BigDecimal monthlyCost, boolean usageBased,
            String priceKey, String priceRegion, String source, String sourceDate, boolean priceFound, boolean fromPriceBook) {}

    /** A resource with its charges. */
    public record ResourceCost(String address, String type, String region, String component, Status status, BigDecimal monthlyCost,
            List<Charge> costComponents) {

        public BigDecimal hourlyCost() {
            return monthlyCost.divide(BigDecimal.valueOf(AwsCostModel.HOURS), MathContext.DECIMAL64);
        }
    }

    /** Resources by status; unsupported ones also by type. */
    public record Summary(int priced, int free, int unsupported, int usageDependent, int priceNotFound, Map<String, Integer> unsupportedTypes) {}

    /** A way to spend less (the designer's optimisation opportunities), on the resources it applies to. */
    public record Recommendation(String id, String title, String action, BigDecimal monthlySaving, String tradeOff, String basis,
            List<String> resources) {}

    /** The priced resources of one configuration (or design), and the savings found on them. */
    public record Project(String path, String regionDefault, List<ResourceCost> resources, Summary summary, List<Recommendation> recommendations) {

        public BigDecimal totalMonthlyCost() {
            return resources.stream().map(ResourceCost::monthlyCost).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public Optional<ResourceCost> resource(String address) {
            return resources.stream().filter(r -> r.address().equals(address)).findFirst();
        }
    }

    private ResourceCosts() {}

    /**
     * Prices {@code arch} and assigns every charge to a resource of {@code inventory}. A component without a resource of
     * its own in the inventory (a design) is its own resource, named by its id and typed by its service.
     */
    public static Project price(String path, String regionDefault, Architecture arch, List<SourceResource> inventory, AwsCostModel model) {
        Map<String, List<CostLine>> byAddress = new LinkedHashMap<>();
        Map<String, String> anchorOf = new TreeMap<>();
        List<SourceResource> resources = new ArrayList<>(inventory);
        for (Component c : arch.components()) {
            String anchor = c.value(Keys.TERRAFORM_ADDRESS);
            if (anchor == null) {
                anchor = c.id();
                resources.add(new SourceResource(c.id(), c.service(), c.placement().isGlobal() ? "global" : c.region(), c.id(), null));
            }
            anchorOf.put(c.id(), anchor);
            List<String> units = c.valueOr(Keys.TERRAFORM_UNITS, List.of(anchor));
            List<String> instances = c.valueOr(Keys.TERRAFORM_INSTANCES, List.<String>of());
            Map<String, Map<String, Integer>> parts = parts(c.valueOr(Keys.TERRAFORM_PAYERS, List.<String>of()));
            for (CostLine l : model.price(c).lines()) {
                Map<String, Integer> payers = CostComponent.PER_INSTANCE.equals(l.per()) && !instances.isEmpty() ? each(instances)
                        : parts.getOrDefault(l.per(), each(units));
                int total = payers.values().stream().mapToInt(Integer::intValue).sum();
                for (Map.Entry<String, Integer> p : payers.entrySet()) {
                    byAddress.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(share(l, p.getValue(), total));
                }
            }
        }
        List<ResourceCost> out = new ArrayList<>();
        int priced = 0;
        int free = 0;
        int unsupported = 0;
        int usageDependent = 0;
        int notFound = 0;
        Map<String, Integer> unsupportedTypes = new TreeMap<>();
        resources.sort(java.util.Comparator.comparing(SourceResource::address));
        for (SourceResource r : resources) {
            List<CostLine> lines = byAddress.getOrDefault(r.address(), List.of());
            Status status;
            if (r.component() == null && r.supporting() == null) {
                status = Status.UNSUPPORTED;
                unsupportedTypes.merge(r.type(), 1, Integer::sum);
            } else if (lines.isEmpty()) {
                status = Status.FREE;
            } else if (lines.stream().anyMatch(CostLine::unpriced)) {
                status = Status.PRICE_NOT_FOUND;
            } else if (lines.stream().allMatch(l -> l.usageBased() && l.quantity() == 0)) {
                status = Status.USAGE_DEPENDENT;
            } else {
                status = Status.PRICED;
            }
            switch (status) {
                case PRICED -> priced++;
                case FREE -> free++;
                case UNSUPPORTED -> unsupported++;
                case USAGE_DEPENDENT -> usageDependent++;
                case PRICE_NOT_FOUND -> notFound++;
                default -> throw new IllegalStateException(status.name());
            }
            List<Charge> charges = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (CostLine l : lines) {
                Charge ch = charge(l, model.catalog());
                charges.add(ch);
                total = total.add(ch.monthlyCost());
            }
            out.add(new ResourceCost(r.address(), r.type(), r.region(), r.component(), status, total, List.copyOf(charges)));
        }
        // Recommendations: the optimiser's, each on the resources of the components it names (a configuration read from
        // Terraform is treated as production: nothing is proposed that stops it at night).
        boolean production = !"staging".equals(arch.environment()) && !"development".equals(arch.environment());
        List<Recommendation> recs = new ArrayList<>();
        for (Opportunity o : new Optimizer(model).find(arch, production)) {
            List<String> addrs = new ArrayList<>();
            for (String id : o.components()) {
                arch.component(id).ifPresent(c -> addrs.addAll(c.valueOr(Keys.TERRAFORM_INSTANCES, List.<String>of()).isEmpty()
                        ? c.valueOr(Keys.TERRAFORM_UNITS, List.of(anchorOf.get(id))) : c.value(Keys.TERRAFORM_INSTANCES)));
            }
            recs.add(new Recommendation(o.id(), o.title(), o.action(), decimal(o.monthlyUsd()), o.tradeOff(), o.basis(), List.copyOf(addrs)));
        }
        return new Project(path, regionDefault, List.copyOf(out), new Summary(priced, free, unsupported, usageDependent, notFound, unsupportedTypes),
                List.copyOf(recs));
    }

    /** Payers by part ({@code part=address}, an address listed n times paying n shares), in the order listed. */
    private static Map<String, Map<String, Integer>> parts(List<String> payers) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (String p : payers) {
            int eq = p.indexOf('=');
            out.computeIfAbsent(p.substring(0, eq), k -> new LinkedHashMap<>()).merge(p.substring(eq + 1), 1, Integer::sum);
        }
        return out;
    }

    /** One share for each address. */
    private static Map<String, Integer> each(List<String> addresses) {
        Map<String, Integer> out = new LinkedHashMap<>();
        addresses.forEach(a -> out.merge(a, 1, Integer::sum));
        return out;
    }

    /** A line's share when a resource bills {@code shares} of its {@code total} shares. */
    private static CostLine share(CostLine l, int shares, int total) {
        if (shares == total) {
            return l;
        }
        // The count in a component's charge ("NAT gateway hours (3)", "(2 x db.r7g.large)") is of the whole: a share
        // names its own ("(1 x db.r7g.large)"), or none when it is one of like resources billed equally.
        String name = shares == 1
                ? l.name().replace(" (" + total + ")", "").replace("(" + total + " x ", "(")
                : l.name().replace(" (" + total + ")", " (" + shares + ")").replace("(" + total + " x ", "(" + shares + " x ");
        return new CostLine(name, l.quantity() * shares / total, l.unit(), l.unitUsd(), l.monthlyUsd() * shares / total, l.priceKey(), l.priceRegion(), l.usageBased(), l.per());
    }

    private static Charge charge(CostLine l, PriceCatalog catalog) {
        BigDecimal quantity = decimal(l.quantity());
        BigDecimal cost = decimal(l.monthlyUsd());
        if (l.unpriced()) {
            return new Charge(l.name(), l.unit(), quantity, null, BigDecimal.ZERO, l.usageBased(), l.priceKey(), null, null, null, false, false);
        }
        PriceCatalog.Price p = catalog.find(l.priceKey(), l.priceRegion()).map(PriceCatalog.Quote::price).orElseThrow();
        return new Charge(l.name(), l.unit(), quantity, decimal(l.unitUsd()), cost, l.usageBased(), l.priceKey(), l.priceRegion(),
                p.fromPriceBook() ? p.book().toString() : p.source(), p.date(), true, p.fromPriceBook());
    }

    /** A double as the shortest decimal that reads back as it (no binary noise such as 0.30000000000000004). */
    static BigDecimal decimal(double v) {
        return new BigDecimal(Double.toString(v));
    }
}
