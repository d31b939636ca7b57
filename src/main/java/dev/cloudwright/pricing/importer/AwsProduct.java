package dev.cloudwright.pricing.importer;

import dev.cloudwright.core.JsonParser.JObject;
import dev.cloudwright.core.JsonParser.JString;
import dev.cloudwright.core.JsonParser.Member;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An AWS Price List product ({@code sku}, {@code productFamily}, {@code attributes}) and its terms, in the one
 * shape the bulk offer files and the Query API's GetProducts documents share; {@link #emit} turns them into
 * catalog rows. A price is read exactly, as written ({@code "0.0816000000"}).
 */
record AwsProduct(String sku, String family, Map<String, String> attributes) {

    /** A price dimension of a term: {@code unit}, {@code pricePerUnit.USD}, {@code beginRange}. */
    record Dimension(String rateCode, String unit, BigDecimal usd, BigDecimal beginRange, String description) {}

    /** An on-demand or reserved term with its attributes ({@code LeaseContractLength}...) and dimensions. */
    record Term(String code, String effectiveDate, Map<String, String> attributes, List<Dimension> dimensions) {}

    /** Where the rows come from: offer code and version, the date the prices are dated by, the source. */
    record Origin(String offerCode, String version, String published, String source) {}

    static AwsProduct read(Doc doc, JObject o, String skuKey) {
        String sku = doc.string(o, "sku", skuKey);
        String family = doc.string(o, "productFamily", "");
        Map<String, String> attributes = new LinkedHashMap<>();
        JObject attrs = doc.opt(o, "attributes", JObject.class);
        if (attrs != null) {
            for (Member m : attrs.members()) {
                attributes.put(m.key(), doc.as(m.value(), m.key(), JString.class).value());
            }
        }
        return new AwsProduct(sku, family, attributes);
    }

    /** The terms of one sku: the members of {@code terms.OnDemand[sku]} or of a GetProducts {@code terms.OnDemand}. */
    static List<Term> terms(Doc doc, JObject byCode) {
        List<Term> out = new ArrayList<>();
        if (byCode == null) {
            return out;
        }
        for (Member m : byCode.members()) {
            JObject t = doc.as(m.value(), m.key(), JObject.class);
            JObject dims = doc.get(t, "priceDimensions", JObject.class);
            List<Dimension> dimensions = new ArrayList<>();
            for (Member d : dims.members()) {
                JObject dim = doc.as(d.value(), d.key(), JObject.class);
                JObject price = doc.get(dim, "pricePerUnit", JObject.class);
                BigDecimal usd = price.get("USD") == null ? null : doc.decimalString(price, "USD");
                BigDecimal begin = dim.get("beginRange") == null ? BigDecimal.ZERO : doc.decimalString(dim, "beginRange");
                dimensions.add(new Dimension(doc.string(dim, "rateCode", d.key()), doc.string(dim, "unit"), usd, begin,
                        doc.string(dim, "description", "")));
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            JObject ta = doc.opt(t, "termAttributes", JObject.class);
            if (ta != null) {
                for (Member a : ta.members()) {
                    attributes.put(a.key(), doc.as(a.value(), a.key(), JString.class).value());
                }
            }
            JString effective = doc.opt(t, "effectiveDate", JString.class);
            String date = effective == null ? null : doc.date(effective, "effectiveDate", effective.value());
            out.add(new Term(doc.string(t, "offerTermCode", m.key()), date, attributes, dimensions));
        }
        return out;
    }

    /** The rows of this product's on-demand (and, for instances, reserved) terms; or the reason it gives none. */
    void emit(Origin origin, List<Term> onDemand, List<Term> reserved, RowSet rows, ImportLog log) {
        AwsMapping.Decision d = AwsMapping.map(this);
        if (d.target() == null) {
            log.skip(d.skipped());
            return;
        }
        AwsMapping.Target t = d.target();
        if (onDemand.isEmpty() && (reserved.isEmpty() || !t.reservable())) {
            log.skip("no on-demand term");
            return;
        }
        for (Term term : onDemand) {
            for (Dimension dim : term.dimensions()) {
                row(origin, t, t.key(), t.unit(), term, dim, rows, log);
            }
        }
        if (t.reservable()) {
            for (Term term : reserved) {
                reserved(origin, t, term, rows, log);
            }
        }
    }

    /**
     * A reserved term: its hourly charge as {@code <key>.reserved.<1yr|3yr>.<standard|convertible>.<no-upfront|...>}
     * per hour, and an upfront fee as that key with {@code .upfront}, per term ({@code year}, {@code 3 year}).
     */
    private void reserved(Origin origin, AwsMapping.Target t, Term term, RowSet rows, ImportLog log) {
        String lease = term.attributes().getOrDefault("LeaseContractLength", "");
        java.util.regex.Matcher years = java.util.regex.Pattern.compile("([0-9]+) ?yr").matcher(lease);
        String option = term.attributes().getOrDefault("PurchaseOption", "");
        if (!years.matches() || option.isBlank()) {
            log.skip("prices", "a reserved term without LeaseContractLength (1yr, 3yr) or PurchaseOption");
            return;
        }
        String offering = term.attributes().getOrDefault("OfferingClass", "standard");
        String key = t.key() + ".reserved." + years.group(1) + "yr." + AwsMapping.token(offering) + "." + AwsMapping.token(option);
        String termUnit = years.group(1).equals("1") ? "year" : years.group(1) + " year";
        for (Dimension dim : term.dimensions()) {
            if (dim.unit().equals("Quantity")) {
                if (dim.usd() != null && dim.usd().signum() != 0) {
                    AwsMapping.Target fee = new AwsMapping.Target(key + ".upfront", t.region(), termUnit, BigDecimal.ONE, List.of("Quantity"), false, false);
                    row(origin, fee, fee.key(), termUnit, term, dim, rows, log);
                }
            } else {
                row(origin, t, key, "hour", term, dim, rows, log);
            }
        }
    }

    private void row(Origin origin, AwsMapping.Target t, String key, String unit, Term term, Dimension dim, RowSet rows, ImportLog log) {
        if (dim.usd() == null) {
            log.skip("prices", "no USD price");
            return;
        }
        if (t.awsUnits().stream().noneMatch(u -> u.equalsIgnoreCase(dim.unit()))) {
            log.skip("prices", "unit '" + dim.unit() + "' where " + t.key() + " is priced per " + String.join(" or ", t.awsUnits()));
            return;
        }
        String date = origin.published() != null ? origin.published() : term.effectiveDate();
        String note = origin.offerCode() + " " + origin.version() + " sku " + sku + " rate " + dim.rateCode()
                + (dim.description().isBlank() ? "" : ": " + dim.description());
        rows.add(new CatalogRow(key, t.region(), unit, dim.usd().multiply(t.scale()), dim.beginRange().divide(t.scale()), origin.source(),
                date == null ? "undated" : date, "V", note, "sku " + sku, t.highest()), log);
    }
}
