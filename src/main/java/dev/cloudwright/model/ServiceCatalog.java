package dev.cloudwright.model;

import dev.cloudwright.core.Tsv;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The provider services the model's components refer to (bundled data file {@code <provider>/services.tsv}): one row per
 * service with its name, role, SLA key, diagram tier and the bundled Terraform module that writes it. Every engine keeps
 * its own list keyed by these ids; the service registry test checks each id has an entry in each, or says "none".
 */
public final class ServiceCatalog {

    /**
     * @param slaKey  key in slas.tsv when the component is redundant across zones, or null where the provider publishes no SLA
     * @param slaSingleZone key when it is not (one instance, no standby or replica)
     * @param slaGlobal key when the service replicates it across regions (global tables)
     * @param tier    where diagrams draw it: edge, public, private, data, storage, security, or none
     * @param module  bundled Terraform module that writes it, or null where designs never use the service
     */
    public record Service(String id, String name, Role role, String slaKey, String slaSingleZone, String slaGlobal, String shortName,
            String tier, String module) {}

    private static final java.util.function.Supplier<ServiceCatalog> AWS =
            dev.cloudwright.core.DataFile.lazy("dev/cloudwright/aws/services.tsv", ServiceCatalog::of);
    private final Map<String, Service> services;

    private ServiceCatalog(Map<String, Service> services) {
        this.services = services;
    }

    public static ServiceCatalog aws() {
        return AWS.get();
    }

    private static ServiceCatalog of(java.util.List<Tsv.Row> rows) {
        Map<String, Service> m = new LinkedHashMap<>();
        for (Tsv.Row r : rows) {
            m.put(r.get("id"), new Service(r.get("id"), r.get("name"), Role.valueOf(r.get("role")), none(r.get("sla")),
                    none(r.get("sla_single_zone")), none(r.get("sla_global")), r.get("short"), r.get("tier"), none(r.get("module"))));
        }
        return new ServiceCatalog(m);
    }

    public Service get(String id) {
        Service s = services.get(id);
        if (s == null) {
            throw new IllegalArgumentException("service " + id + " is not in the catalog");
        }
        return s;
    }

    public Map<String, Service> all() {
        return services;
    }

    private static String none(String cell) {
        return cell.equals("none") ? null : cell;
    }
}
