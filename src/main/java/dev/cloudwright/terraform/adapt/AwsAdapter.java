package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Keys;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.hcl.Range;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the AWS resources of a resource graph into the provider-neutral architecture model, so that
 * existing Terraform can be priced, reviewed and stress-tested like a generated design. Each component
 * records the Terraform addresses it was read from; resources that are not modelled are listed.
 */
public final class AwsAdapter {

    /** The adapters, in the order they run: keys first (others refer to them), monitoring last. */
    static final List<ResourceAdapter> ADAPTERS = List.of(
            new KmsAdapter(),
            new EndpointAdapter(),
            new NetworkAdapter(),
            new NatAdapter(),
            new TransitAdapter(),
            new LoadBalancerAdapter(),
            new EipAdapter(),
            new EcsAdapter(),
            new ScheduledTaskAdapter(),
            new LambdaAdapter(),
            new EksAdapter(),
            new VolumeAdapter(),
            new Ec2Adapter(),
            new ApiGatewayAdapter(),
            new RdsAdapter(),
            new AuroraAdapter(),
            new RdsProxyAdapter(),
            new CacheAdapter(),
            new DynamoDbAdapter(),
            new S3Adapter(),
            new EdgeAdapter(),
            new DnsAdapter(),
            new WafAdapter(),
            new SecretsAdapter(),
            new TrailAdapter(),
            new ThreatDetectionAdapter(),
            new MessagingAdapter(),
            new KinesisAdapter(),
            new KafkaAdapter(),
            new EventBusAdapter(),
            new WorkflowAdapter(),
            new SearchAdapter(),
            new WarehouseAdapter(),
            new FileSystemAdapter(),
            new RegistryAdapter(),
            new BackupAdapter(),
            new MonitoringAdapter());

    /** Resource types that configure access or plumbing rather than being a part of the architecture (aws/supporting-resources.tsv). */
    private static final List<String> SUPPORTING_PREFIXES = dev.cloudwright.core.Tsv.resource("dev/cloudwright/aws/supporting-resources.tsv")
            .stream().map(r -> r.get("prefix")).toList();

    /** Utility-provider resource types (random, null, time, tls...) that make no cloud resource (terraform/utility-resources.tsv). */
    private static final List<String> UTILITY_PREFIXES = dev.cloudwright.core.Tsv.resource("dev/cloudwright/terraform/utility-resources.tsv")
            .stream().map(r -> r.get("prefix")).toList();

    /** The model, what supports it, what was not modelled, and how every managed instance was accounted for. */
    public record Adapted(Architecture architecture, Map<String, Integer> unmodelled, Map<String, String> supporting, Accounting resources,
            List<dev.cloudwright.model.SourceResource> inventory) {}

    /**
     * Where each managed resource instance went: into a component (its address listed there), a supporting resource of
     * one, or unmodelled (counted by type). {@code unaccounted} counts instances in none of these and should be 0;
     * {@code placeholders} counts instances standing for a count or for_each not known offline ({@code [?]} in the address).
     */
    public record Accounting(int managed, int placeholders, int inComponents, int supporting, int unmodelled, int unaccounted) {}

    private AwsAdapter() {}

