package dev.cloudwright.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Number and duration formatting shared by the design texts and the renderers. */
public final class Fmt {
    private Fmt() {}

    /** 10000000 -> "10,000,000"; 1234.5 -> "1,235". */
    public static String count(double v) {
        return String.format(Locale.ROOT, "%,d", Math.round(v));
    }

    /** Up to two decimals, no trailing zeros: 3 -> "3", 0.25 -> "0.25", 1.333 -> "1.33". */
    public static String num(double v) {
        BigDecimal b = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    /** A decimal without exponent or trailing zeros: 1E+1 -> "10", 2.50 -> "2.5"; null -> "null". */
    public static String num(BigDecimal v) {
        if (v == null) {
            return "null";
        }
        BigDecimal b = v.stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    /** A count and a noun, singular for one: (1, "escalation") -> "1 escalation", (2, ...) -> "2 escalations". */
    public static String plural(long n, String singular) {
        return plural(n, singular, singular + "s");
    }

    /** A count and a noun with an irregular plural: (3, "policy", "policies") -> "3 policies". */
    public static String plural(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** Dollars: "$1,234" for amounts of 100 or more, "$12.34" below. */
    /** "a", "a and b", "a, b and c". */
    public static String list(java.util.List<String> items) {
        int n = items.size();
        if (n <= 1) {
            return n == 0 ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
    }

    public static String usd(double v) {
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "$%,d", Math.round(v));
        }
        return String.format(Locale.ROOT, "$%,.2f", v);
    }

    /** A unit price with enough digits to be exact: "$0.04048". */
    public static String price(double v) {
        return "$" + BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    public static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /** An availability percentage with enough digits: 99.99 -> "99.99%", 99.8754 -> "99.875%". */
    public static String availability(double percent) {
        BigDecimal b = BigDecimal.valueOf(percent).setScale(3, RoundingMode.DOWN).stripTrailingZeros();
        return b.toPlainString() + "%";
    }

    /** Seconds as a short human duration: 0s, 45s, 15m, 1h, 1h 30m, 2d. */
    public static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            long m = s / 60;
            long r = s % 60;
            return r == 0 ? m + "m" : m + "m " + r + "s";
        }
        if (s < 86_400 || s % 86_400 != 0) {
            long h = s / 3600;
            long m = (s % 3600) / 60;
            return m == 0 ? h + "h" : h + "h " + m + "m";
        }
        return s / 86_400 + "d";
    }

    /** Minutes as a short duration: 140 -> "2h 20m". */
    public static String minutes(double minutes) {
        return duration(minutes * 60);
    }
}
