package dev.cloudwright.terraform.config;

import dev.cloudwright.core.JsonParser;
import dev.cloudwright.core.PathCheck;
import dev.cloudwright.terraform.hcl.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A root module and, recursively, the modules it calls. Local sources ({@code ./x}, {@code ../x}) are
 * read from disk; other sources (registry, git, archives) only when {@code terraform init} has already
 * installed them under {@code .terraform/modules} ({@code modules.json} says where). Module cycles and
 * missing directories are reported, not followed.
 */
public final class ConfigTree {

    /** Calls nested deeper than this are reported instead of followed. */
    public static final int MAX_DEPTH = 64;

    /** A module in the tree: its configuration and what each of its calls resolved to. */
    public record Node(ModuleConfig config, Map<String, Child> children) {}

    /** A module call and the module it loads, or why it could not be loaded ({@code node} is then null). */
    public record Child(ModuleConfig.ModuleCall call, Node node, String unresolved) {}

    private final Path root;
    private final Map<String, Path> installed;
    private final Map<Path, ModuleConfig> cache = new HashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private ConfigTree(Path root) {
        this.root = root;
        this.installed = readModulesJson(root);
    }

    /** The loaded tree and every diagnostic found in any of its modules, in load order. */
    public record Loaded(Node root, List<Diagnostic> diagnostics) {}

    /** Loads the module in {@code dir} and everything it calls. {@code display} names the directory in messages. */
    public static Loaded load(Path dir, String display) {
        ConfigTree t = new ConfigTree(dir);
        Node n = t.node(dir, display, List.of(), new ArrayList<>());
        return new Loaded(n, List.copyOf(t.diagnostics));
    }

    private Node node(Path dir, String display, List<String> callPath, List<Path> stack) {
        Path real = realPath(dir);
        ModuleConfig cfg = cache.get(real);
        if (cfg == null) {
            cfg = ConfigLoader.load(dir, display);
            cache.put(real, cfg);
            diagnostics.addAll(cfg.diagnostics());
        }
        stack.add(real);
        Map<String, Child> children = new LinkedHashMap<>();
        for (ModuleConfig.ModuleCall call : new TreeMap<>(cfg.calls()).values()) {
            List<String> childPath = new ArrayList<>(callPath);
            childPath.add(call.name());
            children.put(call.name(), child(cfg, call, childPath, stack));
        }
        stack.remove(stack.size() - 1);
        return new Node(cfg, children);
    }

    private Child child(ModuleConfig parent, ModuleConfig.ModuleCall call, List<String> callPath, List<Path> stack) {
        if (call.source() == null) {
            return new Child(call, null, "the module has no literal source");
        }
        String src = call.source();
        Path dir;
        String display;
        if (src.startsWith("./") || src.startsWith("../") || src.equals(".") || src.equals("..")) {
            dir = parent.dir().resolve(src).normalize();
            display = joinDisplay(parent.display(), src);
        } else {
            Path inst = installed.get(String.join(".", callPath));
            if (inst == null) {
                String why = "module source \"" + src + "\" is not installed (run `terraform init` to download it into .terraform/modules);"
                        + " its resources are not included";
                diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, "Module not installed", why, call.sourceRange()));
                return new Child(call, null, why);
            }
            dir = inst;
            display = root.relativize(inst).toString().replace('\\', '/');
        }
        if (!Files.isDirectory(dir)) {
            String link = PathCheck.brokenLink(dir, display);
            String why = link != null ? link
                    : Files.exists(dir) ? "the module source " + display + " is not a directory"
                    : "the module directory " + display + " does not exist";
            diagnostics.add(Diagnostic.error("Unreadable module directory", "Module \"" + call.name() + "\": " + why + ".", call.sourceRange()));
            return new Child(call, null, why);
        }
        Path real = realPath(dir);
        if (stack.contains(real)) {
            String why = "module cycle: " + display + " calls itself through module." + String.join(".module.", callPath);
            diagnostics.add(Diagnostic.error("Module cycle", "Module \"" + call.name() + "\" is already being loaded: " + why + ".", call.sourceRange()));
            return new Child(call, null, why);
        }
        if (callPath.size() > MAX_DEPTH) {
            String why = "modules nested more than " + MAX_DEPTH + " levels deep";
            diagnostics.add(Diagnostic.error("Module nesting too deep", why + ".", call.sourceRange()));
            return new Child(call, null, why);
        }
        return new Child(call, node(dir, display, callPath, stack), null);
    }

    private static String joinDisplay(String base, String rel) {
        Path p = Path.of(base.isEmpty() ? "." : base).resolve(rel).normalize();
        String s = p.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** {@code .terraform/modules/modules.json}: module key ("a.b") → installed directory. */
    private static Map<String, Path> readModulesJson(Path root) {
        Path f = root.resolve(".terraform").resolve("modules").resolve("modules.json");
        Map<String, Path> out = new HashMap<>();
        if (!Files.isRegularFile(f)) {
            return out;
        }
        try {
            JsonParser.Node n = JsonParser.parse(Files.readString(f, StandardCharsets.UTF_8));
            if (n instanceof JsonParser.JObject o && o.get("Modules") instanceof JsonParser.JArray mods) {
                for (JsonParser.Node m : mods.items()) {
                    if (m instanceof JsonParser.JObject mo && mo.get("Key") instanceof JsonParser.JString k && mo.get("Dir") instanceof JsonParser.JString d
                            && !k.value().isEmpty()) {
                        out.put(k.value(), root.resolve(d.value()).normalize());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable modules.json only means installed modules are not found.
        }
        return out;
    }
}
