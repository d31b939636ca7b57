package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.List;
import java.util.Map;

/**
 * Elastic IP addresses a NAT gateway does not hold (the NAT gateway's component bills those): each is a public IPv4 address
 * billed by the hour, whether attached to an instance or a network interface, or idle.
 */
@ResourceAdapter.Adapts(anchors = "aws_eip", absorbs = "aws_eip_association", services = "aws.eip",
        summary = "Elastic IP address (not a NAT gateway's): what it is attached to, if anything")
final class EipAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> eips, Context ctx) {
        for (Map.Entry<String, List<Res>> g : Aws.byConfig(eips).entrySet()) {
            List<Res> group = g.getValue();
            Res first = group.get(0);
            Draft d = ctx.component(g.getKey(), first, Role.NETWORK, "aws.eip");
            d.name = first.label();
            d.count = Aws.count(group);
            d.set(Keys.PUBLIC_ENDPOINT, true, first.range());
            String attached = null;
            for (Res e : group) {
                ctx.absorb(e, d);
                for (Res i : e.refs("instance")) {
                    attached = "instance " + i.address();
                }
                if (e.attr("network_interface") != null) {
                    attached = "a network interface";
                }
                for (Res a : e.referrers("aws_eip_association", "allocation_id")) {
                    ctx.absorb(a, d);
                    attached = "by " + a.address();
                }
            }
            d.set(Keys.ATTACHED_TO, attached == null ? "not attached in this configuration (an idle address is billed too)" : "attached to " + attached,
                    first.range());
        }
    }
}
