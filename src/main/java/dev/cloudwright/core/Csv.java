package dev.cloudwright.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them (quoted fields with doubled quotes, line breaks inside quotes, CRLF
 * or LF), with the line and column where each row starts, for error messages. A quote left open is an error.
 */
public final class Csv {
    private Csv() {}

    /** One record: its fields and the line it starts on (1-based). */
    public record Row(List<String> fields, int line) {}

    public static List<Row> parse(String file, String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        int rowLine = 1;
        int quoteLine = 0;
        int quoteColumn = 0;
        int column = 0;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char ch = text.charAt(i);
            column++;
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                        column++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                        column = 0;
                    }
                    field.append(ch);
                }
                continue;
            }
            switch (ch) {
                case '"' -> {
                    if (field.length() > 0 || wasQuoted) {
                        throw new InputException(new SourcePosition(file, line, column), "a quote inside an unquoted field (quote the whole field and double the quote)");
                    }
                    quoted = true;
                    wasQuoted = true;
                    quoteLine = line;
                    quoteColumn = column;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                }
                case '\r' -> {
                    // part of CRLF; a lone CR is kept out of fields
                }
                case '\n' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                    if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                        rows.add(new Row(List.copyOf(fields), rowLine));
                    }
                    fields.clear();
                    line++;
                    rowLine = line;
                    column = 0;
                }
                default -> field.append(ch);
            }
        }
        if (quoted) {
            throw new InputException(new SourcePosition(file, quoteLine, quoteColumn), "the quoted field that starts here is never closed");
        }
        if (field.length() > 0 || !fields.isEmpty() || wasQuoted) {
            fields.add(field.toString());
            rows.add(new Row(List.copyOf(fields), rowLine));
        }
        return rows;
    }
}
