package dev.cloudwright.review;

import dev.cloudwright.core.InputException;
import dev.cloudwright.core.YamlTree;
import dev.cloudwright.core.YamlTree.MapNode;
import dev.cloudwright.core.YamlTree.Node;
import dev.cloudwright.core.YamlTree.Scalar;
import dev.cloudwright.core.YamlTree.Seq;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A project's review settings, from {@code .cloudwright.yaml} at the root of the configuration:
 * <pre>
 * review:
 *   skip: [CW-AWS-050]          # rules not run
 *   severity:                   # severity overrides
 *     CW-AWS-060: info
 *   exclude_paths:              # files whose findings are suppressed (globs, relative to the root)
 *     - modules/legacy/**
 * </pre>
 */
public record ProjectConfig(String file, Set<String> skip, Map<String, Severity> severity, List<String> excludePaths) {
    public static final String NAME = ".cloudwright.yaml";
    public static final ProjectConfig NONE = new ProjectConfig(null, Set.of(), Map.of(), List.of());

    /** The file at {@code path}, or {@link #NONE} when there is none. Bad content is an input error with its position. */
    public static ProjectConfig read(Path path) {
        if (path == null || !Files.isRegularFile(path)) {
            return NONE;
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(new dev.cloudwright.core.SourcePosition(path.toString(), 0, 0), "cannot read: " + e.getMessage());
        }
        return parse(path.toString().replace('\\', '/'), text);
    }

    static ProjectConfig parse(String file, String text) {
        Node root = YamlTree.parse(file, text);
        if (root instanceof Scalar s && s.value().isEmpty()) {
            return new ProjectConfig(file, Set.of(), Map.of(), List.of());
        }
        MapNode top = map(root, "the file");
        Node review = top.entry("review").map(YamlTree.Entry::value).orElse(null);
        for (YamlTree.Entry e : top.entries()) {
            if (!e.key().value().equals("review")) {
                throw new InputException(e.key().pos(), "unknown key '" + e.key().value() + "' (expected: review)");
            }
        }
        if (review == null) {
            return new ProjectConfig(file, Set.of(), Map.of(), List.of());
        }
        MapNode r = map(review, "review");
        Set<String> skip = new java.util.TreeSet<>();
        Map<String, Severity> severity = new LinkedHashMap<>();
        List<String> exclude = new ArrayList<>();
        for (YamlTree.Entry e : r.entries()) {
            switch (e.key().value()) {
                case "skip" -> strings(e.value(), "skip").forEach(s -> skip.add(ruleId(s)));
                case "exclude_paths" -> exclude.addAll(strings(e.value(), "exclude_paths").stream().map(Scalar::value).toList());
                case "severity" -> {
                    for (YamlTree.Entry s : map(e.value(), "severity").entries()) {
                        String id = ruleId(s.key());
                        if (!(s.value() instanceof Scalar v)) {
                            throw new InputException(s.key().pos(), "severity of " + id + " must be one of critical, high, medium, low, info");
                        }
                        try {
                            severity.put(id, Severity.valueOf(v.value().toUpperCase(Locale.ROOT)));
                        } catch (IllegalArgumentException ex) {
                            throw new InputException(v.pos(), "unknown severity '" + v.value() + "' (expected: critical, high, medium, low, info)");
                        }
                    }
                }
                default -> throw new InputException(e.key().pos(), "unknown key 'review." + e.key().value() + "' (expected: skip, severity, exclude_paths)");
            }
        }
        return new ProjectConfig(file, Set.copyOf(skip), Map.copyOf(severity), List.copyOf(exclude));
    }

    private static String ruleId(Scalar s) {
        if (AwsRules.byId(s.value()).isEmpty()) {
            throw new InputException(s.pos(), "unknown rule '" + s.value() + "' (see `cloudwright review --list-rules`)");
        }
        return s.value();
    }

    private static MapNode map(Node n, String what) {
        if (n instanceof MapNode m) {
            return m;
        }
        throw new InputException(n.pos(), what + " must be a mapping");
    }

    private static List<Scalar> strings(Node n, String what) {
        if (n instanceof Scalar s) {
            return List.of(s);
        }
        if (!(n instanceof Seq seq)) {
            throw new InputException(n.pos(), what + " must be a list");
        }
        List<Scalar> out = new ArrayList<>();
        for (Node item : seq.items()) {
            if (!(item instanceof Scalar s)) {
                throw new InputException(item.pos(), what + " takes strings");
            }
            out.add(s);
        }
        return out;
    }

    /** Whether findings in {@code file} (relative to the root, with / separators) are excluded. */
    public boolean excluded(String file) {
        for (String glob : excludePaths) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            if (m.matches(Path.of(file))) {
                return true;
            }
        }
        return false;
    }
}
