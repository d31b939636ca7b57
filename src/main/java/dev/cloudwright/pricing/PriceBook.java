package dev.cloudwright.pricing;

import dev.cloudwright.core.InputException;
import dev.cloudwright.core.PathCheck;
import dev.cloudwright.core.Problem;
import dev.cloudwright.core.SourcePosition;
import dev.cloudwright.core.Text;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A user's price book: tab-separated files in the catalog's columns ({@code key region unit usd tier_from
 * source_url source_date}, and optionally {@code confidence} and {@code note}), read strictly: every problem is
 * reported with its file, line and column, and none is ignored. Lines starting with {@code #} are comments.
 */
final class PriceBook {
    static final List<String> REQUIRED = List.of("key", "region", "unit", "usd", "tier_from", "source_url", "source_date");
    static final List<String> OPTIONAL = List.of("confidence", "note");

    private PriceBook() {}

    /** One cell's text and where it starts. */
    private record Cell(String text, SourcePosition at) {}

    /** One checked row: its cells by column. */
    private record Row(SourcePosition at, Map<String, Cell> cells) {
        String text(String column) {
            Cell c = cells.get(column);
            return c == null ? "" : c.text();
        }
    }

    /**
     * The prices of the book at {@code path} (a directory of {@code *.tsv} files, or one file), keyed
     * {@code key@region}. {@code units} holds the unit of each key the catalog below already prices.
     */
    static Map<String, PriceCatalog.Price> read(Path path, Map<String, String> units) {
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Path f : files(path)) {
            rows.addAll(rows(f, problems));
        }
        Map<String, List<Row>> grouped = new LinkedHashMap<>();
        Map<String, Row> firstOfKey = new HashMap<>();
        Map<String, Row> tierAt = new HashMap<>();
        for (Row r : rows) {
            String key = r.text("key");
            Cell unit = r.cells().get("unit");
            String bundled = units.get(key);
            Row first = firstOfKey.putIfAbsent(key, r);
            if (bundled != null && !bundled.equals(unit.text())) {
                problems.add(new Problem(unit.at(), key + " is priced per '" + bundled + "' in the catalog; a price book row must use the same unit"));
                continue;
            }
            if (first != null && !first.text("unit").equals(unit.text())) {
                problems.add(new Problem(unit.at(), key + " is priced per '" + unit.text() + "' here but per '" + first.text("unit")
                        + "' at " + first.at()));
                continue;
            }
            String tier = key + "@" + r.text("region") + "@" + new BigDecimal(r.text("tier_from")).stripTrailingZeros().toPlainString();
            Row same = tierAt.putIfAbsent(tier, r);
            if (same != null) {
                problems.add(new Problem(r.cells().get("tier_from").at(), key + " in " + r.text("region") + " from " + r.text("tier_from")
                        + " is priced twice: also at " + same.at()));
                continue;
            }
            grouped.computeIfAbsent(key + "@" + r.text("region"), k -> new ArrayList<>()).add(r);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Map<String, PriceCatalog.Price> prices = new HashMap<>();
        for (Map.Entry<String, List<Row>> e : grouped.entrySet()) {
            prices.put(e.getKey(), price(e.getValue()));
        }
        return prices;
    }

    private static PriceCatalog.Price price(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(r -> new BigDecimal(r.text("tier_from"))));
        Row first = sorted.get(0);
        List<PriceCatalog.Tier> tiers = new ArrayList<>();
        if (new BigDecimal(first.text("tier_from")).signum() > 0) {
            tiers.add(new PriceCatalog.Tier(0, 0)); // a free allowance below the first priced tier, as in the bundled catalog
        }
        for (Row r : sorted) {
            tiers.add(new PriceCatalog.Tier(Double.parseDouble(r.text("tier_from")), Double.parseDouble(r.text("usd"))));
        }
        return new PriceCatalog.Price(first.text("key"), first.text("region"), first.text("unit"), List.copyOf(tiers),
                first.text("source_url"), first.text("source_date"), first.text("confidence"), first.at());
    }

    /** The book's files: the one file named, or the directory's {@code *.tsv} files by name. */
    private static List<Path> files(Path path) {
        String missing = PathCheck.problem(path);
        if (missing != null) {
            throw new InputException(new SourcePosition(path.toString(), 0, 0), "price book: " + missing);
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        List<Path> found;
        try (Stream<Path> s = Files.list(path)) {
            found = s.filter(p -> p.getFileName().toString().endsWith(".tsv") && !Files.isDirectory(p)).sorted().toList();
        } catch (IOException e) {
            throw new InputException(new SourcePosition(path.toString(), 0, 0), "price book: cannot list the directory: " + e.getMessage());
        }
        if (found.isEmpty()) {
            throw new InputException(new SourcePosition(path.toString(), 0, 0), "price book: no .tsv files in the directory");
        }
        return found;
    }

    private static List<Row> rows(Path file, List<Problem> problems) {
        String name = file.toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(new SourcePosition(name, 0, 0), "price book: not UTF-8 text"));
            return List.of();
        } catch (IOException e) {
            problems.add(new Problem(new SourcePosition(name, 0, 0), "price book: cannot read the file: " + e.getMessage()));
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        List<Cell> header = null;
        String[] lines = text.split("\r?\n", -1);
        for (int n = 1; n <= lines.length; n++) {
            String line = lines[n - 1];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<Cell> cells = cells(name, n, line);
            if (header == null) {
                header = cells;
                if (!header(name, n, header, problems)) {
                    return List.of();
                }
                continue;
            }
            if (cells.size() > header.size()) {
                problems.add(new Problem(cells.get(header.size()).at(), "price book: " + cells.size() + " cells, the header has " + header.size()));
                continue;
            }
            Map<String, Cell> byColumn = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                SourcePosition end = new SourcePosition(name, n, line.length() + 1);
                byColumn.put(header.get(i).text(), i < cells.size() ? cells.get(i) : new Cell("", end));
            }
            Row r = new Row(new SourcePosition(name, n, 1), byColumn);
            if (check(r, problems)) {
                rows.add(r);
            }
        }
        if (header == null) {
            problems.add(new Problem(new SourcePosition(name, 0, 0), "price book: no header line (" + String.join(", ", REQUIRED) + ")"));
        }
        return rows;
    }

    private static List<Cell> cells(String name, int line, String text) {
        List<Cell> cells = new ArrayList<>();
        int start = 0;
        while (true) {
            int tab = text.indexOf('\t', start);
            String raw = tab < 0 ? text.substring(start) : text.substring(start, tab);
            int lead = raw.length() - raw.stripLeading().length();
            cells.add(new Cell(raw.strip(), new SourcePosition(name, line, start + lead + 1)));
            if (tab < 0) {
                return cells;
            }
            start = tab + 1;
        }
    }

    private static boolean header(String name, int line, List<Cell> header, List<Problem> problems) {
        List<String> known = new ArrayList<>(REQUIRED);
        known.addAll(OPTIONAL);
        List<String> seen = new ArrayList<>();
        boolean ok = true;
        for (Cell c : header) {
            if (!known.contains(c.text())) {
                problems.add(new Problem(c.at(), "price book: unknown column '" + c.text() + "'" + Text.didYouMean(c.text(), known)
                        + "; columns: " + String.join(", ", known)));
                ok = false;
            } else if (seen.contains(c.text())) {
                problems.add(new Problem(c.at(), "price book: column '" + c.text() + "' appears twice"));
                ok = false;
            }
            seen.add(c.text());
        }
        List<String> missing = REQUIRED.stream().filter(r -> !seen.contains(r)).toList();
        if (ok && !missing.isEmpty()) {
            problems.add(new Problem(new SourcePosition(name, line, 1), "price book: the header lacks " + String.join(", ", missing)));
            ok = false;
        }
        return ok;
    }

    /** Checks one row's cells; false (with problems added) when it cannot be used. */
    private static boolean check(Row r, List<Problem> problems) {
        int before = problems.size();
        for (String column : REQUIRED) {
            Cell c = r.cells().get(column);
            if (c.text().isEmpty()) {
                problems.add(new Problem(c.at(), "price book: " + column + " is empty"));
            } else if ((column.equals("key") || column.equals("region") || column.equals("usd") || column.equals("tier_from"))
                    && c.text().chars().anyMatch(Character::isWhitespace)) {
                problems.add(new Problem(c.at(), "price book: " + column + " '" + c.text() + "' contains a space"));
            }
        }
        if (problems.size() > before) {
            return false;
        }
        number(r.cells().get("usd"), "usd", problems);
        number(r.cells().get("tier_from"), "tier_from", problems);
        Cell unit = r.cells().get("unit");
        try {
            CatalogUnit.parse(unit.text());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(unit.at(), "price book: " + e.getMessage()));
        }
        return problems.size() == before;
    }

    private static void number(Cell c, String column, List<Problem> problems) {
        try {
            BigDecimal v = new BigDecimal(c.text());
            if (v.signum() < 0) {
                problems.add(new Problem(c.at(), "price book: " + column + " " + c.text() + " is negative"));
            }
        } catch (NumberFormatException e) {
            problems.add(new Problem(c.at(), "price book: " + column + " '" + c.text() + "' is not a decimal number (e.g. 0.0816)"));
        }
    }
}
