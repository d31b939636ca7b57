package dev.cloudwright.pricing;

import dev.cloudwright.core.InputException;
import dev.cloudwright.core.Problem;
import dev.cloudwright.core.SourcePosition;
import dev.cloudwright.core.Text;
import dev.cloudwright.core.Tsv;
import dev.cloudwright.core.YamlTree;
import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.SourceResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A usage file in the Infracost format ({@code version: 0.1}, {@code resource_usage} by address with {@code [*]}
 * wildcards, {@code resource_type_default_usage} by type), read with positions, and applied to the components the
 * resources belong to through {@code aws/usage-keys.tsv}. A resource's own entry wins over a wildcard, which wins over
 * its type's default. Unknown keys and addresses are warnings naming the nearest valid one; a value that is not a
 * non-negative number is an error.
 */
public final class UsageFile {

    /** A usage key the file format knows for a resource type, and the model usage it sets. */
    record KeyDef(String type, String key, String usage, double factor, String conversion, String description) {}

    private static final Supplier<Map<String, Map<String, KeyDef>>> KEYS = dev.cloudwright.core.DataFile.lazy("dev/cloudwright/aws/usage-keys.tsv",
            rows -> {
                Map<String, Map<String, KeyDef>> m = new TreeMap<>();
                for (Tsv.Row r : rows) {
                    m.computeIfAbsent(r.get("type"), k -> new LinkedHashMap<>()).put(r.get("key"), new KeyDef(r.get("type"), r.get("key"),
                            r.get("usage"), r.number("factor"), r.get("conversion"), r.get("description")));
                }
                return m;
            });

    /** The pseudo-usage of the storage conversion: the data a component holds, set on its sizing. */
    private static final String STORAGE = "storage";
    /** The conversion of a key that only qualifies another one (a workflow's memory for its GB-seconds): it sets no usage. */
    private static final String PARAMETER = "parameter";

    /** One value of the file, where it was written ({@code key}: where its name is). */
    record Value(double value, String text, SourcePosition at, SourcePosition key) {}

    /** Whether {@code key} is a word-valued key (a choice) of some resource type. */
    private static boolean isChoice(String key) {
        return KEYS.get().values().stream().anyMatch(m -> m.containsKey(key) && UsageChoices.isChoice(m.get(key)));
    }

    private final String file;
    /** Entries by address pattern (an address, or one with {@code [*]}), in file order. */
    private final Map<String, Map<String, Value>> resources;
    private final Map<String, Map<String, Value>> typeDefaults;

    private UsageFile(String file, Map<String, Map<String, Value>> resources, Map<String, Map<String, Value>> typeDefaults) {
        this.file = file;
        this.resources = resources;
        this.typeDefaults = typeDefaults;
    }

    /** The usage keys the format defines for {@code type}, in file order; empty for a type without usage. */
    static Map<String, KeyDef> keys(String type) {
        return KEYS.get().getOrDefault(type, Map.of());
    }

