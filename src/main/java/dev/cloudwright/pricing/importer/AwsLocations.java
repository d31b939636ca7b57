package dev.cloudwright.pricing.importer;

import dev.cloudwright.geo.RegionCatalog;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Region codes for AWS Price List products: the {@code regionCode} attribute where the product has it, else
 * its location name ({@code US East (N. Virginia)}) looked up in {@code aws/regions.tsv}. The price list
 * writes European regions {@code EU (Ireland)} where the region list says {@code Europe (Ireland)}, and
 * {@code Sao Paulo} without its accent; both spellings are accepted.
 */
final class AwsLocations {
    private static final Map<String, String> BY_NAME = names();

    private AwsLocations() {}

    /** What a location resolves to: a region code, or why it does not. */
    record Resolved(String code, String problem) {}

    /**
     * The region of a product from its attributes, with the attribute names of the side wanted:
     * {@code regionCode}/{@code location}/{@code locationType}, or {@code fromRegionCode}/... for transfer.
     */
    static Resolved resolve(Map<String, String> attributes, String codeAttribute, String locationAttribute, String typeAttribute) {
        String type = attributes.get(typeAttribute);
        if (type != null && !type.equals("AWS Region")) {
            return new Resolved(null, "location type '" + type + "' (only AWS Regions are in the catalog)");
        }
        String code = attributes.get(codeAttribute);
        if (code != null && !code.isBlank()) {
            return new Resolved(code, null);
        }
        String location = attributes.get(locationAttribute);
        if (location == null || location.isBlank()) {
            return new Resolved(null, "no " + codeAttribute + " or " + locationAttribute + " attribute");
        }
        String found = BY_NAME.get(normalise(location));
        return found != null ? new Resolved(found, null)
                : new Resolved(null, "location '" + location + "' is not in aws/regions.tsv");
    }

    private static Map<String, String> names() {
        Map<String, String> m = new HashMap<>();
        RegionCatalog regions = RegionCatalog.aws();
        for (String code : regions.codes()) {
            String name = regions.get(code).name();
            m.put(normalise(name), code);
            if (name.startsWith("Europe (")) {
                m.put(normalise("EU (" + name.substring("Europe (".length())), code);
            }
        }
        return m;
    }

    private static String normalise(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }
}
