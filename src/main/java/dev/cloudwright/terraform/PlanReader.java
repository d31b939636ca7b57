package dev.cloudwright.terraform;

import dev.cloudwright.core.JsonParser;
import dev.cloudwright.terraform.config.ModuleConfig;
import dev.cloudwright.terraform.config.ProviderSchema;
import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.hcl.Diagnostic;
import dev.cloudwright.terraform.hcl.Pos;
import dev.cloudwright.terraform.hcl.Range;
import dev.cloudwright.terraform.module.ConfigEvaluator;
import dev.cloudwright.terraform.module.EvaluatedBody;
import dev.cloudwright.terraform.module.InstanceKey;
import dev.cloudwright.terraform.module.Inputs;
import dev.cloudwright.terraform.module.ProviderBinding;
import dev.cloudwright.terraform.module.ResourceInstance;
import dev.cloudwright.terraform.source.SourceFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the JSON of {@code terraform show -json PLANFILE}: planned values are fully evaluated by
 * Terraform (with provider data), so every attribute is known except those the plan itself marks as
 * known only after apply. Dependencies come from the configuration section's references and
 * {@code depends_on}.
 */
public final class PlanReader {

    private PlanReader() {}

    /** Reads a plan JSON file; bad input becomes a diagnostic, not an exception. */
    public static ResourceGraph read(java.nio.file.Path file, String display) {
        SourceFiles.Source src = SourceFiles.read(new SourceFiles.Found(file, display, null));
        List<Diagnostic> diags = new ArrayList<>();
        if (src.problem() != null) {
            diags.add(dev.cloudwright.terraform.config.ConfigLoader.fileProblem(display, "Cannot read plan", src.problem(), false));
            return empty(diags);
        }
        return parse(display, src.text(), diags);
    }

    static ResourceGraph parse(String display, String text, List<Diagnostic> diags) {
        JsonParser.Node root;
        try {
            root = JsonParser.parse(text);
        } catch (JsonParser.JsonException e) {
            Pos p = new Pos(e.line(), e.column(), 0, 0);
            diags.add(Diagnostic.error("Invalid JSON", e.getMessage(), new Range(display, p, p)));
            return empty(diags);
        }
        if (!(root instanceof JsonParser.JObject doc) || !(doc.get("planned_values") instanceof JsonParser.JObject planned)) {
            diags.add(dev.cloudwright.terraform.config.ConfigLoader.fileProblem(display, "Not a Terraform plan",
                    "Expected the output of `terraform show -json PLANFILE` (an object with \"planned_values\"); for a configuration, give its directory.",
                    false));
            return empty(diags);
        }
        return new PlanReader.Reader(display, text, doc, diags).read(planned);
    }

    private static ResourceGraph empty(List<Diagnostic> diags) {
        return ResourceGraph.of(new ConfigEvaluator.Result(List.of(), List.of(), Map.of(), List.of(), diags));
    }

    private static final class Reader {
        private final String display;
        private final int[] lineStarts;
        private final JsonParser.JObject doc;
        private final List<Diagnostic> diags;
        private final Map<String, JsonParser.JObject> unknownByAddress = new HashMap<>();
        private final Map<String, ProviderBinding> providers = new HashMap<>();
        /** Configuration resources by module path (without instance keys) and address. */
        private final Map<String, JsonParser.JObject> configResources = new HashMap<>();
        private final Map<String, JsonParser.JObject> configOutputs = new HashMap<>();
        private final Set<String> modules = new TreeSet<>();

