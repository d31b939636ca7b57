package dev.cloudwright.pricing.importer;

import dev.cloudwright.core.JsonParser.JArray;
import dev.cloudwright.core.JsonParser.JObject;
import dev.cloudwright.core.JsonParser.JString;
import dev.cloudwright.core.JsonParser.Node;
import java.util.TreeSet;

/**
 * The output of the AWS Price List Query API's {@code GetProducts} ({@code aws pricing get-products}):
 * {@code PriceList}, an array of JSON strings, each one product with its {@code terms}, {@code serviceCode},
 * {@code version} and {@code publicationDate}. Positions inside the strings are reported where they are in
 * the file.
 */
final class AwsQueryReader {
    private AwsQueryReader() {}

    static boolean reads(JObject root) {
        return root.get("PriceList") != null;
    }

    static void read(Doc doc, String text, String source, RowSet rows, ImportLog log) {
        JObject root = (JObject) doc.root;
        JArray list = doc.get(root, "PriceList", JArray.class);
        TreeSet<String> services = new TreeSet<>();
        for (Node n : list.items()) {
            Doc inner = doc.embedded(doc.as(n, "PriceList", JString.class), text);
            JObject entry = inner.as(inner.root, "PriceList entry", JObject.class);
            JObject product = inner.get(entry, "product", JObject.class);
            AwsProduct p = AwsProduct.read(inner, product, null);
            if (p.sku() == null) {
                throw inner.error(product, "missing \"sku\" (a string)");
            }
            log.read++;
            String service = inner.string(entry, "serviceCode", p.attributes().getOrDefault("servicecode", "?"));
            services.add(service);
            JString published = inner.opt(entry, "publicationDate", JString.class);
            String date = published == null ? null : inner.date(published, "publicationDate", published.value());
            JObject terms = inner.opt(entry, "terms", JObject.class);
            AwsProduct.Origin origin = new AwsProduct.Origin(service, inner.string(entry, "version", "?"), date, source);
            p.emit(origin, AwsProduct.terms(inner, terms == null ? null : inner.opt(terms, "OnDemand", JObject.class)),
                    AwsProduct.terms(inner, terms == null ? null : inner.opt(terms, "Reserved", JObject.class)), rows, log);
        }
        log.format = "AWS Price List Query API GetProducts result" + (services.isEmpty() ? "" : " (" + String.join(", ", services) + ")");
        JString next = doc.opt(root, "NextToken", JString.class);
        if (next != null && !next.value().isEmpty()) {
            log.warn("NextToken is set: this is one page of the result; import the other pages too (aws pricing get-products pages through them)");
        }
    }
}
