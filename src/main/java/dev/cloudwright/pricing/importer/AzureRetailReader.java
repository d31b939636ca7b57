package dev.cloudwright.pricing.importer;

import dev.cloudwright.core.JsonParser.JArray;
import dev.cloudwright.core.JsonParser.JBool;
import dev.cloudwright.core.JsonParser.JObject;
import dev.cloudwright.core.JsonParser.JString;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page of the Azure Retail Prices API ({@code https://prices.azure.com/api/retail/prices}): {@code Items}, each
 * a meter's retail price in one region, and {@code NextPageLink}. Keys, under {@code azure.}:
 * {@code azure.<serviceName>.<productName>.<skuName>.<meterName>}, each part made by {@link KeyText#slug}, the
 * meter part left out when it is the same as the sku part ({@code azure.virtual-machines.virtual-machines-dv5-series.d2-v5}).
 * A reservation's key adds {@code .reservation.<term>} ({@code .reservation.3-years}); its price is the
 * whole term's, so its unit is the term ({@code year}, {@code 3 year}). The region is {@code armRegionName}
 * ({@code global} where it is empty); the tier starts at {@code tierMinimumUnits}, in the item's unit; the
 * price is {@code retailPrice}, as written; the date is {@code effectiveStartDate}.
 */
final class AzureRetailReader {
    private AzureRetailReader() {}

    static boolean reads(JObject root) {
        return root.get("Items") != null;
    }

    static void read(Doc doc, String source, RowSet rows, ImportLog log) {
        JObject root = (JObject) doc.root;
        log.format = "Azure Retail Prices API page";
        for (JObject item : doc.objects(doc.get(root, "Items", JArray.class), "Items")) {
            log.read++;
            item(doc, item, source, rows, log);
        }
        JString next = doc.opt(root, "NextPageLink", JString.class);
        if (next != null && !next.value().isEmpty()) {
            log.warn("NextPageLink is set: this is one page of the result; import the other pages too (" + next.value() + ")");
        }
    }

    private static void item(Doc doc, JObject item, String source, RowSet rows, ImportLog log) {
        String currency = doc.string(item, "currencyCode");
        BigDecimal price = doc.number(item, "retailPrice");
        String measure = doc.string(item, "unitOfMeasure");
        String service = doc.string(item, "serviceName");
        String product = doc.string(item, "productName");
        String sku = doc.string(item, "skuName");
        String meter = doc.string(item, "meterName");
        JString start = doc.get(item, "effectiveStartDate", JString.class);
        String date = doc.date(start, "effectiveStartDate", start.value());
        String type = doc.string(item, "type", "Consumption");
        if (!currency.equals("USD")) {
            log.skip("currency " + currency + " (the catalog is in US dollars; ask the API with currencyCode='USD')");
            return;
        }
        JBool primary = doc.opt(item, "isPrimaryMeterRegion", JBool.class);
        if (primary != null && !primary.value()) {
            log.skip("not the meter's primary region (isPrimaryMeterRegion false: the same meter is priced in its primary region)");
            return;
        }
        String key = "azure." + KeyText.slug(service) + "." + KeyText.slug(product) + "." + KeyText.slug(sku)
                + (KeyText.slug(meter).equals(KeyText.slug(sku)) ? "" : "." + KeyText.slug(meter));
        String unit;
        String termNote = "";
        if (type.equals("Consumption")) {
            unit = unit(measure);
            if (unit == null) {
                log.skip("unit '" + measure + "' (no catalog measure for it)");
                return;
            }
        } else if (type.equals("Reservation")) {
            String term = doc.string(item, "reservationTerm");
            Matcher years = Pattern.compile("([0-9]+) Years?").matcher(term);
            if (!years.matches()) {
                log.skip("reservation term '" + term + "' (not a number of years)");
                return;
            }
            key += ".reservation." + KeyText.slug(term);
            unit = years.group(1).equals("1") ? "year" : years.group(1) + " year";
            termNote = ", reservation: the price of the whole term (" + term + ")";
        } else {
            log.skip("type '" + type + "' (the catalog holds Consumption and Reservation prices)");
            return;
        }
        JString regionName = doc.opt(item, "armRegionName", JString.class);
        String region = regionName == null || regionName.value().isBlank() ? "global" : regionName.value();
        BigDecimal tier = item.get("tierMinimumUnits") == null ? BigDecimal.ZERO : doc.number(item, "tierMinimumUnits");
        String meterId = doc.string(item, "meterId", "?");
        String note = "Azure " + service + " / " + product + " / " + sku + " / " + meter + ", per " + measure + termNote + "; meterId " + meterId;
        rows.add(new CatalogRow(key, region, unit, price, tier, source, date, "V", note, "meterId " + meterId, false), log);
    }

    private static final Pattern UNIT = Pattern.compile("([0-9][0-9,]*)? ?([KM])? ?/? ?(.*)");
    private static final Map<String, String> MEASURES = Map.ofEntries(Map.entry("", "count"), Map.entry("hour", "hour"),
            Map.entry("hours", "hour"), Map.entry("second", "second"), Map.entry("seconds", "second"), Map.entry("month", "month"),
            Map.entry("months", "month"), Map.entry("gb", "GB"), Map.entry("gb/month", "GB-month"), Map.entry("gb/hour", "GB-hour"),
            Map.entry("gb hour", "GB-hour"), Map.entry("gib", "GiB"), Map.entry("gib/month", "GiB-month"), Map.entry("gib/hour", "GiB-hour"),
            Map.entry("gib hour", "GiB-hour"), Map.entry("gib/second", "GiB-second"));

    /**
     * An Azure unit of measure as a catalog unit: {@code 1 Hour} and {@code 1/Hour} are {@code hour}, {@code 100 Hours}
     * {@code 100 hour}, {@code 1 GB/Month} {@code GB-month}, a bare count ({@code 10K}, {@code 1M}, {@code 10,000}) a
     * {@code count}; null for units without a catalog measure ({@code 1 TB/Month}, {@code 1 Day}).
     */
    static String unit(String text) {
        Matcher m = UNIT.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String measure = MEASURES.get(m.group(3).strip().toLowerCase(Locale.ROOT));
        if (measure == null) {
            return null;
        }
        String digits = m.group(1) == null ? "1" : m.group(1).replace(",", "");
        if (digits.length() > 12) {
            return null;
        }
        long n = Long.parseLong(digits) * (m.group(2) == null ? 1 : m.group(2).equals("K") ? 1_000 : 1_000_000);
        return n <= 0 ? null : KeyText.multiple(n) + measure;
    }
}
