package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.List;

/**
 * Transit gateway attachments (VPC, peering) and Site-to-Site VPN connections, each a component: AWS bills the attachment
 * and connection hours, not the transit gateway, virtual private gateway or customer gateway themselves (supporting).
 */
@ResourceAdapter.Adapts(anchors = {"aws_ec2_transit_gateway_vpc_attachment", "aws_ec2_transit_gateway_peering_attachment", "aws_vpn_connection"},
        absorbs = {"aws_vpn_connection_route", "aws_ec2_transit_gateway_peering_attachment_accepter", "aws_ec2_transit_gateway_vpc_attachment_accepter"},
        services = {"aws.transit-gateway", "aws.vpn"},
        summary = "Transit gateway attachment (VPC or peering) and Site-to-Site VPN connection: the gateway it attaches to, on a transit gateway or not")
final class TransitAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> all, Context ctx) {
        for (Res r : all) {
            boolean vpn = r.type().equals("aws_vpn_connection");
            Draft d = ctx.component(r, Role.NETWORK, vpn ? "aws.vpn" : "aws.transit-gateway");
            d.count = Fact.explicit(1, r.range());
            if (vpn) {
                boolean onTgw = r.attr("transit_gateway_id") != null;
                if (onTgw) {
                    d.set(Keys.TRANSIT_GATEWAY, true, r.attr("transit_gateway_id").range());
                } else {
                    d.defaulted(Keys.TRANSIT_GATEWAY, false, "no transit_gateway_id: the connection ends on a virtual private gateway, billed by the connection hour only");
                }
                for (Res route : r.referrers("aws_vpn_connection_route", "vpn_connection_id")) {
                    ctx.absorb(route, d);
                }
                for (String arg : new String[] {"vpn_gateway_id", "customer_gateway_id", "transit_gateway_id"}) {
                    for (Res g : r.refs(arg)) {
                        ctx.support(g, "gateway of " + r.address() + " (no charge of its own)");
                    }
                }
            } else {
                boolean peering = r.type().equals("aws_ec2_transit_gateway_peering_attachment");
                d.set(Keys.ATTACHMENT_TYPE, peering ? "peering" : "vpc", r.range());
                for (Res g : r.refs("transit_gateway_id")) {
                    ctx.support(g, "transit gateway (billed by its attachments)");
                    d.set(Keys.ATTACHED_TO, "transit gateway " + g.address(), r.attr("transit_gateway_id").range());
                }
                if (!peering) {
                    ctx.zonesFromSubnets(d, r.refs("subnet_ids"));
                }
                String accepter = peering ? "aws_ec2_transit_gateway_peering_attachment_accepter" : "aws_ec2_transit_gateway_vpc_attachment_accepter";
                for (Res a : r.referrers(accepter, "transit_gateway_attachment_id")) {
                    ctx.absorb(a, d);
                }
            }
        }
    }
}
