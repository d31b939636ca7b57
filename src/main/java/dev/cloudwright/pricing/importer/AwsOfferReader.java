package dev.cloudwright.pricing.importer;

import dev.cloudwright.core.JsonParser.JObject;
import dev.cloudwright.core.JsonParser.JString;
import dev.cloudwright.core.JsonParser.Member;
import dev.cloudwright.core.JsonParser.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, Node> onDemandBySku = index(onDemand);
        Map<String, Node> reservedBySku = index(reserved);
        for (Member m : products.members()) {
            AwsProduct p = AwsProduct.read(doc, doc.as(m.value(), m.key(), JObject.class), m.key());
            log.read++;
            p.emit(origin, termsOf(doc, onDemandBySku, p.sku()), termsOf(doc, reservedBySku, p.sku()), rows, log);
        }
    }

    /** The members of a terms object by sku (an offer has one per product: looking each up in the member list would be quadratic). */
    private static Map<String, Node> index(JObject bySku) {
        Map<String, Node> m = new HashMap<>();
        if (bySku != null) {
            for (Member member : bySku.members()) {
                m.putIfAbsent(member.key(), member.value());
            }
        }
        return m;
    }

    private static List<AwsProduct.Term> termsOf(Doc doc, Map<String, Node> bySku, String sku) {
        Node n = bySku.get(sku);
        return n == null ? List.of() : AwsProduct.terms(doc, doc.as(n, sku, JObject.class));
    }
}
