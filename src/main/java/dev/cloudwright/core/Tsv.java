package dev.cloudwright.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the bundled tab-separated data files. The first non-comment line names the columns; lines
 * starting with {@code #} are comments (used for file-level provenance notes).
 */
public final class Tsv {
    private Tsv() {}

    /** One data row; {@link #get} fails loudly on an unknown column so typos in code are caught by tests. */
    public record Row(String file, int line, Map<String, String> values) {
        public String get(String column) {
            String v = values.get(column);
            if (v == null) {
                throw new DataFileException(file + ":" + line + ": no column '" + column + "'");
            }
            return v;
        }

        public String getOr(String column, String fallback) {
            String v = values.get(column);
            return v == null || v.isEmpty() ? fallback : v;
        }

        public double number(String column) {
            String v = get(column);
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new DataFileException(file + ":" + line + ": column '" + column + "' is not a number: " + v);
            }
        }

        public int integer(String column) {
            return (int) number(column);
        }
    }

    /** Loads a classpath resource relative to the root, e.g. {@code dev/cloudwright/aws/prices.tsv}. */
    public static List<Row> resource(String path) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new DataFileException("missing bundled data file " + path);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(path, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> parse(String name, BufferedReader r) throws IOException {
        List<Row> rows = new ArrayList<>();
        String[] header = null;
        Map<String, Integer> columns = null;
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = cells;
                columns = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    columns.putIfAbsent(header[i].trim(), i);
                }
                continue;
            }
            if (cells.length > header.length) {
                throw new DataFileException(name + ":" + n + ": " + cells.length + " cells, header has " + header.length);
            }
            String[] values = new String[header.length];
            for (int i = 0; i < header.length; i++) {
                values[i] = i < cells.length ? cells[i].trim() : "";
            }
            rows.add(new Row(name, n, new Cells(columns, values)));
        }
        return rows;
    }

    /** A row's cells by column name, sharing the header's index (the files are large; a map per row is not needed). */
    private static final class Cells extends java.util.AbstractMap<String, String> {
        private final Map<String, Integer> columns;
        private final String[] values;

        Cells(Map<String, Integer> columns, String[] values) {
            this.columns = columns;
            this.values = values;
        }

        @Override
        public String get(Object column) {
            Integer i = columns.get(column);
            return i == null ? null : values[i];
        }

        @Override
        public boolean containsKey(Object column) {
            return columns.containsKey(column);
        }

        @Override
        public java.util.Set<Map.Entry<String, String>> entrySet() {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            columns.forEach((k, i) -> m.put(k, values[i]));
            return m.entrySet();
        }
    }
}