    public static UsageFile read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(new SourcePosition(path.toString(), 0, 0), "cannot read usage file: " + e.getMessage());
        }
        return parse(path.toString(), text);
    }

    static UsageFile parse(String file, String text) {
        YamlTree.Node root = YamlTree.parse(file, text);
        List<Problem> problems = new ArrayList<>();
        Map<String, Map<String, Value>> resources = new LinkedHashMap<>();
        Map<String, Map<String, Value>> defaults = new LinkedHashMap<>();
        if (root == null) {
            return new UsageFile(file, resources, defaults);
        }
        if (!(root instanceof YamlTree.MapNode top)) {
            throw new InputException(root.pos(), "a usage file is a mapping with `version`, `resource_usage` and `resource_type_default_usage`");
        }
        for (YamlTree.Entry e : top.entries()) {
            switch (e.key().value()) {
                case "version" -> {
                    if (!(e.value() instanceof YamlTree.Scalar s) || !s.value().equals("0.1")) {
                        problems.add(new Problem(e.value().pos(), "`version` must be 0.1"));
                    }
                }
                case "resource_usage" -> section(e.value(), resources, problems);
                case "resource_type_default_usage" -> section(e.value(), defaults, problems);
                default -> problems.add(new Problem(e.key().pos(), "unknown key `" + e.key().value() + "`"
                        + Text.didYouMean(e.key().value(), List.of("version", "resource_usage", "resource_type_default_usage"))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new UsageFile(file, resources, defaults);
    }

    /** Entries by name; nested mappings (S3 storage classes, CloudFront regions) become dotted keys. */
    private static void section(YamlTree.Node node, Map<String, Map<String, Value>> into, List<Problem> problems) {
        if (node instanceof YamlTree.Scalar s && s.value().isEmpty()) {
            return;
        }
        if (!(node instanceof YamlTree.MapNode m)) {
            problems.add(new Problem(node.pos(), "expected a mapping of resource addresses (or types) to their usage, found " + node.kind()));
            return;
        }
        for (YamlTree.Entry e : m.entries()) {
            Map<String, Value> values = new LinkedHashMap<>();
            flatten("", e.key().pos(), e.value(), values, problems);
            into.put(e.key().value(), values);
        }
    }

    private static void flatten(String prefix, SourcePosition keyAt, YamlTree.Node node, Map<String, Value> out, List<Problem> problems) {
        if (node instanceof YamlTree.MapNode m) {
            for (YamlTree.Entry e : m.entries()) {
                flatten(prefix + e.key().value() + ".", e.key().pos(), e.value(), out, problems);
            }
            return;
        }
        String key = prefix.substring(0, Math.max(0, prefix.length() - 1));
        if (!(node instanceof YamlTree.Scalar s)) {
            problems.add(new Problem(node.pos(), "`" + key + "` must be a number, found " + node.kind()));
            return;
        }
        if (isChoice(key)) {
            out.put(key, new Value(Double.NaN, s.value(), s.pos(), keyAt));
            return;
        }
        try {
            double v = Double.parseDouble(s.value().replace("_", ""));
            if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) {
                problems.add(new Problem(s.pos(), "`" + key + "` must be a non-negative number, found " + s.value()));
                return;
            }
            out.put(key, new Value(v, s.value(), s.pos(), keyAt));
        } catch (NumberFormatException ex) {
            problems.add(new Problem(s.pos(), "`" + key + "` must be a number, found `" + s.value() + "`"));
        }
    }

    /** Something in the file that was not used, where it is. */
    public record Warning(SourcePosition at, String message) {
        public String format() {
            return at + ": warning: " + message;
        }
    }

    /** The applied usage, and the warnings (unknown keys or addresses) with their positions. */
    public record Applied(Architecture architecture, List<Warning> warnings) {}

    /**
     * Sets on each component the usage its resources' entries give (summed over the resources of a component). A key a
     * resource type does not have, or an address no resource has, is a warning.
     */
    public Applied apply(Architecture arch, List<SourceResource> inventory) {
        List<Warning> warnings = new ArrayList<>();
        Map<String, Map<String, Double>> byComponent = new TreeMap<>();
        TreeSet<String> matched = new TreeSet<>();
        Map<String, String> types = new TreeMap<>();
        UsageChoices choices = new UsageChoices();
        for (SourceResource r : inventory) {
            types.put(r.address(), r.type());
            Map<String, Value> values = valuesFor(r, matched);
            Map<String, KeyDef> defs = keys(r.type());
            for (Map.Entry<String, Value> v : values.entrySet()) {
                KeyDef def = defs.get(v.getKey());
                if (def == null) {
                    warnings.add(new Warning(v.getValue().key(), "`" + v.getKey() + "` is not a usage key of " + r.type()
                            + (defs.isEmpty() ? " (it has none)" : Text.didYouMean(v.getKey(), defs.keySet()))));
                    continue;
                }
                if (r.component() == null || def.conversion().equals(PARAMETER)) {
                    continue;
                }
                if (UsageChoices.isChoice(def)) {
                    choices.add(r.component(), def, v.getValue());
                    continue;
                }
                Component c = arch.component(r.component()).orElse(null);
                double q = def.conversion().equals("gb-seconds") ? gbSeconds(c, values, v.getValue().value()) : v.getValue().value() * def.factor();
                byComponent.computeIfAbsent(r.component(), k -> new TreeMap<>()).merge(def.usage(), q, Double::sum);
            }
        }
        for (String pattern : resources.keySet()) {
            if (!matched.contains(pattern)) {
                List<String> candidates = new ArrayList<>(types.keySet());
                warnings.add(new Warning(resources.get(pattern).values().stream().findFirst().map(Value::key)
                                .orElse(new SourcePosition(file, 0, 0)),
                        "no resource `" + pattern + "` in the configuration" + Text.didYouMean(pattern, candidates)));
            }
        }
        for (String type : typeDefaults.keySet()) {
            if (!KEYS.get().containsKey(type)) {
                warnings.add(new Warning(typeDefaults.get(type).values().stream().findFirst().map(Value::at).orElse(new SourcePosition(file, 0, 0)),
                        "`" + type + "` has no usage keys" + Text.didYouMean(type, KEYS.get().keySet())));
            }
        }
        choices.check();
        List<Component> out = new ArrayList<>();
        for (Component c : arch.components()) {
            Map<String, Double> u = byComponent.get(c.id());
            if (u == null) {
                out.add(choices.applyTo(c, warnings));
                continue;
            }
            Component.Builder b = choices.applyTo(c, warnings).toBuilder();
            u.forEach((k, v) -> {
                if (k.equals(STORAGE)) {
                    b.sizing(c.sizing().toBuilder().storageGb(v).build());
                } else {
                    b.usage(k, v);
                }
            });
            out.add(b.build());
        }
        return new Applied(new Architecture(arch.name(), arch.cloud(), arch.environment(), arch.regions(), out, arch.connections()), warnings);
    }

    /** A resource's values: its type's defaults, overridden by matching wildcard entries, overridden by its own entry. */
    private Map<String, Value> valuesFor(SourceResource r, TreeSet<String> matched) {
        Map<String, Value> out = new LinkedHashMap<>(typeDefaults.getOrDefault(r.type(), Map.of()));
        for (Map.Entry<String, Map<String, Value>> e : resources.entrySet()) {
            if (e.getKey().contains("[*]") && wildcard(e.getKey()).matcher(r.address()).matches()) {
                out.putAll(e.getValue());
                matched.add(e.getKey());
            }
        }
        Map<String, Value> own = resources.get(r.address());
        if (own != null) {
            out.putAll(own);
            matched.add(r.address());
        }
        return out;
    }

    private static Pattern wildcard(String pattern) {
        StringBuilder re = new StringBuilder();
        for (String part : pattern.split("\\[\\*\\]", -1)) {
            if (re.length() > 0) {
                re.append("\\[[^\\]]+\\]");
            }
            re.append(Pattern.quote(part));
        }
        return Pattern.compile(re.toString());
    }

    /** GB-seconds of a function: requests x duration x memory (a {@code memory_mb} entry of the file, else the function's). */
    private static double gbSeconds(Component c, Map<String, Value> values, double durationMs) {
        Value requests = values.get("monthly_requests");
        Value memory = values.get("memory_mb");
        double memoryGb = memory != null ? memory.value() / 1024.0 : c == null ? 0 : c.value(Keys.MEMORY_MB) != null ? c.value(Keys.MEMORY_MB) / 1024.0
                : c.sizing().memoryGb() == null ? 0.125 : c.sizing().memoryGb();
        return (requests == null ? 0 : requests.value()) * durationMs / 1000.0 * memoryGb;
    }

    /** The usage file for {@code inventory}: every usage key of every resource found, with values already in {@code existing}. */
    public static String sync(List<SourceResource> inventory, UsageFile existing) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Usage of the resources of this configuration (cloudwright cost --usage FILE). Written by --sync-usage-file:\n")
                .append("# every usage key of every resource found; values already in the file are kept, others are 0.\n")
                .append("version: 0.1\n");
        if (existing != null && !existing.typeDefaults.isEmpty()) {
            sb.append("resource_type_default_usage:\n");
            existing.typeDefaults.forEach((type, values) -> {
                sb.append("  ").append(type).append(":\n");
                values.forEach((k, v) -> sb.append("    ").append(k).append(": ").append(text(v)).append('\n'));
            });
        }
        sb.append("resource_usage:\n");
        for (SourceResource r : inventory) {
            Map<String, KeyDef> defs = keys(r.type());
            if (defs.isEmpty()) {
                continue;
            }
            Map<String, Value> own = existing == null ? Map.of() : existing.resources.getOrDefault(r.address(), Map.of());
            sb.append("  ").append(quote(r.address())).append(":\n");
            for (KeyDef d : defs.values()) {
                Value v = own.get(d.key());
                if (UsageChoices.isChoice(d) && v == null) {
                    // a choice has no neutral value: written commented out, with the values it takes
                    sb.append("    # ").append(d.key()).append(": ").append(UsageChoices.values(d).get(0)).append(" # ").append(d.description())
                            .append(" (").append(String.join(", ", UsageChoices.values(d))).append(")\n");
                    continue;
                }
                sb.append("    ").append(d.key()).append(": ").append(v == null ? "0" : text(v)).append(" # ").append(d.description()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String quote(String address) {
        return address.matches("[A-Za-z0-9_.\\-\\[\\]]+") ? address : "\"" + address.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String text(Value v) {
        return Double.isNaN(v.value()) ? v.text() : number(v.value());
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
