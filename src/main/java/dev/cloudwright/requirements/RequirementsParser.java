package dev.cloudwright.requirements;

import dev.cloudwright.core.InputException;
import dev.cloudwright.core.YamlTree;
import dev.cloudwright.core.YamlTree.Node;
import dev.cloudwright.core.YamlTree.Entry;
import dev.cloudwright.core.YamlTree.MapNode;
import dev.cloudwright.core.YamlTree.Seq;
import dev.cloudwright.core.YamlTree.Scalar;
import dev.cloudwright.core.Problem;
import dev.cloudwright.core.SourcePosition;
import dev.cloudwright.core.Text;
import dev.cloudwright.geo.RegionCatalog;
import dev.cloudwright.requirements.Requirements.Batch;
import dev.cloudwright.requirements.Requirements.Budget;
import dev.cloudwright.requirements.Requirements.CacheEngine;
import dev.cloudwright.requirements.Requirements.Cloud;
import dev.cloudwright.requirements.Requirements.Compliance;
import dev.cloudwright.requirements.Requirements.Database;
import dev.cloudwright.requirements.Requirements.DatabaseEngine;
import dev.cloudwright.requirements.Requirements.Environment;
import dev.cloudwright.requirements.Requirements.Recovery;
import dev.cloudwright.requirements.Requirements.Style;
import dev.cloudwright.requirements.Requirements.Workload;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a requirements file into {@link Requirements}: checks every key and value, names the file,
 * line and column of each problem, says what is allowed, and suggests the nearest key for a typo.
 */
public final class RequirementsParser {
    /** Requirements files are small; anything larger is almost certainly the wrong file. */
    public static final int MAX_BYTES = 1024 * 1024;

