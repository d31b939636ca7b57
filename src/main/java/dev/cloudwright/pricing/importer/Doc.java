package dev.cloudwright.pricing.importer;

import dev.cloudwright.core.InputException;
import dev.cloudwright.core.JsonParser;
import dev.cloudwright.core.JsonParser.JArray;
import dev.cloudwright.core.JsonParser.JNumber;
import dev.cloudwright.core.JsonParser.JObject;
import dev.cloudwright.core.JsonParser.JString;
import dev.cloudwright.core.JsonParser.Node;
import dev.cloudwright.core.SourcePosition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A parsed JSON document of one input file, and typed access to its members: anything not of the
 * shape a price format requires is an {@link InputException} at the value's line and column. A
 * document can also be JSON written inside a JSON string of the file (the GetProducts {@code PriceList}
 * entries); its positions are then mapped back to where the characters are in the file.
 */
final class Doc {
    final String file;
    final Node root;
    private final int[] lineStarts;
    /** For a document inside a string: the file offset of each decoded character (one more for the end). */
    private final int[] offsets;

    private Doc(String file, Node root, int[] lineStarts, int[] offsets) {
        this.file = file;
        this.root = root;
        this.lineStarts = lineStarts;
        this.offsets = offsets;
    }

    /** Parses a file's text; a syntax error is an input error at its position. */
    static Doc parse(String file, String text) {
        try {
            return new Doc(file, JsonParser.parse(text), null, null);
        } catch (JsonParser.JsonException e) {
            throw new InputException(new SourcePosition(file, e.line(), e.column()), "invalid JSON: " + e.getMessage());
        }
    }

    /** Parses the JSON text held in {@code s}, a string of this document whose raw text is {@code source}. */
    Doc embedded(JString s, String source) {
        if (offsets != null) {
            throw new IllegalStateException("nested embedded documents are not supported");
        }
        int[] map = decodedOffsets(source, s.start());
        int[] starts = lineStarts(source);
        Doc outer = new Doc(file, null, starts, null);
        try {
            return new Doc(file, JsonParser.parse(s.value()), starts, map);
        } catch (JsonParser.JsonException e) {
            int[] inner = lineStarts(s.value());
            int at = inner[Math.min(e.line(), inner.length) - 1] + e.column() - 1;
            int raw = map[Math.min(Math.max(at, 0), map.length - 1)];
            throw new InputException(outer.position(raw), "invalid JSON in the string: " + e.getMessage());
        }
    }

    SourcePosition at(Node n) {
        return offsets == null ? new SourcePosition(file, n.line(), n.column()) : position(offsets[n.start()]);
    }

    InputException error(Node n, String message) {
        return new InputException(at(n), message);
    }

    /** The member {@code name} of {@code o}: required, of the JSON type {@code type}. */
    <T extends Node> T get(JObject o, String name, Class<T> type) {
        Node n = o.get(name);
        if (n == null) {
            throw error(o, "missing \"" + name + "\" (" + article(type) + ")");
        }
        return as(n, name, type);
    }

    /** The member {@code name} of {@code o} if present and not null, of the JSON type {@code type}; else null. */
    <T extends Node> T opt(JObject o, String name, Class<T> type) {
        Node n = o.get(name);
        return n == null || n instanceof JsonParser.JNull ? null : as(n, name, type);
    }

    <T extends Node> T as(Node n, String what, Class<T> type) {
        if (!type.isInstance(n)) {
            throw error(n, "\"" + what + "\" must be " + article(type) + ", not " + article(n.getClass()));
        }
        return type.cast(n);
    }

    String string(JObject o, String name) {
        return get(o, name, JString.class).value();
    }

    /** A string member, or {@code fallback} when it is absent or null. */
    String string(JObject o, String name, String fallback) {
        JString s = opt(o, name, JString.class);
        return s == null ? fallback : s.value();
    }

    /** A decimal written as a JSON string ({@code "0.0816000000"}), read exactly. */
    BigDecimal decimalString(JObject o, String name) {
        JString s = get(o, name, JString.class);
        try {
            return new BigDecimal(s.value());
        } catch (NumberFormatException e) {
            throw error(s, "\"" + name + "\" must be a decimal number, not \"" + s.value() + "\"");
        }
    }

    /** A JSON number member, read exactly as written. */
    BigDecimal number(JObject o, String name) {
        return get(o, name, JNumber.class).value();
    }

    /** An integer written as a JSON string or a number (protobuf JSON writes int64 as a string). */
    BigDecimal integer(JObject o, String name) {
        Node n = o.get(name);
        if (n == null || n instanceof JsonParser.JNull) {
            return BigDecimal.ZERO;
        }
        try {
            BigDecimal v = n instanceof JString s ? new BigDecimal(s.value()) : as(n, name, JNumber.class).value();
            return new BigDecimal(v.toBigIntegerExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw error(n, "\"" + name + "\" must be an integer");
        }
    }

    /** The members of an object value that must be objects themselves, in file order. */
    List<JObject> objects(JArray a, String what) {
        List<JObject> out = new ArrayList<>();
        for (Node n : a.items()) {
            out.add(as(n, what, JObject.class));
        }
        return out;
    }

    /** A date at the start of {@code text} ({@code 2025-08-01T00:00:00Z} gives {@code 2025-08-01}). */
    String date(Node n, String what, String text) {
        if (text.length() < 10 || !text.substring(0, 10).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")
                || text.length() > 10 && text.charAt(10) != 'T' && text.charAt(10) != ' ') {
            throw error(n, "\"" + what + "\" must be a date (YYYY-MM-DD, optionally followed by a time), not \"" + text + "\"");
        }
        return text.substring(0, 10);
    }

    private SourcePosition position(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        int line = i >= 0 ? i : -i - 2;
        return new SourcePosition(file, line + 1, offset - lineStarts[line] + 1);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The source offset of each character a JSON string literal starting at {@code quote} decodes to. */
    private static int[] decodedOffsets(String source, int quote) {
        List<Integer> map = new ArrayList<>();
        int i = quote + 1;
        while (i < source.length() && source.charAt(i) != '"') {
            map.add(i);
            if (source.charAt(i) == '\\') {
                i += i + 1 < source.length() && source.charAt(i + 1) == 'u' ? 6 : 2;
            } else {
                i++;
            }
        }
        map.add(Math.min(i, source.length()));
        return map.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String article(Class<?> type) {
        if (type == JObject.class) {
            return "an object";
        }
        if (type == JArray.class) {
            return "an array";
        }
        if (type == JString.class) {
            return "a string";
        }
        if (type == JNumber.class) {
            return "a number";
        }
        if (type == JsonParser.JBool.class) {
            return "true or false";
        }
        return "null";
    }
}
