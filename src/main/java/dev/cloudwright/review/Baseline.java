package dev.cloudwright.review;

import dev.cloudwright.core.InputException;
import dev.cloudwright.core.Json;
import dev.cloudwright.core.JsonParser;
import dev.cloudwright.core.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The findings a team accepted when it adopted the tool: a later review reports only findings not in it. A finding is
 * known by its rule, its resource address and its file, not its line, so edits elsewhere in the file do not revive it.
 */
public final class Baseline {
    private final Set<String> keys;

    private Baseline(Set<String> keys) {
        this.keys = keys;
    }

    static String key(Finding f) {
        return f.rule().id() + "\u0000" + f.resource() + "\u0000" + (f.at() == null ? "" : f.at().file());
    }

    public boolean contains(Finding f) {
        return keys.contains(key(f));
    }

    /** The baseline file for {@code findings}: {@code {"version": 1, "findings": [{"rule_id", "resource", "file"}]}}, sorted. */
    public static String write(List<Finding> findings) {
        TreeSet<String> seen = new TreeSet<>();
        List<Object> out = new ArrayList<>();
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(java.util.Comparator.comparing(Baseline::key));
        for (Finding f : sorted) {
            if (seen.add(key(f))) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("rule_id", f.rule().id());
                m.put("resource", f.resource());
                m.put("file", f.at() == null ? Json.NULL : f.at().file());
                out.add(m);
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", 1);
        doc.put("findings", out);
        return Json.pretty(doc);
    }

    public static Baseline read(Path path) {
        String file = path.toString().replace('\\', '/');
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(new SourcePosition(file, 0, 0), "cannot read: " + e.getMessage());
        }
        return parse(file, text);
    }

    static Baseline parse(String file, String text) {
        JsonParser.Node root;
        try {
            root = JsonParser.parse(text);
        } catch (JsonParser.JsonException e) {
            throw new InputException(new SourcePosition(file, e.line(), e.column()), e.getMessage());
        }
        if (!(root instanceof JsonParser.JObject o) || !(o.get("findings") instanceof JsonParser.JArray items)) {
            throw new InputException(new SourcePosition(file, 1, 1), "not a baseline: expected {\"version\": 1, \"findings\": [...]}");
        }
        Set<String> keys = new TreeSet<>();
        for (JsonParser.Node n : items.items()) {
            if (!(n instanceof JsonParser.JObject f) || !(f.get("rule_id") instanceof JsonParser.JString id)
                    || !(f.get("resource") instanceof JsonParser.JString resource)) {
                throw new InputException(new SourcePosition(file, n.line(), n.column()), "a baseline finding needs rule_id and resource");
            }
            String where = f.get("file") instanceof JsonParser.JString s ? s.value() : "";
            keys.add(id.value() + "\u0000" + resource.value() + "\u0000" + where);
        }
        return new Baseline(keys);
    }
}
