package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** NAT gateways of one block (usually one per zone) as one component, with their elastic IPs. */
@ResourceAdapter.Adapts(anchors = "aws_nat_gateway", absorbs = "aws_eip", services = "aws.nat-gateway",
        summary = "NAT gateways: how many, in which zones")
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
            d.set(Keys.CONNECTIVITY, group.get(0).str("connectivity_type").or(Fact.defaulted("public",
                    "provider default: connectivity_type = public (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/nat_gateway)")));
            d.set(Keys.NAT_PLACEMENT, d.count.known() && d.count.value() == 1 ? "a single NAT gateway shared by all zones" : "one per subnet listed",
                    group.get(0).range());
        }
    }
}
