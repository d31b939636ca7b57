package dev.cloudwright.pricing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A catalog row's unit column, parsed: an optional leading multiplier and a {@link Measure}.
 * {@code 1M requests} is 1,000,000 requests, {@code 10K requests} 10,000, {@code 100K events} 100,000,
 * {@code GB-month} one GB-month.
 *
 * @param size    base units in one catalog unit (the divisor of a base-unit quantity)
 * @param measure what is counted
 */
record CatalogUnit(double size, Measure measure) {
    private static final Pattern FORM = Pattern.compile("(?:([0-9]+)([KMB]?) )?(\\S+)");

    /** Parses a unit; anything else is an error naming the text (the loader adds file and line). */
    static CatalogUnit parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("unit '" + text + "' is not '[<count>[K|M|B] ]<measure>'");
        }
        Measure measure = Measure.of(m.group(3)).orElseThrow(() -> new IllegalArgumentException(
                "unit '" + text + "': unknown measure '" + m.group(3) + "' (known: " + known() + ")"));
        double size = 1;
        if (m.group(1) != null) {
            size = Long.parseLong(m.group(1)) * multiplier(m.group(2));
            if (size <= 0) {
                throw new IllegalArgumentException("unit '" + text + "': the multiplier must be positive");
            }
        }
        return new CatalogUnit(size, measure);
    }

    private static double multiplier(String suffix) {
        switch (suffix) {
            case "K":
                return 1e3;
            case "M":
                return 1e6;
            case "B":
                return 1e9;
            default:
                return 1;
        }
    }

    private static String known() {
        StringBuilder b = new StringBuilder();
        for (Measure m : Measure.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(m.token());
        }
        return b.toString();
    }
}