    static final Set<String> TOP_KEYS = ordered("name", "cloud", "regions", "environment", "data_residency", "workload",
            "availability", "recovery", "compliance", "budget", "assumptions");
    static final Set<String> WORKLOAD_KEYS = ordered("requests_per_day", "concurrent_users", "peak_factor",
            "think_time_seconds", "read_ratio", "avg_response_kb", "style", "static_content_gb", "object_storage_gb",
            "database", "cache", "batch", "longest_request_seconds", "stateful_connections");

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d[\\d_]*)(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final SourceMap sources;
    private final RegionCatalog regionCatalog = RegionCatalog.aws();

    private RequirementsParser(String file) {
        this.file = file;
        this.sources = new SourceMap(file);
    }

    /** Reads and validates the file at {@code path}; the path is reported as given. */
    public static Requirements parseFile(Path path) {
        String label = path.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new InputException(new SourcePosition(label, 0, 0), "is a directory, not a requirements file");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new InputException(new SourcePosition(label, 0, 0),
                        "file is " + size + " bytes; a requirements file is at most " + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(new SourcePosition(label, 0, 0), "no such file");
        } catch (IOException e) {
            throw new InputException(new SourcePosition(label, 0, 0), "cannot read: " + e.getMessage());
        }
        return parse(label, bytes);
    }

    public static Requirements parse(String label, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new InputException(new SourcePosition(label, 0, 0),
                    "file is " + bytes.length + " bytes; a requirements file is at most " + MAX_BYTES + " bytes");
        }
        String text = decode(label, bytes);
        Node root = YamlTree.parse(label, text);
        return new RequirementsParser(label).read(root);
    }

    private static String decode(String label, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException(position(label, bytes, i), "not a text file (binary content: a NUL byte at offset " + i + ")");
            }
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String s = d.decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            int at = firstInvalidUtf8(bytes);
            throw new InputException(position(label, bytes, at), "not a UTF-8 text file (invalid byte at offset " + at + ")");
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        for (int end = 1; end <= bytes.length; end++) {
            try {
                d.reset().decode(ByteBuffer.wrap(bytes, 0, end));
            } catch (CharacterCodingException e) {
                // a truncated multi-byte sequence at the end is not yet an error
                if (end == bytes.length || !(e instanceof java.nio.charset.MalformedInputException mi && mi.getInputLength() == 1 && (bytes[end - 1] & 0xC0) == 0x80)) {
                    return Math.max(0, end - 1);
                }
            }
        }
        return 0;
    }

    private static SourcePosition position(String label, byte[] bytes, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new SourcePosition(label, line, col);
    }

    // ---------------------------------------------------------------- reading

    private Requirements read(Node root) {
        if (root == null || (root instanceof Scalar s && s.value().isBlank())) {
            throw new InputException(new SourcePosition(file, 0, 0),
                    "the file is empty; a requirements file needs at least `name`, `regions` and `workload`");
        }
        if (!(root instanceof MapNode top)) {
            throw new InputException(root.pos(), "expected a mapping of requirement keys (name, cloud, regions, workload, ...) at the top level, found " + root.kind());
        }
        checkKeys(top, "", TOP_KEYS);

        String name = string(top, "name").orElseGet(() -> {
            problem(top.pos(), "missing required key `name` (the project name)");
            return "";
        });
        Cloud cloud = enumValue(top, "cloud", Cloud.class, e -> e.name().toLowerCase(Locale.ROOT)).orElse(Cloud.AWS);
        if (cloud != Cloud.AWS) {
            // stop here: region names and services differ per cloud, so further checks would mislead
            throw new InputException(sources.atOrFile("cloud"), "cloud `" + cloud.name().toLowerCase(Locale.ROOT)
                    + "` is not yet supported: this version designs for aws only");
        }
        List<String> regions = regions(top);
        Environment env = enumValue(top, "environment", Environment.class, e -> e.name().toLowerCase(Locale.ROOT))
                .orElse(Environment.PRODUCTION);
        String residency = residency(top);
        Workload workload = workload(top);
        double availability = availability(top);
        Recovery recovery = recovery(top);
        List<Compliance> compliance = compliance(top);
        Budget budget = budget(top);
        TreeMap<String, Double> assumptions = assumptions(top);

        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Requirements(name, cloud, regions, env, residency, workload, availability, recovery, compliance,
                budget, assumptions, sources);
    }

    private List<String> regions(MapNode top) {
        Optional<Entry> e = top.entry("regions");
        if (e.isEmpty()) {
            problem(top.pos(), "missing required key `regions` (a list such as [us-east-1, eu-west-1]; the first is the primary)");
            return List.of("us-east-1");
        }
        sources.put("regions", e.get().key().pos());
        Node n = e.get().value();
        List<Scalar> items = names(n, "regions", "region is a name such as us-east-1", "a list of region names such as [us-east-1, eu-west-1]");
        List<String> out = new ArrayList<>();
        for (Scalar s : items) {
            String r = s.value().trim().toLowerCase(Locale.ROOT);
            sources.put("regions[" + out.size() + "]", s.pos());
            if (!regionCatalog.contains(r)) {
                problem(s.pos(), "unknown AWS region `" + s.value() + "`" + Text.didYouMean(r, regionCatalog.codes()));
            } else if (out.contains(r)) {
                problem(s.pos(), "region `" + r + "` is listed twice");
            }
            out.add(r);
        }
        if (items.isEmpty() && problems.isEmpty()) {
            problem(n.pos(), "`regions` is empty; name at least the primary region");
        }
        if (out.size() > 2) {
            problem(n.pos(), out.size() + " regions given; this version designs a primary and at most one secondary region");
        }
        return out.isEmpty() ? List.of("us-east-1") : List.copyOf(out);
    }

    private String residency(MapNode top) {
        Optional<String> v = string(top, "data_residency");
        if (v.isEmpty()) {
            return null;
        }
        String g = v.get().trim().toLowerCase(Locale.ROOT);
        if (g.equals("none") || g.isEmpty()) {
            return null;
        }
        if (!regionCatalog.geographies().contains(g)) {
            problem(sources.atOrFile("data_residency"), "unknown geography `" + v.get() + "` for data_residency"
                    + Text.didYouMean(g, regionCatalog.geographies()) + "; allowed: " + String.join(", ", regionCatalog.geographies()));
        }
        return g;
    }

    private Workload workload(MapNode top) {
        Optional<Entry> e = top.entry("workload");
        if (e.isEmpty()) {
            problem(top.pos(), "missing required key `workload` (at least `requests_per_day` or `concurrent_users`)");
            return defaultWorkload();
        }
        Node n = e.get().value();
        if (!(n instanceof MapNode w)) {
            problem(n.pos(), "`workload` must be a mapping (requests_per_day, concurrent_users, ...), found " + n.kind());
            return defaultWorkload();
        }
        sources.put("workload", e.get().key().pos());
        checkKeys(w, "workload", WORKLOAD_KEYS);
        double rpd = number(w, "workload", "requests_per_day", 0, 1e13).orElse(0.0);
        double users = number(w, "workload", "concurrent_users", 0, 1e10).orElse(0.0);
        if (rpd <= 0 && users <= 0 && problems.isEmpty()) {
            problem(w.pos(), "the workload needs `requests_per_day` or `concurrent_users` (or both) greater than 0");
        }
        double peak = number(w, "workload", "peak_factor", 1, 1000).orElse(3.0);
        double think = number(w, "workload", "think_time_seconds", 0, 86400).orElse(30.0);
        double read = number(w, "workload", "read_ratio", 0, 1).orElse(0.8);
        double respKb = number(w, "workload", "avg_response_kb", 0.001, 1e6).orElse(32.0);
        Style style = enumValue(w, "workload", "style", Style.class, x -> x.name().toLowerCase(Locale.ROOT)).orElse(Style.AUTO);
        double staticGb = number(w, "workload", "static_content_gb", 0, 1e8).orElse(0.0);
        double objectGb = number(w, "workload", "object_storage_gb", 0, 1e9).orElse(0.0);
        Database db = database(w);
        CacheEngine cache = enumValue(w, "workload", "cache", CacheEngine.class, x -> x.name().toLowerCase(Locale.ROOT)).orElse(CacheEngine.NONE);
        Batch batch = batch(w);
        double longest = number(w, "workload", "longest_request_seconds", 0.001, 86400).orElse(10.0);
        boolean stateful = bool(w, "workload", "stateful_connections").orElse(false);
        return new Workload(rpd, users, peak, think, read, respKb, style, staticGb, objectGb, db, cache, batch, longest, stateful);
    }

    private static Workload defaultWorkload() {
        return new Workload(0, 0, 3, 30, 0.8, 32, Style.AUTO, 0, 0, new Database(DatabaseEngine.NONE, 0), CacheEngine.NONE,
                null, 10, false);
    }

    private Database database(MapNode w) {
        Optional<Entry> e = w.entry("database");
        if (e.isEmpty()) {
            return new Database(DatabaseEngine.NONE, 0);
        }
        sources.put("workload.database", e.get().key().pos());
        Node n = e.get().value();
        if (n instanceof Scalar s) {
            // shorthand: `database: postgresql`
            Optional<DatabaseEngine> eng = enumScalar(s, "workload.database", DatabaseEngine.class, x -> x.name().toLowerCase(Locale.ROOT));
            return new Database(eng.orElse(DatabaseEngine.NONE), eng.orElse(DatabaseEngine.NONE) == DatabaseEngine.NONE ? 0 : 20);
        }
        if (!(n instanceof MapNode m)) {
            problem(n.pos(), "`database` must be a mapping such as { engine: postgresql, size_gb: 800 }, found " + n.kind());
            return new Database(DatabaseEngine.NONE, 0);
        }
        checkKeys(m, "workload.database", ordered("engine", "size_gb"));
        DatabaseEngine engine = enumValue(m, "workload.database", "engine", DatabaseEngine.class, x -> x.name().toLowerCase(Locale.ROOT))
                .orElseGet(() -> {
                    problem(m.pos(), "`database` needs an `engine`: postgresql, mysql, nosql or none");
                    return DatabaseEngine.NONE;
                });
        double size = number(m, "workload.database", "size_gb", 0.001, 1e7).orElse(20.0);
        return new Database(engine, engine == DatabaseEngine.NONE ? 0 : size);
    }

    private Batch batch(MapNode w) {
        Optional<Entry> e = w.entry("batch");
        if (e.isEmpty()) {
            return null;
        }
        Node n = e.get().value();
        if (!(n instanceof MapNode m)) {
            problem(n.pos(), "`batch` must be a mapping such as { nightly_vcpu_hours: 200 }, found " + n.kind());
            return null;
        }
        checkKeys(m, "workload.batch", ordered("nightly_vcpu_hours"));
        double h = number(m, "workload.batch", "nightly_vcpu_hours", 0, 1e7).orElse(0.0);
        return h > 0 ? new Batch(h) : null;
    }

    private double availability(MapNode top) {
        Optional<Entry> e = top.entry("availability");
        if (e.isEmpty()) {
            return 99.9;
        }
        sources.put("availability", e.get().value().pos());
        Node n = e.get().value();
        if (!(n instanceof Scalar s)) {
            problem(n.pos(), "`availability` must be a percentage such as 99.95, found " + n.kind());
            return 99.9;
        }
        String v = s.value().trim();
        if (v.endsWith("%")) {
            v = v.substring(0, v.length() - 1).trim();
        }
        Optional<Double> d = parseNumber(v);
        if (d.isEmpty()) {
            problem(s.pos(), "`availability` must be a percentage such as 99.95, found `" + s.value() + "`");
            return 99.9;
        }
        if (d.get() <= 0 || d.get() >= 100) {
            problem(s.pos(), "`availability` must be between 0 and 100 (exclusive), found " + s.value()
                    + "; 100% cannot be designed for, 99.999 is five nines");
            return 99.9;
        }
        return d.get();
    }

    private Recovery recovery(MapNode top) {
        Optional<Entry> e = top.entry("recovery");
        if (e.isEmpty()) {
            return new Recovery(86_400, 86_400);
        }
        Node n = e.get().value();
        if (!(n instanceof MapNode m)) {
            problem(n.pos(), "`recovery` must be a mapping such as { rpo: 1h, rto: 4h }, found " + n.kind());
            return new Recovery(86_400, 86_400);
        }
        checkKeys(m, "recovery", ordered("rpo", "rto"));
        long rpo = duration(m, "recovery", "rpo").orElse(86_400L);
        long rto = duration(m, "recovery", "rto").orElse(86_400L);
        return new Recovery(rpo, rto);
    }

    private List<Compliance> compliance(MapNode top) {
        Optional<Entry> e = top.entry("compliance");
        if (e.isEmpty()) {
            return List.of();
        }
        List<Scalar> items = names(e.get().value(), "compliance", "compliance framework is a name such as pci-dss", "a list such as [pci-dss, gdpr]");
        Set<Compliance> out = new LinkedHashSet<>();
        List<String> ids = Arrays.stream(Compliance.values()).map(Compliance::id).toList();
        for (Scalar s : items) {
            String v = s.value().trim().toLowerCase(Locale.ROOT);
            Optional<Compliance> c = Arrays.stream(Compliance.values()).filter(x -> x.id().equals(v)).findFirst();
            if (c.isEmpty()) {
                problem(s.pos(), "unknown compliance framework `" + s.value() + "`" + Text.didYouMean(v, ids)
                        + "; allowed: " + String.join(", ", ids));
            } else {
                sources.put("compliance." + c.get().id(), s.pos());
                out.add(c.get());
            }
        }
        return List.copyOf(out);
    }

    private Budget budget(MapNode top) {
        Optional<Entry> e = top.entry("budget");
        if (e.isEmpty()) {
            return null;
        }
        Node n = e.get().value();
        if (!(n instanceof MapNode m)) {
            problem(n.pos(), "`budget` must be a mapping such as { monthly_usd: 20000 }, found " + n.kind());
            return null;
        }
        checkKeys(m, "budget", ordered("monthly_usd"));
        Optional<Double> usd = number(m, "budget", "monthly_usd", 0.01, 1e10);
        if (usd.isEmpty() && m.entry("monthly_usd").isEmpty()) {
            problem(m.pos(), "`budget` needs `monthly_usd`");
        }
        return usd.map(Budget::new).orElse(null);
    }

    private TreeMap<String, Double> assumptions(MapNode top) {
        TreeMap<String, Double> out = new TreeMap<>();
        Optional<Entry> e = top.entry("assumptions");
        if (e.isEmpty()) {
            return out;
        }
        Node n = e.get().value();
        if (!(n instanceof MapNode m)) {
            problem(n.pos(), "`assumptions` must be a mapping such as { requests_per_vcpu: 150 }, found " + n.kind());
            return out;
        }
        checkKeys(m, "assumptions", AssumptionCatalog.keys());
        for (Entry en : m.entries()) {
            AssumptionCatalog.Definition d = AssumptionCatalog.all().get(en.key().value());
            if (d != null) {
                number(m, "assumptions", d.key(), d.min(), d.max()).ifPresent(v -> out.put(d.key(), v));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- value helpers

    /** A single name or a list of names; a blank value is an empty list, anything else is reported. */
    private List<Scalar> names(Node n, String key, String each, String expected) {
        List<Scalar> items = new ArrayList<>();
        if (n instanceof Scalar s) {
            if (!s.value().isBlank()) {
                items.add(s);
            }
        } else if (n instanceof Seq seq) {
            for (Node item : seq.items()) {
                if (item instanceof Scalar s) {
                    items.add(s);
                } else {
                    problem(item.pos(), "each " + each + ", found " + item.kind());
                }
            }
        } else {
            problem(n.pos(), "`" + key + "` must be " + expected);
        }
        return items;
    }

    private void checkKeys(MapNode m, String path, Set<String> allowed) {
        for (Entry e : m.entries()) {
            String k = e.key().value();
            if (!allowed.contains(k)) {
                String where = path.isEmpty() ? "at the top level" : "in `" + path + "`";
                String hint = Text.nearest(k, allowed).map(c -> " (did you mean `" + c + "`?)")
                        .orElse("; allowed: " + String.join(", ", allowed));
                problem(e.key().pos(), "unknown key `" + k + "` " + where + hint);
            }
        }
    }

    private Optional<Scalar> scalar(MapNode m, String path, String key) {
        Optional<Entry> e = m.entry(key);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        String full = path.isEmpty() ? key : path + "." + key;
        Node v = e.get().value();
        sources.put(full, v.pos());
        if (v instanceof Scalar s) {
            if (s.plain() && (s.value().isEmpty() || s.value().equals("~") || s.value().equals("null"))) {
                problem(e.get().key().pos(), "`" + key + "` has no value");
                return Optional.empty();
            }
            return Optional.of(s);
        }
        problem(v.pos(), "`" + key + "` must be a single value, found " + v.kind());
        return Optional.empty();
    }

    private Optional<String> string(MapNode m, String key) {
        return scalar(m, "", key).map(Scalar::value);
    }

    private Optional<Double> number(MapNode m, String path, String key, double min, double max) {
        Optional<Scalar> s = scalar(m, path, key);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String raw = s.get().value().trim();
        Optional<Double> d = parseNumber(raw);
        if (d.isEmpty()) {
            String hint = raw.contains(",") ? " (write 10000000 or 10_000_000, without commas)" : "";
            problem(s.get().pos(), "`" + key + "` must be a number, found `" + raw + "`" + hint);
            return Optional.empty();
        }
        double v = d.get();
        if (v < 0 && min >= 0) {
            problem(s.get().pos(), "`" + key + "` cannot be negative, found " + raw);
            return Optional.empty();
        }
        if (v < min || v > max) {
            problem(s.get().pos(), "`" + key + "` must be between " + plain(min) + " and " + plain(max) + ", found " + raw);
            return Optional.empty();
        }
        return Optional.of(v);
    }

    private static String plain(double d) {
        return dev.cloudwright.core.Json.number(d);
    }

    static Optional<Double> parseNumber(String raw) {
        if (!NUMBER.matcher(raw).matches()) {
            return Optional.empty();
        }
        try {
            double v = Double.parseDouble(raw.replace("_", ""));
            return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<Boolean> bool(MapNode m, String path, String key) {
        Optional<Scalar> s = scalar(m, path, key);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String v = s.get().value().trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("yes")) {
            return Optional.of(true);
        }
        if (v.equals("false") || v.equals("no")) {
            return Optional.of(false);
        }
        problem(s.get().pos(), "`" + key + "` must be true or false, found `" + s.get().value() + "`");
        return Optional.empty();
    }

    private Optional<Long> duration(MapNode m, String path, String key) {
        Optional<Scalar> s = scalar(m, path, key);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> secs = parseDuration(s.get().value());
        if (secs.isEmpty()) {
            String raw = s.get().value().trim();
            String why = raw.startsWith("-") ? "durations cannot be negative"
                    : parseNumber(raw).isPresent() ? "`" + raw + "` has no unit" : "cannot read `" + raw + "` as a duration";
            problem(s.get().pos(), "`" + key + "`: " + why + "; write a duration such as 0s, 30s, 15m, 1h, 1d or 1h30m");
        }
        return secs;
    }

    /** Parses {@code 0s}, {@code 90s}, {@code 15m}, {@code 1h30m}, {@code 1.5h}, {@code 2d}, {@code 500ms} into whole seconds. */
    public static Optional<Long> parseDuration(String raw) {
        String v = raw.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Matcher mt = DURATION_PART.matcher(v);
        int at = 0;
        double seconds = 0;
        while (mt.find()) {
            if (mt.start() != at) {
                return Optional.empty();
            }
            at = mt.end();
            double n = Double.parseDouble(mt.group(1));
            seconds += switch (mt.group(2)) {
                case "ms" -> n / 1000;
                case "s" -> n;
                case "m" -> n * 60;
                case "h" -> n * 3600;
                default -> n * 86400;
            };
        }
        if (at != v.length() || seconds > 365L * 86400) {
            return Optional.empty();
        }
        return Optional.of((long) Math.ceil(seconds));
    }

    private <E extends Enum<E>> Optional<E> enumValue(MapNode m, String key, Class<E> type, Function<E, String> name) {
        return enumValue(m, "", key, type, name);
    }

    private <E extends Enum<E>> Optional<E> enumValue(MapNode m, String path, String key, Class<E> type, Function<E, String> name) {
        return scalar(m, path, key).flatMap(s -> enumScalar(s, key, type, name));
    }

    private <E extends Enum<E>> Optional<E> enumScalar(Scalar s, String key, Class<E> type, Function<E, String> name) {
        String v = s.value().trim().toLowerCase(Locale.ROOT);
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(name).toList();
        for (E e : type.getEnumConstants()) {
            if (name.apply(e).equals(v)) {
                return Optional.of(e);
            }
        }
        problem(s.pos(), "`" + key + "` must be one of " + String.join(", ", allowed) + ", found `" + s.value() + "`"
                + Text.didYouMean(v, allowed));
        return Optional.empty();
    }

    private void problem(SourcePosition pos, String message) {
        problems.add(new Problem(pos, message));
    }

    private static Set<String> ordered(String... keys) {
        return new LinkedHashSet<>(Arrays.asList(keys));
    }
}
