package dev.cloudwright.pricing.importer;

import dev.cloudwright.core.JsonParser.JArray;
import dev.cloudwright.core.JsonParser.JObject;
import dev.cloudwright.core.JsonParser.JString;
import dev.cloudwright.core.JsonParser.Node;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A Google Cloud Billing Catalog SKU list ({@code services/<id>/skus}: {@code skus[]}, {@code nextPageToken}).
 * Keys, under {@code gcp.}: {@code gcp.<serviceDisplayName>.<description>}, each part made by {@link KeyText#slug},
 * with {@code .<usageType>} added for usage types other than {@code OnDemand} ({@code .preemptible},
 * {@code .commit1yr}). One row per region of {@code serviceRegions} ({@code global} when there is none) and tier
 * of the latest {@code pricingInfo}: the tier starts at {@code startUsageAmount}, in the usage unit; the price
 * is {@code units} + {@code nanos} / 10^9, exactly; the date is the pricing's {@code effectiveTime}.
 */
final class GcpCatalogReader {
    private GcpCatalogReader() {}

    private static final BigDecimal NANO_LIMIT = new BigDecimal(1_000_000_000);

    static boolean reads(JObject root) {
        return root.get("skus") != null;
    }

    static void read(Doc doc, String source, RowSet rows, ImportLog log) {
        JObject root = (JObject) doc.root;
        TreeSet<String> services = new TreeSet<>();
        for (JObject sku : doc.objects(doc.get(root, "skus", JArray.class), "skus")) {
            log.read++;
            sku(doc, sku, source, rows, log, services);
        }
        log.format = "Google Cloud Billing Catalog SKU list" + (services.isEmpty() ? "" : " (" + String.join(", ", services) + ")");
        JString next = doc.opt(root, "nextPageToken", JString.class);
        if (next != null && !next.value().isEmpty()) {
            log.warn("nextPageToken is set: this is one page of the list; import the other pages too (pageToken=" + next.value() + ")");
        }
    }

    /** One rate of the pricing: where its tier starts and its unit price. */
    private record Rate(BigDecimal from, BigDecimal usd, String currency) {}

    private static void sku(Doc doc, JObject sku, String source, RowSet rows, ImportLog log, TreeSet<String> services) {
        String id = doc.string(sku, "skuId");
        String description = doc.string(sku, "description");
        JObject category = doc.get(sku, "category", JObject.class);
        String service = doc.string(category, "serviceDisplayName");
        services.add(service);
        String usageType = doc.string(category, "usageType", "OnDemand");
        List<JObject> infos = doc.objects(doc.get(sku, "pricingInfo", JArray.class), "pricingInfo");
        if (infos.isEmpty()) {
            log.skip("no pricingInfo");
            return;
        }
        // The API gives the current pricing; a list asked for a time range gives several: the latest is used.
        JObject info = infos.stream().max(Comparator.comparing((JObject i) -> doc.string(i, "effectiveTime"))).orElseThrow();
        JString effective = doc.get(info, "effectiveTime", JString.class);
        String date = doc.date(effective, "effectiveTime", effective.value());
        JObject expression = doc.get(info, "pricingExpression", JObject.class);
        String usageUnit = doc.string(expression, "usageUnit");
        List<Rate> rates = new ArrayList<>();
        for (JObject r : doc.objects(doc.get(expression, "tieredRates", JArray.class), "tieredRates")) {
            JObject price = doc.get(r, "unitPrice", JObject.class);
            BigDecimal units = doc.integer(price, "units");
            BigDecimal nanos = doc.integer(price, "nanos");
            if (nanos.abs().compareTo(NANO_LIMIT) >= 0 || units.signum() * nanos.signum() < 0) {
                throw doc.error(price.get("nanos"), "\"nanos\" must be below 10^9 in size and of the sign of \"units\"");
            }
            BigDecimal from = r.get("startUsageAmount") == null ? BigDecimal.ZERO : doc.number(r, "startUsageAmount");
            rates.add(new Rate(from, units.add(nanos.movePointLeft(9)), doc.string(price, "currencyCode")));
        }
        String unit = unit(usageUnit);
        if (rates.isEmpty()) {
            log.skip("no tieredRates");
            return;
        }
        if (rates.stream().anyMatch(r -> !r.currency().equals("USD"))) {
            log.skip("currency " + rates.get(0).currency() + " (the catalog is in US dollars; ask the API with currencyCode=USD)");
            return;
        }
        if (rates.stream().anyMatch(r -> r.usd().signum() < 0)) {
            log.skip("a negative price (a discount or credit, not a list price)");
            return;
        }
        if (unit == null) {
            log.skip("usage unit '" + usageUnit + "' (no catalog measure for it)");
            return;
        }
        String key = "gcp." + KeyText.slug(service) + "." + KeyText.slug(description)
                + (usageType.equals("OnDemand") ? "" : "." + KeyText.slug(usageType));
        List<String> regions = new ArrayList<>();
        JArray served = doc.opt(sku, "serviceRegions", JArray.class);
        if (served != null) {
            for (Node n : served.items()) {
                regions.add(doc.as(n, "serviceRegions", JString.class).value());
            }
        }
        if (regions.isEmpty()) {
            regions.add("global");
        }
        String note = "Google Cloud " + service + " SKU " + id + ": " + description + " (" + doc.string(category, "resourceFamily", "?") + " / "
                + doc.string(category, "resourceGroup", "?") + " / " + usageType + "), per " + doc.string(expression, "usageUnitDescription", usageUnit);
        for (String region : regions) {
            for (Rate r : rates) {
                rows.add(new CatalogRow(key, region, unit, r.usd(), r.from(), source, date, "V", note, "SKU " + id, false), log);
            }
        }
    }

    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("h", "hour"), Map.entry("s", "second"), Map.entry("mo", "month"),
            Map.entry("GBy", "GB"), Map.entry("GBy.mo", "GB-month"), Map.entry("GBy.h", "GB-hour"), Map.entry("GBy.s", "GB-second"),
            Map.entry("GiBy", "GiB"), Map.entry("GiBy.mo", "GiB-month"), Map.entry("GiBy.h", "GiB-hour"), Map.entry("GiBy.s", "GiB-second"),
            Map.entry("count", "count"));

    /** A Cloud Billing usage unit ({@code h}, {@code GiBy.mo}, {@code count}) as a catalog unit; null when it has no measure. */
    static String unit(String usageUnit) {
        return UNITS.get(usageUnit);
    }
}
