package dev.cloudwright.terraform.write;

import static dev.cloudwright.terraform.write.Hcl.attr;
import static dev.cloudwright.terraform.write.Hcl.blank;
import static dev.cloudwright.terraform.write.Hcl.block;
import static dev.cloudwright.terraform.write.Hcl.entry;
import static dev.cloudwright.terraform.write.Hcl.raw;

import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Engine;
import dev.cloudwright.model.Key;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The root module being written: the architecture and project, the module calls of each layer file, the outputs,
 * the notes for the README and the bundled modules used; and the naming rules every layer shares.
 */
final class RootModule {
    /** The layer files, in the order they are written. */
    static final List<String> LAYERS = List.of("security", "network", "edge", "compute", "data", "cache", "storage", "observability", "backup");

    /** The root variable that turns on the irreversible settings (S3 Object Lock, Backup vault lock); false by default. */
    static final String LOCKS_VARIABLE = "enable_compliance_locks";
    static final String LOCKS_VARIABLE_REF = "var." + LOCKS_VARIABLE;

    final Architecture arch;
    final AwsTerraformWriter.Project project;
    final String slug;
    final String primary;
    final String secondary;
    /** Module calls in the second region, and the DNS ones: what a failover apply targets. */
    final List<String> recoveryModules = new ArrayList<>();
    final Map<String, List<Hcl.Node>> layers = new LinkedHashMap<>();
    final SortedSet<String> used = new TreeSet<>();
    final List<Hcl.Node> outputs = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    /** The environment variables and secrets the generated Terraform passes to the application (for its README). */
    final Set<String> appVariables = new java.util.HashSet<>();
    /** A random_password resource is written (the root module needs the hashicorp/random provider). */
    boolean randomSecret;

    RootModule(Architecture arch, AwsTerraformWriter.Project project) {
        this.arch = arch;
        this.project = project;
        this.slug = slug(project.name());
        this.primary = arch.regions().isEmpty() ? "us-east-1" : arch.regions().get(0).region();
        this.secondary = arch.regions().size() > 1 ? arch.regions().get(1).region() : null;
        for (String l : LAYERS) {
            layers.put(l, new ArrayList<>());
        }
    }

    // ------------------------------------------------------------------ naming

    static String slug(String s) {
        String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (out.length() > 24) {
            out = out.substring(0, 24).replaceAll("-+$", "");
        }
        return out.isEmpty() ? "app" : out;
    }

    /**
     * The second region stands by (pilot light or warm standby): the configuration has a {@code failover} switch that
     * creates what the standby lacks, scales it to production and opens the DNS gate to it.
     */
    boolean standby() {
        return secondary != null && arch.regions().get(1).part() == dev.cloudwright.model.RegionPlan.Part.STANDBY;
    }

    /** A value for the standby region: {@code normal}, or {@code whenFailedOver} once var.failover is set. */
    Hcl.Expr onFailover(String region, Object normal, Object whenFailedOver) {
        if (!standby() || region == null || region.equals(primary) || java.util.Objects.equals(normal, whenFailedOver)) {
            return literal(normal);
        }
        return Hcl.raw("var.failover ? " + text(whenFailedOver) + " : " + text(normal));
    }

    private static Hcl.Expr literal(Object v) {
        return v instanceof String str ? Hcl.str(str) : Hcl.raw(text(v));
    }

    private static String text(Object v) {
        if (v instanceof String str) {
            StringBuilder sb = new StringBuilder();
            Hcl.quote(sb, str);
            return sb.toString();
        }
        return String.valueOf(v);
    }

    /** "primary" or "secondary" for a region. */
    String part(String region) {
        return region.equals(primary) ? "primary" : "secondary";
    }

    /** The component's id without its region ("db" for "us-east-1.db"). */
    static String shortName(Component c) {
        return c.id().substring(c.id().indexOf('.') + 1);
    }

    /** The module name for a component: its local name and the region's part ("db_primary"), or its local name when global. */
    String moduleName(Component c) {
        String local = shortName(c).replace('-', '_');
        return c.placement().isGlobal() ? local : local + "_" + part(c.region());
    }

    /** An output of the region's network module ("module.network_primary.vpc_id"). */
    String network(String region, String output) {
        return "module.network_" + part(region) + "." + output;
    }

    // ------------------------------------------------------------------ finding components

    /** The design has settings that cannot be undone (object lock, vault lock), which the root module's variable switches on. */
    boolean hasLocks() {
        return arch.components().stream().anyMatch(c -> c.isTrue(Keys.OBJECT_LOCK) || c.value(Keys.VAULT_LOCK) != null);
    }

    /** The root variable that turns on Aurora PostgreSQL's managed RPO for a global database (off by default). */
    static final String MANAGED_RPO_VARIABLE = "aurora_managed_rpo_seconds";

