package dev.cloudwright.terraform.adapt;

import dev.cloudwright.terraform.graph.ResourceGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The graph's instances by address and by type, as {@link Res} views. */
final class Index {
    private final Map<String, Res> byAddress = new LinkedHashMap<>();
    private final Map<String, List<Res>> byType = new LinkedHashMap<>();

    Index(ResourceGraph g) {
        for (ResourceGraph.Node n : g.nodes()) {
            Res r = new Res(n, this);
            byAddress.put(n.address(), r);
            byType.computeIfAbsent(n.instance().type(), k -> new ArrayList<>()).add(r);
        }
    }

    Res get(String address) {
        return byAddress.get(address);
    }

    List<Res> all(List<String> addresses) {
        List<Res> out = new ArrayList<>();
        for (String a : addresses) {
            Res r = byAddress.get(a);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    List<Res> ofType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    List<Res> managed(String type) {
        return ofType(type).stream().filter(r -> r.instance.mode() == dev.cloudwright.terraform.config.ModuleConfig.Mode.MANAGED).toList();
    }

    Iterable<Res> all() {
        return byAddress.values();
    }
}
