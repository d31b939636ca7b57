package dev.cloudwright.terraform.adapt;

import dev.cloudwright.geo.RegionCatalog;
import dev.cloudwright.model.Arch;
import dev.cloudwright.model.InstanceCatalog;
import dev.cloudwright.model.Keys;
import dev.cloudwright.terraform.module.EvaluatedBody;
import dev.cloudwright.terraform.module.InstanceKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers shared by the AWS adapters. */
final class Aws {
    private Aws() {}

    /** The configuration address of an instance: module path and type.name, without its own key. */
    static String configAddress(Res r) {
        String mp = r.instance.modulePath();
        return (mp.isEmpty() ? "" : mp + ".") + (r.instance.isData() ? "data." : "") + r.type() + "." + r.instance.name();
    }

    /** Instances grouped by configuration address, in order. */
    static Map<String, List<Res>> byConfig(List<Res> rs) {
        Map<String, List<Res>> m = new LinkedHashMap<>();
        for (Res r : rs) {
            m.computeIfAbsent(configAddress(r), k -> new ArrayList<>()).add(r);
        }
        return m;
    }

    /** The number of instances, or unknown when the group is one representative of an unknown count. */
    static Fact<Integer> count(List<Res> group) {
        for (Res r : group) {
            if (r.instance.key() instanceof InstanceKey.Unknown) {
                return Fact.unknown("the number of instances of " + configAddress(r) + " is not known offline", r.range());
            }
        }
        return Fact.explicit(group.size(), group.get(0).range());
    }

    /** Regional managed services span the region's zones: named as the designer names them. */
    static void managedZones(Draft d) {
        if (d.region == null) {
            return;
        }
        RegionCatalog.aws().find(d.region).ifPresent(reg -> {
            for (int i = 0; i < Math.min(3, reg.zones()); i++) {
                d.zones.add(d.region + (char) ('a' + i));
            }
        });
        d.defaulted(Keys.ZONES, "managed by AWS across the region's zones", "a regional service AWS runs across the zones of its region");
    }

    /** The processor architecture of an EC2 instance type, from the bundled catalog; a type it does not list is unknown, not guessed. */
    static Fact<Arch> arch(Fact<String> instanceType) {
        if (!instanceType.known()) {
            return instanceType.map(v -> null);
        }
        InstanceCatalog.InstanceType t;
        try {
            t = InstanceCatalog.aws().get(instanceType.value());
        } catch (IllegalArgumentException e) {
            return Fact.unknown("instance type " + instanceType.value() + " is not in the bundled catalog (instance-types.tsv): its architecture is not known",
                    instanceType.at());
        }
        return ProviderNames.INSTANCE_CATALOG_ARCH.read(new Fact<>(t.arch(), instanceType.origin(), instanceType.reason(), instanceType.at()),
                "the catalog's arch for " + t.sku());
    }

    /** The component id of the KMS key an argument refers to, the key's address when it is not adapted, or the literal key id or ARN. */
    static void key(Draft d, Res r, String path, Context ctx) {
        Fact<String> k = r.str(path);
        EvaluatedBody.Attr a = r.attr(path);
        List<Res> keys = new ArrayList<>();
        for (Res k0 : r.refs(path)) {
            if (k0.type().equals("aws_kms_key") || k0.type().equals("aws_kms_replica_key")) {
                keys.add(k0);
            } else if (k0.type().equals("aws_kms_alias")) {
                keys.addAll(k0.refs("target_key_id"));
            }
        }
        if (!keys.isEmpty()) {
            Draft owner = ctx.owner(keys.get(0));
            d.set(Keys.KMS_KEY, owner != null ? owner.id : keys.get(0).address(), a.range());
        } else {
            d.set(Keys.KMS_KEY, k);
        }
    }

    static String protocolFor(int port) {
        return switch (port) {
            case 443 -> "HTTPS";
            case 80, 8080, 8000, 3000 -> "HTTP";
            case 5432 -> "PostgreSQL";
            case 3306 -> "MySQL";
            case 6379 -> "Redis";
            case 11211 -> "Memcached";
            case 1433 -> "SQL Server";
            case 1521 -> "Oracle";
            case 27017 -> "MongoDB";
            case 2049 -> "NFS";
            default -> "TCP";
        };
    }
}
