package dev.cloudwright.pricing.importer;

import dev.cloudwright.core.JsonParser.JObject;
import dev.cloudwright.core.JsonParser.JString;
import dev.cloudwright.core.JsonParser.Member;
import java.util.List;

/**
 * An AWS Price List bulk offer file ({@code offerCode}, {@code version}, {@code publicationDate},
 * {@code products} by sku, {@code terms.OnDemand} and {@code terms.Reserved} by sku and offer term code).
 * Rows are dated by the offer's publication date.
 */
final class AwsOfferReader {
    private AwsOfferReader() {}

    static boolean reads(JObject root) {
        return root.get("offerCode") != null;
    }

    static void read(Doc doc, String source, RowSet rows, ImportLog log) {
        JObject root = (JObject) doc.root;
        String offer = doc.string(root, "offerCode");
        String version = doc.string(root, "version");
        JString published = doc.opt(root, "publicationDate", JString.class);
        String date = published == null ? null : doc.date(published, "publicationDate", published.value());
        log.format = "AWS Price List bulk offer " + offer + " (version " + version + (date == null ? "" : ", published " + date) + ")";
        JObject products = doc.get(root, "products", JObject.class);
        JObject terms = doc.get(root, "terms", JObject.class);
        JObject onDemand = doc.opt(terms, "OnDemand", JObject.class);
        JObject reserved = doc.opt(terms, "Reserved", JObject.class);
        AwsProduct.Origin origin = new AwsProduct.Origin(offer, version, date, source);
        for (Member m : products.members()) {
            AwsProduct p = AwsProduct.read(doc, doc.as(m.value(), m.key(), JObject.class), m.key());
            log.read++;
            p.emit(origin, termsOf(doc, onDemand, p.sku()), termsOf(doc, reserved, p.sku()), rows, log);
        }
    }

    private static List<AwsProduct.Term> termsOf(Doc doc, JObject bySku, String sku) {
        return bySku == null || bySku.get(sku) == null ? List.of() : AwsProduct.terms(doc, doc.as(bySku.get(sku), sku, JObject.class));
    }
}
