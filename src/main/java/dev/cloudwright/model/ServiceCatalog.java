package dev.cloudwright.model;

import dev.cloudwright.core.Tsv;
import java.util.LinkedHashMap;
import java.util.Map;

/** The provider services the model's components refer to (bundled data file): names, roles, SLA keys. */
public final class ServiceCatalog {

    public record Service(String id, String name, Role role, String slaKey, String shortName) {}

    private static ServiceCatalog aws;
    private final Map<String, Service> services;

    private ServiceCatalog(Map<String, Service> services) {
        this.services = services;
    }

    public static synchronized ServiceCatalog aws() {
        if (aws == null) {
            Map<String, Service> m = new LinkedHashMap<>();
            for (Tsv.Row r : Tsv.resource("dev/cloudwright/aws/services.tsv")) {
                m.put(r.get("id"), new Service(r.get("id"), r.get("name"), Role.valueOf(r.get("role")), r.get("sla"), r.get("short")));
            }
            aws = new ServiceCatalog(m);
        }
        return aws;
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
}
