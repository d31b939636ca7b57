package dev.cloudwright.pricing.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The rows of an import, from all its files, made into a catalog: one price per key, region and tier start,
 * one unit per key. Identical prices from several records are written once; different prices for one slot are
 * a conflict and none is written (the summary says which), except in rows that keep the highest.
 */
final class RowSet {
    private record Entry(CatalogRow row, ImportLog log) {}

    private final Map<String, List<Entry>> slots = new TreeMap<>();
    private final Map<String, Entry> unitOfKey = new HashMap<>();

    void add(CatalogRow row, ImportLog log) {
        Entry e = new Entry(row, log);
        Entry first = unitOfKey.putIfAbsent(row.key(), e);
        if (first != null && !first.row().unit().equals(row.unit())) {
            log.skip("prices", "a unit other than the key's first row's (" + row.key() + " per '" + first.row().unit() + "', not '" + row.unit() + "')");
            return;
        }
        slots.computeIfAbsent(row.slot(), k -> new ArrayList<>()).add(e);
    }

    /** The catalog rows, sorted by key, region and tier; conflicts and duplicates are counted in the logs. */
    List<CatalogRow> rows() {
        List<CatalogRow> out = new ArrayList<>();
        for (List<Entry> entries : slots.values()) {
            Entry kept = entries.get(0);
            boolean same = entries.stream().allMatch(e -> e.row().usd().compareTo(kept.row().usd()) == 0);
            if (same) {
                entries.stream().skip(1).forEach(e -> e.log().skip("prices", "the same price as another record's"));
                out.add(kept.row());
                kept.log().rows++;
            } else if (kept.row().highest()) {
                Entry max = entries.stream().max(Comparator.comparing((Entry e) -> e.row().usd())).orElseThrow();
                Entry min = entries.stream().min(Comparator.comparing((Entry e) -> e.row().usd())).orElseThrow();
                entries.stream().filter(e -> e != max).forEach(e -> e.log().skip("prices", "a lower price where the highest is kept"));
                out.add(max.row().withNote(max.row().note() + "; the highest of " + entries.size() + " prices (lowest "
                        + CatalogRow.plain(min.row().usd()) + ", " + min.row().origin() + ")"));
                max.log().rows++;
            } else {
                entries.forEach(e -> e.log().skip("prices", "conflicting prices for one key, region and tier (none written)"));
                boolean files = entries.stream().map(Entry::log).distinct().count() > 1;
                kept.log().warn(kept.row().key() + " in " + kept.row().region() + " from " + CatalogRow.plain(kept.row().tierFrom())
                        + " has conflicting prices: " + entries.stream().map(e -> CatalogRow.plain(e.row().usd()) + " (" + e.row().origin()
                                + (files ? " in " + e.log().file : "") + ")").collect(Collectors.joining(", ")) + "; none written");
            }
        }
        out.sort(CatalogRow.ORDER);
        return out;
    }
}