    /** An Aurora PostgreSQL global database: its clusters take the managed-RPO switch. */
    boolean auroraPostgresGlobal() {
        return arch.components().stream().anyMatch(c -> c.service().equals("aws.aurora") && c.valueOr(Keys.ENGINE, Engine.POSTGRESQL) == Engine.POSTGRESQL
                && (!c.valueOr(Keys.REPLICA_REGIONS, List.<String>of()).isEmpty() || c.value(Keys.REPLICA_OF) != null));
    }

    Optional<Component> find(String region, String service) {
        return arch.components().stream().filter(c -> c.service().equals(service) && (region == null || c.region().equals(region))).findFirst();
    }

    List<Component> all(String region, Role role) {
        return arch.components().stream().filter(c -> c.role() == role && c.region().equals(region)).toList();
    }

    /** The component a setting names by id (REPLICA_OF, DESTINATION, KMS_KEY); null when the setting is absent. */
    Component referenced(Component c, Key<String> key) {
        String id = c.value(key);
        if (id == null) {
            return null;
        }
        return arch.component(id).orElseThrow(() -> new IllegalArgumentException(c.id() + ": " + key + " names " + id + ", which is not in the design"));
    }

    /** A list setting, empty when absent. */
    static List<String> list(Component c, Key<List<String>> key) {
        return c.valueOr(key, List.of());
    }

    /** The ARN of the region's data key. */
    String kms(String region) {
        return "module." + find(region, "aws.kms").map(this::moduleName).orElse("kms_" + part(region)) + ".key_arn";
    }

    /** The ARN of the key a component is encrypted with: its KMS_KEY, else its region's key. */
    String kms(Component c) {
        Component key = referenced(c, Keys.KMS_KEY);
        return key == null ? kms(c.region()) : "module." + moduleName(key) + ".key_arn";
    }

    // ------------------------------------------------------------------ module calls

    /** A call to the module that writes the component's service (services.tsv). */
    void call(String layer, String name, String region, Component c, List<Hcl.Attr> args) {
        String module = AwsFacts.module(c.service());
        if (module == null) {
            throw new IllegalStateException(c.service() + " of " + c.id() + " has no bundled module");
        }
        call(layer, name, module, region, c, args);
    }

    /** A module call: source, providers, then the arguments (null values are left out). */
    void call(String layer, String name, String module, String region, Component c, List<Hcl.Attr> args) {
        call(layer, name, module, region, c, null, args);
    }

    /** A module call with a count (null: none). */
    void call(String layer, String name, String module, String region, Component c, Hcl.Expr count, List<Hcl.Attr> args) {
        used.add(module);
        if (region != null && region.equals(secondary) || module.equals("dns")) {
            recoveryModules.add(name);
        }
        List<Hcl.Node> body = new ArrayList<>();
        body.add(attr("source", "./modules/" + module));
        if (count != null) {
            body.add(attr("count", count));
        }
        if (region != null && !region.equals(primary)) {
            body.add(attr("providers", new Hcl.ObjX(List.of(entry("aws", raw("aws.secondary"))), false)));
        }
        body.add(blank());
        if (c != null && !module.equals("dns") && !module.equals("certificate")) {
            body.add(attr("name", raw("\"${local.short_name}-" + shortName(c) + (region == null ? "" : "-" + (region.equals(primary) ? "pri" : "sec"))
                    + "\"")));
        }
        if (c != null) {
            body.add(attr("component_id", c.id()));
        }
        List<Hcl.Attr> given = args.stream().filter(a -> a.value() != null).toList();
        if (!given.isEmpty()) {
            if (c != null) {
                body.add(blank());
            }
            body.addAll(given);
        }
        add(layer, block("module", List.of(name), body));
    }

    /** A block at the end of a layer file, after a blank line. */
    void add(String layer, Hcl.Node item) {
        List<Hcl.Node> items = layers.get(layer);
        if (!items.isEmpty()) {
            items.add(blank());
        }
        items.add(item);
    }

    void output(String name, String description, String value) {
        outputs.add(block("output", List.of(name), List.of(attr("description", description), attr("value", raw(value)))));
        outputs.add(blank());
    }

    // ------------------------------------------------------------------ arguments (an argument with a null value is left out)

    static Hcl.Attr absent(String name) {
        return new Hcl.Attr(name, null);
    }

    /** A reference or other expression; left out when null. */
    static Hcl.Attr ref(String name, String expr) {
        return expr == null ? absent(name) : attr(name, raw(expr));
    }

    /** A log group's retention from the component's LOG_RETENTION_DAYS; left out (the module's default) when the design sets none. */
    static Hcl.Attr logRetention(String argument, Component c) {
        Integer days = c.value(Keys.LOG_RETENTION_DAYS);
        return days == null ? absent(argument) : attr(argument, days);
    }

    /** The argument when {@code written}, else left out. */
    static Hcl.Attr when(boolean written, Hcl.Attr a) {
        return written ? a : absent(a.name());
    }
}