    public static Adapted adapt(ResourceGraph g, String name) {
        Index index = new Index(g);
        Context ctx = new Context(index);
        for (ResourceAdapter a : ADAPTERS) {
            ResourceAdapter.Adapts meta = a.getClass().getAnnotation(ResourceAdapter.Adapts.class);
            List<Res> anchors = new ArrayList<>();
            for (String type : meta.anchors()) {
                for (Res r : index.managed(type)) {
                    if (!ctx.owned(r)) {
                        anchors.add(r);
                    }
                }
            }
            anchors.sort(Comparator.comparing(Res::address));
            a.adapt(anchors, ctx);
        }
        SecurityGroups.apply(ctx);
        NetworkExposure.apply(ctx);
        IamRoles.apply(ctx);
        applyBackups(ctx);
        Map<String, Integer> unmodelled = new TreeMap<>();
        for (Res r : index.all()) {
            if (r.instance.mode() != dev.cloudwright.terraform.config.ModuleConfig.Mode.MANAGED || ctx.owned(r)) {
                continue;
            }
            if (SUPPORTING_PREFIXES.stream().anyMatch(p -> r.type().startsWith(p))) {
                ctx.support(r, "supporting configuration");
                continue;
            }
            if (UTILITY_PREFIXES.stream().anyMatch(p -> r.type().equals(p) || r.type().startsWith(p + "_"))) {
                ctx.support(r, "utility provider resource (no cloud resource)");
                continue;
            }
            if (!ctx.supporting.containsKey(r.address())) {
                unmodelled.merge(r.type(), 1, Integer::sum);
            }
        }
        List<Component> components = new ArrayList<>();
        for (Draft d : ctx.drafts()) {
            components.add(d.build());
        }
        components.sort(Comparator.comparing((Component c) -> c.role().ordinal()).thenComparing(Component::id));
        Architecture arch = new Architecture(name, "aws", environment(index), RegionRoles.of(components, ctx.regionClaims, defaultRegion(index)),
                components, connections(ctx));
        List<dev.cloudwright.model.SourceResource> inventory = new ArrayList<>();
        for (Res r : index.all()) {
            if (r.instance.mode() == dev.cloudwright.terraform.config.ModuleConfig.Mode.MANAGED) {
                Draft owner = ctx.owner(r);
                String nameTag = r.value("tags") instanceof dev.cloudwright.terraform.eval.Value.Obj tags
                        && tags.get("Name") instanceof dev.cloudwright.terraform.eval.Value.Str n ? n.value() : null;
                inventory.add(new dev.cloudwright.model.SourceResource(r.address(), r.type(), r.region(), owner == null ? null : owner.id,
                        ctx.supporting.get(r.address()), nameTag));
            }
        }
        inventory.sort(Comparator.comparing(dev.cloudwright.model.SourceResource::address));
        return new Adapted(arch, unmodelled, new TreeMap<>(ctx.supporting), account(index, components, ctx.supporting, unmodelled),
                List.copyOf(inventory));
    }

    /** Counts each managed instance once, from what the output lists: component addresses, supporting addresses, unmodelled types. */
    private static Accounting account(Index index, List<Component> components, Map<String, String> supporting, Map<String, Integer> unmodelled) {
        Set<String> inComponents = new java.util.HashSet<>();
        for (Component c : components) {
            inComponents.addAll(addresses(c));
        }
        Map<String, Integer> typesLeft = new java.util.HashMap<>(unmodelled);
        int managed = 0;
        int placeholders = 0;
        int comp = 0;
        int supp = 0;
        int unmod = 0;
        for (Res r : index.all()) {
            if (r.instance.mode() != dev.cloudwright.terraform.config.ModuleConfig.Mode.MANAGED) {
                continue;
            }
            managed++;
            if (r.address().contains("[?]")) {
                placeholders++;
            }
            if (inComponents.contains(r.address())) {
                comp++;
            } else if (supporting.containsKey(r.address())) {
                supp++;
            } else if (typesLeft.getOrDefault(r.type(), 0) > 0) {
                typesLeft.merge(r.type(), -1, Integer::sum);
                unmod++;
            }
        }
        return new Accounting(managed, placeholders, comp, supp, unmod, managed - comp - supp - unmod);
    }

    /** The Terraform addresses a component lists: its anchor and every resource folded into it. */
    static Set<String> addresses(Component c) {
        Set<String> out = new LinkedHashSet<>(c.valueOr(Keys.TERRAFORM_RESOURCES, List.of()));
        String anchor = c.value(Keys.TERRAFORM_ADDRESS);
        if (anchor != null) {
            out.add(anchor);
        }
        return out;
    }

