package dev.cloudwright.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON parser (RFC 8259) that keeps the position of every value, so a problem found later
 * can point at the line and column where the value was written. Iterative over nesting depth via
 * an explicit limit, and never recursing more than {@link #MAX_DEPTH} levels.
 */
public final class JsonParser {
    public static final int MAX_DEPTH = 10_000;

    /** A parsed value with its 1-based line and column, and its character offsets. */
    public sealed interface Node permits JObject, JArray, JString, JNumber, JBool, JNull {
        int line();

        int column();

        int start();

        int end();
    }

    public record Member(String key, int keyLine, int keyColumn, int keyStart, int keyEnd, Node value) {}

    public record JObject(List<Member> members, int line, int column, int start, int end) implements Node {
        public Node get(String key) {
            for (Member m : members) {
                if (m.key().equals(key)) {
                    return m.value();
                }
            }
            return null;
        }
    }

    public record JArray(List<Node> items, int line, int column, int start, int end) implements Node {}

    public record JString(String value, int line, int column, int start, int end) implements Node {}

    public record JNumber(BigDecimal value, int line, int column, int start, int end) implements Node {}

    public record JBool(boolean value, int line, int column, int start, int end) implements Node {}

    public record JNull(int line, int column, int start, int end) implements Node {}

    /** A syntax error with its position. */
    public static final class JsonException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        JsonException(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    private final String s;
    private int i;
    private int line = 1;
    private int lineStart;
    private int depth;

    private JsonParser(String s) {
        this.s = s;
    }

    public static Node parse(String text) {
        JsonParser p = new JsonParser(text);
        p.ws();
        Node n = p.value();
        p.ws();
        if (p.i < p.s.length()) {
            throw p.error("unexpected " + p.describe() + " after the JSON value");
        }
        return n;
    }

    /** Parses to plain Java values: Map (insertion-ordered), List, String, BigDecimal, Boolean, null. */
    public static Object parsePlain(String text) {
        return plain(parse(text));
    }

    public static Object plain(Node n) {
        if (n instanceof JObject o) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Member mem : o.members()) {
                m.put(mem.key(), plain(mem.value()));
            }
            return m;
        }
        if (n instanceof JArray a) {
            List<Object> l = new ArrayList<>();
            for (Node x : a.items()) {
                l.add(plain(x));
            }
            return l;
        }
        if (n instanceof JString str) {
            return str.value();
        }
        if (n instanceof JNumber num) {
            return num.value();
        }
        if (n instanceof JBool b) {
            return b.value();
        }
        return null;
    }

    private JsonException error(String message) {
        return new JsonException(message, line, i - lineStart + 1);
    }

    private String describe() {
        if (i >= s.length()) {
            return "end of input";
        }
        return "character '" + s.charAt(i) + "'";
    }

    private void ws() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            i++;
        }
    }

    private Node value() {
        if (i >= s.length()) {
            throw error("unexpected end of input, expected a value");
        }
        int l = line;
        int col = i - lineStart + 1;
        int start = i;
        char c = s.charAt(i);
        switch (c) {
            case '{':
                return object(l, col, start);
            case '[':
                return array(l, col, start);
            case '"':
                return new JString(string(), l, col, start, i);
            case 't':
                literal("true");
                return new JBool(true, l, col, start, i);
            case 'f':
                literal("false");
                return new JBool(false, l, col, start, i);
            case 'n':
                literal("null");
                return new JNull(l, col, start, i);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number(l, col, start);
                }
                throw error("unexpected " + describe() + ", expected a value");
        }
    }

    private void literal(String word) {
        if (!s.startsWith(word, i)) {
            throw error("unexpected " + describe() + ", expected a value");
        }
        i += word.length();
    }

    private Node object(int l, int col, int start) {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
        i++;
        List<Member> members = new ArrayList<>();
        ws();
        if (i < s.length() && s.charAt(i) == '}') {
            i++;
            depth--;
            return new JObject(members, l, col, start, i);
        }
        while (true) {
            ws();
            if (i >= s.length() || s.charAt(i) != '"') {
                throw error("unexpected " + describe() + ", expected a quoted object key");
            }
            int kl = line;
            int kc = i - lineStart + 1;
            int ks = i;
            String key = string();
            int ke = i;
            ws();
            if (i >= s.length() || s.charAt(i) != ':') {
                throw error("unexpected " + describe() + ", expected ':' after the object key");
            }
            i++;
            ws();
            Node v = value();
            members.add(new Member(key, kl, kc, ks, ke, v));
            ws();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
                continue;
            }
            if (i < s.length() && s.charAt(i) == '}') {
                i++;
                depth--;
                return new JObject(members, l, col, start, i);
            }
            throw error("unexpected " + describe() + ", expected ',' or '}'");
        }
    }

    private Node array(int l, int col, int start) {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
        i++;
        List<Node> items = new ArrayList<>();
        ws();
        if (i < s.length() && s.charAt(i) == ']') {
            i++;
            depth--;
            return new JArray(items, l, col, start, i);
        }
        while (true) {
            ws();
            items.add(value());
            ws();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
                continue;
            }
            if (i < s.length() && s.charAt(i) == ']') {
                i++;
                depth--;
                return new JArray(items, l, col, start, i);
            }
            throw error("unexpected " + describe() + ", expected ',' or ']'");
        }
    }

    private String string() {
        i++;
        StringBuilder b = new StringBuilder();
        while (true) {
            if (i >= s.length()) {
                throw error("unterminated string");
            }
            char c = s.charAt(i);
            if (c == '"') {
                i++;
                return b.toString();
            }
            if (c == '\\') {
                if (i + 1 >= s.length()) {
                    throw error("unterminated string");
                }
                char e = s.charAt(i + 1);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        if (i + 6 > s.length()) {
                            throw error("invalid \\u escape");
                        }
                        try {
                            b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                        } catch (NumberFormatException ex) {
                            throw error("invalid \\u escape");
                        }
                        i += 4;
                    }
                    default -> throw error("invalid escape \\" + e);
                }
                i += 2;
                continue;
            }
            if (c < 0x20) {
                throw error("control character in string");
            }
            b.append(c);
            i++;
        }
    }

    private Node number(int l, int col, int start) {
        int j = i;
        if (s.charAt(j) == '-') {
            j++;
        }
        if (j >= s.length() || !Character.isDigit(s.charAt(j))) {
            throw error("invalid number");
        }
        if (s.charAt(j) == '0' && j + 1 < s.length() && Character.isDigit(s.charAt(j + 1))) {
            throw error("invalid number: leading zero");
        }
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
            j++;
        }
        if (j < s.length() && s.charAt(j) == '.') {
            j++;
            if (j >= s.length() || !Character.isDigit(s.charAt(j))) {
                throw error("invalid number");
            }
            while (j < s.length() && Character.isDigit(s.charAt(j))) {
                j++;
            }
        }
        if (j < s.length() && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            j++;
            if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            if (j >= s.length() || !Character.isDigit(s.charAt(j))) {
                throw error("invalid number");
            }
            while (j < s.length() && Character.isDigit(s.charAt(j))) {
                j++;
            }
        }
        BigDecimal v = new BigDecimal(s.substring(i, j));
        i = j;
        return new JNumber(v, l, col, start, i);
    }
}
