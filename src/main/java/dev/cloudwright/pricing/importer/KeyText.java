package dev.cloudwright.pricing.importer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Key parts made from a provider's names: lower case, accents dropped, every run of other characters than
 * {@code a-z} and {@code 0-9} one hyphen, none at either end ({@code "D2 v5"} gives {@code d2-v5},
 * {@code "Virtual Machines Dv5 Series"} gives {@code virtual-machines-dv5-series}); an empty name gives
 * {@code none}. Parts never contain a dot, so the dots of a key separate its parts.
 */
final class KeyText {
    private KeyText() {}

    static String slug(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "none" : s;
    }

    /** The multiplier before a catalog unit's measure: "" for 1, {@code "100 "}, {@code "10K "}, {@code "1M "}, {@code "1B "}. */
    static String multiple(long n) {
        if (n == 1) {
            return "";
        }
        String[] suffixes = {"B", "M", "K"};
        long[] sizes = {1_000_000_000L, 1_000_000L, 1_000L};
        for (int i = 0; i < sizes.length; i++) {
            if (n % sizes[i] == 0) {
                return n / sizes[i] + suffixes[i] + " ";
            }
        }
        return n + " ";
    }
}
