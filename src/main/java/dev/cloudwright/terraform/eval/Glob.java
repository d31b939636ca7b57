package dev.cloudwright.terraform.eval;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** {@code fileset} patterns (doublestar syntax): {@code *}, {@code ?}, {@code [...]}, {@code {a,b}} and {@code **} for any depth. */
final class Glob {
    private Glob() {}

    static Pattern compile(String glob) {
        StringBuilder re = new StringBuilder();
        String[] segs = glob.split("/", -1);
        for (int s = 0; s < segs.length; s++) {
            String seg = segs[s];
            boolean last = s == segs.length - 1;
            if (seg.equals("**")) {
                re.append(last ? ".*" : "(?:[^/]*/)*");
                continue;
            }
            segment(seg, re);
            if (!last) {
                re.append('/');
            }
        }
        try {
            return Pattern.compile(re.toString());
        } catch (PatternSyntaxException e) {
            throw new Functions.FnError("syntax error in pattern");
        }
    }

    private static void segment(String seg, StringBuilder re) {
        int braces = 0;
        for (int i = 0; i < seg.length(); i++) {
            char c = seg.charAt(i);
            switch (c) {
                case '*' -> re.append("[^/]*");
                case '?' -> re.append("[^/]");
                case '\\' -> {
                    if (i + 1 >= seg.length()) {
                        throw new Functions.FnError("syntax error in pattern");
                    }
                    re.append(Pattern.quote(String.valueOf(seg.charAt(++i))));
                }
                case '[' -> {
                    int end = seg.indexOf(']', i + 2);
                    if (end < 0) {
                        throw new Functions.FnError("syntax error in pattern");
                    }
                    String body = seg.substring(i + 1, end);
                    if (body.startsWith("!")) {
                        body = "^" + body.substring(1);
                    }
                    re.append('[').append(body.replace("[", "\\[").replace("&", "\\&")).append(']');
                    i = end;
                }
                case '{' -> {
                    braces++;
                    re.append("(?:");
                }
                case '}' -> {
                    if (braces == 0) {
                        throw new Functions.FnError("syntax error in pattern");
                    }
                    braces--;
                    re.append(')');
                }
                case ',' -> re.append(braces > 0 ? "|" : ",");
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces != 0) {
            throw new Functions.FnError("syntax error in pattern");
        }
    }
}
