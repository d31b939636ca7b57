package dev.cloudwright.terraform.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * String helpers that follow Go's semantics, which Terraform's functions inherit: characters are
 * grapheme clusters, case mapping is per code point, "space" is Go's {@code unicode.IsSpace}.
 */
final class Text {
    private Text() {}

    /** The longest string a function may produce, in UTF-16 units; larger results are an error. */
    static final int MAX_CHARS = 16 * 1024 * 1024;

    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    /** The grapheme clusters ("characters" in Terraform's sense) of a string. */
    static List<String> graphemes(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = GRAPHEME.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static int graphemeCount(String s) {
        int n = 0;
        Matcher m = GRAPHEME.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Fails when a result of {@code length} characters would be too large to build. */
    static void checkSize(long length) {
        if (length > MAX_CHARS) {
            throw new Functions.FnError("the result would be " + length + " characters long, more than the limit of " + MAX_CHARS);
        }
    }

    /** A StringBuilder that refuses to grow past {@link #MAX_CHARS}. */
    static final class Out {
        private final StringBuilder b = new StringBuilder();

        Out append(CharSequence s) {
            checkSize((long) b.length() + s.length());
            b.append(s);
            return this;
        }

        Out appendCodePoint(int cp) {
            checkSize((long) b.length() + 2);
            b.appendCodePoint(cp);
            return this;
        }

        int length() {
            return b.length();
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }

    static String upper(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(Character.toUpperCase(cp)));
        return b.toString();
    }

    static String lower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(Character.toLowerCase(cp)));
        return b.toString();
    }

    /** Go's {@code strings.Title}: upper-cases (title-cases) each letter that follows a separator. */
    static String title(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int prev = ' ';
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            b.appendCodePoint(isTitleSeparator(prev) ? Character.toTitleCase(cp) : cp);
            prev = cp;
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    private static boolean isTitleSeparator(int cp) {
        if (cp <= 0x7F) {
            return !(Character.isLetterOrDigit(cp) || cp == '_');
        }
        if (Character.isLetter(cp) || Character.isDigit(cp)) {
            return false;
        }
        return isSpace(cp);
    }

    /** Go's {@code unicode.IsSpace}. */
    static boolean isSpace(int cp) {
        switch (cp) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0 -> {
                return true;
            }
            default -> {
                return cp > 0xFF && Character.isSpaceChar(cp);
            }
        }
    }

    static String trimSpace(String s) {
        int i = 0;
        int j = s.length();
        while (i < j && isSpace(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        while (j > i && isSpace(s.codePointBefore(j))) {
            j -= Character.charCount(s.codePointBefore(j));
        }
        return s.substring(i, j);
    }

    /** Go's {@code strings.Trim}: removes leading and trailing code points found in {@code cutset}. */
    static String trim(String s, String cutset) {
        int i = 0;
        int j = s.length();
        while (i < j && cutset.indexOf(s.codePointAt(i)) >= 0) {
            i += Character.charCount(s.codePointAt(i));
        }
        while (j > i && cutset.indexOf(s.codePointBefore(j)) >= 0) {
            j -= Character.charCount(s.codePointBefore(j));
        }
        return s.substring(i, j);
    }

    /** Go's {@code strings.Replace(s, old, new, -1)}, including its handling of an empty {@code old}. */
    static String replaceAll(String s, String old, String rep) {
        Out out = new Out();
        if (old.isEmpty()) {
            out.append(rep);
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                out.appendCodePoint(cp).append(rep);
                i += Character.charCount(cp);
            }
            return out.toString();
        }
        int i = 0;
        while (true) {
            int j = s.indexOf(old, i);
            if (j < 0) {
                out.append(s.substring(i));
                return out.toString();
            }
            out.append(s.substring(i, j)).append(rep);
            i = j + old.length();
        }
    }

    /** Compares strings by code point, which is the byte order of their UTF-8 forms (Go's string order). */
    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
