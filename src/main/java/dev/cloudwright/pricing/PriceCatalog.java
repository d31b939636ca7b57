package dev.cloudwright.pricing;

import dev.cloudwright.core.DataFileException;
import dev.cloudwright.core.SourcePosition;
import dev.cloudwright.core.Tsv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * On-demand unit prices from the bundled, dated data files: one row per (key, region, tier), each
 * with its source. Prices are looked up by key and region; where the catalog has no row for a
 * region the price of the reference region is used and the quote says so. A user's price book
 * ({@link #withPriceBook}) can be laid over the bundled prices; its prices say where they were read.
 */
public final class PriceCatalog {
    /** Region whose prices stand in where a region has no catalog row. */
    public static final String REFERENCE_REGION = "us-east-1";

    /**
     * A price: tiers ordered by the quantity at which they start. {@code book} is where a price book row
     * set it (the file and line of its first tier), null for a bundled price.
     */
    public record Price(String key, String region, String unit, List<Tier> tiers, String source, String date, String confidence,
            SourcePosition book) {
        public Price(String key, String region, String unit, List<Tier> tiers, String source, String date) {
            this(key, region, unit, tiers, source, date, "", null);
        }

        /** Whether the price comes from a user's price book rather than the bundled catalog. */
        public boolean fromPriceBook() {
            return book != null;
        }

        /** The first priced tier's unit price (after any free allowance). */
        public double firstTierUsd() {
            return tiers.stream().filter(t -> t.usd() > 0).findFirst().orElse(tiers.get(0)).usd();
        }

        /** How many base units one catalog unit is: 1,000,000 for {@code 1M requests}, 1 for {@code GB-month}. */
        public double unitSize() {
            return catalogUnit().size();
        }

        /** Cost of {@code baseQuantity} base units (requests, not millions of requests) in one month. */
        public double costFor(double baseQuantity) {
            return cost(baseQuantity / unitSize());
        }

        CatalogUnit catalogUnit() {
            return CatalogUnit.parse(unit);
        }

        /** Cost of {@code quantity} catalog units in one month, walking the tiers. */
        public double cost(double quantity) {
            double total = 0;
            for (int i = 0; i < tiers.size(); i++) {
                double from = tiers.get(i).from();
                double to = i + 1 < tiers.size() ? tiers.get(i + 1).from() : Double.POSITIVE_INFINITY;
                if (quantity <= from) {
                    break;
                }
                total += (Math.min(quantity, to) - from) * tiers.get(i).usd();
            }
            return total;
        }
    }

    public record Tier(double from, double usd) {}

    /** A looked-up price: {@code substitute} is true when another region's price stands in. */
    public record Quote(Price price, boolean substitute) {
        /** Whether the price comes from a user's price book ({@link #withPriceBook}). */
        public boolean fromPriceBook() {
            return price.fromPriceBook();
        }
    }

    private static final String AWS_PRICES = "dev/cloudwright/aws/prices.tsv";
    /** Prices of the services beyond those the designer uses (read from Terraform), in a file of their own. */
    private static final String AWS_SERVICE_PRICES = "dev/cloudwright/aws/prices-services.tsv";
    /**
     * Instance prices by family, for every type a configuration may name (the designer picks from a few of them, in
     * {@code prices.tsv}): EC2, RDS, ElastiCache and search nodes; committed-use prices are in {@code commitments.tsv}.
     */
    static final List<String> AWS_INSTANCE_PRICES = List.of("dev/cloudwright/aws/prices-ec2.tsv", "dev/cloudwright/aws/prices-rds.tsv",
            "dev/cloudwright/aws/prices-nodes.tsv");
    private static final java.util.function.Supplier<PriceCatalog> AWS = dev.cloudwright.core.DataFile.lazy(AWS_PRICES, rows -> {
        // The other files are read in parallel with each other (they are most of the start-up time of a cost run).
        List<String> files = new ArrayList<>();
        files.add(AWS_SERVICE_PRICES);
        files.addAll(AWS_INSTANCE_PRICES);
        files.add(CommittedUse.FILE);
        List<List<Tsv.Row>> read = files.parallelStream().map(Tsv::resource).toList();
        Map<String, Price> all = new HashMap<>(build(AWS_PRICES, rows).prices);
        for (int i = 0; i < files.size() - 1; i++) {
            add(all, files.get(i), build(files.get(i), read.get(i)).prices);
        }
        PriceCatalog onDemand = new PriceCatalog(all);
        Map<String, Price> committed = new HashMap<>();
        for (Price p : CommittedUse.load(onDemand, read.get(files.size() - 1))) {
            if (committed.put(p.key() + "@" + p.region(), p) != null) {
                throw new DataFileException(CommittedUse.FILE + ": " + p.key() + " in " + p.region() + " twice");
            }
        }
        add(all, CommittedUse.FILE, committed); // onDemand's map: it is not used again
        return new PriceCatalog(all);
    });
    private final Map<String, Price> prices;

    private PriceCatalog(Map<String, Price> prices) {
        this.prices = prices;
    }

    public static PriceCatalog aws() {
        return AWS.get();
    }

    /**
     * Starts reading the bundled catalog on a background thread, so that a command can parse its input meanwhile;
     * {@link #aws()} then waits for it. A failure is reported by {@code aws()}, which reads again.
     */
    public static void preload() {
        Thread t = new Thread(() -> {
            try {
                AWS.get();
            } catch (RuntimeException e) {
                // aws() reads again and reports it
            }
        }, "catalog-preload");
        t.setDaemon(true);
        t.start();
    }

    /** Adds {@code other} to {@code m}; a (key, region) both have is an error in {@code resource}. */
    private static void add(Map<String, Price> m, String resource, Map<String, Price> other) {
        for (Map.Entry<String, Price> e : other.entrySet()) {
            if (m.putIfAbsent(e.getKey(), e.getValue()) != null) {
                throw new DataFileException(resource + ": " + e.getKey() + " is priced in another catalog file too");
            }
        }
    }

    static PriceCatalog load(String resource) {
        return build(resource, Tsv.resource(resource));
    }

    /**
     * Groups rows into tiered prices. Every unit must parse ({@link CatalogUnit}) and all rows of a key
     * must share one unit; otherwise the file is wrong, and the error names its line.
     */
    static PriceCatalog build(String resource, List<Tsv.Row> all) {
        Map<String, List<Tsv.Row>> grouped = new HashMap<>();
        Map<String, Tsv.Row> unitOfKey = new HashMap<>();
        java.util.Set<String> units = new java.util.HashSet<>();
        for (Tsv.Row r : all) {
            try {
                if (!units.contains(r.get("unit"))) {
                    CatalogUnit.parse(r.get("unit"));
                    units.add(r.get("unit"));
                }
            } catch (IllegalArgumentException e) {
                throw new DataFileException(resource + ":" + r.line() + ": " + e.getMessage());
            }
            Tsv.Row first = unitOfKey.putIfAbsent(r.get("key"), r);
            if (first != null && !first.get("unit").equals(r.get("unit"))) {
                throw new DataFileException(resource + ":" + r.line() + ": " + r.get("key") + " is priced per '" + r.get("unit")
                        + "' here but per '" + first.get("unit") + "' at line " + first.line());
            }
            grouped.computeIfAbsent(r.get("key") + "@" + r.get("region"), k -> new ArrayList<>()).add(r);
        }
        Map<String, Price> m = new HashMap<>();
        for (Map.Entry<String, List<Tsv.Row>> e : grouped.entrySet()) {
            List<Tsv.Row> rows = e.getValue();
            rows.sort(Comparator.comparingDouble(r -> r.number("tier_from")));
            Tsv.Row first = rows.get(0);
            List<Tier> tiers = new ArrayList<>();
            if (first.number("tier_from") > 0) {
                tiers.add(new Tier(0, 0)); // a free allowance below the first priced tier
            } else if (first.number("tier_from") < 0) {
                throw new DataFileException(resource + ":" + first.line() + ": negative tier start for " + e.getKey());
            }
            rows.forEach(r -> tiers.add(new Tier(r.number("tier_from"), r.number("usd"))));
            m.put(e.getKey(), new Price(first.get("key"), first.get("region"), first.get("unit"), List.copyOf(tiers),
                    first.get("source_url"), first.get("source_date"), first.getOr("confidence", ""), null));
        }
        return new PriceCatalog(m);
    }

    /**
     * This catalog with a user's price book laid over it: every {@code *.tsv} file in {@code path} (or the one
     * file {@code path} names), in the catalog's columns. A price book price for a (key, region) replaces this
     * catalog's price there, all its tiers; a key this catalog lacks is added. A key this catalog has must keep
     * its unit. Bad files and rows are {@link dev.cloudwright.core.InputException}s naming file, line and column;
     * this catalog is unchanged.
     */
    public PriceCatalog withPriceBook(Path path) {
        Map<String, String> units = new HashMap<>();
        for (Price p : prices.values()) {
            units.putIfAbsent(p.key(), p.unit());
        }
        Map<String, Price> m = new HashMap<>(prices);
        m.putAll(PriceBook.read(path, units));
        return new PriceCatalog(m);
    }

    /** The price of {@code key} in {@code region}: the region's own, a global one, or the reference region's. */
    public Optional<Quote> find(String key, String region) {
        Price p = prices.get(key + "@" + region);
        if (p != null) {
            return Optional.of(new Quote(p, false));
        }
        p = prices.get(key + "@global");
        if (p != null) {
            return Optional.of(new Quote(p, false));
        }
        p = prices.get(key + "@" + REFERENCE_REGION);
        return p == null ? Optional.empty() : Optional.of(new Quote(p, true));
    }

    public Quote quote(String key, String region) {
        return find(key, region).orElseThrow(() -> new DataFileException("no price for " + key + " in the catalog"));
    }

    public boolean has(String key) {
        return find(key, REFERENCE_REGION).isPresent();
    }

    public List<Price> all() {
        return prices.values().stream().sorted(Comparator.comparing(Price::key).thenComparing(Price::region)).toList();
    }
}
