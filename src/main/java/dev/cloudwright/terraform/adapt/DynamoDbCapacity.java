package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Key;
import dev.cloudwright.model.Keys;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The provisioned capacity of a DynamoDB table and its global secondary indexes, with DynamoDB auto scaling: Application
 * Auto Scaling targets in the {@code dynamodb} namespace on the table ({@code resource_id = "table/NAME"}, dimensions
 * {@code dynamodb:table:ReadCapacityUnits} and {@code ...WriteCapacityUnits}) or on an index ({@code "table/NAME/index/INDEX"},
 * {@code dynamodb:index:...}), naming the table by reference or by its name in the table's region. Auto scaling keeps the
 * capacity between {@code min_capacity} and {@code max_capacity}
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.html): the minimum is always provisioned,
 * so it is what is priced; the maximum is a setting. Each index is billed its own provisioned capacity.
 */
final class DynamoDbCapacity {
    static final String NAMESPACE = "dynamodb";

    /** A scalable target of the table: the index it scales (null: the table itself, "?" when not known) and the direction. */
    private record Target(Res res, String index, Boolean read) {}

    private DynamoDbCapacity() {}

    /** Folds the table's auto scaling targets and policies into {@code d}; records the bounds and the indexes' capacity. */
    static void apply(Res table, Draft d, Context ctx, boolean provisioned) {
        List<Target> targets = targets(table, ctx);
        List<String> words = new ArrayList<>();
        Set<String> policies = new LinkedHashSet<>();
        for (Target t : targets) {
            ctx.absorb(t.res(), d);
            String p = AppAutoScaling.policies(t.res(), table, d, ctx);
            if (p != null) {
                policies.add(p);
            }
            words.add(describe(t));
            if (t.index() == null) {
                bounds(t, d);
            }
        }
        if (provisioned) {
            d.set(Keys.INDEX_READ_CAPACITY, indexes(table, targets, true));
            d.set(Keys.INDEX_WRITE_CAPACITY, indexes(table, targets, false));
        }
        if (!targets.isEmpty()) {
            d.scaling = "DynamoDB auto scaling: " + String.join(", ", words) + (policies.isEmpty() ? "" : "; " + String.join("; ", policies));
        }
    }

    /** The targets scaling the table or its indexes, in address order. */
    private static List<Target> targets(Res table, Context ctx) {
        Fact<String> name = table.str("name");
        List<Target> out = new ArrayList<>();
        for (Res t : ctx.index.managed(AppAutoScaling.TARGET)) {
            if (ctx.owned(t) || !NAMESPACE.equals(t.str("service_namespace").orElse(null))) {
                continue;
            }
            Fact<String> rid = t.str("resource_id");
            boolean sameRegion = t.region() == null || table.region() == null || t.region().equals(table.region());
            boolean byName = name.known() && rid.known() && sameRegion
                    && (rid.value().equals("table/" + name.value()) || rid.value().startsWith("table/" + name.value() + "/index/"));
            if (!byName && !t.refs("resource_id").contains(table)) {
                continue;
            }
            Fact<String> dim = t.str("scalable_dimension");
            Boolean read = !dim.known() ? null : dim.value().endsWith(":ReadCapacityUnits") ? Boolean.TRUE
                    : dim.value().endsWith(":WriteCapacityUnits") ? Boolean.FALSE : null;
            String index = null;
            if (rid.known() && rid.value().contains("/index/")) {
                index = rid.value().substring(rid.value().indexOf("/index/") + "/index/".length());
            } else if (!rid.known() || dim.known() && dim.value().startsWith("dynamodb:index:")) {
                index = "?";
            }
            out.add(new Target(t, index, read));
        }
        return out;
    }

    /** The table's own bounds; a target whose dimension is not known leaves both directions unknown. */
    private static void bounds(Target t, Draft d) {
        Fact<Integer> min = t.res().integer("min_capacity");
        Fact<Integer> max = t.res().integer("max_capacity");
        if (t.read() == null) {
            Fact<String> dim = t.res().str("scalable_dimension");
            String why = "whether " + t.res().address() + " scales reads or writes is not known: "
                    + (dim.isUnknown() ? dim.reason() : "scalable_dimension = " + dim.orElse("(not set)"));
            for (Key<Integer> k : List.of(Keys.MIN_READ_CAPACITY, Keys.MAX_READ_CAPACITY, Keys.MIN_WRITE_CAPACITY, Keys.MAX_WRITE_CAPACITY)) {
                d.unknown(k, why, t.res().range());
            }
            return;
        }
        d.set(t.read() ? Keys.MIN_READ_CAPACITY : Keys.MIN_WRITE_CAPACITY, min);
        d.set(t.read() ? Keys.MAX_READ_CAPACITY : Keys.MAX_WRITE_CAPACITY, max);
    }

    /**
     * The capacity of the global secondary indexes together in one direction: each at its auto scaling minimum where a
     * target scales it, else as written; absent when no index has any; unknown when a part is not known offline.
     */
    private static Fact<Integer> indexes(Res table, List<Target> targets, boolean read) {
        for (Target t : targets) {
            if ("?".equals(t.index()) && (t.read() == null || t.read() == read)) {
                return Fact.unknown("the index " + t.res().address() + " scales is not known offline", t.res().range());
            }
        }
        if (table.blocksUnknown("global_secondary_index")) {
            return Fact.unknown("the global secondary indexes are generated from values not known offline", table.range());
        }
        int sum = 0;
        Fact<Integer> first = Fact.absent();
        for (EvaluatedBody.Block gsi : table.blocks("global_secondary_index")) {
            Fact<Integer> part = Res.integer(gsi.body(), read ? "read_capacity" : "write_capacity");
            Fact<String> name = Res.str(gsi.body(), "name");
            for (Target t : targets) {
                if (t.index() != null && name.known() && t.index().equals(name.value()) && Boolean.valueOf(read).equals(t.read())) {
                    part = t.res().integer("min_capacity");
                }
            }
            if (part.isUnknown()) {
                return part;
            }
            if (part.known()) {
                sum += part.value();
                first = first.known() ? first : part;
            }
        }
        return first.known() ? Fact.explicit(sum, first.at()) : first;
    }

    private static String describe(Target t) {
        Fact<Integer> min = t.res().integer("min_capacity");
        Fact<Integer> max = t.res().integer("max_capacity");
        String what = t.index() == null ? "table" : "index " + t.index();
        String dir = t.read() == null ? "capacity" : t.read() ? "reads" : "writes";
        String unit = t.read() == null ? "units" : t.read() ? "RCU" : "WCU";
        return what + " " + dir + " " + (min.known() ? min.value() : "?") + " to " + (max.known() ? max.value() : "?") + " " + unit;
    }
}
