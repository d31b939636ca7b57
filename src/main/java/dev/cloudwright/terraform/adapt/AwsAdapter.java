package dev.cloudwright.terraform.adapt;

import dev.cloudwright.geo.RegionCatalog;
import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.RegionPlan;
import dev.cloudwright.model.Role;
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
            new NetworkAdapter(),
            new NatAdapter(),
            new LoadBalancerAdapter(),
            new EcsAdapter(),
            new ScheduledTaskAdapter(),
            new LambdaAdapter(),
            new EksAdapter(),
            new Ec2Adapter(),
            new ApiGatewayAdapter(),
            new RdsAdapter(),
            new AuroraAdapter(),
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
            new BackupAdapter(),
            new MonitoringAdapter());

    /** Resource types that configure access or plumbing rather than being a part of the architecture (aws/supporting-resources.tsv). */
    private static final List<String> SUPPORTING_PREFIXES = dev.cloudwright.core.Tsv.resource("dev/cloudwright/aws/supporting-resources.tsv")
            .stream().map(r -> r.get("prefix")).toList();

    /** The model, and what was not modelled. */
    public record Adapted(Architecture architecture, Map<String, Integer> unmodelled, Map<String, String> supporting) {}

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
            if (!ctx.supporting.containsKey(r.address()) && r.type().startsWith("aws_")) {
                unmodelled.merge(r.type(), 1, Integer::sum);
            }
        }
        List<Component> components = new ArrayList<>();
        for (Draft d : ctx.drafts()) {
            components.add(d.build());
        }
        components.sort(Comparator.comparing((Component c) -> c.role().ordinal()).thenComparing(Component::id));
        Architecture arch = new Architecture(name, "aws", "existing", regions(components), components, connections(ctx));
        return new Adapted(arch, unmodelled, new TreeMap<>(ctx.supporting));
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

    /** Regions in the model: the one with the most compute and data is primary, the others standby or recovery. */
    private static List<RegionPlan> regions(List<Component> components) {
        Map<String, int[]> weight = new LinkedHashMap<>();
        for (Component c : components) {
            if (c.placement().isGlobal() || c.region().equals("unknown")) {
                continue;
            }
            int[] w = weight.computeIfAbsent(c.region(), k -> new int[2]);
            w[0]++;
            boolean standby = c.value(Keys.REPLICA_OF) != null;
            if ((c.role() == Role.COMPUTE || c.role() == Role.DATABASE || c.role() == Role.LOAD_BALANCER) && !standby) {
                w[1]++;
            }
        }
        List<String> order = new ArrayList<>(weight.keySet());
        order.sort(Comparator.comparing((String r) -> -weight.get(r)[1]).thenComparing(r -> -weight.get(r)[0]).thenComparing(r -> r));
        List<RegionPlan> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            String code = order.get(i);
            RegionPlan.Part part = i == 0 ? RegionPlan.Part.PRIMARY : weight.get(code)[1] > 0 ? RegionPlan.Part.STANDBY : RegionPlan.Part.RECOVERY;
            var info = RegionCatalog.aws().find(code);
            Set<String> zones = new LinkedHashSet<>();
            for (Component c : components) {
                if (c.region().equals(code)) {
                    zones.addAll(c.placement().zones());
                }
            }
            List<String> sorted = new ArrayList<>(zones);
            sorted.sort(null);
            out.add(new RegionPlan(code, info.map(RegionCatalog.Region::name).orElse(code), part, info.map(RegionCatalog.Region::geography).orElse("unknown"),
                    sorted));
        }
        return out;
    }
}
