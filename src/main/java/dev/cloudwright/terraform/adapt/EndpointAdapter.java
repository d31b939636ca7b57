package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.List;

/**
 * Interface and Gateway Load Balancer VPC endpoints, each a component (billed per zone-hour and per GB processed);
 * gateway endpoints, which have no charge, stay part of their VPC.
 */
@ResourceAdapter.Adapts(anchors = "aws_vpc_endpoint", absorbs = {"aws_vpc_endpoint_subnet_association", "aws_vpc_endpoint_security_group_association",
    "aws_vpc_endpoint_policy"},
        services = "aws.vpc-endpoint",
        summary = "VPC endpoint (Interface, Gateway Load Balancer): service, subnets (one network interface per zone), private DNS")
final class EndpointAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> endpoints, Context ctx) {
        for (Res e : endpoints) {
            Fact<String> type = e.str("vpc_endpoint_type");
            if (type.known() && type.value().equals("Gateway")) {
                continue; // free: the VPC reads it
            }
            Draft d = ctx.component(e, Role.NETWORK, "aws.vpc-endpoint");
            d.set(Keys.ENDPOINT_TYPE, type);
            d.set(Keys.ENDPOINT, e.str("service_name"));
            List<Res> subnets = e.refs("subnet_ids");
            for (Res a : e.referrers("aws_vpc_endpoint_subnet_association", "vpc_endpoint_id")) {
                ctx.absorb(a, d);
                subnets = new java.util.ArrayList<>(subnets);
                subnets.addAll(a.refs("subnet_id"));
            }
            ctx.zonesFromSubnets(d, subnets);
            // One network interface per subnet: the count is known from the list even when the subnets' ids are not.
            int associations = e.referrers("aws_vpc_endpoint_subnet_association", "vpc_endpoint_id").size();
            var written = e.attr("subnet_ids");
            if (written != null && written.value() instanceof dev.cloudwright.terraform.eval.Value.Seq seq) {
                d.set(Keys.ZONE_COUNT, seq.items().size() + associations, written.range());
            } else if (written != null && !written.value().isNull()) {
                d.unknown(Keys.ZONE_COUNT, written.value().isWhollyKnown() ? "subnet_ids is not a list" : written.value().firstUnknown().reason(), written.range());
            } else if (associations > 0) {
                d.set(Keys.ZONE_COUNT, associations, e.range());
            }
            for (String t : new String[] {"aws_vpc_endpoint_security_group_association", "aws_vpc_endpoint_policy"}) {
                for (Res r : e.referrers(t, "vpc_endpoint_id")) {
                    ctx.absorb(r, d);
                }
            }
            d.count = Fact.explicit(1, e.range());
        }
    }
}
