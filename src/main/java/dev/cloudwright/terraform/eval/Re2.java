package dev.cloudwright.terraform.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Terraform's regular expressions are RE2 (Go's regexp). This translates the RE2 syntax that Java
 * spells differently ({@code (?P<name>)}, {@code [[:alpha:]]}, literal {@code [} in classes, end-of-text
 * {@code $}...), rejects what RE2 does not support (look-around, back-references), and runs matches
 * with Go's rules for empty matches and {@code $n} expansion. Java's engine backtracks, so matching
 * runs under a step budget instead of hanging on pathological patterns.
 */
final class Re2 {

    /** A compiled pattern and the RE2 name of each capture group (null for unnamed groups). */
    record Compiled(Pattern pattern, List<String> groupNames) {
        boolean hasNamed() {
            return groupNames.stream().anyMatch(n -> n != null);
        }

        boolean hasUnnamed() {
            return groupNames.stream().anyMatch(n -> n == null);
        }

        int indexOf(String name) {
            return groupNames.indexOf(name) + 1;
        }
    }

    private static final Map<String, String> POSIX = Map.ofEntries(Map.entry("alnum", "\\p{Alnum}"), Map.entry("alpha", "\\p{Alpha}"),
            Map.entry("ascii", "\\p{ASCII}"), Map.entry("blank", "\\p{Blank}"), Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("digit", "\\p{Digit}"),
            Map.entry("graph", "\\p{Graph}"), Map.entry("lower", "\\p{Lower}"), Map.entry("print", "\\p{Print}"), Map.entry("punct", "\\p{Punct}"),
            Map.entry("space", "\\s\\x0B"), Map.entry("upper", "\\p{Upper}"), Map.entry("word", "\\w"), Map.entry("xdigit", "\\p{XDigit}"));

    private Re2() {}

    private static Functions.FnError bad(String why) {
        return new Functions.FnError("invalid regexp pattern: " + why);
    }

    static Compiled compile(String re) {
        StringBuilder out = new StringBuilder();
        List<String> names = new ArrayList<>();
        boolean multiline = re.matches("(?s).*\\(\\?[a-zA-Z]*m[a-zA-Z]*[:)].*");
        int i = 0;
        int n = re.length();
        while (i < n) {
            char c = re.charAt(i);
            switch (c) {
                case '\\' -> i = escape(re, i, out, false);
                case '[' -> i = charClass(re, i, out);
                case '(' -> {
                    if (re.startsWith("(?P<", i) || (re.startsWith("(?<", i) && !re.startsWith("(?<=", i) && !re.startsWith("(?<!", i))) {
                        int start = re.indexOf('<', i) + 1;
                        int end = re.indexOf('>', start);
                        if (end < 0 || !re.substring(start, end).matches("[A-Za-z0-9_]+")) {
                            throw bad("invalid named capture");
                        }
                        String name = re.substring(start, end);
                        if (names.contains(name)) {
                            throw bad("duplicate capture group name " + name);
                        }
                        names.add(name);
                        out.append("(?<g").append(names.size()).append('>');
                        i = end + 1;
                    } else if (re.startsWith("(?", i)) {
                        int j = i + 2;
                        while (j < n && (Character.isLetter(re.charAt(j)) || re.charAt(j) == '-')) {
                            j++;
                        }
                        String flags = re.substring(i + 2, j);
                        if (j >= n || (re.charAt(j) != ':' && re.charAt(j) != ')') || !flags.matches("[imsU-]*")) {
                            throw bad("invalid or unsupported Perl syntax: " + re.substring(i, Math.min(n, j + 1)));
                        }
                        if (flags.contains("U")) {
                            throw bad("the ungreedy flag U is not supported here");
                        }
                        out.append(re, i, j + 1);
                        i = j + 1;
                    } else {
                        names.add(null);
                        out.append('(');
                        i++;
                    }
                }
                case '$' -> {
                    out.append(multiline ? "$" : "\\z");
                    i++;
                }
                case '{' -> {
                    Matcher m = Pattern.compile("\\{(\\d+)(,(\\d*))?\\}").matcher(re).region(i, n);
                    if (m.lookingAt() && i > 0) {
                        if (Long.parseLong(m.group(1)) > 1000 || (m.group(3) != null && !m.group(3).isEmpty() && Long.parseLong(m.group(3)) > 1000)) {
                            throw bad("invalid repeat count");
                        }
                        out.append(m.group());
                        i = m.end();
                        i = quantifierSuffix(re, i, out);
                    } else {
                        out.append("\\{");
                        i++;
                    }
                }
                case '*', '+', '?' -> {
                    out.append(c);
                    i = quantifierSuffix(re, i + 1, out);
                }
                default -> {
                    out.append(c);
                    i++;
                }
            }
        }
        try {
            return new Compiled(Pattern.compile(out.toString(), Pattern.UNIX_LINES | Pattern.UNICODE_CASE), Collections.unmodifiableList(names));
        } catch (PatternSyntaxException e) {
            throw bad(e.getDescription());
        } catch (StackOverflowError e) {
            throw bad("pattern is too deeply nested");
        }
    }

    /** After a quantifier: a lazy {@code ?} is fine; RE2 rejects a further repetition operator. */
    private static int quantifierSuffix(String re, int i, StringBuilder out) {
        if (i < re.length() && re.charAt(i) == '?') {
            out.append('?');
            i++;
        }
        if (i < re.length() && "*+?".indexOf(re.charAt(i)) >= 0) {
            throw bad("invalid nested repetition operator");
        }
        return i;
    }

    private static int escape(String re, int i, StringBuilder out, boolean inClass) {
        if (i + 1 >= re.length()) {
            throw bad("trailing backslash at end of expression");
        }
        char e = re.charAt(i + 1);
        if (e == 'Q' && !inClass) {
            int end = re.indexOf("\\E", i + 2);
            String lit = end < 0 ? re.substring(i + 2) : re.substring(i + 2, end);
            out.append(Pattern.quote(lit));
            return end < 0 ? re.length() : end + 2;
        }
        if (e >= '1' && e <= '9') {
            throw bad("invalid escape sequence: \\" + e + " (back-references are not supported)");
        }
        if (e == 'Z' || e == 'C' || e == 'G' || e == 'R' || e == 'X' || e == 'h' || e == 'H' || e == 'V' || e == 'k' || e == 'K') {
            throw bad("invalid escape sequence: \\" + e);
        }
        if ((e == 'p' || e == 'P') && i + 2 < re.length() && re.charAt(i + 2) == '{') {
            int end = re.indexOf('}', i + 3);
            if (end < 0) {
                throw bad("invalid character class range");
            }
            String name = re.substring(i + 3, end);
            out.append('\\').append(e).append('{').append(unicodeClass(name)).append('}');
            return end + 1;
        }
        out.append('\\').append(e);
        return i + 2;
    }

    private static String unicodeClass(String name) {
        if (name.length() > 2) {
            try {
                Character.UnicodeScript.forName(name);
                return "Is" + name;
            } catch (IllegalArgumentException e) {
                throw bad("invalid character class range: \\p{" + name + "}");
            }
        }
        return name;
    }

    private static int charClass(String re, int i, StringBuilder out) {
        int n = re.length();
        out.append('[');
        i++;
        if (i < n && re.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        boolean first = true;
        while (true) {
            if (i >= n) {
                throw bad("missing closing ]");
            }
            char c = re.charAt(i);
            if (c == ']' && !first) {
                out.append(']');
                return i + 1;
            }
            first = false;
            if (c == '[' && re.startsWith("[:", i)) {
                int end = re.indexOf(":]", i + 2);
                if (end > 0) {
                    String name = re.substring(i + 2, end);
                    boolean neg = name.startsWith("^");
                    String cls = POSIX.get(neg ? name.substring(1) : name);
                    if (cls == null) {
                        throw bad("invalid character class range: [:" + name + ":]");
                    }
                    if (neg) {
                        out.append("[^").append(cls).append(']');
                    } else {
                        out.append(cls);
                    }
                    i = end + 2;
                    continue;
                }
            }
            if (c == '\\') {
                i = escape(re, i, out, true);
                continue;
            }
            if (c == '[' || c == '&' || c == ']') {
                out.append('\\');
            }
            out.append(c);
            i++;
        }
    }

    /** The input as seen by the matcher, failing the match once it has looked at too many characters. */
    private static final class Budgeted implements CharSequence {
        private final String s;
        private long budget;

        Budgeted(String s) {
            this.s = s;
            this.budget = 20_000_000L + 100L * s.length();
        }

        @Override
        public char charAt(int index) {
            if (--budget < 0) {
                throw new Functions.FnError("the regular expression needs too much backtracking on this input; RE2 patterns must not rely on it");
            }
            return s.charAt(index);
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.substring(start, end);
        }

        @Override
        public String toString() {
            return s;
        }
    }

    /** One match: group spans as {start, end} pairs, index 0 for the whole match, -1 for groups that did not take part. */
    record Match(int[] spans) {
        int start(int g) {
            return spans[2 * g];
        }

        int end(int g) {
            return spans[2 * g + 1];
        }
    }

    private static Match snapshot(Matcher m) {
        int[] spans = new int[2 * (m.groupCount() + 1)];
        for (int g = 0; g <= m.groupCount(); g++) {
            spans[2 * g] = m.start(g);
            spans[2 * g + 1] = m.end(g);
        }
        return new Match(spans);
    }

    /** The first match, or null. */
    static Match find(Compiled c, String s) {
        Matcher m = c.pattern().matcher(new Budgeted(s));
        try {
            return m.find() ? snapshot(m) : null;
        } catch (StackOverflowError e) {
            throw new Functions.FnError("the regular expression is too complex for this input");
        }
    }

    /** All matches, ignoring an empty match that directly follows the previous match, as Go does. */
    static List<Match> findAll(Compiled c, String s) {
        Matcher m = c.pattern().matcher(new Budgeted(s));
        List<Match> out = new ArrayList<>();
        int prevEnd = -1;
        try {
            while (m.find()) {
                if (!(m.start() == m.end() && m.start() == prevEnd)) {
                    out.add(snapshot(m));
                    if (out.size() > 1_000_000) {
                        throw new Functions.FnError("more than 1000000 matches");
                    }
                }
                prevEnd = m.end();
            }
        } catch (StackOverflowError e) {
            throw new Functions.FnError("the regular expression is too complex for this input");
        }
        return out;
    }

    /** Go's {@code Regexp.ReplaceAllString}: {@code $1}, {@code ${1}}, {@code $name}, {@code ${name}}, {@code $$}. */
    static String replaceAll(Compiled c, String s, String template) {
        Text.Out out = new Text.Out();
        int last = 0;
        for (Match m : findAll(c, s)) {
            out.append(s.substring(last, m.start(0)));
            expand(c, s, m, template, out);
            last = m.end(0);
        }
        out.append(s.substring(last));
        return out.toString();
    }

    private static void expand(Compiled c, String s, Match m, String t, Text.Out out) {
        int i = 0;
        while (i < t.length()) {
            int d = t.indexOf('$', i);
            if (d < 0) {
                out.append(t.substring(i));
                return;
            }
            out.append(t.substring(i, d));
            i = d + 1;
            if (i < t.length() && t.charAt(i) == '$') {
                out.append("$");
                i++;
                continue;
            }
            String name = null;
            if (i < t.length() && t.charAt(i) == '{') {
                int close = t.indexOf('}', i);
                if (close > i + 1 && t.substring(i + 1, close).matches("\\w+")) {
                    name = t.substring(i + 1, close);
                    i = close + 1;
                }
            } else {
                int j = i;
                while (j < t.length() && (Character.isLetterOrDigit(t.charAt(j)) && t.charAt(j) < 0x80 || t.charAt(j) == '_')) {
                    j++;
                }
                if (j > i) {
                    name = t.substring(i, j);
                    i = j;
                }
            }
            if (name == null) {
                out.append("$");
                continue;
            }
            int g = -1;
            if (name.matches("\\d+")) {
                g = name.length() > 9 ? -1 : Integer.parseInt(name);
            } else {
                g = c.indexOf(name);
                g = g == 0 ? -1 : g;
            }
            if (g >= 0 && g <= c.groupNames().size() && m.start(g) >= 0) {
                out.append(s.substring(m.start(g), m.end(g)));
            }
        }
    }
}