        Reader(String display, String text, JsonParser.JObject doc, List<Diagnostic> diags) {
            this.display = display;
            this.doc = doc;
            this.diags = diags;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        ResourceGraph read(JsonParser.JObject planned) {
            if (doc.get("resource_changes") instanceof JsonParser.JArray changes) {
                for (JsonParser.Node c : changes.items()) {
                    if (c instanceof JsonParser.JObject co && co.get("address") instanceof JsonParser.JString a
                            && co.get("change") instanceof JsonParser.JObject ch && ch.get("after_unknown") instanceof JsonParser.JObject au) {
                        unknownByAddress.put(a.value(), au);
                    }
                }
            }
            if (doc.get("configuration") instanceof JsonParser.JObject cfg) {
                if (cfg.get("provider_config") instanceof JsonParser.JObject pc) {
                    for (JsonParser.Member m : pc.members()) {
                        providers.put(m.key(), provider(m.key(), (JsonParser.JObject) m.value()));
                    }
                }
                if (cfg.get("root_module") instanceof JsonParser.JObject rm) {
                    configModule("", rm);
                }
            }
            List<ResourceInstance> out = new ArrayList<>();
            if (planned.get("root_module") instanceof JsonParser.JObject rm) {
                module(rm, out);
            }
            Map<String, Value> outputs = new TreeMap<>();
            if (planned.get("outputs") instanceof JsonParser.JObject po) {
                for (JsonParser.Member m : po.members()) {
                    if (m.value() instanceof JsonParser.JObject o) {
                        Value v = o.get("value") == null ? Value.unknown("known only after apply") : Inputs.fromJson(o.get("value"));
                        outputs.put(m.key(), v);
                    }
                }
            }
            out = withDependencies(out);
            return ResourceGraph.of(new ConfigEvaluator.Result(out, List.copyOf(modules), outputs, List.of(), diags));
        }

        private void configModule(String path, JsonParser.JObject m) {
            if (m.get("resources") instanceof JsonParser.JArray rs) {
                for (JsonParser.Node r : rs.items()) {
                    if (r instanceof JsonParser.JObject ro && ro.get("address") instanceof JsonParser.JString a) {
                        configResources.put(path + "|" + a.value(), ro);
                    }
                }
            }
            if (m.get("outputs") instanceof JsonParser.JObject os) {
                for (JsonParser.Member o : os.members()) {
                    if (o.value() instanceof JsonParser.JObject oo) {
                        configOutputs.put(path + "|" + o.key(), oo);
                    }
                }
            }
            if (m.get("module_calls") instanceof JsonParser.JObject calls) {
                for (JsonParser.Member c : calls.members()) {
                    if (c.value() instanceof JsonParser.JObject co && co.get("module") instanceof JsonParser.JObject child) {
                        configModule(path.isEmpty() ? "module." + c.key() : path + ".module." + c.key(), child);
                    }
                }
            }
        }

        private ProviderBinding provider(String key, JsonParser.JObject p) {
            String name = p.get("name") instanceof JsonParser.JString n ? n.value() : key;
            String full = p.get("full_name") instanceof JsonParser.JString f ? f.value() : "registry.terraform.io/hashicorp/" + name;
            String alias = p.get("alias") instanceof JsonParser.JString a ? a.value() : null;
            String module = p.get("module_address") instanceof JsonParser.JString ma ? ma.value() : "";
            Map<String, EvaluatedBody.Attr> attrs = new TreeMap<>();
            if (p.get("expressions") instanceof JsonParser.JObject ex) {
                for (JsonParser.Member m : ex.members()) {
                    Value v = expressionValue(m.value());
                    attrs.put(m.key(), new EvaluatedBody.Attr(m.key(), v, keyRange(m)));
                }
            }
            String address = (module.isEmpty() ? "" : module + ".") + "provider[\"" + full + "\"]" + (alias == null ? "" : "." + alias);
            return new ProviderBinding(address, name, alias, module, new EvaluatedBody(attrs, List.of(), range(p)));
        }

        /** A configuration expression: its constant value, a root variable's value, or Unknown. */
        private Value expressionValue(JsonParser.Node n) {
            if (n instanceof JsonParser.JObject o) {
                if (o.get("constant_value") != null) {
                    return Inputs.fromJson(o.get("constant_value"));
                }
                if (o.get("references") instanceof JsonParser.JArray refs && refs.items().size() == 1 && refs.items().get(0) instanceof JsonParser.JString r
                        && r.value().startsWith("var.") && doc.get("variables") instanceof JsonParser.JObject vars
                        && vars.get(r.value().substring(4)) instanceof JsonParser.JObject var && var.get("value") != null) {
                    return Inputs.fromJson(var.get("value"));
                }
            }
            return Value.unknown("set by an expression the plan does not evaluate");
        }

        private void module(JsonParser.JObject m, List<ResourceInstance> out) {
            String path = m.get("address") instanceof JsonParser.JString a ? a.value() : "";
            if (!path.isEmpty()) {
                modules.add(path);
            }
            if (m.get("resources") instanceof JsonParser.JArray rs) {
                for (JsonParser.Node r : rs.items()) {
                    if (r instanceof JsonParser.JObject ro) {
                        resource(path, ro).ifPresent(out::add);
                    }
                }
            }
            if (m.get("child_modules") instanceof JsonParser.JArray cs) {
                for (JsonParser.Node c : cs.items()) {
                    if (c instanceof JsonParser.JObject co) {
                        module(co, out);
                    }
                }
            }
        }

        private java.util.Optional<ResourceInstance> resource(String modulePath, JsonParser.JObject r) {
            if (!(r.get("address") instanceof JsonParser.JString addr) || !(r.get("type") instanceof JsonParser.JString type)
                    || !(r.get("name") instanceof JsonParser.JString name)) {
                diags.add(Diagnostic.error("Invalid plan resource", "A planned resource needs \"address\", \"type\" and \"name\".", range(r)));
                return java.util.Optional.empty();
            }
            boolean data = r.get("mode") instanceof JsonParser.JString mode && mode.value().equals("data");
            InstanceKey key = InstanceKey.NONE;
            if (r.get("index") instanceof JsonParser.JNumber n) {
                key = new InstanceKey.Index(n.value().intValue());
            } else if (r.get("index") instanceof JsonParser.JString s) {
                key = new InstanceKey.Key(s.value());
            }
            ProviderSchema.Block schema = (data ? ProviderSchema.dataSource(type.value()) : ProviderSchema.resource(type.value())).orElse(null);
            JsonParser.JObject unknown = unknownByAddress.get(addr.value());
            EvaluatedBody body = r.get("values") instanceof JsonParser.JObject values ? body(values, unknown, schema)
                    : new EvaluatedBody(Map.of(), List.of(), range(r));
            body = providerRegion(body, configResources.get(stripKeys(modulePath) + "|" + configAddress(addr.value(), modulePath)));
            Map<String, Value> valueAttrs = new TreeMap<>();
            for (EvaluatedBody.Attr a : body.attributes().values()) {
                valueAttrs.put(a.name(), a.value());
            }
            ProviderBinding provider = providerFor(modulePath, configAddress(addr.value(), modulePath), r);
            return java.util.Optional.of(new ResourceInstance(addr.value(), modulePath, data ? ModuleConfig.Mode.DATA : ModuleConfig.Mode.MANAGED,
                    type.value(), name.value(), key, provider, body, Value.object(valueAttrs), range(r), List.of()));
        }

        /**
         * A {@code region} the plan computes but the configuration does not set is the provider configuration's region
         * (AWS provider 6: every resource has a computed region argument): dropped here so the resource takes its
         * provider's region, as Terraform will.
         */
        private static EvaluatedBody providerRegion(EvaluatedBody body, JsonParser.JObject cfg) {
            EvaluatedBody.Attr region = body.attributes().get("region");
            boolean written = cfg != null && cfg.get("expressions") instanceof JsonParser.JObject ex && ex.get("region") != null;
            if (region == null || written || !(region.value() instanceof Value.Unknown)) {
                return body;
            }
            Map<String, EvaluatedBody.Attr> attrs = new TreeMap<>(body.attributes());
            attrs.remove("region");
            return new EvaluatedBody(attrs, body.blocks(), body.range());
        }

        private ProviderBinding providerFor(String modulePath, String configAddress, JsonParser.JObject r) {
            JsonParser.JObject cfg = configResources.get(stripKeys(modulePath) + "|" + configAddress);
            if (cfg != null && cfg.get("provider_config_key") instanceof JsonParser.JString k && providers.containsKey(k.value())) {
                return providers.get(k.value());
            }
            String full = r.get("provider_name") instanceof JsonParser.JString p ? p.value() : "";
            for (ProviderBinding b : providers.values()) {
                if (b.alias() == null && b.address().endsWith("provider[\"" + full + "\"]") && b.modulePath().isEmpty()) {
                    return b;
                }
            }
            String local = full.substring(full.lastIndexOf('/') + 1);
            return new ProviderBinding("provider[\"" + full + "\"]", local, null, "", null);
        }

        /** A planned values object as a body: schema blocks become nested blocks; unknown attributes are Unknown. */
        private EvaluatedBody body(JsonParser.JObject values, JsonParser.JObject unknown, ProviderSchema.Block schema) {
            Map<String, EvaluatedBody.Attr> attrs = new TreeMap<>();
            List<EvaluatedBody.Block> blocks = new ArrayList<>();
            for (JsonParser.Member m : values.members()) {
                JsonParser.Node u = unknown == null ? null : unknown.get(m.key());
                ProviderSchema.Nested nested = schema == null ? null : schema.blocks().get(m.key());
                if (nested != null && (m.value() instanceof JsonParser.JArray || m.value() instanceof JsonParser.JObject)) {
                    List<JsonParser.Node> items = m.value() instanceof JsonParser.JArray a ? a.items() : List.of(m.value());
                    for (int i = 0; i < items.size(); i++) {
                        if (items.get(i) instanceof JsonParser.JObject o) {
                            JsonParser.Node ui = u instanceof JsonParser.JArray ua && i < ua.items().size() ? ua.items().get(i) : u;
                            blocks.add(new EvaluatedBody.Block(m.key(), List.of(), body(o, ui instanceof JsonParser.JObject uo ? uo : null, nested.block()),
                                    range(o), false));
                        }
                    }
                    continue;
                }
                attrs.put(m.key(), new EvaluatedBody.Attr(m.key(), withUnknown(m.value(), u), keyRange(m)));
            }
            if (unknown != null) {
                for (JsonParser.Member m : unknown.members()) {
                    if (m.value() instanceof JsonParser.JBool b && b.value() && !attrs.containsKey(m.key())) {
                        attrs.put(m.key(), new EvaluatedBody.Attr(m.key(), Value.unknown("known only after apply"), keyRange(m)));
                    }
                }
            }
            return new EvaluatedBody(attrs, blocks, range(values));
        }

        /** A planned value with the parts {@code after_unknown} marks replaced by Unknown. */
        private static Value withUnknown(JsonParser.Node v, JsonParser.Node unknown) {
            if (unknown instanceof JsonParser.JBool b && b.value()) {
                return Value.unknown("known only after apply");
            }
            if (v instanceof JsonParser.JArray a && unknown instanceof JsonParser.JArray ua) {
                List<Value> items = new ArrayList<>();
                for (int i = 0; i < a.items().size(); i++) {
                    items.add(withUnknown(a.items().get(i), i < ua.items().size() ? ua.items().get(i) : null));
                }
                return Value.tuple(items);
            }
            if (v instanceof JsonParser.JObject o && unknown instanceof JsonParser.JObject uo) {
                Map<String, Value> m = new LinkedHashMap<>();
                for (JsonParser.Member mem : o.members()) {
                    m.put(mem.key(), withUnknown(mem.value(), uo.get(mem.key())));
                }
                for (JsonParser.Member mem : uo.members()) {
                    if (!m.containsKey(mem.key()) && mem.value() instanceof JsonParser.JBool b && b.value()) {
                        m.put(mem.key(), Value.unknown("known only after apply"));
                    }
                }
                return Value.object(m);
            }
            return v == null ? Value.NULL : Inputs.fromJson(v);
        }

        /** Edges from the configuration: each resource's references and depends_on, followed through module outputs. */
        private List<ResourceInstance> withDependencies(List<ResourceInstance> in) {
            Map<String, List<String>> byConfig = new HashMap<>();
            for (ResourceInstance i : in) {
                byConfig.computeIfAbsent(stripKeys(i.modulePath()) + "|" + configAddress(i.address(), i.modulePath()), k -> new ArrayList<>())
                        .add(i.address());
            }
            List<ResourceInstance> out = new ArrayList<>();
            for (ResourceInstance i : in) {
                String mp = stripKeys(i.modulePath());
                JsonParser.JObject cfg = configResources.get(mp + "|" + configAddress(i.address(), i.modulePath()));
                Set<String> deps = new TreeSet<>();
                if (cfg != null) {
                    List<String> refs = new ArrayList<>();
                    collectReferences(cfg.get("expressions"), refs);
                    collectReferences(cfg.get("count_expression"), refs);
                    collectReferences(cfg.get("for_each_expression"), refs);
                    if (cfg.get("depends_on") instanceof JsonParser.JArray d) {
                        for (JsonParser.Node n : d.items()) {
                            if (n instanceof JsonParser.JString s) {
                                refs.add(s.value());
                            }
                        }
                    }
                    for (String ref : refs) {
                        resolve(mp, ref, byConfig, deps, 0);
                    }
                }
                deps.remove(i.address());
                EvaluatedBody body = i.body();
                if (cfg != null && cfg.get("expressions") instanceof JsonParser.JObject exprs) {
                    Map<String, EvaluatedBody.Attr> attrs = new TreeMap<>(body.attributes());
                    for (JsonParser.Member m : exprs.members()) {
                        EvaluatedBody.Attr a = attrs.get(m.key());
                        if (a == null) {
                            continue;
                        }
                        List<String> refs = new ArrayList<>();
                        collectReferences(m.value(), refs);
                        Set<String> targets = new TreeSet<>();
                        for (String ref : refs) {
                            resolve(mp, ref, byConfig, targets, 0);
                        }
                        targets.remove(i.address());
                        attrs.put(m.key(), new EvaluatedBody.Attr(a.name(), a.value(), a.range(), List.copyOf(targets)));
                    }
                    body = new EvaluatedBody(attrs, body.blocks(), body.range());
                }
                out.add(new ResourceInstance(i.address(), i.modulePath(), i.mode(), i.type(), i.name(), i.key(), i.provider(), body, i.value(),
                        i.range(), List.copyOf(deps)));
            }
            out.sort(Comparator.comparing(ResourceInstance::modulePath).thenComparing(ResourceInstance::mode).thenComparing(ResourceInstance::type)
                    .thenComparing(ResourceInstance::name).thenComparing(ResourceInstance::key));
            return out;
        }

        private void resolve(String modulePath, String ref, Map<String, List<String>> byConfig, Set<String> deps, int depth) {
            if (depth > 50) {
                return;
            }
            String[] parts = ref.split("\\.");
            if (parts.length >= 2 && parts[0].equals("module")) {
                String call = parts[1].replaceAll("\\[.*$", "");
                String child = modulePath.isEmpty() ? "module." + call : modulePath + ".module." + call;
                if (parts.length >= 3) {
                    JsonParser.JObject out = configOutputs.get(child + "|" + parts[2]);
                    if (out != null) {
                        List<String> refs = new ArrayList<>();
                        collectReferences(out.get("expression"), refs);
                        for (String r : refs) {
                            resolve(child, r, byConfig, deps, depth + 1);
                        }
                    }
                } else {
                    for (Map.Entry<String, List<String>> e : byConfig.entrySet()) {
                        if (e.getKey().startsWith(child + "|") || e.getKey().startsWith(child + ".")) {
                            deps.addAll(e.getValue());
                        }
                    }
                }
                return;
            }
            String address;
            if (parts[0].equals("data") && parts.length >= 3) {
                address = "data." + parts[1] + "." + parts[2].replaceAll("\\[.*$", "");
            } else if (parts.length >= 2 && !Set.of("var", "local", "count", "each", "path", "terraform", "self").contains(parts[0])) {
                address = parts[0] + "." + parts[1].replaceAll("\\[.*$", "");
            } else {
                return;
            }
            List<String> targets = byConfig.get(modulePath + "|" + address);
            if (targets != null) {
                deps.addAll(targets);
            }
        }

        private static void collectReferences(JsonParser.Node n, List<String> out) {
            if (n instanceof JsonParser.JObject o) {
                for (JsonParser.Member m : o.members()) {
                    if (m.key().equals("references") && m.value() instanceof JsonParser.JArray a) {
                        for (JsonParser.Node r : a.items()) {
                            if (r instanceof JsonParser.JString s) {
                                out.add(s.value());
                            }
                        }
                    } else {
                        collectReferences(m.value(), out);
                    }
                }
            } else if (n instanceof JsonParser.JArray a) {
                for (JsonParser.Node i : a.items()) {
                    collectReferences(i, out);
                }
            }
        }

        /** {@code module.a["x"].module.b[0]} → {@code module.a.module.b}. */
        private static String stripKeys(String modulePath) {
            return modulePath.replaceAll("\\[(\"([^\"\\\\]|\\\\.)*\"|[0-9]+)\\]", "");
        }

        /** The configuration address of an instance address: module prefix and instance key removed. */
        private static String configAddress(String address, String modulePath) {
            String local = modulePath.isEmpty() ? address : address.substring(modulePath.length() + 1);
            int b = local.indexOf('[');
            return b < 0 ? local : local.substring(0, b);
        }

        private Range range(JsonParser.Node n) {
            return span(n.start(), n.end());
        }

        private Range keyRange(JsonParser.Member m) {
            return span(m.keyStart(), m.keyEnd());
        }

        private Range span(int start, int end) {
            return new Range(display, pos(start), pos(end));
        }

        private Pos pos(int offset) {
            int idx = java.util.Arrays.binarySearch(lineStarts, offset);
            int line = idx >= 0 ? idx : -idx - 2;
            return new Pos(line + 1, offset - lineStarts[line] + 1, offset, offset);
        }
    }
}
