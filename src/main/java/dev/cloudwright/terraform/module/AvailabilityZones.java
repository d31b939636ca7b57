package dev.cloudwright.terraform.module;

import dev.cloudwright.geo.RegionCatalog;
import dev.cloudwright.terraform.eval.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code data "aws_availability_zones"} computed offline from the bundled region data: a region's zones
 * are named region + letter ({@code eu-west-1a}, {@code eu-west-1b}, ...), one per Availability Zone of
 * the region. What the bundled data cannot know stays Unknown with a reason: the zone ids (the
 * name-to-id mapping is per account in older regions), Local and Wavelength Zones
 * ({@code all_availability_zones = true}), {@code filter} blocks other than the few whose effect on
 * Availability Zones is fixed, states other than {@code available}, and regions whose zone names differ
 * per account.
 */
final class AvailabilityZones {

    /**
     * Regions where the zone names an account sees are not simply the first letters: some zones are
     * closed to newer accounts, so which letters an account has depends on the account (us-west-1:
     * two of a, b, c; ap-northeast-1: newer accounts have a, c and d but not b).
     */
    private static final Map<String, String> ACCOUNT_DEPENDENT = Map.of(
            "us-west-1", "accounts see two of us-west-1a, us-west-1b and us-west-1c, depending on the account",
            "ap-northeast-1", "some accounts do not have ap-northeast-1b, depending on the account");

    private AvailabilityZones() {}

    /** The computed attributes: {@code names}, {@code zone_ids}, {@code group_names} and {@code id}. */
    static Map<String, Value> compute(EvaluatedBody body, ProviderBinding provider, String address) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("zone_ids", Value.unknown(address + ".zone_ids: which zone id (e.g. use1-az1) each zone name has is known only to AWS", address));
        Value region = body.attribute("region") != null && !(body.attribute("region").value() instanceof Value.Null)
                ? body.attribute("region").value() : DataSources.providerRegion(provider);
        if (!(region instanceof Value.Str r)) {
            String why = address + ".{attr} depends on the region, which is not known offline"
                    + (region instanceof Value.Unknown u ? " (" + u.reason() + ")" : "");
            for (String a : List.of("names", "group_names", "id")) {
                out.put(a, Value.unknown(why.replace("{attr}", a), address));
            }
            return out;
        }
        out.put("id", r);
        Value names = names(body, r.value(), address);
        out.put("names", names);
        boolean all = arg(body, "all_availability_zones") instanceof Value.Bool b && b.value() && !onlyAvailabilityZones(body);
        out.put("group_names", all || arg(body, "all_availability_zones") instanceof Value.Unknown
                ? Value.unknown(address + ".group_names: the zone groups of Local and Wavelength Zones are known only to AWS", address)
                : Value.set(List.of(r)));
        return out;
    }

    private static Value names(EvaluatedBody body, String region, String address) {
        String why = address + ".names: ";
        Value all = arg(body, "all_availability_zones");
        if (all instanceof Value.Unknown) {
            return Value.unknown(why + "all_availability_zones is not known offline", address);
        }
        String filter = filterProblem(body, region);
        if (filter != null) {
            return Value.unknown(why + filter, address);
        }
        if (all instanceof Value.Bool b && b.value() && !onlyAvailabilityZones(body)) {
            return Value.unknown(why + "all_availability_zones includes the Local Zones and Wavelength Zones the account has opted into, "
                    + "which only AWS knows", address);
        }
        Value state = arg(body, "state");
        if (state instanceof Value.Unknown) {
            return Value.unknown(why + "state is not known offline", address);
        }
        if (state instanceof Value.Str s && !s.value().equals("available")) {
            return Value.unknown(why + "which zones are in state \"" + s.value() + "\" is known only to AWS", address);
        }
        Optional<RegionCatalog.Region> known = RegionCatalog.aws().find(region);
        if (known.isEmpty()) {
            return Value.unknown(why + "the bundled region data has no zones for region " + region, address);
        }
        if (ACCOUNT_DEPENDENT.containsKey(region)) {
            return Value.unknown(why + ACCOUNT_DEPENDENT.get(region), address);
        }
        Value excludeIds = arg(body, "exclude_zone_ids");
        if (excludeIds instanceof Value.Unknown || excludeIds instanceof Value.Seq s && !s.items().isEmpty()) {
            return Value.unknown(why + "exclude_zone_ids excludes zones by id, and which zone name has which id is known only to AWS", address);
        }
        Value excludeNames = arg(body, "exclude_names");
        List<String> excluded = new ArrayList<>();
        if (excludeNames instanceof Value.Seq s) {
            for (Value v : s.items()) {
                if (!(v instanceof Value.Str n)) {
                    return Value.unknown(why + "exclude_names is not known offline", address);
                }
                excluded.add(n.value());
            }
        } else if (!(excludeNames instanceof Value.Null)) {
            return Value.unknown(why + "exclude_names is not known offline", address);
        }
        List<Value> names = new ArrayList<>();
        for (int i = 0; i < known.get().zones(); i++) {
            String name = region + (char) ('a' + i);
            if (!excluded.contains(name)) {
                names.add(Value.str(name));
            }
        }
        return Value.list(names);
    }

    /**
     * Filters whose effect on the regular Availability Zones is known: EC2 reports every Availability
     * Zone with {@code opt-in-status} "opt-in-not-required", {@code zone-type} "availability-zone" and
     * {@code region-name} its region, so a filter on these that accepts those values keeps all of them
     * and drops every Local and Wavelength Zone (the common
     * {@code filter { name = "opt-in-status", values = ["opt-in-not-required"] }} idiom). Null when
     * every filter is such a filter, else the reason the result is unknown.
     */
    private static String filterProblem(EvaluatedBody body, String region) {
        for (EvaluatedBody.Block f : body.blocks("filter")) {
            Value name = arg(f.body(), "name");
            Value values = arg(f.body(), "values");
            if (f.representative() || !(name instanceof Value.Str n) || !(values instanceof Value.Seq vs)
                    || !vs.items().stream().allMatch(v -> v instanceof Value.Str)) {
                return "a filter block is not known offline";
            }
            String azValue = switch (n.value()) {
                case "opt-in-status" -> "opt-in-not-required";
                case "zone-type" -> "availability-zone";
                case "region-name" -> region;
                case "state" -> "available";
                default -> null;
            };
            if (azValue == null || !vs.items().contains(Value.str(azValue))) {
                return "which zones match the filter on " + n.value() + " is known only to AWS";
            }
        }
        return null;
    }

    /** Whether a filter keeps the regular Availability Zones only (one on opt-in-status or zone-type, see above). */
    private static boolean onlyAvailabilityZones(EvaluatedBody body) {
        for (EvaluatedBody.Block f : body.blocks("filter")) {
            Value name = arg(f.body(), "name");
            if (name instanceof Value.Str n && (n.value().equals("opt-in-status") || n.value().equals("zone-type"))
                    && arg(f.body(), "values") instanceof Value.Seq vs && vs.items().size() == 1) {
                return true;
            }
        }
        return false;
    }

    /** An argument's value, null when it is not set. */
    private static Value arg(EvaluatedBody body, String name) {
        EvaluatedBody.Attr a = body.attribute(name);
        return a == null ? Value.NULL : a.value();
    }
}
