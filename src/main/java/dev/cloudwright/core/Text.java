package dev.cloudwright.core;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Small text helpers: nearest-name suggestions for typos. */
public final class Text {
    private Text() {}

    /** Levenshtein edit distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The candidate closest to {@code input}, if it is close enough to be a plausible typo: at most
     * a third of the longer word's length (and at least one edit) away, or a case/separator variant.
     */
    public static Optional<String> nearest(String input, Collection<String> candidates) {
        String norm = normalise(input);
        Optional<String> byNorm = candidates.stream().filter(c -> normalise(c).equals(norm)).findFirst();
        if (byNorm.isPresent()) {
            return byNorm;
        }
        return candidates.stream()
                .filter(c -> distance(input, c) <= Math.max(1, Math.max(input.length(), c.length()) / 3))
                .min(Comparator.comparingInt((String c) -> distance(input, c)).thenComparing(c -> c));
    }

    private static String normalise(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
    }

    /** " (did you mean `x`?)" or the empty string. */
    public static String didYouMean(String input, Collection<String> candidates) {
        return nearest(input, candidates).map(c -> " (did you mean `" + c + "`?)").orElse("");
    }

    /** Whether a runbook step's text is a shell command (set in code in documents) rather than words. */
    public static boolean isShellCommand(String text) {
        return text.startsWith("aws ") || text.startsWith("terraform ") || text.startsWith("dig ");
    }
}