    /** The region of the root module's default AWS provider configuration, when the configuration sets it. */
    /**
     * The environment the configuration's tags name: an {@code Environment} (or {@code environment}, {@code env}) tag
     * in the aws providers' {@code default_tags} or on the managed resources. {@code staging} when every such tag says
     * stage, staging, test or qa; {@code development} when every one says dev, development or sandbox; else (no tag, or
     * tags that differ) {@code existing}, which the review treats as production.
     */
    private static String environment(Index index) {
        Set<String> said = new java.util.TreeSet<>();
        for (Res r : index.all()) {
            var p = r.instance.provider();
            if (p != null && p.type().equals("aws") && p.config() != null) {
                for (var b : p.config().blocks("default_tags")) {
                    var tags = b.body().attribute("tags");
                    environmentTag(tags == null ? null : tags.value(), said);
                }
            }
            if (r.instance.mode() == dev.cloudwright.terraform.config.ModuleConfig.Mode.MANAGED) {
                environmentTag(r.value("tags"), said);
            }
        }
        if (said.size() == 1) {
            String e = said.iterator().next();
            if (Set.of("stage", "staging", "test", "qa").contains(e)) {
                return "staging";
            }
            if (Set.of("dev", "development", "sandbox").contains(e)) {
                return "development";
            }
        }
        return "existing";
    }

    private static void environmentTag(dev.cloudwright.terraform.eval.Value tags, Set<String> said) {
        if (tags instanceof dev.cloudwright.terraform.eval.Value.Obj o) {
            for (String k : List.of("Environment", "environment", "env", "Env")) {
                if (o.get(k) instanceof dev.cloudwright.terraform.eval.Value.Str v) {
                    said.add(v.value().toLowerCase(java.util.Locale.ROOT));
                    return;
                }
            }
        }
    }

    private static String defaultRegion(Index index) {
        for (Res r : index.all()) {
            var p = r.instance.provider();
            if (p != null && p.alias() == null && p.type().equals("aws") && p.address().startsWith("provider[") && p.config() != null
                    && p.config().attribute("region") != null
                    && p.config().attribute("region").value() instanceof dev.cloudwright.terraform.eval.Value.Str s) {
                return s.value();
            }
        }
        return null;
    }

    /** Every adapter's metadata, for documentation and coverage checks. */
    public static List<String> describe() {
        List<String> out = new ArrayList<>();
        for (ResourceAdapter a : ADAPTERS) {
            ResourceAdapter.Adapts meta = a.getClass().getAnnotation(ResourceAdapter.Adapts.class);
            out.add(String.join(", ", meta.anchors()) + ": " + meta.summary()
                    + (meta.absorbs().length == 0 ? "" : " (also reads " + String.join(", ", Arrays.asList(meta.absorbs())) + ")"));
        }
        return out;
    }

    /** Every service (catalog id) the adapters can make, sorted. */
    public static List<String> services() {
        Set<String> out = new java.util.TreeSet<>();
        for (ResourceAdapter a : ADAPTERS) {
            out.addAll(Arrays.asList(a.getClass().getAnnotation(ResourceAdapter.Adapts.class).services()));
        }
        return List.copyOf(out);
    }

    /** A backup plan's retention, continuous backup and copy region become the covered component's protection settings. */
    private static void applyBackups(Context ctx) {
        for (Context.BackupCover b : ctx.backups) {
            Draft d = ctx.owner(b.address());
            if (d == null) {
                continue;
            }
            Range plan = ctx.index.get(b.plan()).range();
            Integer days = d.value(Keys.BACKUP_RETENTION_DAYS);
            // A plan without a lifecycle keeps recovery points until deleted: no number of days to compare.
            if (b.retentionDays() > 0 && (days == null || days < b.retentionDays())) {
                d.set(Keys.BACKUP_RETENTION_DAYS, b.retentionDays(), plan);
            }
            if (b.continuous()) {
                d.set(Keys.POINT_IN_TIME_RECOVERY, true, plan);
            }
            if (d.value(Keys.COPY_TO_REGION) == null && b.copyRegion() != null) {
                d.set(Keys.COPY_TO_REGION, b.copyRegion(), plan);
            }
        }
    }

    private static List<Connection> connections(Context ctx) {
        Map<String, Connection> out = new LinkedHashMap<>();
        for (Context.Link l : ctx.links) {
            Draft from = ctx.owner(l.fromAddress());
            Draft to = ctx.owner(l.toAddress());
            if (from == null || to == null || from == to) {
                continue;
            }
            String key = from.id + "|" + to.id + "|" + l.kind();
            out.putIfAbsent(key, new Connection(from.id, to.id, l.kind(), l.protocol(), l.port(), l.critical()));
        }
        List<Connection> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparing(Connection::from).thenComparing(Connection::to).thenComparing(Connection::kind));
        return list;
    }
}
