package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** NAT gateways of one block (usually one per zone) as one component, with their elastic IPs. */
@ResourceAdapter.Adapts(anchors = "aws_nat_gateway", absorbs = "aws_eip", summary = "NAT gateways: how many, in which zones")
final class NatAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> nats, Context ctx) {
        for (Map.Entry<String, List<Res>> g : Aws.byConfig(nats).entrySet()) {
            List<Res> group = g.getValue();
            Draft d = ctx.component(g.getKey(), group.get(0), Role.NETWORK, "aws.nat-gateway");
            d.name = group.get(0).instance.name();
            d.count = Aws.count(group);
            List<Res> subnets = new ArrayList<>();
            for (Res n : group) {
                ctx.absorb(n, d);
                subnets.addAll(n.refs("subnet_id"));
                for (Res eip : n.refs("allocation_id")) {
                    ctx.absorb(eip, d);
                }
            }
            ctx.zonesFromSubnets(d, subnets);
            d.property("connectivity", group.get(0).str("connectivity_type").orElse("public"));
            d.property("placement", d.count.known() && d.count.value() == 1 ? "a single NAT gateway shared by all zones"
                    : "one per subnet listed");
        }
    }
}
