package dev.cloudwright.terraform.config;

import dev.cloudwright.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The bundled provider schemas (aws, azurerm, google): which arguments and nested blocks each resource
 * type and data source has. Used to read the JSON syntax (where only the schema tells a nested block
 * from a map argument), to give unset attributes of a resource an explicit Unknown value, and to check
 * configurations. A provider's schema is read the first time one of its types is asked for.
 */
public final class ProviderSchema {

    /** A block: its arguments (name → required) and nested block types. */
    public record Block(Map<String, Boolean> attributes, Map<String, Nested> blocks) {
        public boolean hasAttribute(String name) {
            return attributes.containsKey(name);
        }
    }

    /** A nested block type: whether it is required and whether it may repeat. */
    public record Nested(boolean required, boolean list, Block block) {}

    private static final Map<String, String> FILES = Map.of("aws", "aws", "azurerm", "azurerm", "google", "google", "google-beta", "google");
    private static final Map<String, Map<String, Map<String, Block>>> LOADED = new ConcurrentHashMap<>();

    private ProviderSchema() {}

    /** The provider's local name as Terraform infers it from a type name: the part before the first underscore. */
    public static String providerOf(String type) {
        int u = type.indexOf('_');
        return u < 0 ? type : type.substring(0, u);
    }

    public static Optional<Block> resource(String type) {
        return lookup("resources", type);
    }

    public static Optional<Block> dataSource(String type) {
        return lookup("data_sources", type);
    }

    /** All resource types (or data sources) of the provider of {@code type}, for suggestions. */
    public static java.util.Set<String> typesLike(String type, boolean data) {
        String file = FILES.get(providerOf(type));
        if (file == null) {
            return java.util.Set.of();
        }
        return LOADED.computeIfAbsent(file, ProviderSchema::load).get(data ? "data_sources" : "resources").keySet();
    }

    /** Whether a schema is bundled for the provider of this type. */
    public static boolean covers(String type) {
        return FILES.containsKey(providerOf(type));
    }

    private static Optional<Block> lookup(String kind, String type) {
        String file = FILES.get(providerOf(type));
        if (file == null) {
            return Optional.empty();
        }
        Map<String, Map<String, Block>> schema = LOADED.computeIfAbsent(file, ProviderSchema::load);
        return Optional.ofNullable(schema.get(kind).get(type));
    }

    private static Map<String, Map<String, Block>> load(String file) {
        String res = "/dev/cloudwright/terraform/schema/" + file + ".json.gz";
        try (InputStream raw = ProviderSchema.class.getResourceAsStream(res)) {
            if (raw == null) {
                throw new IllegalStateException("missing bundled schema " + res);
            }
            String text = new String(new GZIPInputStream(raw).readAllBytes(), StandardCharsets.UTF_8);
            JsonParser.JObject root = (JsonParser.JObject) JsonParser.parse(text);
            JsonParser.JObject supplement = null;
            try (InputStream sup = ProviderSchema.class.getResourceAsStream("/dev/cloudwright/terraform/schema/" + file + "-supplement.json")) {
                if (sup != null) {
                    supplement = (JsonParser.JObject) JsonParser.parse(new String(sup.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            Map<String, Map<String, Block>> out = new LinkedHashMap<>();
            for (String kind : new String[] {"resources", "data_sources"}) {
                Map<String, Block> types = new LinkedHashMap<>();
                for (JsonParser.Member m : ((JsonParser.JObject) root.get(kind)).members()) {
                    types.put(m.key(), block((JsonParser.JObject) m.value()));
                }
                if (supplement != null && supplement.get(kind) instanceof JsonParser.JObject extra) {
                    for (JsonParser.Member m : extra.members()) {
                        types.putIfAbsent(m.key(), block((JsonParser.JObject) m.value()));
                    }
                }
                out.put(kind, Collections.unmodifiableMap(types));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Block block(JsonParser.JObject node) {
        Map<String, Boolean> attrs = new LinkedHashMap<>();
        if (node.get("attributes") instanceof JsonParser.JObject a) {
            for (JsonParser.Member m : a.members()) {
                attrs.put(m.key(), ((JsonParser.JObject) m.value()).get("required") instanceof JsonParser.JBool b && b.value());
            }
        }
        Map<String, Nested> blocks = new LinkedHashMap<>();
        if (node.get("blocks") instanceof JsonParser.JObject b) {
            for (JsonParser.Member m : b.members()) {
                JsonParser.JObject n = (JsonParser.JObject) m.value();
                boolean required = n.get("required") instanceof JsonParser.JBool r && r.value();
                boolean list = !(n.get("list") instanceof JsonParser.JBool l) || l.value();
                blocks.put(m.key(), new Nested(required, list, block(n)));
            }
        }
        return new Block(Collections.unmodifiableMap(attrs), Collections.unmodifiableMap(blocks));
    }
}
